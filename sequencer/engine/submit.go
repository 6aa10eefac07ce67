package engine

import (
	"context"
	"time"

	"github.com/rollup-dev/rollup/chain"
)

// submission is one admitted transaction on its way through the executor. Its
// first reply wins; later ones are dropped.
type submission struct {
	c        *chain.Candidate
	received time.Time
	done     chan outcome
}

type outcome struct {
	tx  *chain.Tx
	err error
}

func (s *submission) reply(tx *chain.Tx, err error) {
	select {
	case s.done <- outcome{tx, err}:
	default:
	}
}

func (s *submission) wait(ctx context.Context) (*chain.Tx, error) {
	select {
	case o := <-s.done:
		return o.tx, o.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// Submit queues an admitted transaction for execution and returns a function
// that waits for its outcome: the acknowledged transaction (executed and
// durable) or the reason it was rejected. A transaction already acknowledged
// is answered at once (resubmission is idempotent). Submit itself fails only
// when the engine is overloaded or not running.
func (e *Engine) Submit(ctx context.Context, c *chain.Candidate) (func(context.Context) (*chain.Tx, error), error) {
	if t := e.RecentTx(c.Hash); t != nil {
		e.metrics.known.Inc()
		return func(context.Context) (*chain.Tx, error) { return t, nil }, nil
	}
	if !e.started.Load() || e.stopping.Load() {
		return nil, e.errFailed()
	}
	s := &submission{c: c, received: time.Now(), done: make(chan outcome, 1)}
	select {
	case e.inbox <- s:
	default:
		e.metrics.rejected.WithLabelValues("busy").Inc()
		return nil, ErrOverloaded
	}
	if e.stopping.Load() {
		// The executor may have stopped before our send: answer what is left.
		e.drainInbox(e.errFailed())
	}
	return s.wait, nil
}

func (e *Engine) drainInbox(err error) {
	for {
		select {
		case s := <-e.inbox:
			s.reply(nil, err)
		default:
			return
		}
	}
}
