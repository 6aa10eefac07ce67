package sequencer_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/stretchr/testify/require"
)

type rpcResp struct {
	ID     json.RawMessage `json:"id"`
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Code    int             `json:"code"`
		Message string          `json:"message"`
		Data    json.RawMessage `json:"data"`
	} `json:"error"`
}

func post(t *testing.T, url, body string) (int, []byte, http.Header) {
	t.Helper()
	resp, err := http.Post(url, "application/json", strings.NewReader(body))
	require.NoError(t, err)
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp.StatusCode, out, resp.Header
}

func call(t *testing.T, url, method string, params ...any) rpcResp {
	t.Helper()
	if params == nil {
		params = []any{}
	}
	b, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 7, "method": method, "params": params})
	require.NoError(t, err)
	_, out, _ := post(t, url, string(b))
	var r rpcResp
	require.NoError(t, json.Unmarshal(out, &r), string(out))
	return r
}

func sendRaw(t *testing.T, url string, tx *types.Transaction) rpcResp {
	t.Helper()
	raw, err := tx.MarshalBinary()
	require.NoError(t, err)
	return call(t, url, "eth_sendRawTransaction", hexutil.Encode(raw))
}

func TestRPCMethods(t *testing.T) {
	env := startService(t, testConfig(t, 2))
	u := env.svc.URL()
	alice, bob := testKey(0), addrOf(testKey(1))

	cases := []struct {
		method string
		params []any
		want   string
	}{
		{"eth_chainId", nil, `"0x385"`},
		{"net_version", nil, `"901"`},
		{"eth_accounts", nil, `[]`},
		{"eth_syncing", nil, `false`},
		{"eth_getCode", []any{bob, "latest"}, `"0x"`},
		{"eth_call", []any{map[string]any{"to": bob}, "latest"}, `"0x"`},
		{"eth_gasPrice", nil, `"0x3b9aca00"`},
		{"eth_maxPriorityFeePerGas", nil, `"0x0"`},
		{"eth_estimateGas", []any{map[string]any{"from": addrOf(alice), "to": bob, "value": "0x1"}}, `"0x5208"`},
		{"eth_getTransactionCount", []any{addrOf(alice), "latest"}, `"0x0"`},
		{"eth_getTransactionCount", []any{addrOf(alice), "pending"}, `"0x0"`},
		{"eth_getBalance", []any{bob, "pending"}, `"0x3635c9adc5dea00000"`},
		{"eth_getTransactionByHash", []any{common.Hash{1}}, `null`},
		{"eth_getTransactionReceipt", []any{common.Hash{1}}, `null`},
		{"eth_getBlockByHash", []any{common.Hash{1}, false}, `null`},
		{"eth_getBlockByNumber", []any{"0x100000", false}, `null`},
		{"eth_getStorageAt", []any{bob, "0x0", "latest"}, `"0x0000000000000000000000000000000000000000000000000000000000000000"`},
		{"eth_getLogs", []any{map[string]any{}}, `[]`},
	}
	for _, c := range cases {
		r := call(t, u, c.method, c.params...)
		require.Nil(t, r.Error, "%s: %v", c.method, r.Error)
		require.JSONEq(t, c.want, string(r.Result), c.method)
	}
	r := call(t, u, "web3_clientVersion")
	require.Contains(t, string(r.Result), "rollup-sequencer/")

	// A transfer, then every block tag.
	tx := transfer(t, alice, 0, bob, big.NewInt(5))
	r = sendRaw(t, u, tx)
	require.Nil(t, r.Error)
	require.JSONEq(t, fmt.Sprintf("%q", tx.Hash().Hex()), string(r.Result))
	var rcpt struct {
		BlockNumber hexutil.Uint64 `json:"blockNumber"`
		BlockHash   common.Hash    `json:"blockHash"`
		From        common.Address `json:"from"`
		Status      hexutil.Uint64 `json:"status"`
	}
	waitReceipt(t, env.client, tx.Hash())
	r = call(t, u, "eth_getTransactionReceipt", tx.Hash())
	require.NoError(t, json.Unmarshal(r.Result, &rcpt))
	require.Equal(t, addrOf(alice), rcpt.From)
	require.EqualValues(t, 1, rcpt.Status)

	// The open block is "pending" until sealed, then "latest".
	var blk struct {
		Number       hexutil.Uint64    `json:"number"`
		Hash         common.Hash       `json:"hash"`
		Transactions []json.RawMessage `json:"transactions"`
		StateRoot    common.Hash       `json:"stateRoot"`
	}
	require.Eventually(t, func() bool {
		r := call(t, u, "eth_getBlockByNumber", "latest", true)
		return r.Error == nil && json.Unmarshal(r.Result, &blk) == nil && uint64(blk.Number) == uint64(rcpt.BlockNumber)
	}, 5*time.Second, 10*time.Millisecond)
	require.Equal(t, rcpt.BlockHash, blk.Hash)
	require.Len(t, blk.Transactions, 1)
	require.Contains(t, string(blk.Transactions[0]), tx.Hash().Hex())
	for _, tag := range []string{"earliest", "safe", "finalized", "pending", "0x0"} {
		r := call(t, u, "eth_getBlockByNumber", tag, false)
		require.Nil(t, r.Error, tag)
		require.NotEqual(t, "null", string(r.Result), tag)
	}
	r = call(t, u, "eth_getBlockByHash", rcpt.BlockHash, false)
	require.Nil(t, r.Error)
	require.Contains(t, string(r.Result), tx.Hash().Hex())
	r = call(t, u, "eth_getBlockTransactionCountByHash", rcpt.BlockHash)
	require.JSONEq(t, `"0x1"`, string(r.Result))
	r = call(t, u, "eth_getTransactionByBlockNumberAndIndex", rcpt.BlockNumber, "0x0")
	require.Contains(t, string(r.Result), tx.Hash().Hex())
	r = call(t, u, "eth_getBlockReceipts", rcpt.BlockNumber)
	require.Contains(t, string(r.Result), tx.Hash().Hex())
	r = call(t, u, "eth_feeHistory", "0x2", "latest", []float64{10, 90})
	require.Nil(t, r.Error)
	var fh struct {
		Oldest  hexutil.Uint64  `json:"oldestBlock"`
		BaseFee []hexutil.Big   `json:"baseFeePerGas"`
		Ratio   []float64       `json:"gasUsedRatio"`
		Reward  [][]hexutil.Big `json:"reward"`
	}
	require.NoError(t, json.Unmarshal(r.Result, &fh))
	require.Len(t, fh.BaseFee, 3)
	require.Len(t, fh.Reward, 2)
	r = call(t, u, "eth_getTransactionCount", addrOf(alice), "latest")
	require.JSONEq(t, `"0x1"`, string(r.Result))

	// State at old blocks comes from the account history (TestHistory has
	// more); state at the head is served.
	r = call(t, u, "eth_getBalance", bob, "0x0")
	require.Nil(t, r.Error)
	require.JSONEq(t, `"0x`+new(big.Int).Mul(big.NewInt(1000), ether).Text(16)+`"`, string(r.Result), "bob's genesis allocation")
	r = call(t, u, "eth_getBalance", bob, map[string]any{"blockHash": blk.Hash})
	require.Nil(t, r.Error)

	// Rollup methods.
	r = call(t, u, "rollup_getTransactionStatus", tx.Hash())
	require.Nil(t, r.Error)
	var st struct {
		Status      string         `json:"status"`
		BlockNumber hexutil.Uint64 `json:"blockNumber"`
		BlockSealed bool           `json:"blockSealed"`
		BatchIndex  *hexutil.Uint64
	}
	require.NoError(t, json.Unmarshal(r.Result, &st))
	require.Equal(t, "soft", st.Status)
	require.Equal(t, rcpt.BlockNumber, st.BlockNumber)
	require.True(t, st.BlockSealed)
	r = call(t, u, "rollup_syncStatus")
	require.Nil(t, r.Error)
	require.Contains(t, string(r.Result), `"latest"`)
	r = call(t, u, "rollup_getBatch", 0)
	require.Nil(t, r.Error)
	require.Equal(t, "null", string(r.Result))
	r = call(t, u, "rollup_getProof", bob)
	require.NotNil(t, r.Error)
	require.Contains(t, r.Error.Message, "no batch")
}

