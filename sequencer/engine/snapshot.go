package engine

import (
	"context"
	"time"

	"go.uber.org/zap"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/chaindb"
	"github.com/rollup-dev/rollup/l2"
	"github.com/rollup-dev/rollup/l2/smt"
)

// snapshotsKept is how many state snapshots stay in the database.
const snapshotsKept = 3

// minSnapshotTxs is the fewest transactions between two snapshots.
const minSnapshotTxs = 10_000

// SnapshotDue reports whether a snapshot of a state with leaves leaves is due
// after since transactions. Loading a snapshot costs a few microseconds per
// leaf and replaying a transaction about ten, so taking one after as many
// transactions as the state has leaves keeps a restart's replay within a few
// times the cost of loading the snapshot, and the snapshot's bytes within
// 96 per transaction written; every caps the interval of a large state.
func SnapshotDue(since, every, leaves int) bool {
	return since >= min(every, max(minSnapshotTxs, leaves))
}

// snapshotJob asks the snapshot writer to store state as of block.
type snapshotJob struct {
	block    chain.Block
	lastSeq  uint64
	consumed uint64
	state    *l2.State // an independent copy
}

// runSnapshots writes snapshot jobs once their block's seal is committed (a
// snapshot must never be ahead of the durable chain).
func (e *Engine) runSnapshots(ctx context.Context) {
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		var job snapshotJob
		select {
		case <-ctx.Done():
			return
		case job = <-e.snapshots:
		}
		for e.view.Load().latest.Number < job.block.Number {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
		}
		start := time.Now()
		snap := encodeSnapshot(job)
		if err := chaindb.SaveSnapshot(ctx, e.pool, snap, snapshotsKept); err != nil {
			e.log.Warn("writing state snapshot", zap.Uint64("block", job.block.Number), zap.Error(err))
			continue
		}
		e.metrics.snapshotSecs.Observe(time.Since(start).Seconds())
		e.log.Info("wrote state snapshot", zap.Uint64("block", job.block.Number), zap.Uint64("leaves", snap.LeafCount),
			zap.Int("bytes", len(snap.Data)), zap.Duration("took", time.Since(start)))
	}
}

func encodeSnapshot(job snapshotJob) *chaindb.Snapshot {
	data := job.state.Tree().AppendLeaves(nil)
	return &chaindb.Snapshot{
		BlockNumber:      job.block.Number,
		LastSeq:          job.lastSeq,
		DepositsConsumed: job.consumed,
		StateRoot:        job.block.StateRoot,
		LeafCount:        uint64(len(data) / smt.LeafSize),
		Data:             data,
	}
}
