package chaindb

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/rollup-dev/rollup/store"
)

// QueuedTx is an acknowledged transaction waiting for an earlier nonce of its
// sender (l2_queued_txs).
type QueuedTx struct {
	Hash     common.Hash
	Sender   common.Address
	Nonce    uint64
	Raw      []byte
	Received time.Time
}

const insertQueued = `INSERT INTO l2_queued_txs (hash, sender, nonce, raw, received_at) VALUES ($1, $2, $3, $4, $5)`

const deleteQueued = `DELETE FROM l2_queued_txs WHERE hash = ANY($1::bytea[])`

// QueueOp is one change of l2_queued_txs: the insert of Tx, or when Tx is
// nil the delete of Hash (a transaction that left the queue: executed,
// expired or evicted).
type QueueOp struct {
	Tx   *QueuedTx
	Hash common.Hash
}

// queueQueueOps queues ops in order, consecutive deletes in one statement.
func queueQueueOps(b *pgx.Batch, ops []QueueOp) {
	var dels [][]byte
	flush := func() {
		if len(dels) > 0 {
			b.Queue(deleteQueued, dels)
			dels = nil
		}
	}
	for i := range ops {
		if t := ops[i].Tx; t != nil {
			flush()
			b.Queue(insertQueued, t.Hash[:], t.Sender[:], int64(t.Nonce), t.Raw, t.Received)
			continue
		}
		dels = append(dels, ops[i].Hash[:])
	}
	flush()
}

const queuedColumns = `hash, sender, nonce, raw, received_at`

func scanQueued(row pgx.Row) (*QueuedTx, error) {
	var (
		t            QueuedTx
		hash, sender []byte
		nonce        int64
	)
	if err := row.Scan(&hash, &sender, &nonce, &t.Raw, &t.Received); err != nil {
		return nil, store.MapError(err)
	}
	t.Hash, t.Sender, t.Nonce = common.BytesToHash(hash), common.BytesToAddress(sender), uint64(nonce)
	return &t, nil
}

// QueuedTxs returns every queued transaction, by sender and nonce.
func QueuedTxs(ctx context.Context, q Querier) ([]QueuedTx, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	rows, err := q.Query(ctx, `SELECT `+queuedColumns+` FROM l2_queued_txs ORDER BY sender, nonce`)
	if err != nil {
		return nil, fmt.Errorf("reading queued transactions: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (QueuedTx, error) {
		t, err := scanQueued(r)
		if err != nil {
			return QueuedTx{}, err
		}
		return *t, nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading queued transactions: %w", err)
	}
	return out, nil
}

// QueuedTxByHash returns the queued transaction h, store.ErrNotFound if none.
func QueuedTxByHash(ctx context.Context, q Querier, h common.Hash) (*QueuedTx, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	t, err := scanQueued(q.QueryRow(ctx, `SELECT `+queuedColumns+` FROM l2_queued_txs WHERE hash = $1`, h[:]))
	if err != nil {
		return nil, fmt.Errorf("reading queued transaction %s: %w", h, err)
	}
	return t, nil
}

// DeleteQueuedTxs deletes the queued transactions hashes (ones that can no
// longer execute, found at restart).
func DeleteQueuedTxs(ctx context.Context, pool *pgxpool.Pool, hashes []common.Hash) error {
	if len(hashes) == 0 {
		return nil
	}
	hs := make([][]byte, len(hashes))
	for i := range hashes {
		hs[i] = hashes[i][:]
	}
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	if _, err := pool.Exec(ctx, deleteQueued, hs); err != nil {
		return fmt.Errorf("deleting %d queued transactions: %w", len(hashes), err)
	}
	return nil
}
