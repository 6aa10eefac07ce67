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

// Receipt builds the Ethereum receipt of a transfer at position index of its
// block: transfers always succeed once executed, are charged TransferGas and emit
// no logs.
func Receipt(t *Tx, baseFee *big.Int) (*types.Receipt, error) {
	tx, err := t.Decode()
	if err != nil {
		return nil, err
	}
	r := &types.Receipt{
		Type:              tx.Type(),
		Status:            types.ReceiptStatusSuccessful,
		CumulativeGasUsed: uint64(t.Index+1) * TransferGas,
		Logs:              []*types.Log{},
		TxHash:            t.Hash,
		GasUsed:           TransferGas,
		EffectiveGasPrice: EffectiveGasPrice(tx, baseFee),
		BlockHash:         t.BlockHash,
		BlockNumber:       new(big.Int).SetUint64(t.BlockNumber),
		TransactionIndex:  uint(t.Index),
	}
	return r, nil
}
