package l2

import (
	"math/big"
	"math/rand"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

// randomChain builds blocks of deposits and transfers, valid and invalid in
// many ways (wrong nonces, overspending, withdrawals, self-transfers,
// transfers from the fee recipient), and the deposits they consume.
func randomChain(t testing.TB, p *Params, seed int64, transfers int) ([]Block, []Deposit) {
	rng := rand.New(rand.NewSource(seed))
	keys := 8
	var recipients []common.Address
	for i := 0; i < keys; i++ {
		recipients = append(recipients, addrOf(testKey(i)))
	}
	for i := 0; i < 12; i++ {
		var a common.Address
		rng.Read(a[:])
		recipients = append(recipients, a)
	}
	recipients = append(recipients, WithdrawalAddress, p.FeeRecipient)
	type lvl struct {
		typ      uint8
		gas      uint64
		tip, cap int64
	}
	levels := []lvl{{2, 21000, gwei, 2 * gwei}, {2, 50000, gwei / 2, 3 * gwei}, {0, 21000, 0, 2 * gwei}, {0, 30000, 0, 5 * gwei}, {2, 21000, 7, gwei + 12345}}
	nonces := make([]uint64, keys)
	var deposits []Deposit
	var blocks []Block
	ts := p.GenesisTimestamp
	block := func() *Block {
		ts += uint64(rng.Intn(3))
		blocks = append(blocks, Block{Number: uint64(len(blocks) + 1), Timestamp: ts})
		return &blocks[len(blocks)-1]
	}
	deposit := func(b *Block, to common.Address, amount uint64) {
		d := Deposit{Index: uint64(len(deposits)), Recipient: to, Amount: u256(amount), L1Timestamp: 1}
		deposits = append(deposits, d)
		b.Items = append(b.Items, Item{Deposit: &deposits[len(deposits)-1]})
	}
	b := block()
	for i := 0; i < keys; i++ {
		deposit(b, recipients[i], uint64(1+rng.Intn(5))*1e17)
	}
	for i := 0; i < transfers; i++ {
		if i%15 == 14 {
			b = block()
		}
		if rng.Intn(20) == 0 {
			deposit(b, recipients[rng.Intn(len(recipients)-2)], uint64(rng.Intn(1e17)))
			continue
		}
		s := rng.Intn(keys)
		l := levels[rng.Intn(len(levels))]
		nonce := nonces[s]
		switch rng.Intn(12) {
		case 0:
			nonce++
		case 1:
			if nonce > 0 {
				nonce--
			}
		default:
			nonces[s]++
		}
		value := big.NewInt(rng.Int63n(1e17))
		if rng.Intn(10) == 0 {
			value.Mul(value, big.NewInt(100)) // likely more than the balance
		}
		spec := txSpec{typ: l.typ, nonce: nonce, gas: l.gas, tip: big.NewInt(l.tip), cap: big.NewInt(l.cap),
			to: recipients[rng.Intn(len(recipients))], value: value}
		if rng.Intn(30) == 0 {
			spec.chainID = 902 // recovers another address
		}
		var tx *types.Transaction
		if spec.chainID != 0 {
			// The encoder refuses other chains; sign for 902 and re-label the
			// signature as ours, which the codec can carry.
			other := signTx(t, testKey(s), spec)
			v, r, sv := other.RawSignatureValues()
			spec.chainID = 0
			tx = signTx(t, testKey(s), spec)
			par := byte(v.Uint64() & 1)
			if l.typ == 0 {
				par = byte((v.Uint64() - 35) & 1)
			}
			tx = withSig(t, tx, r, sv, par)
		} else {
			tx = signTx(t, testKey(s), spec)
		}
		b.Items = append(b.Items, Item{Tx: tx})
	}
	return blocks, deposits
}

// TestStepPropertiesRandomBatches runs random and corrupted batches step by
// step and checks, at every step: the witness (chunks, scrambling, proofs),
// supply conservation, cursor progress, and agreement of Step, Replay and
// Trace.
func TestStepPropertiesRandomBatches(t *testing.T) {
	p := testParams()
	p.FeeRecipient = addrOf(testKey(7)) // a sender is also the fee recipient
	for seed := int64(1); seed <= 3; seed++ {
		blocks, deposits := randomChain(t, p, seed, 150)
		data, err := EncodeBatch(p, p.Genesis(), blocks)
		require.NoError(t, err)
		rng := rand.New(rand.NewSource(seed))
		variants := map[string][]byte{"valid": data}
		for v := 0; v < 4; v++ {
			d := append([]byte(nil), data...)
			h, _ := ParseHeader(d)
			for k := 0; k < 1+rng.Intn(4); k++ {
				d[h.RecordsStart+rng.Intn(len(d)-h.RecordsStart)] ^= byte(1 << uint(rng.Intn(8)))
			}
			variants["flipped"+string(rune('a'+v))] = d
		}
		variants["truncated"] = data[:len(data)-37]
		variants["garbage tail"] = append(append([]byte(nil), data...), 0x05, 0xff, 0x33)
		limit := uint64(len(deposits) - 2) // the last deposits are beyond the limit

		for name, d := range variants {
			t.Run(name, func(t *testing.T) {
				src := func(i uint64) (Deposit, bool) {
					if i < uint64(len(deposits)) {
						return deposits[i], true
					}
					return Deposit{}, false
				}
				ctx, err := NewBatchContext(p, d, limit, src)
				require.NoError(t, err)
				st := NewState()
				start := ctx.Start(p.Genesis())
				ms := start
				kinds := map[OutcomeKind]int{}
				var steps uint64
				for {
					preState := st.Copy()
					next, out, w, err := StepWithWitness(ctx, st, ms)
					require.NoError(t, err)
					kinds[out.Kind]++
					if out.Kind == Halt {
						require.Equal(t, ms, next)
						break
					}
					require.Greater(t, next.Cursor, ms.Cursor, "every step moves the cursor")
					checkWitness(t, ctx, preState, st, ms, next, out, w)
					consumed := new(uint256.Int)
					for i := uint64(0); i < next.DepositsConsumed; i++ {
						consumed.Add(consumed, deposits[i].Amount)
					}
					require.Equal(t, consumed, sumA(st), "supply after step %d (%v)", steps, out)
					ms = next
					steps++
				}
				require.LessOrEqual(t, steps, uint64(len(d)-ctx.Header().RecordsStart))
				if name == "valid" {
					require.Zero(t, kinds[End])
					require.Positive(t, kinds[Skip])
					require.Positive(t, kinds[Apply])
				}

				// Replay and Trace agree with stepping.
				st2 := NewState()
				end, n, err := Replay(ctx, st2, start)
				require.NoError(t, err)
				require.Equal(t, ms, end)
				require.Equal(t, steps, n)
				trace, err := Trace(ctx, NewState(), start)
				require.NoError(t, err)
				require.Len(t, trace, int(steps)+1)
				require.Equal(t, ms, trace[len(trace)-1])
				for _, k := range []uint64{0, 1, steps / 2, steps} {
					h, err := MachineHashAt(ctx, NewState(), start, k)
					require.NoError(t, err)
					require.Equal(t, trace[k].Hash(), h, "hash after %d steps", k)
				}
				// Steps past the end are no-ops.
				after, _, err := Run(ctx, st2, end, 5)
				require.NoError(t, err)
				require.Equal(t, end, after)
			})
		}
	}
}

// TestSequencerAndStepMachineAgree: applying the valid transactions with
// ValidateTx and ApplyTransfer gives the same state as replaying the batch.
func TestSequencerAndStepMachineAgree(t *testing.T) {
	p := testParams()
	blocks, deposits := randomChain(t, p, 9, 200)
	seq := NewState()
	applied, rejected := 0, 0
	for _, b := range blocks {
		for _, it := range b.Items {
			if it.Deposit != nil {
				seq.ApplyDeposit(*it.Deposit)
				continue
			}
			sender, err := ValidateTx(p, it.Tx)
			require.NoError(t, err)
			if _, err := seq.ApplyTransfer(p, it.Tx, sender); err != nil {
				rejected++
				continue
			}
			applied++
		}
	}
	require.Positive(t, rejected)
	data, err := EncodeBatch(p, p.Genesis(), blocks)
	require.NoError(t, err)
	ctx, err := NewBatchContext(p, data, uint64(len(deposits)), func(i uint64) (Deposit, bool) { return deposits[i], true })
	require.NoError(t, err)
	st := NewState()
	end, _, err := Replay(ctx, st, ctx.Start(p.Genesis()))
	require.NoError(t, err)
	require.Equal(t, seq.Root(), end.StateRoot)
	require.Equal(t, uint64(len(deposits)), end.DepositsConsumed)
	require.Equal(t, uint64(len(blocks)), end.BlockNumber)
	require.Equal(t, blocks[len(blocks)-1].Timestamp, end.Timestamp)
	require.Equal(t, uint64(len(data)), end.Cursor)
}
