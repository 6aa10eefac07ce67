package l2_test

import (
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/l2"
	"github.com/rollup-dev/rollup/l2/workload"
)

func benchParams() *l2.Params {
	return &l2.Params{ChainID: 901, BaseFee: uint256.NewInt(1e9), FeeRecipient: common.HexToAddress("0xfee0000000000000000000000000000000000fee"), GenesisTimestamp: 1_700_000_000}
}

// replayFixture is the realistic workload of 5,000 transfers, its funding
// deposits, and the batches that carry them, built once.
type replayFixture struct {
	p        *l2.Params
	w        *workload.Workload
	deposits []l2.Deposit
	batches  []workload.Batch
}

var (
	fixtureOnce sync.Once
	fixture     replayFixture
	fixtureErr  error
)

func realisticFixture(tb testing.TB) *replayFixture {
	tb.Helper()
	fixtureOnce.Do(func() {
		p := benchParams()
		w, err := workload.Realistic(p, 5000, 1)
		if err != nil {
			fixtureErr = err
			return
		}
		deposits := w.Funding(0, new(uint256.Int).Mul(uint256.NewInt(1000), uint256.NewInt(1e18)))
		batches, err := workload.SplitBatches(p, p.Genesis(), w.Blocks(p.Genesis(), 50, deposits))
		fixture = replayFixture{p: p, w: w, deposits: deposits, batches: batches}
		fixtureErr = err
	})
	require.NoError(tb, fixtureErr)
	return &fixture
}

// replayAll replays every batch from genesis on a fresh state and returns it.
func (f *replayFixture) replayAll(tb testing.TB) (*l2.State, l2.MachineState) {
	st := l2.NewState()
	prev := f.p.Genesis()
	var end l2.MachineState
	for _, b := range f.batches {
		ctx, err := l2.NewBatchContext(f.p, b.Data, uint64(len(f.deposits)), func(i uint64) (l2.Deposit, bool) {
			return f.deposits[i], i < uint64(len(f.deposits))
		})
		require.NoError(tb, err)
		end, _, err = l2.Replay(ctx, st, ctx.Start(prev))
		require.NoError(tb, err)
		prev = end.L2State()
	}
	return st, end
}

// TestRealisticReplayAppliesEverything: every transfer of the replay
// benchmark's workload is applied (so the benchmark measures real work).
func TestRealisticReplayAppliesEverything(t *testing.T) {
	f := realisticFixture(t)
	st, end := f.replayAll(t)
	var nonces uint64
	for _, s := range f.w.Senders {
		_, n := st.Account(s)
		nonces += n
	}
	require.Equal(t, uint64(len(f.w.Txs)), nonces)
	require.Equal(t, uint64(len(f.deposits)), end.DepositsConsumed)
}

// BenchmarkReplayRealistic replays the realistic workload's batches through
// the step machine on one goroutine, signature recovery included, and reports
// transfers per second.
func BenchmarkReplayRealistic(b *testing.B) {
	f := realisticFixture(b)
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		f.replayAll(b)
	}
	b.ReportMetric(float64(len(f.w.Txs)*b.N)/time.Since(start).Seconds(), "transfers/s")
}

