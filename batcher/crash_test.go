package batcher_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/batcher"
	"github.com/rollup-dev/rollup/internal/rpcproxy"
)

// TestBatcher_CrashBetweenSendAndRecord drops all process state at the two
// points where a batch is handed to L1 without the batcher recording the
// outcome, starts a new batcher on the same database each time, and requires
// every batch on L1 exactly once, in order, without gaps: with batches in
// calldata and with batches in blobs.
func TestBatcher_CrashBetweenSendAndRecord(t *testing.T) {
	for _, data := range []batcher.DataMode{batcher.DataCalldata, batcher.DataBlob} {
		t.Run(string(data), func(t *testing.T) { crashBetweenSendAndRecord(t, data) })
	}
}

func crashBetweenSendAndRecord(t *testing.T, data batcher.DataMode) {
	e, c, m := newManualEnv(t, envOpts{disputeWindow: 3600})
	proxy := rpcproxy.New(t, c.HTTPURL())
	cfg := e.config()
	cfg.DisableFinalize = true
	cfg.Data, cfg.L1Beacon = data, c.BeaconURL()
	e.seq.fund(e)
	for i := 0; i < 4; i++ {
		e.seq.block(20)
	}

	// Batcher A posts the first batches.
	a, _ := e.start(cfg, dial(t, proxy.URL()))
	e.waitPosted(30 * time.Second)

	// Crash point 1: the transaction manager recorded and broadcast the
	// appendBatch, the block with it is not mined yet, and the process dies.
	m.pause()
	for i := 0; i < 4; i++ {
		e.seq.block(20)
	}
	// Every block is in a batch and every batch recorded by the transaction
	// manager with its L1 transaction (blob batches may share one), so that
	// L1 alone can finish them.
	waitFor(t, 20*time.Second, "batches handed to the transaction manager", func() bool {
		_, _, pending := e.outboxCounts()
		rows := e.batches(true)
		for _, r := range rows {
			if r.Status == "built" || (r.Status == "sent" && len(r.L1Tx) == 0) {
				return false
			}
		}
		return pending >= 1 && len(rows) > 0 && rows[len(rows)-1].Last == e.seq.head()
	})
	require.NoError(t, a.Stop())
	m.resume() // the broadcast transactions are mined while no batcher runs
	waitFor(t, 20*time.Second, "the orphaned transactions mined", func() bool {
		nonce, err := e.l1.PendingNonceAt(context.Background(), a.From())
		require.NoError(t, err)
		n, err := e.l1.NonceAt(context.Background(), a.From(), nil)
		require.NoError(t, err)
		return n == nonce && e.nextIndex() == uint64(len(e.batches(true)))
	})

	// Batcher B finds them on L1 instead of posting them again.
	b, _ := e.start(cfg, dial(t, proxy.URL()))
	rows := e.waitPosted(30 * time.Second)
	require.NoError(t, b.Stop())

	// Crash point 2: the batch is recorded as sent under its key, but the
	// process dies before the transaction manager records anything. Batcher C
	// builds rows while L1 is unreachable; then the first one is moved to
	// exactly the state the send step leaves before handing it over.
	cb, _ := e.start(cfg, dial(t, proxy.URL()))
	proxy.Down()
	for i := 0; i < 6; i++ {
		e.seq.block(20)
	}
	waitFor(t, 20*time.Second, "batches built while L1 is down", func() bool {
		rows := e.batches(true)
		return withStatus(rows, "built") >= 2 && rows[len(rows)-1].Last == e.seq.head()
	})
	require.NoError(t, cb.Stop())
	index, key := crashPoint2(t, e)
	proxy.Up()

	// Batcher D sends the recorded key (once) and everything after it.
	e.start(cfg, dial(t, proxy.URL()))
	rows = e.waitPosted(30 * time.Second)
	for _, r := range rows {
		if r.Index == index {
			require.Equal(t, 1, r.Attempts)
		}
	}
	var n int
	require.NoError(t, e.pool.QueryRow(context.Background(), `SELECT count(*) FROM l1_txs WHERE idem_key = $1`, key).Scan(&n))
	require.Equal(t, 1, n)

	require.Equal(t, uint64(len(rows)), e.nextIndex())
	e.waitOutboxSettled()
	ok, reverted, pending := e.outboxCounts()
	require.Equal(t, len(rows), ok, "one successful appendBatch per batch")
	require.Zero(t, reverted, "no appendBatch was sent twice")
	require.Zero(t, pending)
	blobs := e.verifyOnL1(rows)
	if data == batcher.DataBlob {
		require.Equal(t, len(rows), blobs, "every batch in a blob")
	} else {
		require.Zero(t, blobs)
	}
}

// crashPoint2 moves the first built row to 'sent' with its first key, as if
// the batcher died right after recording the send.
func crashPoint2(t *testing.T, e *env) (index uint64, key string) {
	t.Helper()
	ctx := context.Background()
	var id int64
	err := e.pool.QueryRow(ctx, `SELECT id, batch_index FROM batches WHERE status = 'built' ORDER BY batch_index LIMIT 1`).Scan(&id, &index)
	require.NoError(t, err)
	key = fmt.Sprintf("batch/%d/row/%d/attempt/1", index, id)
	_, err = e.pool.Exec(ctx, `UPDATE batches SET status = 'sent', send_key = $2, send_attempts = 1, l1_sent_block = 1,
		sent_at = now() WHERE id = $1`, id, key)
	require.NoError(t, err)
	return index, key
}