func TestRPCMalformed(t *testing.T) {
	env := startService(t, testConfig(t, 1))
	u := env.svc.URL()
	cases := []struct {
		name   string
		body   string
		status int
		code   int
	}{
		{"not json", `{"jsonrpc":"2.0",`, 200, -32700},
		{"not an object", `"hello"`, 200, -32700},
		{"no version", `{"id":1,"method":"eth_chainId"}`, 200, -32600},
		{"no method", `{"jsonrpc":"2.0","id":1}`, 200, -32600},
		{"object id", `{"jsonrpc":"2.0","id":{},"method":"eth_chainId"}`, 200, -32600},
		{"unknown method", `{"jsonrpc":"2.0","id":1,"method":"eth_mine"}`, 200, -32601},
		{"params not an array", `{"jsonrpc":"2.0","id":1,"method":"eth_getBalance","params":{"a":1}}`, 200, -32602},
		{"missing param", `{"jsonrpc":"2.0","id":1,"method":"eth_getBalance","params":[]}`, 200, -32602},
		{"bad address", `{"jsonrpc":"2.0","id":1,"method":"eth_getBalance","params":["0x12","latest"]}`, 200, -32602},
		{"too many params", `{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[1]}`, 200, -32602},
		{"bad hex", `{"jsonrpc":"2.0","id":1,"method":"eth_sendRawTransaction","params":["zz"]}`, 200, -32602},
		{"bad tx", `{"jsonrpc":"2.0","id":1,"method":"eth_sendRawTransaction","params":["0x1234"]}`, 200, -32000},
		{"bad block tag", `{"jsonrpc":"2.0","id":1,"method":"eth_getBlockByNumber","params":["newest",false]}`, 200, -32602},
		{"empty batch", `[]`, 200, -32600},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			status, out, _ := post(t, u, c.body)
			require.Equal(t, c.status, status, string(out))
			var r rpcResp
			require.NoError(t, json.Unmarshal(out, &r), string(out))
			require.NotNil(t, r.Error, string(out))
			require.Equal(t, c.code, r.Error.Code, string(out))
		})
	}
	t.Run("oversize body", func(t *testing.T) {
		big := `{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":["` + strings.Repeat("a", 6<<20) + `"]}`
		status, out, _ := post(t, u, big)
		require.Equal(t, http.StatusRequestEntityTooLarge, status)
		require.Contains(t, string(out), "too large")
	})
	t.Run("batch too long", func(t *testing.T) {
		calls := make([]string, 1001)
		for i := range calls {
			calls[i] = fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":"eth_chainId"}`, i)
		}
		_, out, _ := post(t, u, "["+strings.Join(calls, ",")+"]")
		require.Contains(t, string(out), "batch too large")
	})
	t.Run("GET is not JSON-RPC", func(t *testing.T) {
		resp, err := http.Get(u + "/")
		require.NoError(t, err)
		resp.Body.Close()
		require.Equal(t, http.StatusMethodNotAllowed, resp.StatusCode)
	})
	t.Run("notification", func(t *testing.T) {
		status, out, _ := post(t, u, `{"jsonrpc":"2.0","method":"eth_chainId"}`)
		require.Equal(t, http.StatusNoContent, status)
		require.Empty(t, out)
	})
	t.Run("oversized transaction", func(t *testing.T) {
		r := call(t, u, "eth_sendRawTransaction", hexutil.Encode(make([]byte, 5000)))
		require.NotNil(t, r.Error)
		require.Contains(t, r.Error.Message, "oversized data")
	})
}

