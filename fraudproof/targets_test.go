package fraudproof_test

import (
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/fraudproof"
	"github.com/rollup-dev/rollup/fraudproof/fptest"
	"github.com/rollup-dev/rollup/fraudproof/solver"
	"github.com/rollup-dev/rollup/l2"
)

// TestTargets measures the challenger's targets reported in
// docs/benchmarks.md (## Challenger) on a batch near MAX_BATCH_BYTES with a
// wrong step in the middle: how many L1 blocks after the batch the challenge
// lands, and how many moves each side makes. It runs only with
// ROLLUP_FP_TARGETS=1 (about a minute: the L1 mines one block a second, as
// the devnet's does):
//
//	ROLLUP_FP_TARGETS=1 go test -run TestTargets -v ./fraudproof
func TestTargets(t *testing.T) {
	if os.Getenv("ROLLUP_FP_TARGETS") == "" {
		t.Skip("set ROLLUP_FP_TARGETS=1 to measure the challenger's targets")
	}
	for _, tc := range []struct {
		name      string
		blockTime time.Duration
		poll      time.Duration
	}{
		{"1s blocks, default poll", time.Second, 500 * time.Millisecond},
		{"250ms blocks, 100ms poll", 250 * time.Millisecond, 100 * time.Millisecond},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := fptest.New(t, fptest.Options{BlockTime: tc.blockTime, Users: 40})
			d, err := fraudproof.New(fraudproof.Config{Deployment: e.Deployment, Defend: true, Name: "defender", PollInterval: tc.poll},
				fraudproof.Deps{L1: e.Client, Pool: e.Pool, Sender: e.ProposerTx, Claims: e, Logger: e.Log.Named("defender")})
			require.NoError(t, err)
			startAgent(t, d)
			c, err := fraudproof.New(fraudproof.Config{Deployment: e.Deployment, Key: e.Accounts[1].Key, Challenge: true, Name: "challenger",
				PollInterval: tc.poll, TxPollInterval: 100 * time.Millisecond},
				fraudproof.Deps{L1: e.Client, Pool: e.Pool, Logger: e.Log.Named("challenger")})
			require.NoError(t, err)
			startAgent(t, c)

			var blocks []l2.Block
			for i := 0; i < 16; i++ {
				blocks = append(blocks, e.Block(100, nil))
			}
			b := e.Encode(blocks, nil)
			e.Tamper(b, b.Steps/2+3, creditOne)
			start := time.Now()
			_, hash := e.Post(b)
			id, opened := waitGame(t, e, hash, time.Minute)
			appended := blockOfBatch(t, e, hash)
			g := waitEnd(t, e, id, 5*time.Minute)
			require.Equal(t, solver.StatusChallengerWon, g.Status)
			p, mc := moves(t, e, id)
			t.Logf("TARGETS %s: batch of %d bytes, %d steps; appended in L1 block %d, challenged in block %d (+%d); "+
				"moves proposer %d, challenger %d, bound ⌈log2 %d⌉+2 = %d; game over in %s",
				tc.name, len(b.Data), b.NumSteps, appended, opened, opened-appended, p, mc, b.NumSteps, moveBound(b.NumSteps),
				time.Since(start).Round(100*time.Millisecond))
			require.LessOrEqual(t, opened-appended, uint64(2))
			require.LessOrEqual(t, p, moveBound(b.NumSteps))
			require.LessOrEqual(t, mc, moveBound(b.NumSteps))
		})
	}
}
