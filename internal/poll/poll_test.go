package poll

import (
	"context"
	"errors"
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

func TestUntil(t *testing.T) {
	ctx := context.Background()
	n := 0
	if err := Until(ctx, time.Hour, func() (bool, error) { n++; return true, nil }); err != nil || n != 1 {
		t.Fatalf("done at once: err %v after %d calls", err, n)
	}
	n = 0
	if err := Until(ctx, time.Millisecond, func() (bool, error) { n++; return n == 4, nil }); err != nil || n != 4 {
		t.Fatalf("done at the fourth call: err %v after %d calls", err, n)
	}
	boom := errors.New("boom")
	if err := Until(ctx, time.Millisecond, func() (bool, error) { return false, boom }); !errors.Is(err, boom) {
		t.Fatalf("fn's error: got %v", err)
	}
	short, cancel := context.WithTimeout(ctx, 20*time.Millisecond)
	defer cancel()
	if err := Until(short, time.Millisecond, func() (bool, error) { return false, nil }); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("context's error: got %v", err)
	}
}
