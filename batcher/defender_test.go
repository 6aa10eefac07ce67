package batcher_test

import (
	"context"
	"math/big"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/batcher"
	"github.com/rollup-dev/rollup/fraudproof"
	"github.com/rollup-dev/rollup/l1client/contracts"
	"github.com/rollup-dev/rollup/l1client/txmgr"
)

// TestBatcher_DeepFault_DefenderPlaysTheFaultyTrace posts a batch whose claim
// comes from a run that mis-executes one step in the middle (bad-step), with
// the fraudproof agent defending the batcher's batches from the batcher's
// ClaimSource and an honest challenger. The proposer's trace leaves the honest
// one at that step, so the bisection narrows down to it: the one-step proof is
// made exactly there, the challenger wins, and the batcher rebuilds honestly.
func TestBatcher_DeepFault_DefenderPlaysTheFaultyTrace(t *testing.T) {
	e, c := newDevEnv(t, 100*time.Millisecond, envOpts{disputeWindow: 600, gameClock: 600, stake: big.NewInt(3 * params.Ether)})
	cfg := e.config()
	cfg.Faults = []batcher.Fault{{Kind: batcher.FaultBadStep, Batch: 1}}
	e.seq.fund(e)
	for i := 0; i < 8; i++ {
		e.seq.block(20)
	}

	ctx := context.Background()
	mgr, err := txmgr.New(cfg.WithDefaults().TxMgr, txmgr.Deps{Client: e.l1, Pool: e.pool, Logger: e.log})
	require.NoError(t, err)
	require.NoError(t, mgr.Start(ctx))
	t.Cleanup(func() { _ = mgr.Stop() })
	fast := func(c fraudproof.Config) fraudproof.Config {
		c.PollInterval, c.TxPollInterval, c.RetryAfter = 100*time.Millisecond, 50*time.Millisecond, time.Second
		return c
	}
	b, err := batcher.New(cfg, batcher.Deps{Pool: e.pool, L1: e.l1, Logger: e.log, Registry: prometheus.NewRegistry(), TxMgr: mgr,
		NewDefender: func(claims batcher.ClaimSource) (batcher.Defender, error) {
			return fraudproof.New(fast(fraudproof.Config{Deployment: e.dep, Defend: true, Name: "defender"}),
				fraudproof.Deps{L1: e.l1, Pool: e.pool, Sender: mgr, Claims: claims, Logger: e.log.Named("defender")})
		}})
	require.NoError(t, err)
	require.NoError(t, b.Start(ctx))
	t.Cleanup(func() { _ = b.Stop() })

	challenger, err := fraudproof.New(fast(fraudproof.Config{Deployment: e.dep, Key: c.Accounts()[2].Key, Challenge: true, Name: "challenger"}),
		fraudproof.Deps{L1: e.l1, Pool: e.pool, Logger: e.log.Named("challenger")})
	require.NoError(t, err)
	require.NoError(t, challenger.Start(ctx))
	t.Cleanup(func() { _ = challenger.Stop() })

	var fault string
	waitFor(t, 90*time.Second, "the faulty batch reverted", func() bool {
		for _, r := range e.batches(false) {
			if r.Index == 1 && r.Status == "reverted" && r.Fault != "" {
				fault = r.Fault
				return true
			}
		}
		return false
	})
	_, stepStr, ok := strings.Cut(fault, ":")
	require.True(t, ok, "the applied fault names its step: %s", fault)
	step, err := strconv.ParseUint(stepStr, 10, 64)
	require.NoError(t, err)

	// The one-step proof was made at the mis-executed step, and did not
	// match the proposer's claim.
	gb := contracts.Game
	logs, err := e.l1.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(e.dep.DeploymentBlock),
		Addresses: []common.Address{e.dep.Contracts.ChallengeGame}, Topics: [][]common.Hash{{gb.GetABI().Events["StepProved"].ID}}})
	require.NoError(t, err)
	require.Len(t, logs, 1)
	ev, err := gb.UnpackStepProvedEvent(&logs[0])
	require.NoError(t, err)
	require.Equal(t, step, ev.Lo, "the game went down to the faulty step")
	require.False(t, ev.MatchesClaim)
	require.Greater(t, step, uint64(8), "deep inside the batch")

	for i := 0; i < 2; i++ {
		e.seq.block(20)
	}
	rows := e.waitPosted(90 * time.Second)
	for _, r := range rows {
		require.Empty(t, r.Fault)
		require.Equal(t, r.HonestRt, r.PostRoot)
	}
	e.verifyOnL1(rows)
}
