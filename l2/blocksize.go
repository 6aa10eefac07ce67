package l2

import (
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
)

// BlockSizer bounds from above the bytes one L2 block adds to an empty batch,
// item by item. The batcher never splits a block, so a block must fit in one
// batch; a sequencer seals its open block before Fits turns false.
//
// The bound counts every transfer at 9 bytes of tag, 20 of recipient (inline,
// or its share of a dictionary entry), its nonce, its value (a token call's
// amount) and 64 bytes of signature; every distinct fee entry at its size plus 2 bytes of fee table;
// a deposit at 1 byte; and the header and the block record at 8 + 10 bytes.
// The real encoding is never larger (realistic transfers take about 73 bytes
// against a bound of about 96).
type BlockSizer struct {
	fees  map[FeeEntry]struct{}
	bound int
}

// NewBlockSizer returns the sizer of an empty block.
func NewBlockSizer() *BlockSizer {
	return &BlockSizer{fees: map[FeeEntry]struct{}{}, bound: headerSize + 10}
}

// Bound returns the current upper bound.
func (s *BlockSizer) Bound() int { return s.bound }

// txBound returns what tx adds to the bound, and its fee entry.
func (s *BlockSizer) txBound(tx *types.Transaction) (int, FeeEntry, bool) {
	f := FeeEntryOf(tx)
	var value uint256.Int
	saturate(&value, tx.Value())
	if f.Call != CallNone {
		value.SetBytes(tx.Data()[36:68])
	}
	n := 9 + 20 + cuintLen(tx.Nonce()) + amountLen(&value) + 64
	_, known := s.fees[f]
	if !known {
		n += 2 + feeEntryLen(&f)
	}
	return n, f, known
}

// Fits reports whether the block still fits in an empty batch with tx added.
func (s *BlockSizer) Fits(tx *types.Transaction) bool {
	n, _, known := s.txBound(tx)
	if !known && len(s.fees) == maxFeeEntries {
		return false
	}
	return s.bound+n <= MaxBatchBytes
}

// AddTx adds a transaction to the bound.
func (s *BlockSizer) AddTx(tx *types.Transaction) {
	n, f, _ := s.txBound(tx)
	s.fees[f] = struct{}{}
	s.bound += n
}

// FitsDeposit reports whether the block still fits with one more deposit.
func (s *BlockSizer) FitsDeposit() bool { return s.bound+1 <= MaxBatchBytes }

// AddDeposit adds a deposit to the bound.
func (s *BlockSizer) AddDeposit() { s.bound++ }

// FeeEntryOf returns the fee entry a transfer is encoded with: its type, gas
// limit and prices (no tip for legacy), and for a token call (68 bytes of
// data with a token selector) the call and the token. Fields that are
// negative or beyond 256 bits saturate to 2^256 − 1; ValidateTx rejects such
// transactions.
func FeeEntryOf(tx *types.Transaction) FeeEntry {
	f := FeeEntry{Type: tx.Type(), GasLimit: tx.Gas()}
	saturate(&f.GasFeeCap, tx.GasFeeCap())
	if tx.Type() != LegacyTxType {
		saturate(&f.GasTipCap, tx.GasTipCap())
	}
	if data := tx.Data(); len(data) == tokenCallLen && tx.To() != nil {
		switch [4]byte(data[:4]) {
		case TransferSelector:
			f.Call, f.Token = CallTransfer, *tx.To()
		case WithdrawSelector:
			f.Call, f.Token = CallWithdraw, *tx.To()
		}
	}
	return f
}

func saturate(z *uint256.Int, b *big.Int) {
	if b.Sign() < 0 || z.SetFromBig(b) {
		z.SetAllOne()
	}
}
