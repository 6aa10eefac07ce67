package chain

import (
	"encoding/binary"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// blockHashDomain separates L2 block hashes from every other hash of the rollup.
var blockHashDomain = []byte("rollup/l2-block/v1")

// BlockHash derives the hash of an L2 block from the fields fixed when it opens:
// keccak("rollup/l2-block/v1" ‖ u64 chainID ‖ u64 number ‖ u64 timestamp ‖ parentHash).
func BlockHash(chainID, number, timestamp uint64, parent common.Hash) common.Hash {
	buf := make([]byte, 0, len(blockHashDomain)+24+32)
	buf = append(buf, blockHashDomain...)
	buf = binary.BigEndian.AppendUint64(buf, chainID)
	buf = binary.BigEndian.AppendUint64(buf, number)
	buf = binary.BigEndian.AppendUint64(buf, timestamp)
	buf = append(buf, parent[:]...)
	return crypto.Keccak256Hash(buf)
}

// Block is an L2 block. Its items are its deposits (queue indexes DepositFirst …
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
	// Sealed reports whether StateRoot is set; an open block still takes items.
	Sealed    bool
	StateRoot common.Hash
}

// NextSeq is the sequence number after the block's last transaction.
func (b *Block) NextSeq() uint64 { return b.FirstSeq + uint64(b.TxCount) }

// DepositsConsumed is the number of deposits consumed once the block has run.
func (b *Block) DepositsConsumed() uint64 { return b.DepositFirst + uint64(b.DepositCount) }

// GasUsed is the gas the block's transfers were charged.
func (b *Block) GasUsed() uint64 { return uint64(b.TxCount) * TransferGas }

// TransferGas is the gas every transfer is charged (protocol §2.3).
const TransferGas = 21000
