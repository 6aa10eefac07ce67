package e2e

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
	"golang.org/x/sync/errgroup"

	"github.com/rollup-dev/rollup/userflow"
)

// TestDevnet_DeepFault runs a devnet whose proposer mis-executes one step in
// the middle of batch 1 and defends that wrong trace. The challenger must
// bisect down to the step before the one-step proof decides the game; the
// chain then recovers and every transfer of the batch is final.
func TestDevnet_DeepFault(t *testing.T) {
	cfg := testConfig(t, 20*time.Second)
	bad := uint64(1)
	cfg.FaultBadStepBatch = &bad
	cfg.BlockTime = 20 * time.Millisecond // every send waits for its block's seal
	d := startDevnet(t, cfg)
	l2, l1 := dial(t, d.L2URL(), d.L1URL(), d.Deployment())
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()

	// Batch 0 holds the funding deposits; the transfers go into batch 1.
	waitFor(t, time.Minute, "batch 0", func() bool { b, err := l2.Batch(ctx, 0); return err == nil && b != nil })
	a := d.Accounts()
	// Four senders at once, so that the 24 transfers fit one batch.
	var g errgroup.Group
	hashes := make([]common.Hash, 24)
	for s := 0; s < 4; s++ {
		g.Go(func() error {
			for i := s; i < 24; i += 4 {
				sent, err := l2.Send(ctx, userflow.Transfer{Key: a[s].Key, To: a[4+i%5].Address, Value: ether(1)})
				if err != nil {
					return err
				}
				hashes[i] = sent.Tx.Hash()
			}
			return nil
		})
	}
	require.NoError(t, g.Wait())
	last := hashes[23]
	life, err := userflow.Watch(ctx, l2, l1, last, 200*time.Millisecond, func(l *userflow.Life) bool { return l.Final }, nil)
	require.NoError(t, err)
	require.True(t, life.Final)
	require.Equal(t, bad, *life.Batch)

	kinds := map[string]int{}
	won := false
	for _, e := range life.History {
		kinds[e.Kind]++
		if e.Kind == "resolved" && strings.Contains(e.Text, "challenger won") {
			won = true
		}
	}
	require.True(t, won, "the challenger won the game: %+v", life.History)
	require.GreaterOrEqual(t, kinds["bisected"], 2, "the bisection went deep: %+v", life.History)
	require.Equal(t, 1, kinds["step-proved"], "one one-step proof decided it: %+v", life.History)
	require.Equal(t, 1, kinds["reverted"])
	// The devnet posts in blobs: the proof read the wrong batch's step from
	// its blob (point evaluation against the stored versioned hash).
	blobs, calldata := carriers(t, d.L1URL(), d.Deployment())
	require.Positive(t, blobs)
	require.Zero(t, calldata)

	all := []common.Address{d.Deployment().FeeRecipient}
	for _, acct := range a {
		all = append(all, acct.Address)
	}
	checkSupply(t, ctx, l2, l1, all, ether(0))
}
