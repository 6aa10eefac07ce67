package sequencer_test

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/gorilla/websocket"
	"github.com/stretchr/testify/require"
)

func wsURL(env *testEnv, path string) string {
	return "ws" + strings.TrimPrefix(env.svc.URL(), "http") + path
}

// TestWebSocketSubscriptions drives the WebSocket endpoint with
// go-ethereum's clients: ordinary calls, newHeads (ethclient.SubscribeNewHead),
// newPendingTransactions, a silent logs subscription, and eth_unsubscribe.
func TestWebSocketSubscriptions(t *testing.T) {
	cfg := testConfig(t, 2)
	cfg.EmptyBlocks, cfg.EmptyBlockTime = true, cfg.BlockTime
	env := startService(t, cfg)
	ctx := ctxT(t)

	for _, path := range []string{"/ws", "/"} {
		rc, err := gethrpc.DialContext(ctx, wsURL(env, path))
		require.NoError(t, err, path)
		id, err := ethclient.NewClient(rc).ChainID(ctx)
		require.NoError(t, err, path)
		require.EqualValues(t, testChainID, id.Uint64())
		rc.Close()
	}

	rc, err := gethrpc.DialContext(ctx, wsURL(env, "/ws"))
	require.NoError(t, err)
	defer rc.Close()
	ec := ethclient.NewClient(rc)

	heads := make(chan *types.Header, 64)
	hsub, err := ec.SubscribeNewHead(ctx, heads)
	require.NoError(t, err)
	pending := make(chan common.Hash, 64)
	psub, err := rc.EthSubscribe(ctx, pending, "newPendingTransactions")
	require.NoError(t, err)
	logs := make(chan types.Log, 1)
	lsub, err := ec.SubscribeFilterLogs(ctx, ethereum.FilterQuery{}, logs)
	require.NoError(t, err)

	tx := transfer(t, testKey(0), 0, addrOf(testKey(1)), big.NewInt(7))
	require.NoError(t, ec.SendTransaction(ctx, tx))
	select {
	case h := <-pending:
		require.Equal(t, tx.Hash(), h)
	case <-time.After(10 * time.Second):
		t.Fatal("no newPendingTransactions notification")
	}
	rcpt := waitReceipt(t, ec, tx.Hash())

	// Headers arrive in order, one per block, up to and past the transfer's.
	var last uint64
	deadline := time.After(10 * time.Second)
	for last < rcpt.BlockNumber.Uint64()+1 {
		select {
		case h := <-heads:
			if last != 0 {
				require.Equal(t, last+1, h.Number.Uint64(), "consecutive headers")
			}
			last = h.Number.Uint64()
			blk, err := ec.HeaderByNumber(ctx, h.Number)
			require.NoError(t, err)
			require.Equal(t, blk.Root, h.Root)
		case err := <-hsub.Err():
			t.Fatal(err)
		case <-deadline:
			t.Fatalf("headers stopped at %d", last)
		}
	}
	select {
	case l := <-logs:
		t.Fatalf("a log from a chain of value transfers: %+v", l)
	default:
	}

	hsub.Unsubscribe()
	psub.Unsubscribe()
	lsub.Unsubscribe()
	var ok bool
	require.NoError(t, rc.CallContext(ctx, &ok, "eth_unsubscribe", "0x00"))
	require.False(t, ok, "unknown subscription")
	var sid string
	err = rc.CallContext(ctx, &sid, "eth_subscribe", "syncing")
	require.ErrorContains(t, err, "unsupported subscription")
}

// TestWebSocketClosedOnStop: Stop ends open WebSocket connections.
func TestWebSocketClosedOnStop(t *testing.T) {
	env := startService(t, testConfig(t, 0))
	ctx := ctxT(t)
	rc, err := gethrpc.DialContext(ctx, wsURL(env, "/ws"))
	require.NoError(t, err)
	defer rc.Close()
	heads := make(chan *types.Header, 1)
	sub, err := ethclient.NewClient(rc).SubscribeNewHead(ctx, heads)
	require.NoError(t, err)
	sctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	require.NoError(t, env.svc.Stop(sctx))
	select {
	case <-sub.Err():
	case <-time.After(10 * time.Second):
		t.Fatal("the subscription outlived Stop")
	}
}

// TestWebSocketBadInput: garbage gets a parse error and the connection goes
// on; an oversize message closes it.
func TestWebSocketBadInput(t *testing.T) {
	cfg := testConfig(t, 0)
	cfg.MaxBodyBytes = 4096
	env := startService(t, cfg)
	c, _, err := websocket.DefaultDialer.Dial(wsURL(env, "/ws"), nil)
	require.NoError(t, err)
	defer c.Close()
	require.NoError(t, c.SetReadDeadline(time.Now().Add(10*time.Second)))
	for _, msg := range []string{`{bad`, `[]`, `{"jsonrpc":"2.0","id":1,"method":"eth_subscribe","params":[]}`} {
		require.NoError(t, c.WriteMessage(websocket.TextMessage, []byte(msg)))
		var resp struct {
			Error *struct{ Code int } `json:"error"`
		}
		require.NoError(t, c.ReadJSON(&resp), msg)
		require.NotNil(t, resp.Error, msg)
	}
	require.NoError(t, c.WriteMessage(websocket.TextMessage, []byte(`{"jsonrpc":"2.0","id":2,"method":"eth_chainId"}`)))
	var ok struct{ Result string }
	require.NoError(t, c.ReadJSON(&ok))
	require.NotEmpty(t, ok.Result, "the connection still serves")

	require.NoError(t, c.WriteMessage(websocket.TextMessage, make([]byte, 8192)))
	_, _, err = c.ReadMessage()
	require.Error(t, err, "an oversize message closes the connection")
}
