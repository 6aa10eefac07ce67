package batcher

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/l2"
)

// buildAll runs every block through a builder with faults and flushes.
func buildAll(t *testing.T, p *l2.Params, chain []Block, s Start, faults []Fault) []*Batch {
	t.Helper()
	b, err := NewBuilder(p, Policy{TargetBytes: 20_000, MaxAge: time.Hour}, s, faults)
	require.NoError(t, err)
	var out []*Batch
	for _, blk := range chain {
		closed, err := b.Add(blk, time.Now())
		require.NoError(t, err)
		out = append(out, closed...)
	}
	last, err := b.Flush(time.Now())
	require.NoError(t, err)
	if last != nil {
		out = append(out, last)
	}
	return out
}

func TestFault_Kinds(t *testing.T) {
	p := testParams()
	chain := workloadChain(t, p, 1200, 30)
	deposits := depositsOf(chain)
	src := func(i uint64) (l2.Deposit, bool) { d, ok := deposits[i]; return d, ok }

	for _, kind := range []FaultKind{FaultBadRoot, FaultBadStep, FaultBadNumSteps} {
		t.Run(string(kind), func(t *testing.T) {
			batches := buildAll(t, p, chain, genesisStart(p), []Fault{{Kind: kind, Batch: 1}})
			require.GreaterOrEqual(t, len(batches), 3)
			for i, b := range batches {
				require.Equal(t, i == 1, b.Fault != nil, "batch %d", i)
				require.Equal(t, i != 1, b.Honest(), "batch %d", i)
			}
			bad := batches[1]
			// The next batch chains onto the faulty claim (what L1 accepted).
			require.Equal(t, bad.Claim, batches[2].Prev)
			require.Equal(t, bad.Post.BlockNumber, bad.Claim.BlockNumber)
			require.Equal(t, bad.Post.DepositsConsumed, bad.Claim.DepositsConsumed)

			// An honest replay of the faulty batch does not reach its claim.
			st := l2.NewState()
			replayClaim(t, p, st, batches[0], deposits)
			pre := st.Copy()
			c, err := l2.NewBatchContext(p, bad.Data, bad.Claim.DepositsConsumed, src)
			require.NoError(t, err)
			start := c.Start(batches[0].Post)
			atClaim, err := l2.MachineHashAt(c, pre, start, bad.ClaimSteps)
			require.NoError(t, err)
			require.NotEqual(t, c.EndState(bad.Claim).Hash(), atClaim, "the claim must be wrong")

			// The faulty proposer's own trace ends at its claim.
			ms, err := bad.Fault.MachineStateAt(c, pre, start, bad.ClaimSteps)
			require.NoError(t, err)
			switch kind {
			case FaultBadStep:
				require.Equal(t, c.EndState(bad.Claim), ms)
				step := bad.Fault.Step
				require.NotZero(t, step)
				// Its trace agrees with the honest one up to the faulty step
				// and differs right after it.
				for _, k := range []uint64{0, step / 2, step} {
					h, err := l2.MachineHashAt(c, pre, start, k)
					require.NoError(t, err)
					f, err := bad.Fault.MachineStateAt(c, pre, start, k)
					require.NoError(t, err)
					require.Equal(t, h, f.Hash(), "step %d", k)
				}
				for _, k := range []uint64{step + 1, (step + bad.ClaimSteps) / 2} {
					h, err := l2.MachineHashAt(c, pre, start, k)
					require.NoError(t, err)
					f, err := bad.Fault.MachineStateAt(c, pre, start, k)
					require.NoError(t, err)
					require.NotEqual(t, h, f.Hash(), "step %d", k)
				}
				// Deep inside: far from both ends.
				require.Greater(t, step, bad.NumSteps/4)
				require.Less(t, step, bad.NumSteps*3/4)
			case FaultBadNumSteps:
				require.Equal(t, bad.NumSteps/2, bad.ClaimSteps)
				require.Equal(t, bad.Post, bad.Claim)
			case FaultBadRoot:
				require.NotEqual(t, bad.Post.StateRoot, bad.Claim.StateRoot)
			}
		})
	}
}

func TestFault_RebuildIsHonest(t *testing.T) {
	p := testParams()
	chain := workloadChain(t, p, 300, 30)
	s := genesisStart(p)
	s.FaultsUsed = map[uint64]bool{0: true}
	batches := buildAll(t, p, chain, s, []Fault{{Kind: FaultBadRoot, Batch: 0}})
	for _, b := range batches {
		require.True(t, b.Honest())
	}
}

func TestParseFault(t *testing.T) {
	for in, want := range map[string]Fault{
		"bad-root@3":     {Kind: FaultBadRoot, Batch: 3},
		"bad-step@2":     {Kind: FaultBadStep, Batch: 2},
		"bad-step@2:17":  {Kind: FaultBadStep, Batch: 2, Step: 17},
		"bad-numsteps@0": {Kind: FaultBadNumSteps, Batch: 0},
	} {
		got, err := ParseFault(in)
		require.NoError(t, err, in)
		require.Equal(t, want, got)
		require.Equal(t, in, got.String())
	}
	for _, in := range []string{"bad-root", "worse@1", "bad-root@x", "bad-step@1:y"} {
		_, err := ParseFault(in)
		require.Error(t, err, in)
	}
}
