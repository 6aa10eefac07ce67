package poll

import (
	"context"
	"sync/atomic"
	"testing"
	"time"
)

// run calls loop with a counting function until the count reaches n and
// records when the first call came; the loop must return once its context
// ends.
func run(t *testing.T, loop func(context.Context, time.Duration, func()), interval time.Duration, n int64, first *time.Duration) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var calls atomic.Int64
	start := time.Now()
	done := make(chan struct{})
	reached := make(chan struct{})
	go func() {
		defer close(done)
		loop(ctx, interval, func() {
			if calls.Add(1) == 1 {
				*first = time.Since(start)
			}
			if calls.Load() == n {
				close(reached)
			}
		})
	}()
	select {
	case <-reached:
	case <-time.After(10 * time.Second):
		t.Fatalf("%d calls not reached in 10s (got %d)", n, calls.Load())
	}
	cancel()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the loop did not return after its context ended")
	}
}

func TestEveryCallsAtOnce(t *testing.T) {
	var first time.Duration
	run(t, Every, time.Hour, 1, &first) // one call without any tick
}

func TestEveryRepeats(t *testing.T) {
	var first time.Duration
	run(t, Every, 5*time.Millisecond, 5, &first)
}

func TestTickWaitsOneInterval(t *testing.T) {
	var first time.Duration
	run(t, Tick, 50*time.Millisecond, 3, &first)
	if first < 50*time.Millisecond {
		t.Fatalf("first call after %s, before one interval", first)
	}
}