func TestRPCBatch(t *testing.T) {
	env := startService(t, testConfig(t, 2))
	u := env.svc.URL()
	alice, bob := testKey(0), addrOf(testKey(1))
	// Ten transfers of one sender in one batch, with reads in between and a
	// notification: the transfers keep the batch's order.
	var calls []string
	var hashes []common.Hash
	for i := 0; i < 10; i++ {
		tx := transfer(t, alice, uint64(i), bob, big.NewInt(int64(i+1)))
		raw, _ := tx.MarshalBinary()
		hashes = append(hashes, tx.Hash())
		calls = append(calls, fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":"eth_sendRawTransaction","params":["%s"]}`, i, hexutil.Encode(raw)))
		calls = append(calls, fmt.Sprintf(`{"jsonrpc":"2.0","id":"r%d","method":"eth_chainId"}`, i))
	}
	calls = append(calls, `{"jsonrpc":"2.0","method":"eth_chainId"}`, `{"jsonrpc":"2.0","id":"x","method":"nope"}`, `12`)
	status, out, _ := post(t, u, "["+strings.Join(calls, ",")+"]")
	require.Equal(t, 200, status)
	var resps []rpcResp
	require.NoError(t, json.Unmarshal(out, &resps), string(out))
	require.Len(t, resps, 22) // 20 calls + unknown method + invalid element; no answer to the notification
	for i := 0; i < 20; i++ {
		require.Nil(t, resps[i].Error, string(out))
	}
	require.Equal(t, -32601, resps[20].Error.Code)
	require.Equal(t, -32600, resps[21].Error.Code)
	var prevSeq uint64
	for i, h := range hashes {
		waitReceipt(t, env.client, h)
		var tx struct {
			BlockNumber      hexutil.Uint64 `json:"blockNumber"`
			TransactionIndex hexutil.Uint64 `json:"transactionIndex"`
		}
		r := call(t, u, "eth_getTransactionByHash", h)
		require.NoError(t, json.Unmarshal(r.Result, &tx))
		seq := uint64(tx.BlockNumber)<<32 | uint64(tx.TransactionIndex)
		if i > 0 {
			require.Greater(t, seq, prevSeq, "batch order kept")
		}
		prevSeq = seq
	}
}

func TestRPCRejections(t *testing.T) {
	cfg := testConfig(t, 3)
	cfg.FutureNonces = 4
	cfg.FutureTotal = 4
	env := startService(t, cfg)
	u := env.svc.URL()
	alice, bob := testKey(0), addrOf(testKey(1))
	poor, _ := crypto.GenerateKey()
	signer := types.LatestSignerForChainID(big.NewInt(testChainID))
	gwei := big.NewInt(1e9)
	sign := func(key any, inner types.TxData, s types.Signer) *types.Transaction {
		tx, err := types.SignNewTx(alice, s, inner)
		require.NoError(t, err)
		return tx
	}

	require.Nil(t, sendRaw(t, u, transfer(t, alice, 0, bob, big.NewInt(1))).Error)

	highS := func() *types.Transaction {
		tx := transfer(t, alice, 1, bob, big.NewInt(1))
		v, r, s := tx.RawSignatureValues()
		n := crypto.S256().Params().N
		s2 := new(big.Int).Sub(n, s)
		v2 := new(big.Int).Xor(v, big.NewInt(1))
		sig := make([]byte, 65)
		r.FillBytes(sig[:32])
		s2.FillBytes(sig[32:64])
		sig[64] = byte(v2.Uint64())
		out, err := tx.WithSignature(signer, sig)
		require.NoError(t, err)
		return out
	}
	preEIP155 := func() *types.Transaction {
		tx, err := types.SignNewTx(alice, types.HomesteadSigner{}, &types.LegacyTx{Nonce: 1, GasPrice: gwei, Gas: 21000, To: &bob, Value: big.NewInt(1)})
		require.NoError(t, err)
		return tx
	}
	otherChain := types.LatestSignerForChainID(big.NewInt(902))
	cases := []struct {
		name string
		tx   *types.Transaction
		want string
	}{
		{"nonce too low", transfer(t, alice, 0, bob, big.NewInt(2)), "nonce too low"},
		{"insufficient funds", transfer(t, poor, 0, bob, big.NewInt(1)), "insufficient funds for gas * price + value"},
		{"too much value", transfer(t, alice, 1, bob, new(big.Int).Mul(big.NewInt(2000), ether)), "insufficient funds for gas * price + value"},
		{"invalid chain id", sign(alice, &types.DynamicFeeTx{ChainID: big.NewInt(902), Nonce: 1, GasFeeCap: gwei, Gas: 21000, To: &bob, Value: big.NewInt(1)}, otherChain), "invalid chain id"},
		{"pre-EIP-155", preEIP155(), "replay-protected"},
		{"contract creation", sign(alice, &types.DynamicFeeTx{ChainID: big.NewInt(testChainID), Nonce: 1, GasFeeCap: gwei, Gas: 100000}, signer), "contract creation"},
		{"data", sign(alice, &types.DynamicFeeTx{ChainID: big.NewInt(testChainID), Nonce: 1, GasFeeCap: gwei, Gas: 30000, To: &bob, Data: []byte{1}}, signer), "data not supported"},
		{"fee cap below base fee", sign(alice, &types.DynamicFeeTx{ChainID: big.NewInt(testChainID), Nonce: 1, GasFeeCap: big.NewInt(1), Gas: 21000, To: &bob}, signer), "max fee per gas less than block base fee"},
		{"legacy price below base fee", legacyTransfer(t, alice, 1, bob, big.NewInt(1), big.NewInt(5)), "less than block base fee"},
		{"tip above fee cap", sign(alice, &types.DynamicFeeTx{ChainID: big.NewInt(testChainID), Nonce: 1, GasTipCap: big.NewInt(3e9), GasFeeCap: big.NewInt(2e9), Gas: 21000, To: &bob}, signer), "max priority fee per gas higher than max fee per gas"},
		{"intrinsic gas", sign(alice, &types.DynamicFeeTx{ChainID: big.NewInt(testChainID), Nonce: 1, GasFeeCap: gwei, Gas: 20999, To: &bob}, signer), "intrinsic gas too low"},
		{"gas limit above the block gas limit", sign(alice, &types.DynamicFeeTx{ChainID: big.NewInt(testChainID), Nonce: 1, GasFeeCap: gwei, Gas: 1 << 32, To: &bob}, signer), "exceeds block gas limit"},
		{"access list type", sign(alice, &types.AccessListTx{ChainID: big.NewInt(testChainID), Nonce: 1, GasPrice: gwei, Gas: 21000, To: &bob}, signer), "transaction type not supported"},
		{"access list in type 2", sign(alice, &types.DynamicFeeTx{ChainID: big.NewInt(testChainID), Nonce: 1, GasFeeCap: gwei, Gas: 30000, To: &bob, AccessList: types.AccessList{{Address: bob}}}, signer), "access list not supported"},
		{"high s", highS(), "invalid transaction v, r, s values"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := sendRaw(t, u, c.tx)
			require.NotNil(t, r.Error)
			require.Equal(t, -32000, r.Error.Code)
			require.Contains(t, r.Error.Message, c.want)
		})
	}
	t.Run("blob type", func(t *testing.T) {
		raw := append([]byte{3}, mustRLP(t, []any{uint64(901), uint64(1)})...)
		r := call(t, u, "eth_sendRawTransaction", hexutil.Encode(raw))
		require.NotNil(t, r.Error)
		require.Contains(t, r.Error.Message, "not supported")
	})
	t.Run("known transaction returns its hash", func(t *testing.T) {
		tx := transfer(t, alice, 1, bob, big.NewInt(1))
		r1 := sendRaw(t, u, tx)
		require.Nil(t, r1.Error)
		r2 := sendRaw(t, u, tx)
		require.Nil(t, r2.Error)
		require.Equal(t, r1.Result, r2.Result)
		// And concurrently, while it waits for its commit.
		tx = transfer(t, alice, 2, bob, big.NewInt(1))
		var wg sync.WaitGroup
		res := make([]rpcResp, 8)
		for i := range res {
			wg.Add(1)
			go func(i int) { defer wg.Done(); res[i] = sendRaw(t, u, tx) }(i)
		}
		wg.Wait()
		for _, r := range res {
			require.Nil(t, r.Error)
			require.JSONEq(t, fmt.Sprintf("%q", tx.Hash().Hex()), string(r.Result))
		}
	})
	t.Run("future nonce is queued and answered at once", func(t *testing.T) {
		later := transfer(t, alice, 4, bob, big.NewInt(1))
		r := sendRaw(t, u, later)
		require.Nil(t, r.Error, "queued, not held until the gap fills")
		require.JSONEq(t, fmt.Sprintf("%q", later.Hash().Hex()), string(r.Result))
		st := call(t, u, "rollup_getTransactionStatus", later.Hash())
		require.Nil(t, st.Error)
		var status struct {
			Status string `json:"status"`
		}
		require.NoError(t, json.Unmarshal(st.Result, &status))
		require.Equal(t, "queued", status.Status)
		var tx map[string]any
		require.NoError(t, json.Unmarshal(call(t, u, "eth_getTransactionByHash", later.Hash()).Result, &tx))
		require.Nil(t, tx["blockNumber"], "a queued transaction is served like a pending one")
		require.Equal(t, "0x4", tx["nonce"])
		require.JSONEq(t, "null", string(call(t, u, "eth_getTransactionReceipt", later.Hash()).Result))
		require.JSONEq(t, fmt.Sprintf("%q", later.Hash().Hex()), string(sendRaw(t, u, later).Result), "a resent queued transaction returns its hash")

		require.Nil(t, sendRaw(t, u, transfer(t, alice, 3, bob, big.NewInt(1))).Error)
		waitReceipt(t, env.client, later.Hash())
		require.NoError(t, json.Unmarshal(call(t, u, "rollup_getTransactionStatus", later.Hash()).Result, &status))
		require.Equal(t, "soft", status.Status, "executed when the gap filled")
	})
	t.Run("nonce too far ahead", func(t *testing.T) {
		r := sendRaw(t, u, transfer(t, alice, 10, bob, big.NewInt(1))) // the account nonce is 5, at most 4 ahead
		require.NotNil(t, r.Error)
		require.Contains(t, r.Error.Message, "nonce too high: address "+addrOf(alice).Hex()+", tx: 10 state: 5")
	})
	t.Run("future queue full", func(t *testing.T) {
		// A queue of 4: alice's four fill it; carol's first two push out
		// alice's newest (the sender holding the most gives way); then both
		// hold two and carol's third is refused.
		carol := testKey(2)
		var nonce hexutil.Uint64
		require.NoError(t, json.Unmarshal(call(t, u, "eth_getTransactionCount", addrOf(carol), "latest").Result, &nonce))
		var alices []*types.Transaction
		for n := uint64(6); n <= 9; n++ {
			tx := transfer(t, alice, n, bob, big.NewInt(1))
			require.Nil(t, sendRaw(t, u, tx).Error)
			alices = append(alices, tx)
		}
		for i := uint64(1); i <= 2; i++ {
			require.Nil(t, sendRaw(t, u, transfer(t, carol, uint64(nonce)+i, bob, big.NewInt(1))).Error)
		}
		r := sendRaw(t, u, transfer(t, carol, uint64(nonce)+3, bob, big.NewInt(1)))
		require.NotNil(t, r.Error)
		require.Contains(t, r.Error.Message, "txpool is full")
		for i, tx := range alices {
			got := string(call(t, u, "rollup_getTransactionStatus", tx.Hash()).Result)
			if i < 2 {
				require.Contains(t, got, `"queued"`)
			} else {
				require.Equal(t, "null", got, "evicted")
			}
		}
	})
}

