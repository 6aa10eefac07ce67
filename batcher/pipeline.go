package batcher

import (
	"context"
	"time"

	"go.uber.org/zap"

	"github.com/rollup-dev/rollup/chain"
)

// blocksPerRead is how many sealed blocks one database read returns.
const blocksPerRead = 64

// build feeds the sealed blocks after the builder's tip to the builder and
// records every batch it closes, until no sealed block is left or MaxBuilt
// batches wait to be sent; then it closes the open batch if it is old enough.
func (b *Batcher) build(ctx context.Context, now time.Time) error {
	t0 := time.Now()
	defer func() { b.metrics.verifySeconds.Observe(time.Since(t0).Seconds()) }()
	waiting := 0
	for _, r := range b.rows {
		if r.Status == chain.BatchBuilt {
			waiting++
		}
	}
	for waiting < b.cfg.MaxBuilt {
		blocks, err := b.src.blocks(ctx, b.builder.TipBlock()+1, blocksPerRead)
		if err != nil {
			return err
		}
		for _, fb := range blocks {
			closed, err := b.builder.Add(fb.Block, now)
			for _, c := range closed {
				if rerr := b.record(ctx, c); rerr != nil {
					return rerr
				}
				waiting++
			}
			if err != nil {
				return err
			}
			if waiting >= b.cfg.MaxBuilt {
				break
			}
		}
		if len(blocks) < blocksPerRead {
			break
		}
	}
	if waiting >= b.cfg.MaxBuilt {
		return nil
	}
	c, err := b.builder.Tick(now)
	if err != nil || c == nil {
		return err
	}
	return b.record(ctx, c)
}

// record writes a closed batch as 'built'. If that fails the builder is
// dropped, so the next poll rebuilds it from the database and closes the
// same blocks again.
func (b *Batcher) record(ctx context.Context, c *Batch) error {
	r := newRow(c)
	if err := b.db.Insert(ctx, r); err != nil {
		b.builder = nil
		return err
	}
	b.rows = append(b.rows, r)
	b.metrics.built.Inc()
	b.metrics.bytes.Observe(float64(len(c.Data)))
	b.metrics.fill.Observe(c.Fill())
	b.metrics.transfers.Add(float64(c.Transfers))
	reason := "age"
	if c.Full {
		reason = "size"
	}
	b.metrics.closedBy.WithLabelValues(reason).Inc()
	fields := []zap.Field{zap.Uint64("batch", c.Index), zap.Uint64("first_block", c.FirstBlock), zap.Uint64("last_block", c.LastBlock),
		zap.Int("bytes", len(c.Data)), zap.Float64("fill", c.Fill()), zap.Int("transfers", c.Transfers), zap.Int("deposits", c.Deposits),
		zap.Uint64("steps", c.NumSteps), zap.String("closed_on", reason), zap.Stringer("post_state_root", c.Post.StateRoot)}
	if c.Fault != nil {
		b.log.Warn("FAULT INJECTION: built a batch with a wrong claim", append(fields, zap.Stringer("fault", c.Fault),
			zap.Stringer("claimed_root", c.Claim.StateRoot), zap.Uint64("claimed_steps", c.ClaimSteps))...)
	} else {
		b.log.Info("batch built", fields...)
	}
	return nil
}
