package batcher_test

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/batcher"
	"github.com/rollup-dev/rollup/internal/metrictest"
	"github.com/rollup-dev/rollup/internal/rpcproxy"
	"github.com/rollup-dev/rollup/l1client/devchain"
)

// newDevEnv starts an in-process L1 mining every blockTime and deploys the
// contracts with dev account 0 as the proposer.
func newDevEnv(t *testing.T, blockTime time.Duration, o envOpts) (*env, *devchain.Chain) {
	t.Helper()
	c, err := devchain.New(devchain.Config{BlockTime: blockTime})
	require.NoError(t, err)
	require.NoError(t, c.Start())
	t.Cleanup(func() { _ = c.Stop() })
	acc := c.Accounts()
	return newEnv(t, c.Client(), acc[0].Key, acc[1].Key, o), c
}

func TestBatcher_PostsVerifiedBatchesAndFinalizes(t *testing.T) {
	e, _ := newDevEnv(t, 100*time.Millisecond, envOpts{disputeWindow: 5})
	e.seq.fund(e)
	for i := 0; i < 12; i++ {
		e.seq.block(20)
	}
	e.start(e.config(), nil)
	rows := e.waitPosted(60*time.Second, "final")
	require.GreaterOrEqual(t, len(rows), 3)
	require.Equal(t, uint64(len(rows)), e.nextIndex())
	require.Equal(t, uint64(len(rows)), e.finalizedCount())
	e.verifyOnL1(rows)
	e.waitOutboxSettled()
	ok, reverted, pending := e.outboxCounts()
	require.Equal(t, len(rows), ok, "one appendBatch per batch")
	require.Zero(t, reverted)
	require.Zero(t, pending)
}

// TestBatcher_ChoosesCarrierByCost: in data mode auto, with the blob base fee
// at its minimum, a batch goes in a blob when that costs less than its
// calldata: the large ones do, the small ones (whose calldata costs less
// than a blob transaction's fixed execution) do not. Without a beacon API to
// read blobs back, every batch goes in calldata.
func TestBatcher_ChoosesCarrierByCost(t *testing.T) {
	e, c, _ := newManualEnv(t, envOpts{disputeWindow: 3600})
	e.seq.fund(e)
	for i := 0; i < 3; i++ {
		e.seq.block(150) // about 11 KB of transfers
	}
	e.seq.block(5)
	cfg := e.config()
	cfg.DisableFinalize = true
	cfg.Policy.TargetBytes = 10_000
	cfg.Data, cfg.L1Beacon = batcher.DataAuto, c.BeaconURL()
	b, reg := e.start(cfg, nil)
	rows := e.waitPosted(30 * time.Second)
	require.NoError(t, b.Stop())
	blobs := e.verifyOnL1(rows)
	require.Positive(t, blobs)
	require.Less(t, blobs, len(rows))
	require.Equal(t, float64(blobs), metrictest.Sum(t, reg, "batcher_batches_included_total", "carrier", "blob"))
	for _, r := range rows {
		blob := isBlobTx(t, e, r)
		switch {
		case r.Size >= 8_000:
			require.True(t, blob, "batch %d of %d bytes is cheaper in a blob", r.Index, r.Size)
		case r.Size <= 2_000:
			require.False(t, blob, "batch %d of %d bytes is cheaper in calldata", r.Index, r.Size)
		}
	}

	// A batcher given no beacon URL, or one that does not answer, posts calldata.
	for i := 0; i < 2; i++ {
		e.seq.block(150)
	}
	cfg.L1Beacon = c.HTTPURL() // JSON-RPC, not a beacon API
	e.start(cfg, nil)
	after := e.waitPosted(30 * time.Second)
	require.Greater(t, len(after), len(rows))
	require.Equal(t, blobs, e.verifyOnL1(after))
}

// isBlobTx reports whether a batch's L1 transaction carries blobs.
func isBlobTx(t *testing.T, e *env, r batchRow) bool {
	t.Helper()
	tx, _, err := e.l1.(interface {
		TransactionByHash(context.Context, common.Hash) (*types.Transaction, bool, error)
	}).TransactionByHash(context.Background(), common.BytesToHash(r.L1Tx))
	require.NoError(t, err)
	return tx.Type() == types.BlobTxType
}

// TestBatcher_PacksBlobs: batches built while L1 was unreachable go out
// together, several blobs in one transaction; a batcher that dies after the
// manager recorded that transaction, before it was mined, is replaced by one
// that finds every batch of it on L1 instead of posting any again.
func TestBatcher_PacksBlobs(t *testing.T) {
	e, c, m := newManualEnv(t, envOpts{disputeWindow: 3600})
	proxy := rpcproxy.New(t, c.HTTPURL())
	cfg := e.config()
	cfg.DisableFinalize = true
	cfg.Data, cfg.L1Beacon, cfg.MaxInFlight = batcher.DataBlob, c.BeaconURL(), 6
	e.seq.fund(e)
	a, _ := e.start(cfg, dial(t, proxy.URL()))
	e.waitPosted(30 * time.Second)

	proxy.Down()
	for i := 0; i < 8; i++ {
		e.seq.block(20)
	}
	waitFor(t, 20*time.Second, "batches built while L1 is down", func() bool {
		rows := e.batches(true)
		return withStatus(rows, "built") >= 3 && rows[len(rows)-1].Last == e.seq.head()
	})
	m.pause()
	proxy.Up()
	waitFor(t, 20*time.Second, "the built batches handed over", func() bool {
		_, _, pending := e.outboxCounts()
		return pending >= 1 && withStatus(e.batches(true), "sent") >= 3
	})
	require.NoError(t, a.Stop())
	m.resume()

	e.start(cfg, dial(t, proxy.URL()))
	rows := e.waitPosted(30 * time.Second)
	require.Equal(t, uint64(len(rows)), e.nextIndex())
	txs := map[common.Hash]int{}
	for _, r := range rows {
		txs[common.BytesToHash(r.L1Tx)]++
		require.Equal(t, 1, r.Attempts, "batch %d was posted once", r.Index)
	}
	most := 0
	for _, n := range txs {
		most = max(most, n)
	}
	t.Logf("%d batches in %d transactions, at most %d in one", len(rows), len(txs), most)
	require.GreaterOrEqual(t, most, 3, "the waiting batches shared a transaction")
	e.waitOutboxSettled()
	ok, reverted, pending := e.outboxCounts()
	require.Equal(t, len(txs), ok)
	require.Zero(t, reverted)
	require.Zero(t, pending)
	require.Equal(t, len(rows), e.verifyOnL1(rows))
}
