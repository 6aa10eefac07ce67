package rpc

import (
	"context"
	"encoding/json"
	"strings"

	"github.com/ethereum/go-ethereum/common"
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

// BatchJSON is the JSON shape of a batch shared with the REST API.
func BatchJSON(b *chain.Batch) any { return chain.BatchWire(b) }

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
