package verify_test

import (
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/fraudproof/verify"
	"github.com/rollup-dev/rollup/l1client/contracts"
	"github.com/rollup-dev/rollup/l2"
	"github.com/rollup-dev/rollup/l2/workload"
)

func params() *l2.Params {
	return &l2.Params{ChainID: 901, BaseFee: uint256.NewInt(1e9), FeeRecipient: common.HexToAddress("0xfee"), GenesisTimestamp: 1_700_000_000}
}

// fixture is a chain of honestly encoded batches with their claims.
type fixture struct {
	p        *l2.Params
	deposits []l2.Deposit
	batches  []workload.Batch
	posts    []l2.L2State
	steps    []uint64
}

var (
	fixtureOnce sync.Once
	shared      *fixture
)

// newFixture returns the shared fixture: 3,000 transfers in a few batches.
func newFixture(t testing.TB, _ int) *fixture {
	fixtureOnce.Do(func() { shared = buildFixture(t, 3000) })
	require.NotNil(t, shared)
	return shared
}

func buildFixture(t testing.TB, transfers int) *fixture {
	p := params()
	w, err := workload.Realistic(p, transfers, 3)
	require.NoError(t, err)
	deps := w.Funding(0, uint256.MustFromDecimal("1000000000000000000000"))
	blocks := w.Blocks(p.Genesis(), 50, deps)
	bs, err := workload.SplitBatches(p, p.Genesis(), blocks)
	require.NoError(t, err)
	f := &fixture{p: p, deposits: deps}
	st := l2.NewState()
	prev := p.Genesis()
	src := f.source()
	for _, b := range bs {
		c, err := l2.NewBatchContext(p, b.Data, uint64(len(deps)), src)
		require.NoError(t, err)
		final, steps, err := l2.Replay(c, st, c.Start(prev))
		require.NoError(t, err)
		f.batches = append(f.batches, b)
		f.posts = append(f.posts, final.L2State())
		f.steps = append(f.steps, steps)
		prev = final.L2State()
	}
	return f
}

func (f *fixture) source() l2.DepositSource {
	return func(i uint64) (l2.Deposit, bool) {
		if i < uint64(len(f.deposits)) {
			return f.deposits[i], true
		}
		return l2.Deposit{}, false
	}
}

// record builds the BatchInfo appendBatch would emit for batch i with the
// given claim.
func (f *fixture) record(i int, prev, post l2.L2State, numSteps uint64) verify.Record {
	data := f.batches[i].Data
	h, err := l2.ParseHeader(data)
	if err != nil {
		panic(err)
	}
	info := contracts.BatchInfo{
		Index: uint64(i), L1Timestamp: 100, DataRoot: l2.ChunkRoot(data), DataLen: uint32(len(data)),
		RecordsStart: uint32(h.RecordsStart), FeeCount: uint8(h.FeeCount), AddrCount: uint16(h.AddrCount),
		DepositLimit: uint64(len(f.deposits)), NumSteps: numSteps, PrevClaim: prev.ClaimHash(),
		Post:      contracts.L2State(post),
		StartHash: prev.Machine(uint64(h.RecordsStart)).Hash(),
		EndHash:   post.Machine(uint64(len(data))).Hash(),
	}
	return verify.Record{Info: info, Hash: common.BytesToHash([]byte{byte(i + 1)}), Data: data}
}

func (f *fixture) chain(t testing.TB) *verify.Chain {
	c, err := verify.NewChain(f.p)
	require.NoError(t, err)
	for _, d := range f.deposits {
		require.NoError(t, c.AddDeposit(d))
	}
	return c
}

func TestHonestBatchesAreValid(t *testing.T) {
	f := newFixture(t, 3000)
	require.Greater(t, len(f.batches), 1)
	c := f.chain(t)
	prev := f.p.Genesis()
	for i := range f.batches {
		b, err := c.Append(f.record(i, prev, f.posts[i], f.steps[i]+uint64(i))) // extra steps are no-ops
		require.NoError(t, err)
		require.Equal(t, verify.Valid, b.Verdict, b.Reason)
		require.Equal(t, f.posts[i], b.Post)
		require.Equal(t, f.steps[i], b.Steps)
		prev = f.posts[i]
	}
	_, tip, ok := c.Tip()
	require.True(t, ok)
	require.Equal(t, prev, tip)
}

func TestWrongClaimsAreInvalid(t *testing.T) {
	f := newFixture(t, 3000)
	wrongRoot := f.posts[0]
	wrongRoot.StateRoot[3] ^= 1
	wrongDeposits := f.posts[0]
	wrongDeposits.DepositsConsumed--
	for _, tc := range []struct {
		name   string
		post   l2.L2State
		steps  uint64
		reason string
	}{
		{"root", wrongRoot, f.steps[0], "state root"},
		{"deposits", wrongDeposits, f.steps[0], "deposits consumed"},
		{"too few steps", f.posts[0], f.steps[0] - 1, "steps"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := f.chain(t)
			b, err := c.Append(f.record(0, f.p.Genesis(), tc.post, tc.steps))
			require.NoError(t, err)
			require.Equal(t, verify.Invalid, b.Verdict)
			require.Contains(t, b.Reason, tc.reason)
			// The next batch builds on the wrong claim: unverified.
			next, err := c.Append(f.record(1, tc.post, f.posts[1], f.steps[1]))
			require.NoError(t, err)
			require.Equal(t, verify.Unverified, next.Verdict)
			// Reverting the wrong batch and appending the honest one repairs it.
			require.NoError(t, c.Revert(0))
			b, err = c.Append(f.record(0, f.p.Genesis(), f.posts[0], f.steps[0]))
			require.NoError(t, err)
			require.Equal(t, verify.Valid, b.Verdict)
		})
	}
}

