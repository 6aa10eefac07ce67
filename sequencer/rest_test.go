package sequencer_test

import (
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/holiman/uint256"
	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/l2"
	"github.com/rollup-dev/rollup/l2/smt"
)

func restPost(t *testing.T, url, body string, out any) int {
	t.Helper()
	resp, err := http.Post(url, "application/json", strings.NewReader(body))
	require.NoError(t, err)
	defer resp.Body.Close()
	if out != nil {
		require.NoError(t, json.NewDecoder(resp.Body).Decode(out))
	}
	return resp.StatusCode
}

func TestREST(t *testing.T) {
	env := startService(t, testConfig(t, 2))
	u := env.svc.URL() + "/v1"
	alice, bob := testKey(0), addrOf(testKey(1))

	var doc map[string]any
	require.Equal(t, http.StatusOK, restGet(t, u+"/openapi.json", &doc))
	require.Equal(t, "3.0.3", doc["openapi"])
	require.Contains(t, doc["paths"], "/transactions/{hash}")

	// Submit through REST, then through JSON-RPC.
	tx := transfer(t, alice, 0, bob, big.NewInt(42))
	raw, _ := tx.MarshalBinary()
	var sub struct {
		Hash        common.Hash `json:"hash"`
		Seq         uint64      `json:"seq"`
		BlockNumber uint64      `json:"blockNumber"`
	}
	require.Equal(t, http.StatusOK, restPost(t, u+"/transactions", fmt.Sprintf(`{"raw":%q}`, hexutil.Encode(raw)), &sub))
	require.Equal(t, tx.Hash(), sub.Hash)
	require.EqualValues(t, 1, sub.Seq)
	var rej struct {
		Error struct{ Code, Message string } `json:"error"`
	}
	require.Equal(t, http.StatusBadRequest, restPost(t, u+"/transactions", fmt.Sprintf(`{"raw":%q}`, hexutil.Encode(raw[:len(raw)-1])), &rej))
	require.Equal(t, "rejected", rej.Error.Code)
	low := transfer(t, alice, 0, bob, big.NewInt(43))
	lowRaw, _ := low.MarshalBinary()
	require.Equal(t, http.StatusBadRequest, restPost(t, u+"/transactions", fmt.Sprintf(`{"raw":%q}`, hexutil.Encode(lowRaw)), &rej))
	require.Contains(t, rej.Error.Message, "nonce too low")
	require.Equal(t, http.StatusBadRequest, restPost(t, u+"/transactions", `{"raw":`, &rej))
	w := transfer(t, alice, 1, l2.WithdrawalAddress, big.NewInt(1000))
	require.NoError(t, env.client.SendTransaction(ctxT(t), w))

	var acct struct {
		Address common.Address `json:"address"`
		Balance string         `json:"balance"`
		Nonce   uint64         `json:"nonce"`
	}
	require.Equal(t, http.StatusOK, restGet(t, u+"/accounts/"+addrOf(alice).Hex(), &acct))
	require.EqualValues(t, 2, acct.Nonce)
	require.Equal(t, http.StatusBadRequest, restGet(t, u+"/accounts/0x12", nil))

	var list struct {
		Transactions []struct {
			Hash       common.Hash `json:"hash"`
			Value      string      `json:"value"`
			Withdrawal bool        `json:"withdrawal"`
			Fee        string      `json:"fee"`
		} `json:"transactions"`
	}
	require.Equal(t, http.StatusOK, restGet(t, u+"/accounts/"+addrOf(alice).Hex()+"/transactions", &list))
	require.Len(t, list.Transactions, 2)
	require.Equal(t, w.Hash(), list.Transactions[0].Hash, "newest first")
	require.Equal(t, "21000000000000", list.Transactions[1].Fee)
	require.Equal(t, http.StatusOK, restGet(t, u+"/accounts/"+addrOf(alice).Hex()+"/withdrawals", &list))
	require.Len(t, list.Transactions, 1)
	require.True(t, list.Transactions[0].Withdrawal)

	var txv struct {
		Hash   common.Hash `json:"hash"`
		Value  string      `json:"value"`
		Status struct {
			Status string `json:"status"`
		} `json:"status"`
	}
	require.Equal(t, http.StatusOK, restGet(t, u+"/transactions/"+tx.Hash().Hex(), &txv))
	require.Equal(t, "42", txv.Value)
	require.Equal(t, "soft", txv.Status.Status)
	require.Equal(t, http.StatusNotFound, restGet(t, u+"/transactions/"+common.Hash{9}.Hex(), nil))
	require.Equal(t, http.StatusBadRequest, restGet(t, u+"/transactions/zz", nil))

	var wd struct {
		Sender    common.Address `json:"sender"`
		Amount    string         `json:"amount"`
		Recipient common.Address `json:"recipient"`
		Key       common.Hash    `json:"key"`
		Claimable bool           `json:"claimable"`
	}
	require.Equal(t, http.StatusOK, restGet(t, u+"/withdrawals/"+w.Hash().Hex(), &wd))
	require.Equal(t, "1000", wd.Amount)
	require.Equal(t, addrOf(alice), wd.Recipient)
	require.Equal(t, l2.WithdrawalKey(addrOf(alice), 1), wd.Key)
	require.False(t, wd.Claimable)
	require.Equal(t, http.StatusNotFound, restGet(t, u+"/withdrawals/"+tx.Hash().Hex(), nil), "not a withdrawal")
	require.Equal(t, http.StatusConflict, restGet(t, u+"/withdrawals/"+w.Hash().Hex()+"/proof", nil), "no batch yet")

	var blocks struct {
		Blocks []struct {
			Number uint64 `json:"number"`
			Sealed bool   `json:"sealed"`
		} `json:"blocks"`
	}
	require.Eventually(t, func() bool {
		return restGet(t, u+"/blocks?limit=5", &blocks) == http.StatusOK && len(blocks.Blocks) >= 2
	}, 5*time.Second, 10*time.Millisecond)
	require.EqualValues(t, 0, blocks.Blocks[len(blocks.Blocks)-1].Number)
	var blk struct {
		Number       uint64            `json:"number"`
		Transactions []json.RawMessage `json:"transactions"`
	}
	for _, id := range []string{"latest", "1", "finalized", "safe", "pending"} {
		require.Equal(t, http.StatusOK, restGet(t, u+"/blocks/"+id+"?transactions=full", &blk), id)
	}
	require.Equal(t, http.StatusNotFound, restGet(t, u+"/blocks/99999", nil))
	require.Equal(t, http.StatusBadRequest, restGet(t, u+"/blocks/abc", nil))
	require.Equal(t, http.StatusNotFound, restGet(t, u+"/batches/0", nil))
	var st map[string]any
	require.Equal(t, http.StatusOK, restGet(t, u+"/status", &st))
	require.Contains(t, st, "latest")
	require.Equal(t, http.StatusNotFound, restGet(t, u+"/nothing", nil))

	// Health, readiness and metrics.
	require.Equal(t, http.StatusOK, restGet(t, env.svc.URL()+"/healthz", nil))
	require.Equal(t, http.StatusOK, restGet(t, env.svc.URL()+"/readyz", nil))
	require.Equal(t, http.StatusNotFound, restGet(t, env.svc.URL()+"/metrics", nil), "metrics stay off the public port")
	require.Equal(t, http.StatusOK, restGet(t, env.svc.OpsURL()+"/healthz", nil))
	resp, err := http.Get(env.svc.OpsURL() + "/metrics")
	require.NoError(t, err)
	defer resp.Body.Close()
	metrics, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	for _, m := range []string{"sequencer_engine_acked_total 2", "sequencer_engine_commit_seconds_bucket", "sequencer_rpc_calls_total", "go_goroutines"} {
		require.Contains(t, string(metrics), m)
	}
}

