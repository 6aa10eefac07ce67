package rpc

import (
	"context"
	"encoding/json"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"

	"github.com/rollup-dev/rollup/chain"
)

// rollupAPI implements the rollup_ methods.
type rollupAPI struct{ b Backend }

func (r *rollupAPI) getTransactionStatus(ctx context.Context, p json.RawMessage) (any, error) {
	var h common.Hash
	if err := parseParams(p, 1, &h); err != nil {
		return nil, err
	}
	st, err := r.b.TxStatus(ctx, h)
	if err != nil || st == nil {
		return nil, err
	}
	return st, nil
}

// rpcBatch is a batch as rollup_getBatch returns it.
type rpcBatch struct {
	Index             hexutil.Uint64    `json:"index"`
	Status            chain.BatchStatus `json:"status"`
	FirstBlock        hexutil.Uint64    `json:"firstBlock"`
	LastBlock         hexutil.Uint64    `json:"lastBlock"`
	TxCount           hexutil.Uint64    `json:"txCount"`
	DepositCount      hexutil.Uint64    `json:"depositCount"`
	DataSize          hexutil.Uint64    `json:"dataSize"`
	NumSteps          hexutil.Uint64    `json:"numSteps"`
	PrevStateRoot     common.Hash       `json:"prevStateRoot"`
	PostStateRoot     common.Hash       `json:"postStateRoot"`
	DepositsConsumed  hexutil.Uint64    `json:"depositsConsumed"`
	L1TxHash          *common.Hash      `json:"l1TransactionHash"`
	L1BlockNumber     *hexutil.Uint64   `json:"l1BlockNumber"`
	L1BlockHash       *common.Hash      `json:"l1BlockHash"`
	L1Timestamp       *hexutil.Uint64   `json:"l1Timestamp"`
	ChallengeDeadline *hexutil.Uint64   `json:"challengeDeadline"`
}

// BatchJSON is the JSON shape of a batch shared with the REST API.
func BatchJSON(b *chain.Batch) any {
	return &rpcBatch{
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

func (r *rollupAPI) getBatch(ctx context.Context, p json.RawMessage) (any, error) {
	var index math.HexOrDecimal64
	if err := parseParams(p, 1, &index); err != nil {
		return nil, err
	}
	b, err := r.b.Batch(ctx, uint64(index))
	if err != nil || b == nil {
		return nil, err
	}
	return BatchJSON(b), nil
}

func (r *rollupAPI) syncStatus(ctx context.Context, p json.RawMessage) (any, error) {
	if err := parseParams(p, 0); err != nil {
		return nil, err
	}
	return r.b.SyncStatus(ctx)
}

// proofTargetArg accepts an address (account leaf), a transaction hash (the
// withdrawal that transaction made) or {"sender": address, "nonce": n} (a
// withdrawal by its key).
type proofTargetArg struct{ chain.ProofTarget }

func (a *proofTargetArg) UnmarshalJSON(data []byte) error {
	var s string
	if err := json.Unmarshal(data, &s); err == nil {
		switch {
		case len(strings.TrimPrefix(s, "0x")) == 40:
			var addr common.Address
			if err := addr.UnmarshalText([]byte(s)); err != nil {
				return err
			}
			a.Account = &addr
			return nil
		case len(strings.TrimPrefix(s, "0x")) == 64:
			var h common.Hash
			if err := h.UnmarshalText([]byte(s)); err != nil {
				return err
			}
			a.WithdrawalTx = &h
			return nil
		}
		return invalidParams("want an address, a transaction hash or {sender, nonce}")
	}
	var obj struct {
		Sender *common.Address      `json:"sender"`
		Nonce  *math.HexOrDecimal64 `json:"nonce"`
	}
	if err := json.Unmarshal(data, &obj); err != nil || obj.Sender == nil || obj.Nonce == nil {
		return invalidParams("want an address, a transaction hash or {sender, nonce}")
	}
	n := uint64(*obj.Nonce)
	a.WithdrawalSender, a.WithdrawalNonce = obj.Sender, &n
	return nil
}

func (r *rollupAPI) getProof(ctx context.Context, p json.RawMessage) (any, error) {
	var (
		target proofTargetArg
		batch  *math.HexOrDecimal64
	)
	if err := parseParams(p, 1, &target, &batch); err != nil {
		return nil, err
	}
	var bi *uint64
	if batch != nil {
		v := uint64(*batch)
		bi = &v
	}
	return r.b.Proof(ctx, target.ProofTarget, bi)
}
