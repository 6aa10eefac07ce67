package batcher

import (
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/l2"
	"github.com/rollup-dev/rollup/l2/workload"
)

func testParams() *l2.Params {
	return &l2.Params{
		ChainID:          901,
		BaseFee:          uint256.NewInt(1_000_000_000),
		FeeRecipient:     common.HexToAddress("0xfee0000000000000000000000000000000000fee"),
		GenesisTimestamp: 1_700_000_000,
	}
}

// chainOf executes blocks from genesis as the sequencer does and returns them
// with their state roots, sealed one second apart from t0.
func chainOf(t testing.TB, p *l2.Params, blocks []l2.Block, t0 time.Time) []Block {
	t.Helper()
	st := l2.NewState()
	out := make([]Block, len(blocks))
	for i, b := range blocks {
		for _, it := range b.Items {
			if it.Deposit != nil {
				st.ApplyDeposit(*it.Deposit)
				continue
			}
			sender, err := l2.ValidateTx(p, it.Tx)
			require.NoError(t, err)
			_, err = st.ApplyTransfer(p, it.Tx, sender)
			require.NoError(t, err)
		}
		out[i] = Block{Block: b, StateRoot: st.Root(), SealedAt: t0.Add(time.Duration(i) * time.Second)}
	}
	return out
}

// workloadChain returns n realistic transfers in blocks of perBlock, after a
// first block of deposits funding every sender.
func workloadChain(t testing.TB, p *l2.Params, n, perBlock int) []Block {
	t.Helper()
	w, err := workload.Realistic(p, n, 7)
	require.NoError(t, err)
	amount := uint256.MustFromDecimal("1000000000000000000000")
	blocks := w.Blocks(p.Genesis(), perBlock, w.Funding(0, amount))
	return chainOf(t, p, blocks, time.Unix(1_700_000_000, 0))
}

func genesisStart(p *l2.Params) Start {
	return Start{Prev: p.Genesis(), PrevClaim: p.Genesis(), State: l2.NewState()}
}

// replayClaim replays a posted batch from the true pre-state and returns its
// machine end state and step count, as a challenger would.
func replayClaim(t testing.TB, p *l2.Params, st *l2.State, b *Batch, deposits map[uint64]l2.Deposit) (l2.MachineState, uint64) {
	t.Helper()
	src := func(i uint64) (l2.Deposit, bool) { d, ok := deposits[i]; return d, ok }
	c, err := l2.NewBatchContext(p, b.Data, b.Claim.DepositsConsumed, src)
	require.NoError(t, err)
	prev := b.Prev
	prev.StateRoot = st.Root()
	end, steps, err := l2.Replay(c, st, c.Start(prev))
	require.NoError(t, err)
	return end, steps
}

func depositsOf(blocks []Block) map[uint64]l2.Deposit {
	m := map[uint64]l2.Deposit{}
	for _, b := range blocks {
		for _, it := range b.Items {
			if it.Deposit != nil {
				m[it.Deposit.Index] = *it.Deposit
			}
		}
	}
	return m
}

func TestBuilder_FillsBatchesAndReplaysToClaims(t *testing.T) {
	p := testParams()
	chain := workloadChain(t, p, 6000, 40)
	b, err := NewBuilder(p, Policy{MaxAge: time.Hour}, genesisStart(p), nil)
	require.NoError(t, err)

	var batches []*Batch
	now := time.Unix(1_700_000_000, 0)
	for _, blk := range chain {
		out, err := b.Add(blk, now)
		require.NoError(t, err)
		batches = append(batches, out...)
	}
	last, err := b.Flush(now)
	require.NoError(t, err)
	require.NotNil(t, last)
	batches = append(batches, last)
	require.GreaterOrEqual(t, len(batches), 3)

	// Every batch but the last closed on size and fills at least 95%; they
	// chain, cover every block once, and replay to their claims.
	deposits := depositsOf(chain)
	st := l2.NewState()
	next := uint64(1)
	transfers := 0
	for i, bt := range batches {
		require.Equal(t, uint64(i), bt.Index)
		require.True(t, bt.Honest())
		require.Equal(t, next, bt.FirstBlock)
		next = bt.LastBlock + 1
		transfers += bt.Transfers
		if i < len(batches)-1 {
			require.True(t, bt.Full)
			require.GreaterOrEqual(t, bt.Fill(), 0.95, "batch %d fill", i)
			require.LessOrEqual(t, len(bt.Data), l2.MaxBatchBytes)
		}
		if i > 0 {
			require.Equal(t, batches[i-1].Claim, bt.Prev)
		}
		end, steps := replayClaim(t, p, st, bt, deposits)
		require.Equal(t, bt.Claim, end.L2State())
		require.Equal(t, uint64(len(bt.Data)), end.Cursor)
		require.Equal(t, bt.ClaimSteps, steps)
		require.Equal(t, chain[bt.LastBlock-1].StateRoot, end.StateRoot)
	}
	require.Equal(t, uint64(len(chain)), batches[len(batches)-1].LastBlock)
	require.Equal(t, 6000, transfers)
}