func mustRLP(t *testing.T, v any) []byte {
	b, err := rlp.EncodeToBytes(v)
	require.NoError(t, err)
	return b
}

// TestFloodOneSender sends many transfers of one sender concurrently: they
// arrive out of nonce order, wait for their gaps and all execute in nonce order.
// The queue admits the whole flood: how far one slow request lets the others
// run ahead depends on scheduling, and the per-sender limit has its own tests.
func TestFloodOneSender(t *testing.T) {
	const n = 1500
	cfg := testConfig(t, 2)
	cfg.FutureNonces = n
	env := startService(t, cfg)
	u := env.svc.URL()
	alice, bob := testKey(0), addrOf(testKey(1))
	txs := make([]*types.Transaction, n)
	for i := range txs {
		txs[i] = transfer(t, alice, uint64(i), bob, big.NewInt(1))
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	errs := map[string]int{}
	next := make(chan int, n)
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	for w := 0; w < 48; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				raw, _ := txs[i].MarshalBinary()
				body := fmt.Sprintf(`{"jsonrpc":"2.0","id":1,"method":"eth_sendRawTransaction","params":["%s"]}`, hexutil.Encode(raw))
				for {
					resp, err := http.Post(u, "application/json", bytes.NewReader([]byte(body)))
					if err != nil {
						mu.Lock()
						errs[err.Error()]++
						mu.Unlock()
						break
					}
					out, _ := io.ReadAll(resp.Body)
					resp.Body.Close()
					if resp.StatusCode == http.StatusTooManyRequests {
						time.Sleep(10 * time.Millisecond)
						continue
					}
					var r rpcResp
					_ = json.Unmarshal(out, &r)
					if r.Error != nil {
						mu.Lock()
						errs[r.Error.Message]++
						mu.Unlock()
					}
					break
				}
			}
		}()
	}
	wg.Wait()
	require.Empty(t, errs)
	r := call(t, u, "eth_getTransactionCount", addrOf(alice), "latest")
	require.JSONEq(t, fmt.Sprintf(`"0x%x"`, n), string(r.Result))
	bal, err := env.client.BalanceAt(ctxT(t), bob, nil)
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Add(new(big.Int).Mul(big.NewInt(1000), ether), big.NewInt(n)), bal)
}

