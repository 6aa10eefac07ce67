package chain

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// Candidate is a transaction that passed admission (decoding and the protocol's
// validity rules, including signature recovery) and waits to be executed.
type Candidate struct {
	Tx     *types.Transaction
	Raw    []byte
	Hash   common.Hash
	Sender common.Address
}

// TxLifecycle values: where a transaction is on its way to L1 finality.
const (
	// StatusQueued: durable in the sequencer, waiting for an earlier nonce of
	// its sender; it has no block yet (blockNumber and transactionIndex 0).
	StatusQueued = "queued"
	// StatusSoft: executed and durable in the sequencer, not yet on L1.
	StatusSoft = "soft"
	// StatusPosted: in a batch included on L1, inside its dispute window.
	StatusPosted = "posted"
	// StatusFinal: in a final batch.
	StatusFinal = "final"
	// StatusReverted: the batch that carried it was reverted by a lost dispute;
	// the transaction stays in the L2 chain and is posted again.
	StatusReverted = "reverted"
)

// TxStatus is the whole life of a transaction in one answer
// (rollup_getTransactionStatus, GET /v1/transactions/{hash}/status).
type TxStatus struct {
	Hash             common.Hash     `json:"hash"`
	Status           string          `json:"status"`
	BlockNumber      hexutil.Uint64  `json:"blockNumber"`
	BlockHash        *common.Hash    `json:"blockHash"` // nil while the block is open
	TransactionIndex hexutil.Uint64  `json:"transactionIndex"`
	BlockSealed      bool            `json:"blockSealed"`
	BatchIndex       *hexutil.Uint64 `json:"batchIndex"`
	BatchStatus      *BatchStatus    `json:"batchStatus"`
	L1TxHash         *common.Hash    `json:"l1TransactionHash"`
	L1BlockNumber    *hexutil.Uint64 `json:"l1BlockNumber"`
	L1BlockHash      *common.Hash    `json:"l1BlockHash"`
	// L1Confirmations counts the L1 blocks from the batch's block to the L1
	// head, that block included; nil until the batch is included or when the
	// L1 head is unknown.
	L1Confirmations *hexutil.Uint64 `json:"l1Confirmations"`
	// ChallengeDeadline is the unix time until which the batch can be
	// challenged; nil until known.
	ChallengeDeadline *hexutil.Uint64 `json:"challengeDeadline"`
}

// SyncStatus are the heads of the chain (rollup_syncStatus, GET /v1/status).
type SyncStatus struct {
	// Latest is the newest sealed L2 block; Pending the open one, if any.
	Latest  BlockRef  `json:"latest"`
	Pending *BlockRef `json:"pending"`
	// Posted is the last L2 block carried by a batch included on L1; Final the
	// last block of the newest final batch.
	Posted BlockRef `json:"posted"`
	Final  BlockRef `json:"final"`
	// L1Head is the newest L1 block the sequencer has seen, nil without L1.
	L1Head *L1Ref `json:"l1Head"`
	// DepositsConsumed is the number of deposits the L2 chain has consumed;
	// DepositsSeen the number followed from L1 (confirmed or not).
	DepositsConsumed hexutil.Uint64 `json:"depositsConsumed"`
	DepositsSeen     hexutil.Uint64 `json:"depositsSeen"`
	// DurableSeq is the global sequence number of the last durable transaction.
	DurableSeq hexutil.Uint64 `json:"durableSeq"`
	// LastBatch is the index of the newest live batch, nil if none.
	LastBatch *hexutil.Uint64 `json:"lastBatch"`
}

// BlockRef names an L2 block.
type BlockRef struct {
	Number    hexutil.Uint64 `json:"number"`
	Hash      common.Hash    `json:"hash"`
	Timestamp hexutil.Uint64 `json:"timestamp"`
}

// L1Ref names an L1 block.
type L1Ref struct {
	Number hexutil.Uint64 `json:"number"`
	Hash   common.Hash    `json:"hash"`
}

// ProofTarget is the state key a proof is asked for: an account, or a
// withdrawal named by the L2 transaction that made it or by its sender and
// nonce.
type ProofTarget struct {
	Account          *common.Address
	WithdrawalTx     *common.Hash
	WithdrawalSender *common.Address
	WithdrawalNonce  *uint64
}
