package chain

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/rollup-dev/rollup/l2"
)

// BatchStatus is where a batch is on its way to L1 finality.
type BatchStatus string

// Batch statuses, in the order a batch normally goes through them.
const (
	BatchBuilt      BatchStatus = "built"      // encoded, not yet sent
	BatchSent       BatchStatus = "sent"       // appendBatch broadcast on L1
	BatchIncluded   BatchStatus = "included"   // mined in an L1 block
	BatchConfirmed  BatchStatus = "confirmed"  // at the L1 confirmation depth
	BatchFinal      BatchStatus = "final"      // dispute window passed unchallenged
	BatchChallenged BatchStatus = "challenged" // a dispute game is open on it
	BatchReverted   BatchStatus = "reverted"   // removed by a lost dispute
)

// Posted reports whether the batch is on L1 and not reverted.
func (s BatchStatus) Posted() bool {
	switch s {
	case BatchIncluded, BatchConfirmed, BatchFinal, BatchChallenged:
		return true
	}
	return false
}

// Batch is a batch built by the batcher, as recorded in the batches table.
type Batch struct {
	Index            uint64
	FirstBlock       uint64
	LastBlock        uint64
	Status           BatchStatus
	DataSize         int
	NumSteps         uint64
	TxCount          int
	DepositCount     int
	PrevStateRoot    common.Hash
	PostStateRoot    common.Hash
	DepositsConsumed uint64
	L1TxHash         *common.Hash
	L1BlockNumber    *uint64
	L1BlockHash      *common.Hash
	L1Timestamp      *uint64
	// ChallengeDeadline is the unix time until which the batch can be challenged.
	ChallengeDeadline *uint64
}

// Deposit is a Bridge deposit followed from L1.
type Deposit struct {
	QueueIndex    uint64
	L1BlockNumber uint64
	L1BlockHash   common.Hash
	L1TxHash      common.Hash
	L1LogIndex    uint
	L1Sender      common.Address
	Recipient     common.Address
	Amount        *big.Int
	L1Timestamp   uint64
	// L2Block is the L2 block that consumed the deposit, nil until then.
	L2Block *uint64
	// Forced, when set, makes the queue entry a forced L2 transaction
	// (Bridge.forceTransaction) instead of a deposit; Recipient and Amount
	// are then zero.
	Forced *l2.ForcedTx
	// Token is the L1 token of a token deposit (Bridge.depositERC20), whose
	// Amount is in that token; zero for ETH.
	Token common.Address
}

// IsToken reports whether d is a token deposit.
func (d *Deposit) IsToken() bool { return d.Token != (common.Address{}) }

// L2 returns the entry as the protocol core takes it.
func (d *Deposit) L2() l2.Deposit {
	var amount uint256.Int
	if d.Amount != nil {
		amount.SetFromBig(d.Amount)
	}
	return l2.Deposit{Index: d.QueueIndex, Recipient: d.Recipient, Amount: &amount, L1Timestamp: d.L1Timestamp, Forced: d.Forced, Token: d.Token}
}