// TestOverloadAnswers429 fills a tiny admission queue: refused submissions get
// HTTP 429 with Retry-After and JSON-RPC error -32005 carrying a retry hint;
// every other one is acknowledged.
func TestOverloadAnswers429(t *testing.T) {
	cfg := testConfig(t, 32)
	cfg.MaxPending = 1
	env := startService(t, cfg)
	u := env.svc.URL()
	bob := addrOf(testKey(31))
	var (
		wg              sync.WaitGroup
		mu              sync.Mutex
		busy, ok, other int
		retryAfter      string
		code            int
		data            json.RawMessage
	)
	for k := 0; k < 31; k++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			for n := uint64(0); n < 40; {
				raw, _ := transfer(t, testKey(k), n, bob, big.NewInt(1)).MarshalBinary()
				status, out, hdr := post(t, u, fmt.Sprintf(`{"jsonrpc":"2.0","id":1,"method":"eth_sendRawTransaction","params":["%s"]}`, hexutil.Encode(raw)))
				var r rpcResp
				require.NoError(t, json.Unmarshal(out, &r))
				mu.Lock()
				switch {
				case status == http.StatusTooManyRequests:
					busy++
					retryAfter, code, data = hdr.Get("Retry-After"), r.Error.Code, r.Error.Data
				case r.Error == nil:
					ok++
					n++
				default:
					other++
				}
				mu.Unlock()
			}
		}(k)
	}
	wg.Wait()
	t.Logf("acknowledged %d, busy %d", ok, busy)
	require.Zero(t, other)
	require.Equal(t, 31*40, ok)
	if busy == 0 {
		t.Skip("the executor kept up: no submission was refused on this run")
	}
	require.Equal(t, -32005, code)
	require.NotEmpty(t, retryAfter)
	require.Contains(t, string(data), "retryAfterMs")
}