func TestBuilder_ClosesOnAge(t *testing.T) {
	p := testParams()
	chain := workloadChain(t, p, 30, 10)
	b, err := NewBuilder(p, Policy{MaxAge: 5 * time.Second}, genesisStart(p), nil)
	require.NoError(t, err)

	t0 := chain[0].SealedAt
	out, err := b.Add(chain[0], t0)
	require.NoError(t, err)
	require.Empty(t, out)
	d, ok := b.Deadline()
	require.True(t, ok)
	require.Equal(t, t0.Add(5*time.Second), d)

	got, err := b.Tick(t0.Add(4 * time.Second))
	require.NoError(t, err)
	require.Nil(t, got, "too young")
	_, err = b.Add(chain[1], t0.Add(4*time.Second))
	require.NoError(t, err)
	got, err = b.Tick(t0.Add(5 * time.Second))
	require.NoError(t, err)
	require.NotNil(t, got)
	require.False(t, got.Full)
	require.Equal(t, uint64(1), got.FirstBlock)
	require.Equal(t, uint64(2), got.LastBlock)

	_, ok = b.Deadline()
	require.False(t, ok, "empty after closing")
	got, err = b.Tick(t0.Add(time.Hour))
	require.NoError(t, err)
	require.Nil(t, got, "an empty batch never closes")
	idx, prev := b.Next()
	require.Equal(t, uint64(1), idx)
	require.Equal(t, chain[1].StateRoot, prev.StateRoot)
}

func TestBuilder_RejectsWrongSequencerRoot(t *testing.T) {
	p := testParams()
	chain := workloadChain(t, p, 20, 10)
	b, err := NewBuilder(p, Policy{}, genesisStart(p), nil)
	require.NoError(t, err)
	_, err = b.Add(chain[0], time.Now())
	require.NoError(t, err)
	bad := chain[1]
	bad.StateRoot = common.Hash{1}
	_, err = b.Add(bad, time.Now())
	require.NoError(t, err)
	_, err = b.Flush(time.Now())
	require.ErrorIs(t, err, ErrVerify)
	// The open batch is kept: nothing was closed.
	n, _, _ := b.Open()
	require.Equal(t, 2, n)
	idx, _ := b.Next()
	require.Equal(t, uint64(0), idx)
}

func TestBuilder_BlockOutOfSequence(t *testing.T) {
	p := testParams()
	chain := workloadChain(t, p, 20, 10)
	b, err := NewBuilder(p, Policy{}, genesisStart(p), nil)
	require.NoError(t, err)
	_, err = b.Add(chain[1], time.Now())
	require.ErrorIs(t, err, l2.ErrBlockSequence)
}

func TestBuilder_BlockTooLarge(t *testing.T) {
	p := testParams()
	chain := workloadChain(t, p, 2500, 2500)
	b, err := NewBuilder(p, Policy{}, genesisStart(p), nil)
	require.NoError(t, err)
	_, err = b.Add(chain[0], time.Now()) // deposits
	require.NoError(t, err)
	out, err := b.Add(chain[1], time.Now())
	require.ErrorIs(t, err, ErrBlockTooLarge)
	require.Len(t, out, 1, "the batch before it closed")
}

func TestBuilder_StartStateMustMatch(t *testing.T) {
	p := testParams()
	s := genesisStart(p)
	s.Prev.StateRoot = common.Hash{2}
	_, err := NewBuilder(p, Policy{}, s, nil)
	require.ErrorIs(t, err, ErrStateMismatch)
}

func TestPolicy_Check(t *testing.T) {
	for name, tc := range map[string]struct {
		p  Policy
		ok bool
	}{
		"defaults":     {Policy{}, true},
		"too large":    {Policy{TargetBytes: l2.MaxBatchBytes + 1}, false},
		"too small":    {Policy{TargetBytes: 10}, false},
		"negative age": {Policy{MaxAge: -time.Second}, false},
	} {
		t.Run(name, func(t *testing.T) {
			err := tc.p.Check()
			require.Equal(t, tc.ok, err == nil, "%v", err)
		})
	}
}

func TestVerify_RejectsTamperedData(t *testing.T) {
	p := testParams()
	chain := workloadChain(t, p, 50, 25)
	data, err := l2.EncodeBatch(p, p.Genesis(), []l2.Block{chain[0].Block, chain[1].Block})
	require.NoError(t, err)
	_, err = Verify(p, data, p.Genesis(), l2.NewState(), chain[:2])
	require.NoError(t, err)

	// A flipped signature byte: decodes to another transaction or sender.
	bad := append([]byte(nil), data...)
	bad[len(bad)-40] ^= 0x01
	_, err = Verify(p, bad, p.Genesis(), l2.NewState(), chain[:2])
	require.ErrorIs(t, err, ErrVerify)

	// The right data checked against other blocks.
	_, err = Verify(p, data, p.Genesis(), l2.NewState(), chain[:1])
	require.ErrorIs(t, err, ErrVerify)
	require.True(t, errors.Is(err, ErrVerify))
}

// BenchmarkVerify measures the check before posting of a full batch of
// realistic transfers: strict decode (one signature recovery per transfer)
// and replay with the step machine (another).
func BenchmarkVerify(b *testing.B) {
	p := testParams()
	chain := workloadChain(b, p, 4000, 40)
	bl, err := NewBuilder(p, Policy{MaxAge: time.Hour}, genesisStart(p), nil)
	require.NoError(b, err)
	// Fund the senders, then build up to the first full batch of transfers.
	_, err = bl.Add(chain[0], time.Now())
	require.NoError(b, err)
	first, err := bl.Flush(time.Now())
	require.NoError(b, err)
	_, prev := bl.Next()
	st := l2.NewState()
	replayClaim(b, p, st, first, depositsOf(chain))
	var blocks []Block
	bb := l2.NewBatchBuilder(p, prev)
	for _, blk := range chain[1:] {
		if err := bb.Add(blk.Block); err != nil {
			break
		}
		blocks = append(blocks, blk)
	}
	data := bb.Encode()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Verify(p, data, prev, st, blocks); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(bb.Transfers()), "transfers/batch")
	b.ReportMetric(float64(len(data)), "bytes/batch")
	b.ReportMetric(float64(bb.Transfers())*float64(b.N)/b.Elapsed().Seconds(), "transfers/s")
}
