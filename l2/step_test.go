package l2

import (
	"math"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/rollup-dev/rollup/l2/blob"
	"github.com/stretchr/testify/require"
)

// stepCase is one row of the step machine's table: a batch, a pre-state and
// the expected outcome of the first step.
type stepCase struct {
	name string
	// batch builds the data; it may adjust the setup.
	batch func(t *testing.T, s *stepSetup) rawBatch
	kind  OutcomeKind
	// reason is the expected Outcome.Reason (errors.Is); nil for apply/halt.
	reason error
	// cursor: "next" (past the first record), "end" (len(data)) or "same".
	cursor string
	// recLen is the first record's length for "next" (0: all of the records).
	recLen int
	check  func(t *testing.T, s *stepSetup, st *State, out Outcome)
}

// stepSetup is the world a step case runs in.
type stepSetup struct {
	p            *Params
	from         common.Address
	to           common.Address
	balance      *uint256.Int
	nonce        uint64
	start        L2State
	depositLimit uint64
	deposits     map[uint64]Deposit
	cursor       *uint64 // overrides the start cursor
}

func TestStepTable(t *testing.T) {
	p := testParams()
	key := testKey(1)
	from := addrOf(key)
	to := common.HexToAddress("0x00000000000000000000000000000000000000b0")
	n := new(uint256.Int).Set(secp256k1N)

	// sign returns the transaction for spec from key.
	sign := func(t *testing.T, s txSpec) *types.Transaction { return signTx(t, key, s) }
	// std is the batch with one fee entry and one inline transfer.
	std := func(tx *types.Transaction) rawBatch {
		return rawBatch{fees: [][]byte{feeOf(tx)}, records: recordOf(t, tx, 0)}
	}
	// sigOf splits a transaction's signature.
	sigOf := func(tx *types.Transaction) (r, s *uint256.Int, parity byte) {
		v, rb, sb := tx.RawSignatureValues()
		r, _ = uint256.FromBig(rb)
		s, _ = uint256.FromBig(sb)
		parity = byte(v.Uint64() & 1)
		if tx.Type() == types.LegacyTxType {
			parity = byte((v.Uint64() - 35) & 1)
		}
		return r, s, parity
	}
	// withSigRecord is std(tx) with the signature replaced.
	withSigRecord := func(tx *types.Transaction, r, s *uint256.Int, parity byte) rawBatch {
		val, _ := uint256.FromBig(tx.Value())
		return rawBatch{fees: [][]byte{feeOf(tx)}, records: transferRecord(2, &to, tx.Nonce(), val, r, s, parity)}
	}
	tx2 := func(t *testing.T) *types.Transaction { return sign(t, txSpec{typ: 2, to: to}) }

	cases := []stepCase{
		// Halt.
		{name: "halt at the end", kind: Halt, cursor: "same", batch: func(t *testing.T, s *stepSetup) rawBatch {
			b := std(tx2(t))
			c := uint64(len(b.bytes()))
			s.cursor = &c
			return b
		}},
		{name: "halt past the end", kind: Halt, cursor: "same", batch: func(t *testing.T, s *stepSetup) rawBatch {
			c := uint64(math.MaxUint64)
			s.cursor = &c
			return std(tx2(t))
		}},

		// End: undecodable records.
		{name: "tag truncated", kind: End, reason: ErrTruncated, cursor: "end", batch: func(t *testing.T, s *stepSetup) rawBatch {
			return rawBatch{records: []byte{0xf0}}
		}},
		{name: "block delta truncated", kind: End, reason: ErrTruncated, cursor: "end", batch: func(t *testing.T, s *stepSetup) rawBatch {
			return rawBatch{records: []byte{0x00, 0xfe, 0x01}}
		}},
		{name: "transfer truncated in the recipient", kind: End, reason: ErrTruncated, cursor: "end", batch: func(t *testing.T, s *stepSetup) rawBatch {
			b := std(tx2(t))
			b.records = b.records[:10]
			return b
		}},
		{name: "transfer truncated in the signature", kind: End, reason: ErrTruncated, cursor: "end", batch: func(t *testing.T, s *stepSetup) rawBatch {
			b := std(tx2(t))
			b.records = b.records[:len(b.records)-1]
			return b
		}},
		{name: "nonce reads past the data", kind: End, reason: ErrTruncated, cursor: "end", batch: func(t *testing.T, s *stepSetup) rawBatch {
			b := std(tx2(t))
			b.records = append(append([]byte{2}, to[:]...), 0xff, 1, 2, 3)
			return b
		}},
		{name: "bad amount code k >= 7020", kind: End, reason: ErrBadAmountCode, cursor: "end", batch: func(t *testing.T, s *stepSetup) rawBatch {
			b := std(tx2(t))
			b.records = append(append(append([]byte{2}, to[:]...), 0, 0xfe, 0xff), make([]byte, 64)...)
			return b
		}},
		{name: "bad amount code length above 32", kind: End, reason: ErrBadAmountCode, cursor: "end", batch: func(t *testing.T, s *stepSetup) rawBatch {
			b := std(tx2(t))
			b.records = append(append(append([]byte{2}, to[:]...), 0, 0xff, 33), make([]byte, 100)...)
			return b
		}},
		{name: "two-digit amount overflows", kind: End, reason: ErrBadAmountCode, cursor: "end", batch: func(t *testing.T, s *stepSetup) rawBatch {
			b := std(tx2(t))
			b.records = append(append(append([]byte{2}, to[:]...), 0, 0xfc, 0x12), make([]byte, 64)...)
			return b
		}},
		{name: "transfer with F = 0", kind: End, reason: ErrNoFeeEntries, cursor: "end", batch: func(t *testing.T, s *stepSetup) rawBatch {
			b := std(tx2(t))
			b.fees = nil
			return b
		}},
		{name: "block delta overflows the timestamp", kind: End, reason: ErrTimestampOverflow, cursor: "end", batch: func(t *testing.T, s *stepSetup) rawBatch {
			s.start.Timestamp = math.MaxUint64 - 5
			return rawBatch{records: []byte{0x00, 0x06}}
		}},
		{name: "block number overflows", kind: End, reason: ErrBlockNumberOverflow, cursor: "end", batch: func(t *testing.T, s *stepSetup) rawBatch {
			s.start.BlockNumber = math.MaxUint64
			return rawBatch{records: []byte{0x00, 0x00}}
		}},

		// Skip: decodable but invalid.
		{name: "deposit beyond the limit", kind: Skip, reason: ErrDepositLimit, cursor: "next", batch: func(t *testing.T, s *stepSetup) rawBatch {
			s.depositLimit = 3
			s.start.DepositsConsumed = 3
			return rawBatch{records: []byte{0x01, 0x01}}
		}, recLen: 1},
		{name: "dictionary index out of range", kind: Skip, reason: ErrDictIndex, cursor: "next", batch: func(t *testing.T, s *stepSetup) rawBatch {
			tx := tx2(t)
			r, sv, par := sigOf(tx)
			// F = 1, A = 1: tag 2 + 1·2 names dictionary address 1.
			return rawBatch{dict: []common.Address{to}, fees: [][]byte{feeOf(tx)}, records: transferRecord(4, nil, 0, u256(1e15), r, sv, par)}
		}},
		{name: "fee entry beyond the data", kind: Skip, reason: ErrBadFeeEntry, cursor: "next", batch: func(t *testing.T, s *stepSetup) rawBatch {
			b := std(tx2(t))
			b.offsets = []uint16{0xffff}
			return b
		}},
		{name: "fee entry truncated", kind: Skip, reason: ErrBadFeeEntry, cursor: "next", batch: func(t *testing.T, s *stepSetup) rawBatch {
			tx := tx2(t)
			b := std(tx)
			rec := len(b.records)
			fee := feeOf(tx)
			// The entry starts two bytes before the end: type 0, then a cuint
			// whose second byte is missing.
			b.records = append(b.records, 0x00, 0xf0)
			b.offsets = []uint16{uint16(len(fee) + rec)}
			return b
		}, recLen: -2},
		{name: "fee entry with a bad amount code", kind: Skip, reason: ErrBadFeeEntry, cursor: "next", batch: func(t *testing.T, s *stepSetup) rawBatch {
			b := std(tx2(t))
			b.fees = [][]byte{append(appendCuint([]byte{0}, 21000), 0xfe, 0xff)}
			return b
		}},
		{name: "fee entry type 1", kind: Skip, reason: ErrTxTypeNotSupported, cursor: "next", batch: func(t *testing.T, s *stepSetup) rawBatch {
			b := std(tx2(t))
			b.fees = [][]byte{feeBytes(1, 21000, u256(gwei), u256(2*gwei))}
			return b
		}},
		{name: "fee entry type 3", kind: Skip, reason: ErrTxTypeNotSupported, cursor: "next", batch: func(t *testing.T, s *stepSetup) rawBatch {
			b := std(tx2(t))
			b.fees = [][]byte{feeBytes(3, 21000, u256(gwei), u256(2*gwei))}
			return b
		}},
		{name: "gas limit below 21000", kind: Skip, reason: ErrIntrinsicGas, cursor: "next", batch: func(t *testing.T, s *stepSetup) rawBatch {
			return std(sign(t, txSpec{typ: 2, to: to, gas: 20999}))
		}},
		{name: "gas limit 2^32", kind: Skip, reason: ErrGasLimitTooHigh, cursor: "next", batch: func(t *testing.T, s *stepSetup) rawBatch {
			return std(sign(t, txSpec{typ: 2, to: to, gas: 1 << 32}))
		}},
		{name: "tip above cap", kind: Skip, reason: ErrTipAboveFeeCap, cursor: "next", batch: func(t *testing.T, s *stepSetup) rawBatch {
			return std(sign(t, txSpec{typ: 2, to: to, tip: big.NewInt(3 * gwei), cap: big.NewInt(2 * gwei)}))
		}},
		{name: "type 2 price below base fee", kind: Skip, reason: ErrFeeCapTooLow, cursor: "next", batch: func(t *testing.T, s *stepSetup) rawBatch {
			return std(sign(t, txSpec{typ: 2, to: to, tip: big.NewInt(0), cap: big.NewInt(gwei - 1)}))
		}},
		{name: "legacy price below base fee", kind: Skip, reason: ErrFeeCapTooLow, cursor: "next", batch: func(t *testing.T, s *stepSetup) rawBatch {
			return std(sign(t, txSpec{typ: 0, to: to, cap: big.NewInt(gwei - 1)}))
		}},
		{name: "r = 0", kind: Skip, reason: ErrInvalidSig, cursor: "next", batch: func(t *testing.T, s *stepSetup) rawBatch {
			tx := tx2(t)
			_, sv, par := sigOf(tx)
			return withSigRecord(tx, new(uint256.Int), sv, par)
		}},
		{name: "r = N", kind: Skip, reason: ErrInvalidSig, cursor: "next", batch: func(t *testing.T, s *stepSetup) rawBatch {
			tx := tx2(t)
			_, sv, par := sigOf(tx)
			return withSigRecord(tx, n, sv, par)
		}},
		{name: "r = 2^256 - 1", kind: Skip, reason: ErrInvalidSig, cursor: "next", batch: func(t *testing.T, s *stepSetup) rawBatch {
			tx := tx2(t)
			_, sv, par := sigOf(tx)
			return withSigRecord(tx, new(uint256.Int).SetAllOne(), sv, par)
		}},
		{name: "s = 0", kind: Skip, reason: ErrInvalidSig, cursor: "next", batch: func(t *testing.T, s *stepSetup) rawBatch {
			tx := tx2(t)
			r, _, par := sigOf(tx)
			return withSigRecord(tx, r, new(uint256.Int), par)
		}},
		{name: "s above N/2", kind: Skip, reason: ErrHighS, cursor: "next", batch: func(t *testing.T, s *stepSetup) rawBatch {
			tx := tx2(t)
			r, _, par := sigOf(tx)
			// VS holds 255 bits of s: high values in (N/2, 2^255) are expressible.
			return withSigRecord(tx, r, new(uint256.Int).AddUint64(secp256k1HalfN, 1), par)
		}},
		{name: "unrecoverable signature", kind: Skip, reason: ErrInvalidSender, cursor: "next", batch: func(t *testing.T, s *stepSetup) rawBatch {
			tx := tx2(t)
			_, sv, par := sigOf(tx)
			return withSigRecord(tx, unrecoverableR(t, tx, sv), sv, par)
		}},
		{name: "wrong chain ID recovers another address", kind: Skip, reason: ErrInsufficientFunds, cursor: "next", batch: func(t *testing.T, s *stepSetup) rawBatch {
			return std(sign(t, txSpec{typ: 2, chainID: 902, to: to}))
		}, check: func(t *testing.T, s *stepSetup, st *State, out Outcome) {
			require.NotEqual(t, s.from, out.Sender)
			require.NotEqual(t, common.Address{}, out.Sender)
		}},
		{name: "nonce too low", kind: Skip, reason: ErrNonceTooLow, cursor: "next", batch: func(t *testing.T, s *stepSetup) rawBatch {
			s.nonce = 1
			return std(tx2(t))
		}},
		{name: "nonce too high", kind: Skip, reason: ErrNonceTooHigh, cursor: "next", batch: func(t *testing.T, s *stepSetup) rawBatch {
			return std(sign(t, txSpec{typ: 2, to: to, nonce: 1}))
		}},
		{name: "nonce at 2^64 - 1", kind: Skip, reason: ErrNonceMax, cursor: "next", batch: func(t *testing.T, s *stepSetup) rawBatch {
			s.nonce = math.MaxUint64
			return std(sign(t, txSpec{typ: 2, to: to, nonce: math.MaxUint64}))
		}},
		{name: "insufficient balance", kind: Skip, reason: ErrInsufficientFunds, cursor: "next", batch: func(t *testing.T, s *stepSetup) rawBatch {
			s.balance = u256(1e15) // the value, but not the fee
			return std(tx2(t))
		}},
		{name: "value plus fee overflows", kind: Skip, reason: ErrCostOverflow, cursor: "next", batch: func(t *testing.T, s *stepSetup) rawBatch {
			s.balance = new(uint256.Int).SetAllOne()
			return std(sign(t, txSpec{typ: 2, to: to, value: new(uint256.Int).SetAllOne().ToBig()}))
		}},
		{name: "fee overflows", kind: Skip, reason: ErrCostOverflow, cursor: "next", batch: func(t *testing.T, s *stepSetup) rawBatch {
			s.balance = new(uint256.Int).SetAllOne()
			return std(sign(t, txSpec{typ: 0, to: to, cap: new(uint256.Int).SetAllOne().ToBig()}))
		}},

		// Apply.
		{name: "block", kind: Apply, cursor: "next", batch: func(t *testing.T, s *stepSetup) rawBatch {
			return rawBatch{records: []byte{0x00, 0xf0, 0x10}}
		}, check: func(t *testing.T, s *stepSetup, st *State, out Outcome) {}},
		{name: "deposit", kind: Apply, cursor: "next", batch: func(t *testing.T, s *stepSetup) rawBatch {
			s.depositLimit = 5
			s.start.DepositsConsumed = 4
			s.deposits[4] = Deposit{Index: 4, Recipient: to, Amount: u256(77)}
			return rawBatch{records: []byte{0x01}}
		}, check: func(t *testing.T, s *stepSetup, st *State, out Outcome) {
			b, _ := st.Account(to)
			require.Equal(t, u256(77), &b)
		}},
		{name: "transfer", kind: Apply, cursor: "next", batch: func(t *testing.T, s *stepSetup) rawBatch {
			return std(tx2(t))
		}, check: func(t *testing.T, s *stepSetup, st *State, out Outcome) {
			require.Equal(t, s.from, out.Sender)
			b, _ := st.Account(to)
			require.Equal(t, u256(1e15), &b)
		}},
		{name: "legacy transfer", kind: Apply, cursor: "next", batch: func(t *testing.T, s *stepSetup) rawBatch {
			return std(sign(t, txSpec{typ: 0, to: to}))
		}},
		{name: "transfer to a dictionary address", kind: Apply, cursor: "next", batch: func(t *testing.T, s *stepSetup) rawBatch {
			tx := tx2(t)
			r, sv, par := sigOf(tx)
			return rawBatch{dict: []common.Address{{1}, to}, fees: [][]byte{feeOf(tx)}, records: transferRecord(2+1*2, nil, 0, u256(1e15), r, sv, par)}
		}, check: func(t *testing.T, s *stepSetup, st *State, out Outcome) {
			b, _ := st.Account(to)
			require.Equal(t, u256(1e15), &b)
		}},
		{name: "withdrawal", kind: Apply, cursor: "next", batch: func(t *testing.T, s *stepSetup) rawBatch {
			s.nonce = 3
			return std(sign(t, txSpec{typ: 2, to: WithdrawalAddress, nonce: 3}))
		}, check: func(t *testing.T, s *stepSetup, st *State, out Outcome) {
			a, r, ok := st.Withdrawal(s.from, 3)
			require.True(t, ok)
			require.Equal(t, u256(1e15), &a)
			require.Equal(t, s.from, r)
		}},

		// Fault: the context lacks a deposit it should have.
		{name: "deposit missing from the source", kind: Fault, reason: ErrDepositUnavailable, cursor: "same", batch: func(t *testing.T, s *stepSetup) rawBatch {
			s.depositLimit = 1
			return rawBatch{records: []byte{0x01}}
		}},
	}

	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := &stepSetup{p: p, from: from, to: to, balance: ether(10), deposits: map[uint64]Deposit{},
				start: L2State{BlockNumber: 5, Timestamp: p.GenesisTimestamp + 100}}
			raw := c.batch(t, s)
			data := raw.bytes()
			st := NewState()
			st.Tree().Set(AccountKey(from), s.balance, u256(s.nonce))
			s.start.StateRoot = st.Root()
			ctx, err := NewBatchContext(p, data, s.depositLimit, func(i uint64) (Deposit, bool) {
				d, ok := s.deposits[i]
				return d, ok
			})
			require.NoError(t, err)
			ms := ctx.Start(s.start)
			if s.cursor != nil {
				ms.Cursor = *s.cursor
			}
			supply := sumA(st)
			preState := st.Copy()

			// The same step three ways: Step, StepWithWitness on a copy, and
			// Run for one step on another copy.
			st2, st3 := st.Copy(), st.Copy()
			next, out := Step(ctx, st, ms)
			next2, out2, w, err := StepWithWitness(ctx, st2, ms)
			require.NoError(t, err)
			next3, _, err3 := Run(ctx, st3, ms, 1)
			require.Equal(t, next, next2)
			require.Equal(t, out, out2)
			require.Equal(t, ms, w.Pre)
			if c.kind != Fault {
				require.NoError(t, err3)
				require.Equal(t, next, next3)
			} else {
				require.ErrorIs(t, err3, ErrDepositUnavailable)
			}

			require.Equal(t, c.kind, out.Kind, "outcome %v", out)
			if c.reason == nil {
				require.NoError(t, out.Reason)
			} else {
				require.ErrorIs(t, out.Reason, c.reason)
			}
			switch c.cursor {
			case "same":
				require.Equal(t, ms.Cursor, next.Cursor)
			case "end":
				require.Equal(t, uint64(len(data)), next.Cursor)
			case "next":
				recLen := len(raw.records)
				if c.recLen > 0 {
					recLen = c.recLen
				} else if c.recLen < 0 {
					recLen += c.recLen
				}
				require.Equal(t, ms.Cursor+uint64(recLen), next.Cursor)
			}
			if c.kind != Apply {
				require.Equal(t, ms.StateRoot, next.StateRoot, "only apply changes the state")
				require.Equal(t, ms.StateRoot, st.Root())
				require.Equal(t, ms.DepositsConsumed, next.DepositsConsumed)
				require.Equal(t, ms.BlockNumber, next.BlockNumber)
				require.Equal(t, ms.Timestamp, next.Timestamp)
			} else {
				require.Equal(t, st.Root(), next.StateRoot)
			}
			// Supply: balances + withdrawals grow exactly by the deposits consumed.
			consumed := new(uint256.Int)
			for i := ms.DepositsConsumed; i < next.DepositsConsumed; i++ {
				consumed.Add(consumed, s.deposits[i].Amount)
			}
			require.Equal(t, new(uint256.Int).Add(supply, consumed), sumA(st))
			if c.check != nil {
				c.check(t, s, st, out)
			}
			if c.kind != Fault {
				checkWitness(t, ctx, preState, st, ms, next, out, w)
				// The same batch carried in a blob: the same step, its bytes
				// read from field elements.
				b := blob.Encode(data)[0]
				require.NoError(t, ctx.SetBlob(&b))
				st4 := preState.Copy()
				next4, out4, w4, err := StepWithWitness(ctx, st4, ms)
				require.NoError(t, err)
				require.Equal(t, next, next4)
				require.Equal(t, out, out4)
				checkWitness(t, ctx, preState, st4, ms, next4, out4, w4)
			}
		})
	}
}

// unrecoverableR finds an r for which no public key recovers from tx's
// signing hash with s.
func unrecoverableR(t *testing.T, tx *types.Transaction, s *uint256.Int) *uint256.Int {
	h := types.LatestSignerForChainID(tx.ChainId()).Hash(tx)
	r := uint256.NewInt(1)
	for {
		sig := make([]byte, 65)
		r.PutUint256(sig[:32])
		s.PutUint256(sig[32:64])
		if _, err := crypto.Ecrecover(h[:], sig); err != nil {
			return r
		}
		r.AddUint64(r, 1)
	}
}