// BenchmarkValidateTx measures the sequencer's stateless admission, signature
// recovery included.
func BenchmarkValidateTx(b *testing.B) {
	f := realisticFixture(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := l2.ValidateTx(f.p, f.w.Txs[i%len(f.w.Txs)]); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEcrecover measures signature recovery alone (go-ethereum's
// crypto.Ecrecover, libsecp256k1 through cgo), the floor of replay's cost per
// transfer.
func BenchmarkEcrecover(b *testing.B) {
	f := realisticFixture(b)
	type job struct{ hash, sig []byte }
	jobs := make([]job, 256)
	for i := range jobs {
		tx := f.w.Txs[i]
		signer := types.LatestSignerForChainID(tx.ChainId())
		if tx.Type() == types.LegacyTxType {
			signer = types.NewEIP155Signer(tx.ChainId())
		}
		h := signer.Hash(tx)
		v, r, s := tx.RawSignatureValues()
		sig := make([]byte, 65)
		r.FillBytes(sig[:32])
		s.FillBytes(sig[32:64])
		sig[64] = byte(v.Uint64() & 1)
		if tx.Type() == types.LegacyTxType {
			sig[64] = byte((v.Uint64() - 35) & 1)
		}
		jobs[i] = job{h[:], sig}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		j := jobs[i%len(jobs)]
		if _, err := crypto.Ecrecover(j.hash, j.sig); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuildBatch measures the incremental builder: adding blocks of 50
// transfers with the exact size after each, then encoding.
func BenchmarkBuildBatch(b *testing.B) {
	f := realisticFixture(b)
	blocks := f.w.Blocks(f.p.Genesis(), 50, nil)
	b.ResetTimer()
	transfers := 0
	for i := 0; i < b.N; i++ {
		bb := l2.NewBatchBuilder(f.p, f.p.Genesis())
		for _, blk := range blocks {
			if err := bb.Add(blk); err != nil {
				break
			}
		}
		transfers += bb.Transfers()
		bb.Encode()
	}
	b.ReportMetric(float64(transfers)/b.Elapsed().Seconds(), "transfers/s")
}

// BenchmarkDecodeBatch measures strict decoding, signature recovery included.
func BenchmarkDecodeBatch(b *testing.B) {
	f := realisticFixture(b)
	data := f.batches[1].Data
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := l2.DecodeBatch(f.p, data); err != nil {
			b.Fatal(err)
		}
	}
}

// TestTokenWorkloadReplay encodes the token workload of `rollup bench codec`
// after ETH and token funding, decodes every batch back to the same
// transactions and replays it: every call applies, none reverts, and the
// token supply is what the deposits brought minus the withdraws.
func TestTokenWorkloadReplay(t *testing.T) {
	p := benchParams()
	w, err := workload.Tokens(p, 3000, 2)
	require.NoError(t, err)
	eth := w.Funding(0, new(uint256.Int).Mul(uint256.NewInt(1000), uint256.NewInt(1e18)))
	perToken := uint256.NewInt(1e18)
	deposits := append(eth, w.TokenFunding(uint64(len(eth)), perToken)...)
	batches, err := workload.SplitBatches(p, p.Genesis(), w.Blocks(p.Genesis(), 50, deposits))
	require.NoError(t, err)
	var decoded []common.Hash
	for _, b := range batches {
		dec, err := l2.DecodeBatch(p, b.Data)
		require.NoError(t, err)
		for _, r := range dec.Records {
			if r.Kind == l2.RecordTransfer {
				decoded = append(decoded, r.Tx.Hash())
			}
		}
	}
	require.Len(t, decoded, len(w.Txs))
	for i, tx := range w.Txs {
		require.Equal(t, tx.Hash(), decoded[i])
	}

	st := l2.NewState()
	prev := p.Genesis()
	src := func(i uint64) (l2.Deposit, bool) { return deposits[i], i < uint64(len(deposits)) }
	var applied, reverted int
	for _, b := range batches {
		c, err := l2.NewBatchContext(p, b.Data, uint64(len(deposits)), src)
		require.NoError(t, err)
		ms := c.Start(prev)
		for {
			next, out := l2.Step(c, st, ms)
			if out.Kind == l2.Halt {
				break
			}
			require.Equal(t, l2.Apply, out.Kind, out.String())
			if out.Record == l2.RecordTransfer {
				applied++
				if out.Reverted {
					reverted++
				}
			}
			ms = next
		}
		prev = ms.L2State()
	}
	require.Equal(t, len(w.Txs), applied)
	require.Zero(t, reverted)
	var withdrawn uint256.Int
	for _, tx := range w.Txs {
		if [4]byte(tx.Data()[:4]) == l2.WithdrawSelector {
			withdrawn.Add(&withdrawn, new(uint256.Int).SetBytes(tx.Data()[36:]))
		}
	}
	require.False(t, withdrawn.IsZero(), "the workload withdraws")
	var total uint256.Int
	for _, tok := range w.L1Tokens {
		supply, l1, ok := st.Token(l2.TokenAddress(tok))
		require.True(t, ok)
		require.Equal(t, tok, l1)
		total.Add(&total, &supply)
	}
	want := new(uint256.Int).Mul(perToken, uint256.NewInt(uint64(len(w.Senders)*len(w.L1Tokens))))
	want.Sub(want, &withdrawn)
	require.Equal(t, want, &total)
}
