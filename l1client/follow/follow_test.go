package follow_test

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap/zaptest"

	"github.com/rollup-dev/rollup/internal/metrictest"
	"github.com/rollup-dev/rollup/internal/pgtest"
	"github.com/rollup-dev/rollup/l1client/devchain"
	"github.com/rollup-dev/rollup/l1client/follow"
)

var topic = crypto.Keccak256Hash([]byte("Emitted(bytes)"))

// emitterCode deploys a contract that logs its call data under topic:
// CALLDATACOPY(0, 0, CALLDATASIZE); LOG1(0, CALLDATASIZE, topic).
func emitterCode() []byte {
	runtime := append([]byte{0x36, 0x5f, 0x5f, 0x37, 0x7f}, topic.Bytes()...)
	runtime = append(runtime, 0x36, 0x5f, 0xa1, 0x00)
	initCode := []byte{0x60, byte(len(runtime)), 0x80, 0x60, 0x09, 0x5f, 0x39, 0x5f, 0xf3}
	return append(initCode, runtime...)
}

// eventsHandler records each log in test_events, keyed by its L1 block.
type eventsHandler struct{}

func (eventsHandler) HandleLogs(ctx context.Context, tx pgx.Tx, b follow.BlockRef, logs []types.Log) error {
	for _, l := range logs {
		if _, err := tx.Exec(ctx, "INSERT INTO test_events (l1_block, l1_block_hash, log_index, data) VALUES ($1, $2, $3, $4)",
			int64(b.Number), b.Hash.Bytes(), int(l.Index), l.Data); err != nil {
			return err
		}
	}
	return nil
}

func (eventsHandler) Rewind(ctx context.Context, tx pgx.Tx, to uint64) error {
	_, err := tx.Exec(ctx, "DELETE FROM test_events WHERE l1_block > $1", int64(to))
	return err
}

type env struct {
	t        *testing.T
	chain    *devchain.Chain
	pool     *pgxpool.Pool
	emitter  common.Address
	sender   *devchain.Chain
	nonce    uint64
	registry *prometheus.Registry
}

func newEnv(t *testing.T) *env {
	t.Helper()
	c, err := devchain.New(devchain.Config{BlockTime: -1})
	require.NoError(t, err)
	t.Cleanup(func() { _ = c.Stop() })
	pool := pgtest.NewPool(t)
	_, err = pool.Exec(context.Background(), `CREATE TABLE test_events (
		l1_block bigint NOT NULL, l1_block_hash bytea NOT NULL, log_index int NOT NULL, data bytea NOT NULL)`)
	require.NoError(t, err)
	e := &env{t: t, chain: c, pool: pool, registry: prometheus.NewRegistry()}
	deploy := e.sendTx(nil, emitterCode(), params.GWei)
	c.Commit()
	r, err := c.Client().TransactionReceipt(context.Background(), deploy.Hash())
	require.NoError(t, err)
	e.emitter = r.ContractAddress
	return e
}

// sendTx signs and sends from dev account 0 at the next nonce.
func (e *env) sendTx(to *common.Address, data []byte, tip int64) *types.Transaction {
	e.t.Helper()
	tx := e.signTx(e.nonce, to, data, tip)
	require.NoError(e.t, e.chain.Client().SendTransaction(context.Background(), tx))
	e.nonce++
	return tx
}

func (e *env) signTx(nonce uint64, to *common.Address, data []byte, tip int64) *types.Transaction {
	acct := e.chain.Accounts()[0]
	return types.MustSignNewTx(acct.Key, types.LatestSignerForChainID(e.chain.ChainID()), &types.DynamicFeeTx{
		ChainID: e.chain.ChainID(), Nonce: nonce, GasTipCap: big.NewInt(tip), GasFeeCap: big.NewInt(100 * params.GWei),
		Gas: 200_000, To: to, Data: data,
	})
}

// resend sends tx after a Fork, once the pool has caught up with the new head
// (until then it judges nonces against the old one).
func (e *env) resend(tx *types.Transaction) {
	e.t.Helper()
	var last error
	defer func() {
		if e.t.Failed() {
			e.t.Logf("last send error: %v", last)
		}
	}()
	require.Eventually(e.t, func() bool {
		err := e.chain.Client().SendTransaction(context.Background(), tx)
		last = err
		return err == nil || strings.Contains(err.Error(), "already known")
	}, 5*time.Second, 5*time.Millisecond)
}

func (e *env) emit(data string) *types.Transaction {
	return e.sendTx(&e.emitter, []byte(data), params.GWei)
}

func (e *env) follower(confirmations uint64) *follow.Follower {
	e.t.Helper()
	f, err := follow.New(follow.Config{
		Name: "test", Addresses: []common.Address{e.emitter}, Topics: [][]common.Hash{{topic}},
		Confirmations: confirmations, MaxRange: 3, PollInterval: 20 * time.Millisecond,
	}, follow.Deps{Client: e.chain.Client(), Pool: e.pool, Handler: eventsHandler{}, Logger: zaptest.NewLogger(e.t), Registry: e.registry})
	require.NoError(e.t, err)
	return f
}

type event struct {
	Block uint64
	Hash  common.Hash
	Data  string
}

