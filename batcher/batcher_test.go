package batcher_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/l1client/devchain"
)

// newDevEnv starts an in-process L1 mining every blockTime and deploys the
// contracts with dev account 0 as the proposer.
func newDevEnv(t *testing.T, blockTime time.Duration, o envOpts) (*env, *devchain.Chain) {
	t.Helper()
	c, err := devchain.New(devchain.Config{BlockTime: blockTime})
	require.NoError(t, err)
	require.NoError(t, c.Start())
	t.Cleanup(func() { _ = c.Stop() })
	acc := c.Accounts()
	return newEnv(t, c.Client(), acc[0].Key, acc[1].Key, o), c
}

func TestBatcher_PostsVerifiedBatchesAndFinalizes(t *testing.T) {
	e, _ := newDevEnv(t, 100*time.Millisecond, envOpts{disputeWindow: 5})
	e.seq.fund(e)
	for i := 0; i < 12; i++ {
		e.seq.block(20)
	}
	e.start(e.config(), nil)
	rows := e.waitPosted(60*time.Second, "final")
	require.GreaterOrEqual(t, len(rows), 3)
	require.Equal(t, uint64(len(rows)), e.nextIndex())
	require.Equal(t, uint64(len(rows)), e.finalizedCount())
	e.verifyOnL1(rows)
	e.waitOutboxSettled()
	ok, reverted, pending := e.outboxCounts()
	require.Equal(t, len(rows), ok, "one appendBatch per batch")
	require.Zero(t, reverted)
	require.Zero(t, pending)
}
