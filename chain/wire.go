package chain

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// The wire forms of the rollup_* JSON-RPC answers, which the sequencer serves
// and userflow reads.

// RPCBatch is a batch as rollup_getBatch (and the REST API) returns it.
type RPCBatch struct {
	Index             hexutil.Uint64  `json:"index"`
	Status            BatchStatus     `json:"status"`
	FirstBlock        hexutil.Uint64  `json:"firstBlock"`
	LastBlock         hexutil.Uint64  `json:"lastBlock"`
	TxCount           hexutil.Uint64  `json:"txCount"`
	DepositCount      hexutil.Uint64  `json:"depositCount"`
	DataSize          hexutil.Uint64  `json:"dataSize"`
	NumSteps          hexutil.Uint64  `json:"numSteps"`
	PrevStateRoot     common.Hash     `json:"prevStateRoot"`
	PostStateRoot     common.Hash     `json:"postStateRoot"`
	DepositsConsumed  hexutil.Uint64  `json:"depositsConsumed"`
	L1TxHash          *common.Hash    `json:"l1TransactionHash"`
	L1BlockNumber     *hexutil.Uint64 `json:"l1BlockNumber"`
	L1BlockHash       *common.Hash    `json:"l1BlockHash"`
	L1Timestamp       *hexutil.Uint64 `json:"l1Timestamp"`
	ChallengeDeadline *hexutil.Uint64 `json:"challengeDeadline"`
}

// BatchWire is b in its wire form.
func BatchWire(b *Batch) *RPCBatch {
	return &RPCBatch{
		Index:             hexutil.Uint64(b.Index),
		Status:            b.Status,
		FirstBlock:        hexutil.Uint64(b.FirstBlock),
		LastBlock:         hexutil.Uint64(b.LastBlock),
		TxCount:           hexutil.Uint64(b.TxCount),
		DepositCount:      hexutil.Uint64(b.DepositCount),
		DataSize:          hexutil.Uint64(b.DataSize),
		NumSteps:          hexutil.Uint64(b.NumSteps),
		PrevStateRoot:     b.PrevStateRoot,
		PostStateRoot:     b.PostStateRoot,
		DepositsConsumed:  hexutil.Uint64(b.DepositsConsumed),
		L1TxHash:          b.L1TxHash,
		L1BlockNumber:     (*hexutil.Uint64)(b.L1BlockNumber),
		L1BlockHash:       b.L1BlockHash,
		L1Timestamp:       (*hexutil.Uint64)(b.L1Timestamp),
		ChallengeDeadline: (*hexutil.Uint64)(b.ChallengeDeadline),
	}
}

// StateProof is the answer of rollup_getProof: a proof of one state key
// against a batch's post-state root in the format of docs/protocol.md §3.3.
type StateProof struct {
	Batch       hexutil.Uint64   `json:"batchIndex"`
	BatchStatus string           `json:"batchStatus"`
	BlockNumber hexutil.Uint64   `json:"blockNumber"`
	StateRoot   common.Hash      `json:"stateRoot"`
	Key         common.Hash      `json:"key"`
	Kind        string           `json:"kind"` // "account" or "withdrawal"
	Siblings    []common.Hash    `json:"siblings"`
	LeafPresent bool             `json:"leafPresent"`
	LeafKey     common.Hash      `json:"leafKey"`
	LeafA       *hexutil.Big     `json:"leafA"`
	LeafB       *hexutil.Big     `json:"leafB"`
	Included    bool             `json:"included"`
	Account     *ProofAccount    `json:"account,omitempty"`
	Withdrawal  *ProofWithdrawal `json:"withdrawal,omitempty"`
}

// ProofAccount is what an account proof says.
type ProofAccount struct {
	Address common.Address `json:"address"`
	Balance *hexutil.Big   `json:"balance"`
	Nonce   hexutil.Uint64 `json:"nonce"`
}

// ProofWithdrawal is what a withdrawal proof says.
type ProofWithdrawal struct {
	Sender    common.Address `json:"sender"`
	Nonce     hexutil.Uint64 `json:"nonce"`
	Amount    *hexutil.Big   `json:"amount"`
	Recipient common.Address `json:"recipient"`
	// Token and L1Token name the token of a token withdrawal (kind
	// "tokenWithdrawal"): its L2 address and the L1 token the Bridge pays.
	Token   *common.Address `json:"token,omitempty"`
	L1Token *common.Address `json:"l1Token,omitempty"`
}
