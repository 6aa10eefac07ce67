package batcher_test

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/internal/metrictest"
	"github.com/rollup-dev/rollup/internal/rpcproxy"
	"github.com/rollup-dev/rollup/l1client/devchain"
)

// checkPostedOnce requires every live batch on L1 once, in order, and each
// to replay to its claim; and, unless reverts are allowed, no appendBatch
// attempt that failed.
func checkPostedOnce(t *testing.T, e *env, rows []batchRow, allowReverts ...bool) {
	t.Helper()
	require.Equal(t, uint64(len(rows)), e.nextIndex())
	e.verifyOnL1(rows)
	e.waitOutboxSettled()
	ok, reverted, _ := e.outboxCounts()
	require.Equal(t, len(rows), ok, "one successful appendBatch per batch")
	if len(allowReverts) == 0 || !allowReverts[0] {
		require.Zero(t, reverted, "no appendBatch sent twice")
	}
}

func TestBatcher_StuckTransaction_BumpedAndConfirmed(t *testing.T) {
	e, _, m := newManualEnv(t, envOpts{disputeWindow: 3600})
	cfg := e.config()
	cfg.DisableFinalize = true
	cfg.TxMgr.MinTipCap = big.NewInt(params.GWei)
	e.seq.fund(e)
	e.start(cfg, nil)
	e.waitPosted(30 * time.Second)

	// Nothing is mined: the next batch's transaction sits in the pool and
	// the transaction manager re-sends it with higher fees.
	m.pause()
	for i := 0; i < 3; i++ {
		e.seq.block(20)
	}
	var nonce int64
	waitFor(t, 30*time.Second, "a fee bump of the stuck batch", func() bool {
		err := e.pool.QueryRow(context.Background(), `SELECT t.nonce FROM l1_txs t WHERE t.state = 'pending'
			AND (SELECT count(*) FROM l1_tx_attempts a WHERE a.sender = t.sender AND a.nonce = t.nonce) >= 3
			ORDER BY nonce LIMIT 1`).Scan(&nonce)
		return err == nil
	})
	m.resume()
	rows := e.waitPosted(30 * time.Second)
	checkPostedOnce(t, e, rows)

	// The batch went in with a bumped attempt's fees.
	var tip, first int64
	require.NoError(t, e.pool.QueryRow(context.Background(), `SELECT a.gas_tip_cap::bigint,
		(SELECT min(b.gas_tip_cap)::bigint FROM l1_tx_attempts b WHERE b.sender = t.sender AND b.nonce = t.nonce)
		FROM l1_txs t JOIN l1_tx_attempts a ON a.sender = t.sender AND a.nonce = t.nonce AND a.tx_hash = t.receipt_tx_hash
		WHERE t.nonce = $1`, nonce).Scan(&tip, &first))
	require.Greater(t, tip, first)
}

func TestBatcher_NonceMovedBySomeoneElse_Recovered(t *testing.T) {
	e, _ := newDevEnv(t, 100*time.Millisecond, envOpts{disputeWindow: 3600})
	cfg := e.config()
	cfg.DisableFinalize = true
	e.seq.fund(e)
	e.start(cfg, nil)
	e.waitPosted(30 * time.Second)
	e.waitOutboxSettled()

	// The proposer's key sends a transaction the transaction manager does
	// not know: the nonce it would hand out next is gone.
	transfer(t, e.l1, e.key, common.HexToAddress("0x00000000000000000000000000000000000000ee"), big.NewInt(1))
	for i := 0; i < 6; i++ {
		e.seq.block(20)
	}
	rows := e.waitPosted(60 * time.Second)
	// The manager moves the batch whose nonce was taken to a new nonce,
	// after the batch sent behind it: that one may be mined first and revert
	// on the index check (the contract refuses an out-of-order batch), and
	// is then posted again.
	checkPostedOnce(t, e, rows, true)
	var superseded int
	require.NoError(t, e.pool.QueryRow(context.Background(), `SELECT count(*) FROM l1_txs WHERE state = 'superseded'`).Scan(&superseded))
	require.Equal(t, 1, superseded, "the manager moved the batch to a new nonce")
}

func TestBatcher_L1Unavailable_Resumes(t *testing.T) {
	c, err := devchain.New(devchain.Config{BlockTime: 100 * time.Millisecond, HTTPAddr: "127.0.0.1:0"})
	require.NoError(t, err)
	require.NoError(t, c.Start())
	t.Cleanup(func() { _ = c.Stop() })
	e := newEnv(t, c.Client(), c.Accounts()[0].Key, c.Accounts()[1].Key, envOpts{disputeWindow: 5})
	proxy := rpcproxy.New(t, c.HTTPURL())
	e.seq.fund(e)
	e.start(e.config(), dial(t, proxy.URL()))
	e.waitPosted(30 * time.Second)

	proxy.Down()
	for i := 0; i < 8; i++ {
		e.seq.block(20)
	}
	waitFor(t, 20*time.Second, "batches built while L1 is unreachable", func() bool {
		rows := e.batches(true)
		return rows[len(rows)-1].Last == e.seq.head()
	})
	time.Sleep(time.Second)
	proxy.Up()

	rows := e.waitPosted(60*time.Second, "final")
	require.GreaterOrEqual(t, len(rows), 4)
	require.Equal(t, uint64(len(rows)), e.finalizedCount())
	checkPostedOnce(t, e, rows)
}

func TestBatcher_InsufficientBalance_ClearErrorNothingLost(t *testing.T) {
	proposer, err := crypto.GenerateKey()
	require.NoError(t, err)
	e, _ := newDevEnv(t, 100*time.Millisecond, envOpts{disputeWindow: 3600, proposer: proposer,
		proposerFunds: big.NewInt(params.Ether)})
	drain(t, e.l1, proposer, big.NewInt(1e9))
	cfg := e.config()
	cfg.DisableFinalize = true
	e.seq.fund(e)
	for i := 0; i < 3; i++ {
		e.seq.block(20)
	}
	_, reg := e.start(cfg, nil)

	waitFor(t, 20*time.Second, "the batch refused for lack of funds", func() bool {
		var msg string
		err := e.pool.QueryRow(context.Background(), `SELECT coalesce(last_error, '') FROM batches WHERE batch_index = 0`).Scan(&msg)
		return err == nil && strings.Contains(msg, "insufficient funds")
	})
	require.Greater(t, metrictest.Sum(t, reg, "batcher_l1_sends_total"), 0.0)
	for _, r := range e.batches(true) {
		require.Equal(t, "built", r.Status, "batch %d", r.Index)
	}
	var n int
	require.NoError(t, e.pool.QueryRow(context.Background(), `SELECT count(*) FROM l1_txs`).Scan(&n))
	require.Zero(t, n, "nothing was handed to L1")

	// Funded again, the batcher posts everything it kept.
	transfer(t, e.l1, e.funder, crypto.PubkeyToAddress(proposer.PublicKey), big.NewInt(params.Ether))
	rows := e.waitPosted(60 * time.Second)
	checkPostedOnce(t, e, rows)
}
