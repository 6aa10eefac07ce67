package chaindb

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/store"
)

const batchColumns = `batch_index, first_block, last_block, status, data_size, num_steps, tx_count, deposit_count,
	prev_state_root, post_state_root, deposits_consumed, l1_tx_hash, l1_block_number, l1_block_hash, l1_timestamp, challenge_deadline`

// liveFirst orders the live row of an index before reverted ones, newest first.
const liveFirst = `(status = 'reverted'), id DESC`

func scanBatch(row pgx.Row) (*chain.Batch, error) {
	var (
		b                                 chain.Batch
		idx, first, last, steps, consumed int64
		status                            string
		prev, post, l1tx, l1bh            []byte
		l1bn, l1ts, deadline              *int64
	)
	if err := row.Scan(&idx, &first, &last, &status, &b.DataSize, &steps, &b.TxCount, &b.DepositCount,
		&prev, &post, &consumed, &l1tx, &l1bn, &l1bh, &l1ts, &deadline); err != nil {
		return nil, store.MapError(err)
	}
	b.Index, b.FirstBlock, b.LastBlock, b.NumSteps, b.DepositsConsumed = uint64(idx), uint64(first), uint64(last), uint64(steps), uint64(consumed)
	b.Status = chain.BatchStatus(status)
	b.PrevStateRoot, b.PostStateRoot = common.BytesToHash(prev), common.BytesToHash(post)
	if l1tx != nil {
		h := common.BytesToHash(l1tx)
		b.L1TxHash = &h
	}
	if l1bh != nil {
		h := common.BytesToHash(l1bh)
		b.L1BlockHash = &h
	}
	b.L1BlockNumber, b.L1Timestamp, b.ChallengeDeadline = u64p(l1bn), u64p(l1ts), u64p(deadline)
	return &b, nil
}

func u64p(v *int64) *uint64 {
	if v == nil {
		return nil
	}
	u := uint64(*v)
	return &u
}

func oneBatch(ctx context.Context, q Querier, what, sql string, args ...any) (*chain.Batch, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	b, err := scanBatch(q.QueryRow(ctx, sql, args...))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", what, err)
	}
	return b, nil
}

// BatchByIndex returns the live batch with index (or, if every batch with that
// index was reverted, the newest reverted one); store.ErrNotFound if none.
func BatchByIndex(ctx context.Context, q Querier, index uint64) (*chain.Batch, error) {
	return oneBatch(ctx, q, fmt.Sprintf("batch %d", index),
		`SELECT `+batchColumns+` FROM batches WHERE batch_index = $1 ORDER BY `+liveFirst+` LIMIT 1`, int64(index))
}

// BatchForBlock returns the batch carrying L2 block n: the live one if any,
// else the newest reverted one; store.ErrNotFound if no batch carried it yet.
func BatchForBlock(ctx context.Context, q Querier, n uint64) (*chain.Batch, error) {
	return oneBatch(ctx, q, fmt.Sprintf("batch of block %d", n),
		`SELECT `+batchColumns+` FROM batches WHERE first_block <= $1 AND last_block >= $1 ORDER BY `+liveFirst+` LIMIT 1`, int64(n))
}

// LastBatchWithStatus returns the live batch with the highest index among
// those whose status is one of statuses; store.ErrNotFound if none.
func LastBatchWithStatus(ctx context.Context, q Querier, statuses ...chain.BatchStatus) (*chain.Batch, error) {
	ss := make([]string, len(statuses))
	for i, s := range statuses {
		ss[i] = string(s)
	}
	return oneBatch(ctx, q, "newest batch",
		`SELECT `+batchColumns+` FROM batches WHERE status = ANY($1) ORDER BY batch_index DESC LIMIT 1`, ss)
}

// LastBatch returns the live batch with the highest index; store.ErrNotFound if none.
func LastBatch(ctx context.Context, q Querier) (*chain.Batch, error) {
	return oneBatch(ctx, q, "newest batch",
		`SELECT `+batchColumns+` FROM batches WHERE status <> 'reverted' ORDER BY batch_index DESC LIMIT 1`)
}

// Batches returns up to limit live batches with index < before, newest first.
func Batches(ctx context.Context, q Querier, before uint64, limit int) ([]*chain.Batch, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	rows, err := q.Query(ctx, `SELECT `+batchColumns+` FROM batches WHERE status <> 'reverted' AND batch_index < $1
		ORDER BY batch_index DESC LIMIT $2`, int64(min(before, 1<<63-1)), limit)
	if err != nil {
		return nil, fmt.Errorf("reading batches: %w", err)
	}
	defer rows.Close()
	var out []*chain.Batch
	for rows.Next() {
		b, err := scanBatch(rows)
		if err != nil {
			return nil, fmt.Errorf("reading batches: %w", err)
		}
		out = append(out, b)
	}
	return out, rows.Err()
}