func (e *env) events() []event {
	e.t.Helper()
	rows, err := e.pool.Query(context.Background(), "SELECT l1_block, l1_block_hash, data FROM test_events ORDER BY l1_block, log_index")
	require.NoError(e.t, err)
	defer rows.Close()
	var out []event
	for rows.Next() {
		var n int64
		var h, d []byte
		require.NoError(e.t, rows.Scan(&n, &h, &d))
		out = append(out, event{uint64(n), common.BytesToHash(h), string(d)})
	}
	return out
}

// checkRecorded asserts that every recorded block is canonical and that they
// link by parent hash.
func (e *env) checkRecorded() {
	e.t.Helper()
	ctx := context.Background()
	rows, err := e.pool.Query(ctx, "SELECT number, hash, parent_hash FROM l1_blocks WHERE follower = 'test' ORDER BY number")
	require.NoError(e.t, err)
	defer rows.Close()
	var prev []byte
	for rows.Next() {
		var n int64
		var h, p []byte
		require.NoError(e.t, rows.Scan(&n, &h, &p))
		hdr, err := e.chain.Client().HeaderByNumber(ctx, big.NewInt(n))
		require.NoError(e.t, err)
		require.Equal(e.t, hdr.Hash(), common.BytesToHash(h), "block %d", n)
		if prev != nil {
			require.Equal(e.t, prev, p, "block %d links to its parent", n)
		}
		prev = h
	}
}

func (e *env) blockOf(tx *types.Transaction) *types.Receipt {
	r, err := e.chain.Client().TransactionReceipt(context.Background(), tx.Hash())
	require.NoError(e.t, err)
	return r
}

func TestFollowsLogsInRanges(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	e.emit("a")
	e.emit("b")
	e.chain.Commit()
	for i := 0; i < 5; i++ {
		e.chain.Commit()
	}
	e.emit("c")
	e.chain.Commit()
	f := e.follower(0)
	require.NoError(t, f.Sync(ctx))
	ev := e.events()
	require.Len(t, ev, 3)
	require.Equal(t, []string{"a", "b", "c"}, []string{ev[0].Data, ev[1].Data, ev[2].Data})
	e.checkRecorded()
	last, ok, err := f.Last(ctx)
	require.NoError(t, err)
	require.True(t, ok)
	head, err := e.chain.Client().HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	require.Equal(t, head.Hash(), last.Hash)

	// The loop picks up new blocks.
	require.NoError(t, f.Start(ctx))
	e.emit("d")
	e.chain.Commit()
	require.Eventually(t, func() bool { return len(e.events()) == 4 }, 5*time.Second, 10*time.Millisecond)
	require.NoError(t, f.Stop())
	require.NoError(t, f.Stop())
}

func TestReorgRemovesUnconfirmedLog(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	f := e.follower(3)
	e.chain.Commit()
	base, err := e.chain.Client().HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	logTx := e.emit("doomed")
	e.chain.Commit()
	e.chain.Commit()
	require.NoError(t, f.Sync(ctx))
	require.Empty(t, e.events(), "not confirmed yet")

	// Reorg at base: the emitting transaction is replaced by a transfer.
	require.NoError(t, e.chain.Fork(base.Hash()))
	e.chain.Rollback() // the old branch's transactions returned to the pool: drop them
	replacement := e.signTx(logTx.Nonce(), &common.Address{1}, nil, 10*params.GWei)
	e.resend(replacement)
	for i := 0; i < 6; i++ {
		e.chain.Commit()
	}
	require.Equal(t, uint64(1), e.blockOf(replacement).Status)
	require.NoError(t, f.Sync(ctx))
	require.Empty(t, e.events())
	e.checkRecorded()
}

func TestReorgRemovesProcessedLog(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	f := e.follower(0)
	keep := e.emit("kept")
	e.chain.Commit()
	base, err := e.chain.Client().HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	logTx := e.emit("doomed")
	e.chain.Commit()
	moved := e.emit("moved")
	e.chain.Commit()
	require.NoError(t, f.Sync(ctx))
	ev := e.events()
	require.Len(t, ev, 3)
	oldMovedHash := ev[2].Hash

	// Reorg at base: "doomed" is replaced, "moved" is mined again in a new block.
	require.NoError(t, e.chain.Fork(base.Hash()))
	e.chain.Rollback() // the old branch's transactions returned to the pool: drop them
	replacement := e.signTx(logTx.Nonce(), &common.Address{1}, nil, 10*params.GWei)
	e.resend(replacement)
	e.chain.Commit()
	e.resend(moved) // may be back in the pool already
	for i := 0; i < 4; i++ {
		e.chain.Commit()
	}
	require.NoError(t, f.Sync(ctx))
	ev = e.events()
	require.Len(t, ev, 2)
	require.Equal(t, "kept", ev[0].Data)
	require.Equal(t, e.blockOf(keep).BlockHash, ev[0].Hash)
	require.Equal(t, "moved", ev[1].Data)
	require.Equal(t, e.blockOf(moved).BlockHash, ev[1].Hash)
	require.NotEqual(t, oldMovedHash, ev[1].Hash)
	e.checkRecorded()

	require.EqualValues(t, 1, metrictest.Sum(t, e.registry, "rollup_l1follow_reorgs_total"))
}

func TestConfigCheck(t *testing.T) {
	require.ErrorContains(t, follow.Config{}.Check(), "Name")
	require.NoError(t, follow.Config{Name: "x"}.Check())
}