// TestBatchStatusAndProofs writes batch rows as the batcher does and checks
// what the API derives from them: transaction status, safe and finalized
// heads, rollup_getBatch, and proofs of an account and a withdrawal against a
// batch's post-state root.
func TestBatchStatusAndProofs(t *testing.T) {
	cfg := testConfig(t, 2)
	cfg.DisputeWindow = time.Minute
	env := startService(t, cfg)
	ctx := ctxT(t)
	u := env.svc.URL()
	alice, bob := testKey(0), addrOf(testKey(1))
	tx := transfer(t, alice, 0, bob, big.NewInt(5))
	require.NoError(t, env.client.SendTransaction(ctx, tx))
	w := transfer(t, alice, 1, l2.WithdrawalAddress, big.NewInt(777))
	require.NoError(t, env.client.SendTransaction(ctx, w))
	rcpt := waitReceipt(t, env.client, w.Hash())
	require.Eventually(t, func() bool {
		n, err := env.client.BlockNumber(ctx)
		return err == nil && n >= rcpt.BlockNumber.Uint64()
	}, 5*time.Second, 10*time.Millisecond)
	// Let a later block exist, so the proof is taken against an older state.
	require.NoError(t, env.client.SendTransaction(ctx, transfer(t, alice, 2, bob, big.NewInt(6))))
	last := rcpt.BlockNumber.Uint64()
	hdr, err := env.client.HeaderByNumber(ctx, rcpt.BlockNumber)
	require.NoError(t, err)

	conn, err := pgx.Connect(ctx, cfg.DatabaseURL)
	require.NoError(t, err)
	defer conn.Close(ctx)
	l1tx := common.Hash{0xaa}
	l1ts := uint64(time.Now().Unix())
	_, err = conn.Exec(ctx, `INSERT INTO batches (batch_index, first_block, last_block, status, data, data_size, num_steps, tx_count,
		prev_state_root, post_state_root, l1_tx_hash, l1_block_number, l1_block_hash, l1_timestamp)
		VALUES (0, 1, $1, 'included', '\x01', 1, 3, 2, $2, $3, $4, 10, $5, $6)`,
		int64(last), make([]byte, 32), hdr.Root[:], l1tx[:], common.Hash{0xbb}.Bytes(), int64(l1ts))
	require.NoError(t, err)

	var st struct {
		Status            string          `json:"status"`
		BatchIndex        *hexutil.Uint64 `json:"batchIndex"`
		L1TxHash          *common.Hash    `json:"l1TransactionHash"`
		L1BlockNumber     *hexutil.Uint64 `json:"l1BlockNumber"`
		ChallengeDeadline *hexutil.Uint64 `json:"challengeDeadline"`
	}
	r := call(t, u, "rollup_getTransactionStatus", w.Hash())
	require.Nil(t, r.Error)
	require.NoError(t, json.Unmarshal(r.Result, &st))
	require.Equal(t, "posted", st.Status)
	require.EqualValues(t, 0, *st.BatchIndex)
	require.Equal(t, l1tx, *st.L1TxHash)
	require.EqualValues(t, 10, *st.L1BlockNumber)
	require.EqualValues(t, l1ts+60, *st.ChallengeDeadline)
	r = call(t, u, "rollup_getBatch", "0x0")
	require.Nil(t, r.Error)
	require.Contains(t, string(r.Result), `"status":"included"`)
	require.Eventually(t, func() bool {
		h, err := env.client.HeaderByNumber(ctx, big.NewInt(-4)) // safe
		return err == nil && h.Number.Uint64() == last
	}, 5*time.Second, 20*time.Millisecond)

	_, err = conn.Exec(ctx, `UPDATE batches SET status = 'final' WHERE batch_index = 0`)
	require.NoError(t, err)
	r = call(t, u, "rollup_getTransactionStatus", tx.Hash())
	require.NoError(t, json.Unmarshal(r.Result, &st))
	require.Equal(t, "final", st.Status)
	require.Eventually(t, func() bool {
		h, err := env.client.HeaderByNumber(ctx, big.NewInt(-3)) // finalized
		return err == nil && h.Number.Uint64() == last
	}, 5*time.Second, 20*time.Millisecond)

	type proof struct {
		StateRoot   common.Hash   `json:"stateRoot"`
		Key         common.Hash   `json:"key"`
		Siblings    []common.Hash `json:"siblings"`
		LeafPresent bool          `json:"leafPresent"`
		LeafKey     common.Hash   `json:"leafKey"`
		LeafA       *hexutil.Big  `json:"leafA"`
		LeafB       *hexutil.Big  `json:"leafB"`
		Included    bool          `json:"included"`
		Withdrawal  *struct {
			Amount    *hexutil.Big   `json:"amount"`
			Recipient common.Address `json:"recipient"`
		} `json:"withdrawal"`
	}
	verify := func(p proof) {
		t.Helper()
		require.Equal(t, hdr.Root, p.StateRoot)
		var a, b uint256.Int
		a.SetFromBig(p.LeafA.ToInt())
		b.SetFromBig(p.LeafB.ToInt())
		sp := smt.Proof{Siblings: p.Siblings, LeafPresent: p.LeafPresent, LeafKey: p.LeafKey, LeafA: a, LeafB: b}
		require.NoError(t, smt.VerifyProof(p.StateRoot, p.Key, &sp))
	}
	var p proof
	for _, target := range []any{w.Hash(), map[string]any{"sender": addrOf(alice), "nonce": 1}} {
		r = call(t, u, "rollup_getProof", target, 0)
		require.Nil(t, r.Error, "%v", r.Error)
		require.NoError(t, json.Unmarshal(r.Result, &p))
		verify(p)
		require.True(t, p.Included)
		require.EqualValues(t, 777, p.Withdrawal.Amount.ToInt().Int64())
		require.Equal(t, addrOf(alice), p.Withdrawal.Recipient)
	}
	r = call(t, u, "rollup_getProof", bob) // newest final batch
	require.Nil(t, r.Error, "%v", r.Error)
	require.NoError(t, json.Unmarshal(r.Result, &p))
	verify(p)
	require.Equal(t, l2.AccountKey(bob), p.Key)
	r = call(t, u, "rollup_getProof", common.HexToAddress("0x9999")) // absent: non-inclusion
	require.NoError(t, json.Unmarshal(r.Result, &p))
	verify(p)
	require.False(t, p.Included)
	r = call(t, u, "rollup_getProof", tx.Hash(), 0)
	require.NotNil(t, r.Error)
	require.Contains(t, r.Error.Message, "not a withdrawal")
	var rp proof
	require.Equal(t, http.StatusOK, restGet(t, u+"/v1/withdrawals/"+w.Hash().Hex()+"/proof", &rp))
	verify(rp)
	var wd struct {
		Claimable bool `json:"claimable"`
	}
	require.Equal(t, http.StatusOK, restGet(t, u+"/v1/withdrawals/"+w.Hash().Hex(), &wd))
	require.True(t, wd.Claimable)
	var batches struct {
		Batches []struct {
			Index  uint64 `json:"index"`
			Status string `json:"status"`
		} `json:"batches"`
	}
	require.Equal(t, http.StatusOK, restGet(t, u+"/v1/batches", &batches))
	require.Len(t, batches.Batches, 1)
	require.Equal(t, "final", batches.Batches[0].Status)

	// A reverted batch: its transactions are "reverted" until a live batch
	// carries them again.
	_, err = conn.Exec(ctx, `UPDATE batches SET status = 'reverted' WHERE batch_index = 0`)
	require.NoError(t, err)
	r = call(t, u, "rollup_getTransactionStatus", tx.Hash())
	require.NoError(t, json.Unmarshal(r.Result, &st))
	require.Equal(t, "reverted", st.Status)
}
