package engine

import (
	"context"
	"time"

	"go.uber.org/zap"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/internal/poll"
)

// maxReadyDeposits bounds the confirmed deposits held in memory.
const maxReadyDeposits = 4096

// runDepositPoller moves confirmed deposits from the deposit source into
// depositReady, in queue order, and wakes the executor.
func (e *Engine) runDepositPoller(ctx context.Context) {
	if e.deposits == nil {
		return
	}
	poll.Tick(ctx, 250*time.Millisecond, func() { e.pollDeposits(ctx) })
}

// pollDeposits reads the confirmed deposits that follow the ready ones.
func (e *Engine) pollDeposits(ctx context.Context) {
	e.depositMu.Lock()
	from, room := e.depositNext, maxReadyDeposits-len(e.depositReady)
	e.depositMu.Unlock()
	if room <= 0 {
		return
	}
	ds, err := e.deposits.ConfirmedDeposits(ctx, from, min(room, 1024))
	if err != nil {
		if ctx.Err() == nil {
			e.log.Warn("reading confirmed deposits", zap.Error(err))
		}
		return
	}
	n := 0
	for n < len(ds) && ds[n].QueueIndex == from+uint64(n) {
		n++
	}
	if n == 0 {
		return
	}
	e.depositMu.Lock()
	if e.depositNext == from {
		e.depositReady = append(e.depositReady, ds[:n]...)
		e.depositNext = from + uint64(n)
	}
	e.depositMu.Unlock()
	select {
	case e.depositSignal <- struct{}{}:
	default:
	}
}

// takeDeposits removes up to n ready deposits, which continue the consumed
// prefix. Executor only.
func (e *Engine) takeDeposits(n int) []chain.Deposit {
	e.depositMu.Lock()
	defer e.depositMu.Unlock()
	if len(e.depositReady) == 0 {
		return nil
	}
	if e.depositReady[0].QueueIndex != e.exec.consumed {
		e.log.Error("ready deposits do not continue the consumed ones; dropping them",
			zap.Uint64("first_ready", e.depositReady[0].QueueIndex), zap.Uint64("consumed", e.exec.consumed))
		e.depositReady = nil
		e.depositNext = e.exec.consumed
		return nil
	}
	n = min(n, len(e.depositReady))
	out := append([]chain.Deposit(nil), e.depositReady[:n]...)
	e.depositReady = append(e.depositReady[:0], e.depositReady[n:]...)
	return out
}
