package batcher

import (
	"context"
	"errors"
	"fmt"

	"go.uber.org/zap"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/l1client/contracts"
	"github.com/rollup-dev/rollup/l1client/txmgr"
)

// finalize calls finalizeMany for the consecutive batches, from the
// contract's finalizedCount on, whose dispute window has passed without an
// open game, so that their withdrawals become claimable. One call is in
// flight at a time; anyone may finalize, and finalizeMany stops without
// reverting at the first batch that cannot be finalized, so a race with
// another caller costs only gas.
func (b *Batcher) finalize(ctx context.Context, v *view) error {
	if b.cfg.DisableFinalize || b.finalizing {
		return nil
	}
	var infos []contracts.BatchInfo
	next := v.finalizedCount
	for _, r := range b.rows {
		if r.Index < next {
			continue
		}
		if r.Index != next || r.Info == nil || r.Status == chain.BatchChallenged || r.Status == chain.BatchFinal {
			break
		}
		if r.Info.L1Timestamp+b.window > v.head.Time {
			break
		}
		infos = append(infos, *r.Info)
		next++
		if len(infos) == b.cfg.FinalizeMax {
			break
		}
	}
	if len(infos) == 0 {
		return nil
	}
	rctx, cancel := context.WithTimeout(ctx, b.cfg.RPCTimeout)
	ok, err := b.rc.isFinalizable(rctx, v.head.Number, infos[0])
	cancel()
	if err != nil {
		return fmt.Errorf("asking whether batch %d is finalizable: %w", infos[0].Index, err)
	}
	if !ok {
		return nil
	}
	to := b.cfg.RollupAddress
	cand := txmgr.Candidate{To: &to, Data: contracts.Rollup.PackFinalizeMany(infos),
		Key: fmt.Sprintf("finalize/%d/%d/head/%d", infos[0].Index, len(infos), v.head.Number.Uint64())}
	b.finalizing = true
	first, n := infos[0].Index, len(infos)
	b.wg.Add(1)
	go func() {
		defer b.wg.Done()
		rcpt, err := b.mgr.Send(ctx, cand)
		select {
		case b.results <- sendResult{final: true, index: first, key: cand.Key, receipt: rcpt, err: err}:
		case <-ctx.Done():
		}
	}()
	b.log.Info("finalizing batches whose dispute window passed", zap.Uint64("from_batch", first), zap.Int("batches", n))
	return nil
}

// finishFinalize records a finalize call's outcome; the batches' status
// follows from the contract's finalizedCount in reconcile.
func (b *Batcher) finishFinalize(ctx context.Context, res sendResult) {
	switch {
	case res.err == nil:
		b.metrics.finalizeCalls.WithLabelValues("confirmed").Inc()
	case errors.Is(res.err, txmgr.ErrStopped), errors.Is(res.err, context.Canceled), ctx.Err() != nil:
	case errors.Is(res.err, txmgr.ErrReverted):
		b.metrics.finalizeCalls.WithLabelValues("reverted").Inc()
		b.log.Warn("finalizeMany reverted", zap.Uint64("from_batch", res.index), zap.Error(res.err))
	case errors.Is(res.err, txmgr.ErrInsufficientFunds):
		b.metrics.finalizeCalls.WithLabelValues("insufficient_funds").Inc()
		if b.errs.should("funds", res.err) {
			b.log.Error("the batcher's L1 account cannot pay for finalize; fund it", zap.Stringer("account", b.from), zap.Error(res.err))
		}
	default:
		b.metrics.finalizeCalls.WithLabelValues("error").Inc()
		if b.errs.should("finalize-result", res.err) {
			b.log.Warn("finalizeMany failed; it is retried", zap.Uint64("from_batch", res.index), zap.Error(res.err))
		}
	}
}
