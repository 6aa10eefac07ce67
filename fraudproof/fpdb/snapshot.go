package fpdb

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/rollup-dev/rollup/l2"
	"github.com/rollup-dev/rollup/l2/smt"
	"github.com/rollup-dev/rollup/store"
)

// keepSnapshots is how many snapshots an agent keeps.
const keepSnapshots = 3

// Snapshot is the honest state after a batch.
type Snapshot struct {
	BatchIndex uint64
	BatchHash  common.Hash
	L2         l2.L2State
	State      *l2.State
}

// SaveSnapshot stores the state after batch index (whose record hash is
// hash), drops all but the latest few snapshots and the checkpoints of the
// batches up to index, which the snapshot makes unneeded.
func (s *Store) SaveSnapshot(ctx context.Context, index uint64, hash common.Hash, l2s l2.L2State, st *l2.State) error {
	leaves := st.Tree().AppendLeaves(nil)
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `INSERT INTO challenger_snapshots (agent, batch_index, batch_hash, state_root, deposits_consumed,
				block_number, timestamp, leaf_count, leaves) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
			ON CONFLICT (agent, batch_index) DO UPDATE SET batch_hash = excluded.batch_hash, state_root = excluded.state_root,
				deposits_consumed = excluded.deposits_consumed, block_number = excluded.block_number, timestamp = excluded.timestamp,
				leaf_count = excluded.leaf_count, leaves = excluded.leaves, created_at = now()`,
			s.agent, index, hash.Bytes(), l2s.StateRoot.Bytes(), l2s.DepositsConsumed, l2s.BlockNumber, l2s.Timestamp,
			len(leaves)/smt.LeafSize, leaves); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `DELETE FROM challenger_snapshots WHERE agent = $1 AND batch_index NOT IN (
			SELECT batch_index FROM challenger_snapshots WHERE agent = $1 ORDER BY batch_index DESC LIMIT $2)`, s.agent, keepSnapshots); err != nil {
			return err
		}
		// The snapshot covers the checkpoints of the batches up to it.
		_, err := tx.Exec(ctx, `UPDATE challenger_batches SET state_changes = NULL
			WHERE agent = $1 AND batch_index <= $2 AND state_changes IS NOT NULL`, s.agent, index)
		return err
	})
	if err != nil {
		return fmt.Errorf("saving snapshot after batch %d: %w", index, err)
	}
	return nil
}

// LatestSnapshot returns the latest snapshot whose batch is still current, or
// store.ErrNotFound. The state is rebuilt and its root checked.
func (s *Store) LatestSnapshot(ctx context.Context) (*Snapshot, error) {
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	var (
		snap       Snapshot
		hash, root []byte
		count      int
		leaves     []byte
	)
	err := s.pool.QueryRow(ctx, `SELECT s.batch_index, s.batch_hash, s.state_root, s.deposits_consumed, s.block_number, s.timestamp,
			s.leaf_count, s.leaves
		FROM challenger_snapshots s
		WHERE s.agent = $1 AND EXISTS (SELECT 1 FROM challenger_batches b
			WHERE b.agent = s.agent AND b.batch_hash = s.batch_hash AND b.batch_index = s.batch_index AND b.reverted_block IS NULL)
		ORDER BY s.batch_index DESC LIMIT 1`, s.agent).
		Scan(&snap.BatchIndex, &hash, &root, &snap.L2.DepositsConsumed, &snap.L2.BlockNumber, &snap.L2.Timestamp, &count, &leaves)
	if err != nil {
		return nil, store.MapError(err)
	}
	snap.BatchHash, snap.L2.StateRoot = common.BytesToHash(hash), common.BytesToHash(root)
	if len(leaves) != count*smt.LeafSize {
		return nil, fmt.Errorf("snapshot after batch %d: %d bytes of leaves for %d leaves", snap.BatchIndex, len(leaves), count)
	}
	st := l2.NewState()
	if err := st.Tree().SetLeaves(leaves); err != nil {
		return nil, fmt.Errorf("snapshot after batch %d: %w", snap.BatchIndex, err)
	}
	if st.Root() != snap.L2.StateRoot {
		return nil, fmt.Errorf("snapshot after batch %d: leaves hash to %s, recorded root %s", snap.BatchIndex, st.Root(), snap.L2.StateRoot)
	}
	snap.State = st
	return &snap, nil
}
