package txmgr

import (
	"context"
	"sync"

	"github.com/ethereum/go-ethereum/core/types"
)

// Result is the outcome of a queued candidate.
type Result[T any] struct {
	ID      T
	Receipt *types.Receipt
	Err     error
}

// Queue sends candidates asynchronously through a Manager, at most maxPending at
// a time; each result goes to the channel given with the candidate. It is the
// form the batcher uses to keep several batches in flight.
type Queue[T any] struct {
	ctx   context.Context
	m     *Manager
	slots chan struct{}
	wg    sync.WaitGroup
}

// NewQueue returns a queue whose sends live until ctx ends.
func NewQueue[T any](ctx context.Context, m *Manager, maxPending int) *Queue[T] {
	if maxPending <= 0 {
		maxPending = 1
	}
	return &Queue[T]{ctx: ctx, m: m, slots: make(chan struct{}, maxPending)}
}

// Send queues c, waiting for room. The result is delivered on results, which
// should be buffered or drained.
func (q *Queue[T]) Send(id T, c Candidate, results chan<- Result[T]) error {
	select {
	case q.slots <- struct{}{}:
	case <-q.ctx.Done():
		return q.ctx.Err()
	}
	q.start(id, c, results)
	return nil
}

// TrySend queues c if there is room and otherwise returns ErrQueueFull at once.
func (q *Queue[T]) TrySend(id T, c Candidate, results chan<- Result[T]) error {
	select {
	case q.slots <- struct{}{}:
	default:
		return ErrQueueFull
	}
	q.start(id, c, results)
	return nil
}

func (q *Queue[T]) start(id T, c Candidate, results chan<- Result[T]) {
	q.wg.Add(1)
	go func() {
		defer q.wg.Done()
		r, err := q.m.Send(q.ctx, c)
		<-q.slots
		select {
		case results <- Result[T]{ID: id, Receipt: r, Err: err}:
		case <-q.ctx.Done():
		}
	}()
}

// Wait blocks until every queued send has delivered its result.
func (q *Queue[T]) Wait() { q.wg.Wait() }