func TestAppendChecks(t *testing.T) {
	f := newFixture(t, 500)
	c := f.chain(t)
	_, err := c.Append(f.record(1, f.p.Genesis(), f.posts[1], f.steps[1]))
	require.ErrorIs(t, err, verify.ErrOutOfOrder)
	r := f.record(0, f.p.Genesis(), f.posts[0], f.steps[0])
	r.Data = append([]byte(nil), r.Data...)
	r.Data[len(r.Data)-1] ^= 1
	_, err = c.Append(r)
	require.ErrorIs(t, err, verify.ErrDataMismatch)
	r.Data = nil
	b, err := c.Append(r)
	require.NoError(t, err)
	require.Equal(t, verify.Unverified, b.Verdict)
	require.Contains(t, b.Reason, "unavailable")

	// A batch whose deposits are not known yet is an error, not a verdict.
	c2, err := verify.NewChain(f.p)
	require.NoError(t, err)
	_, err = c2.Append(f.record(0, f.p.Genesis(), f.posts[0], f.steps[0]))
	require.Error(t, err)
	require.Equal(t, uint64(0), c2.Next())
}

func TestSnapshotAndPrune(t *testing.T) {
	f := newFixture(t, 3000)
	c := f.chain(t)
	prev := f.p.Genesis()
	for i := range f.batches {
		_, err := c.Append(f.record(i, prev, f.posts[i], f.steps[i]))
		require.NoError(t, err)
		prev = f.posts[i]
	}
	require.NoError(t, c.Prune(1))
	require.Equal(t, uint64(1), c.Base())
	require.ErrorIs(t, c.Revert(0), verify.ErrBelowBase)

	// A chain restored from the state after batch 0 verifies batch 1 alike.
	st, s0, err := c.StateAfter(0)
	require.NoError(t, err)
	require.Equal(t, f.posts[0], s0)
	c2, err := verify.NewChainAt(f.p, 1, s0, st, f.deposits)
	require.NoError(t, err)
	b, err := c2.Append(f.record(1, f.posts[0], f.posts[1], f.steps[1]))
	require.NoError(t, err)
	require.Equal(t, verify.Valid, b.Verdict)
}

func TestTraces(t *testing.T) {
	f := newFixture(t, 400)
	c := f.chain(t)
	b, err := c.Append(f.record(0, f.p.Genesis(), f.posts[0], f.steps[0]))
	require.NoError(t, err)
	tr, err := c.Trace(b)
	require.NoError(t, err)
	n := tr.Steps()
	require.Equal(t, f.steps[0], n)
	require.Equal(t, b.Info.StartHash, [32]byte(tr.HashAt(0)))
	require.Equal(t, b.Info.EndHash, [32]byte(tr.HashAt(n)))
	require.Equal(t, tr.HashAt(n), tr.HashAt(n+100))
	for _, k := range []uint64{0, 1, n / 2, n - 1} {
		pre, w, post, err := tr.Proof(k)
		require.NoError(t, err)
		require.Equal(t, tr.HashAt(k), pre.Hash())
		require.Equal(t, tr.HashAt(k+1), post.Hash())
		require.Equal(t, pre, w.Pre)
	}

	// A tampered run agrees up to step k and not after.
	k := n / 2
	bump := func(st *l2.State, ms *l2.MachineState) {
		key := l2.AccountKey(common.HexToAddress("0xbad"))
		a, nonce, _ := st.Tree().Get(key)
		a.AddUint64(&a, 1)
		st.Tree().Set(key, &a, &nonce)
	}
	src := f.source()
	bad, claim, steps, err := verify.Tampered(f.p, f.batches[0].Data, uint64(len(f.deposits)), src, l2.NewState(), f.p.Genesis(), k, bump)
	require.NoError(t, err)
	require.Equal(t, n, steps)
	require.NotEqual(t, f.posts[0].StateRoot, claim.StateRoot)
	require.Equal(t, tr.HashAt(k), bad.HashAt(k))
	require.NotEqual(t, tr.HashAt(k+1), bad.HashAt(k+1))
	pre, _, post, err := bad.Proof(k)
	require.NoError(t, err)
	require.Equal(t, bad.HashAt(k), pre.Hash())
	require.Equal(t, tr.HashAt(k+1), post.Hash(), "the proof is the honest step")
	pre, _, _, err = bad.Proof(k + 2)
	require.NoError(t, err)
	require.Equal(t, bad.HashAt(k+2), pre.Hash())

	honest, claim2, _, err := verify.Tampered(f.p, f.batches[0].Data, uint64(len(f.deposits)), src, l2.NewState(), f.p.Genesis(), 0, nil)
	require.NoError(t, err)
	require.Equal(t, f.posts[0], claim2)
	require.Equal(t, tr.HashAt(7), honest.HashAt(7))
	_, _, _, err = verify.Tampered(f.p, f.batches[0].Data, uint64(len(f.deposits)), src, l2.NewState(), f.p.Genesis(), n, bump)
	require.Error(t, err)
}
