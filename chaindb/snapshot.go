package chaindb

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/rollup-dev/rollup/l2"
	"github.com/rollup-dev/rollup/store"
)

// Snapshot is a stored copy of the whole state as of a sealed block.
type Snapshot struct {
	BlockNumber      uint64
	LastSeq          uint64
	DepositsConsumed uint64
	StateRoot        common.Hash
	LeafCount        uint64
	// Data is LeafCount leaves of 96 bytes: key ‖ a ‖ b.
	Data []byte
}

// SnapshotTimeout bounds writing or reading one snapshot.
const SnapshotTimeout = 5 * time.Minute

// SaveSnapshot stores s and deletes all but the newest keep snapshots.
func SaveSnapshot(ctx context.Context, pool *pgxpool.Pool, s *Snapshot, keep int) error {
	ctx, cancel := context.WithTimeout(ctx, SnapshotTimeout)
	defer cancel()
	return pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `INSERT INTO l2_state_snapshots (block_number, last_seq, deposits_consumed, state_root, leaf_count, data)
			VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (block_number) DO NOTHING`,
			int64(s.BlockNumber), int64(s.LastSeq), int64(s.DepositsConsumed), s.StateRoot[:], int64(s.LeafCount), s.Data); err != nil {
			return fmt.Errorf("writing snapshot of block %d: %w", s.BlockNumber, err)
		}
		if _, err := tx.Exec(ctx, `DELETE FROM l2_state_snapshots WHERE block_number NOT IN
			(SELECT block_number FROM l2_state_snapshots ORDER BY block_number DESC LIMIT $1)`, keep); err != nil {
			return fmt.Errorf("pruning snapshots: %w", err)
		}
		return nil
	})
}

// SnapshotsAtOrBefore lists the block numbers of the snapshots at or before
// block, newest first.
func SnapshotsAtOrBefore(ctx context.Context, q Querier, block uint64) ([]uint64, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	rows, err := q.Query(ctx, `SELECT block_number FROM l2_state_snapshots WHERE block_number <= $1 ORDER BY block_number DESC`, int64(block))
	if err != nil {
		return nil, fmt.Errorf("listing snapshots: %w", err)
	}
	nums, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return nil, fmt.Errorf("listing snapshots: %w", err)
	}
	out := make([]uint64, len(nums))
	for i, n := range nums {
		out[i] = uint64(n)
	}
	return out, nil
}

// LoadSnapshot reads the snapshot of block.
func LoadSnapshot(ctx context.Context, q Querier, block uint64) (*Snapshot, error) {
	ctx, cancel := context.WithTimeout(ctx, SnapshotTimeout)
	defer cancel()
	var (
		s                      Snapshot
		num, last, cons, count int64
		root                   []byte
	)
	err := q.QueryRow(ctx, `SELECT block_number, last_seq, deposits_consumed, state_root, leaf_count, data FROM l2_state_snapshots WHERE block_number = $1`,
		int64(block)).Scan(&num, &last, &cons, &root, &count, &s.Data)
	if err != nil {
		return nil, fmt.Errorf("reading snapshot of block %d: %w", block, store.MapError(err))
	}
	s.BlockNumber, s.LastSeq, s.DepositsConsumed, s.LeafCount = uint64(num), uint64(last), uint64(cons), uint64(count)
	s.StateRoot = common.BytesToHash(root)
	if uint64(len(s.Data)) != s.LeafCount*96 {
		return nil, fmt.Errorf("snapshot of block %d: %d bytes for %d leaves", block, len(s.Data), s.LeafCount)
	}
	return &s, nil
}

// State restores the snapshot's state from its leaves (the caller checks
// the root against its block's).
func (s *Snapshot) State() (*l2.State, error) {
	st := l2.NewState()
	if err := st.Tree().SetLeaves(s.Data); err != nil {
		return nil, err
	}
	return st, nil
}
