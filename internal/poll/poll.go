// Package poll owns the periodic loops of the services and the waits of the
// clients: a function called at every tick of an interval until a context
// ends, or until it reports that what it waits for is there.
package poll

import (
	"context"
	"time"
)

// Every calls fn at once and then once per interval until ctx ends. A call
// that takes longer than the interval delays the next one; ticks are not
// queued.
func Every(ctx context.Context, interval time.Duration, fn func()) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		fn()
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Tick calls fn once per interval, the first time one interval from now,
// until ctx ends.
func Tick(ctx context.Context, interval time.Duration, fn func()) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			fn()
		}
	}
}

// Until calls fn at once and then once per interval until fn reports done or
// fails, and returns fn's error; when ctx ends first it returns ctx's error.
func Until(ctx context.Context, interval time.Duration, fn func() (done bool, err error)) error {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		if done, err := fn(); done || err != nil {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}
