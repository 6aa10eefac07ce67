package l2

import (
	"testing"

	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

// fuzzSeeds returns small real batches and hand-made edge cases.
func fuzzSeeds(f *testing.F) [][]byte {
	p := testParams()
	var seeds [][]byte
	for seed := int64(1); seed <= 3; seed++ {
		blocks, _ := randomChain(f, p, seed, 10)
		data, err := EncodeBatch(p, p.Genesis(), blocks)
		require.NoError(f, err)
		seeds = append(seeds, data)
	}
	seeds = append(seeds,
		rawBatch{}.bytes(),
		rawBatch{records: []byte{0, 1, 1, 0, 0xff, 0, 0, 0, 0, 0, 0, 0, 1}}.bytes(),
		rawBatch{fees: [][]byte{{2, 0xfe, 0x48, 0x3c, 0x51, 0x52}}, records: []byte{0, 0, 2}}.bytes(),
		[]byte{1, 0, 0, 0, 0, 0, 0, 8},
	)
	return seeds
}

// fuzzDeposits is the deposit source of the fuzz targets: deposit i credits
// i+1 wei to a recipient derived from i.
func fuzzDeposits(i uint64) (Deposit, bool) {
	var to [20]byte
	to[0], to[19] = byte(i), byte(i>>8)
	return Deposit{Index: i, Recipient: to, Amount: uint256.NewInt(i + 1)}, true
}

// FuzzDecodeBatch: hostile input never panics; what decodes re-encodes to a
// batch that decodes to the same transactions.
func FuzzDecodeBatch(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	p := testParams()
	f.Fuzz(func(t *testing.T, data []byte) {
		dec, err := DecodeBatch(p, data)
		if err != nil {
			return
		}
		off := dec.Header.RecordsStart
		for _, r := range dec.Records {
			require.Equal(t, off, r.Offset)
			off = r.End
		}
		require.Equal(t, len(data), off)
		blocks, err := dec.Blocks(p.Genesis(), fuzzDeposits)
		if err != nil {
			return // a timestamp overflow
		}
		again, err := EncodeBatch(p, p.Genesis(), blocks)
		if err != nil {
			// Canonical forms can be longer than a batch's non-minimal ones
			// only through the dictionary; anything else is a bug.
			require.ErrorIs(t, err, ErrBlockTooLarge)
			return
		}
		dec2, err := DecodeBatch(p, again)
		require.NoError(t, err)
		require.Equal(t, len(dec.Records), len(dec2.Records))
		for i := range dec.Records {
			if dec.Records[i].Tx != nil {
				require.Equal(t, dec.Records[i].Tx.Hash(), dec2.Records[i].Tx.Hash())
				require.Equal(t, dec.Records[i].Sender, dec2.Records[i].Sender)
			}
		}
	})
}

// FuzzStep runs the step machine on arbitrary bytes: it never panics, every
// step moves the cursor, the batch halts within its byte count, supply is
// conserved, and the first steps' witnesses are complete.
func FuzzStep(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s, uint8(5))
	}
	p := testParams()
	f.Fuzz(func(t *testing.T, data []byte, depositLimit uint8) {
		ctx, err := NewBatchContext(p, data, uint64(depositLimit), fuzzDeposits)
		if err != nil {
			return
		}
		st := NewState()
		ms := ctx.Start(p.Genesis())
		var steps uint64
		for {
			var next MachineState
			var out Outcome
			if steps < 3 {
				pre := st.Copy()
				var w *Witness
				next, out, w, err = StepWithWitness(ctx, st, ms)
				require.NoError(t, err)
				if out.Kind != Halt {
					checkWitness(t, ctx, pre, st, ms, next, out, w)
				}
			} else {
				next, out = Step(ctx, st, ms)
			}
			require.NotEqual(t, Fault, out.Kind)
			if out.Kind == Halt {
				break
			}
			require.Greater(t, next.Cursor, ms.Cursor)
			ms = next
			steps++
		}
		require.LessOrEqual(t, steps, uint64(len(data)-ctx.Header().RecordsStart))
		want := new(uint256.Int)
		for i := uint64(0); i < ms.DepositsConsumed; i++ {
			want.AddUint64(want, i+1)
		}
		require.Equal(t, want, sumA(st))
		require.Equal(t, st.Root(), ms.StateRoot)
	})
}

// FuzzAmount: every byte string decodes to an amount whose canonical
// encoding decodes to the same value and is no longer.
func FuzzAmount(f *testing.F) {
	for _, s := range []string{"\x00", "\xe0", "\xe1\x00", "\xfc\x6b", "\xff\x00", "\xff\x20", "\xff\x21"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var v uint256.Int
		r := reader{data: data}
		r.amount(&v)
		if r.err != nil {
			return
		}
		enc := appendAmount(nil, &v)
		require.LessOrEqual(t, len(enc), r.off)
		var w uint256.Int
		r2 := reader{data: enc}
		r2.amount(&w)
		require.NoError(t, r2.err)
		require.Equal(t, v, w)
	})
}
