package chain

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Block is an L2 block. Once sealed, Hash is keccak256(rlp(Header)). Its items are its deposits (queue indexes DepositFirst …
// DepositFirst+DepositCount−1) followed by its transactions (global sequence
// numbers FirstSeq … FirstSeq+TxCount−1).
type Block struct {
	Number       uint64
	Hash         common.Hash
	ParentHash   common.Hash
	Timestamp    uint64
	FirstSeq     uint64
	TxCount      int
	DepositFirst uint64
	DepositCount int
	// Sealed reports whether StateRoot, the roots and Hash are set; an open
	// block still takes items and has no hash yet.
	Sealed    bool
	StateRoot common.Hash
	// TxRoot, ReceiptRoot and WithdrawalsRoot are the header's trie roots
	// (the withdrawals are the block's ETH deposits, fixed when it opens).
	TxRoot          common.Hash
	ReceiptRoot     common.Hash
	WithdrawalsRoot common.Hash
	// Gas is the gas the block's transactions were charged so far (all of
	// it once sealed), and Logs the number of logs they emitted.
	Gas  uint64
	Logs int
	// Bloom is the logs bloom of a sealed block.
	Bloom types.Bloom
}

// NextSeq is the sequence number after the block's last transaction.
func (b *Block) NextSeq() uint64 { return b.FirstSeq + uint64(b.TxCount) }

// DepositsConsumed is the number of deposits consumed once the block has run.
func (b *Block) DepositsConsumed() uint64 { return b.DepositFirst + uint64(b.DepositCount) }

// GasUsed is the gas the block's transactions were charged.
func (b *Block) GasUsed() uint64 { return b.Gas }

// TransferGas is the gas every transfer is charged (protocol §2.3).
const TransferGas = 21000
