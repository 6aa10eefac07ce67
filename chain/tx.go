package chain

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Tx is an acknowledged L2 transaction with its place in the chain. A queued
// transaction (its nonce ahead of its sender's, waiting for the gap to fill)
// has no place yet: Seq and BlockNumber are zero.
type Tx struct {
	// Seq is the transaction's position in the chain, from 1; 0 while queued.
	Seq         uint64
	Hash        common.Hash
	BlockNumber uint64
	// BlockHash is zero while the block is open (the transaction is pending).
	BlockHash common.Hash
	Index     int
	Sender    common.Address
	Nonce     uint64
	To        common.Address
	Raw       []byte
	// Tx is Raw decoded; nil until Decode is called.
	Tx *types.Transaction
	// Failed: a token call that reverted (receipt status 0, protocol §2.4).
	Failed bool
	// CumulativeGas is the gas of the block's transactions up to and
	// including this one; LogIndex the block-wide index of its log, when it
	// emits one (TxLog).
	CumulativeGas uint64
	LogIndex      uint
	// BlockTimestamp is the timestamp of the transaction's block.
	BlockTimestamp uint64
}

// Pending reports whether t's block is still open, or t is queued: it has no
// receipt yet.
func (t *Tx) Pending() bool { return t.BlockHash == (common.Hash{}) }

// Queued reports whether t waits for an earlier nonce of its sender.
func (t *Tx) Queued() bool { return t.Seq == 0 }

// Decode decodes Raw into Tx if that was not done yet.
func (t *Tx) Decode() (*types.Transaction, error) {
	if t.Tx != nil {
		return t.Tx, nil
	}
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(t.Raw); err != nil {
		return nil, err
	}
	t.Tx = tx
	return tx, nil
}

// EffectiveGasPrice is the price per gas the transaction paid (protocol §2.3):
// the gas price of a legacy transaction, min(maxFeePerGas, baseFee +
// maxPriorityFeePerGas) of a dynamic-fee one.
func EffectiveGasPrice(tx *types.Transaction, baseFee *big.Int) *big.Int {
	if tx.Type() != types.DynamicFeeTxType {
		return new(big.Int).Set(tx.GasPrice())
	}
	p := new(big.Int).Add(baseFee, tx.GasTipCap())
	if p.Cmp(tx.GasFeeCap()) > 0 {
		p.Set(tx.GasFeeCap())
	}
	return p
}

// Receipt builds the Ethereum receipt of a sealed transaction: its status,
// the gas of protocol §2.3 and the log of §2.4, with the block fields set.
func Receipt(t *Tx, baseFee *big.Int) (*types.Receipt, error) {
	tx, err := t.Decode()
	if err != nil {
		return nil, err
	}
	r := &types.Receipt{
		Type:              tx.Type(),
		Status:            types.ReceiptStatusSuccessful,
		CumulativeGasUsed: t.CumulativeGas,
		Logs:              []*types.Log{},
		TxHash:            t.Hash,
		GasUsed:           TxGas(tx),
		EffectiveGasPrice: EffectiveGasPrice(tx, baseFee),
		BlockHash:         t.BlockHash,
		BlockNumber:       new(big.Int).SetUint64(t.BlockNumber),
		TransactionIndex:  uint(t.Index),
	}
	if t.Failed {
		r.Status = types.ReceiptStatusFailed
	}
	if l := t.Log(); l != nil {
		r.Logs = []*types.Log{l}
	}
	r.Bloom = types.CreateBloom(r)
	return r, nil
}

// EmitsLog reports whether t emits a log: a token call that did not revert.
// t must be decoded.
func (t *Tx) EmitsLog() bool {
	return !t.Failed && t.Tx != nil && len(t.Tx.Data()) != 0
}

// Log returns t's log with every field set, nil if it emits none. t must be
// decoded.
func (t *Tx) Log() *types.Log {
	l := TxLog(t.Tx, t.Sender, t.Failed)
	if l == nil {
		return nil
	}
	l.BlockNumber, l.TxHash, l.TxIndex, l.BlockHash, l.Index = t.BlockNumber, t.Hash, uint(t.Index), t.BlockHash, t.LogIndex
	l.BlockTimestamp = t.BlockTimestamp
	return l
}
