package txmgr

import (
	"context"
	"fmt"
	"math/big"
)

// fees is one EIP-1559 fee choice, with the blob fee cap of a blob
// transaction (nil otherwise).
type fees struct {
	tip        *big.Int // maxPriorityFeePerGas
	feeCap     *big.Int // maxFeePerGas
	blobFeeCap *big.Int // maxFeePerBlobGas
}

// blobBumpPercent is what geth's blob pool wants of a replacement blob
// transaction: each of tip, fee cap and blob fee cap doubled.
const blobBumpPercent = 100

// estimateFees asks the node: tip = suggestion within [MinTipCap, MaxTipCap],
// fee cap = 2 × base fee + tip, capped at MaxFeeCap; for a blob transaction
// also blob fee cap = 2 × blob base fee, capped at MaxBlobFeeCap. It fails
// with ErrFeeCapTooLow when even a cap cannot pay the current base fee (and
// tip).
func (m *Manager) estimateFees(ctx context.Context, blob bool) (fees, *big.Int, error) {
	rctx, cancel := context.WithTimeout(ctx, m.cfg.RPCTimeout)
	defer cancel()
	head, err := m.client.HeaderByNumber(rctx, nil)
	if err != nil {
		return fees{}, nil, fmt.Errorf("fetching L1 head: %w", err)
	}
	tip, err := m.client.SuggestGasTipCap(rctx)
	if err != nil {
		return fees{}, nil, fmt.Errorf("fetching tip suggestion: %w", err)
	}
	base := head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	tip = clamp(tip, m.cfg.MinTipCap, m.cfg.MaxTipCap)
	feeCap := new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip)
	if feeCap.Cmp(m.cfg.MaxFeeCap) > 0 {
		feeCap = new(big.Int).Set(m.cfg.MaxFeeCap)
	}
	if need := new(big.Int).Add(base, tip); feeCap.Cmp(need) < 0 {
		return fees{}, base, fmt.Errorf("%w: base fee %s + tip %s > cap %s wei", ErrFeeCapTooLow, base, tip, m.cfg.MaxFeeCap)
	}
	f := fees{tip: tip, feeCap: feeCap}
	if blob {
		blobBase, err := m.client.BlobBaseFee(rctx)
		if err != nil {
			return fees{}, nil, fmt.Errorf("fetching the blob base fee: %w", err)
		}
		f.blobFeeCap = new(big.Int).Mul(blobBase, big.NewInt(2))
		if f.blobFeeCap.Sign() == 0 {
			f.blobFeeCap.SetInt64(1)
		}
		if f.blobFeeCap.Cmp(m.cfg.MaxBlobFeeCap) > 0 {
			f.blobFeeCap = new(big.Int).Set(m.cfg.MaxBlobFeeCap)
		}
		if f.blobFeeCap.Cmp(blobBase) < 0 {
			return fees{}, base, fmt.Errorf("%w: blob base fee %s > cap %s wei", ErrFeeCapTooLow, blobBase, m.cfg.MaxBlobFeeCap)
		}
	}
	return f, base, nil
}

// bumpFees returns the fees for a resubmission: each of tip and fee cap is the
// larger of the old value raised by FeeBumpPercent (at least +1 wei) and the
// fresh estimate, then capped. capped reports whether a cap kept a value from
// reaching its bump, in which case nodes may refuse the replacement.
//
// tipOnly leaves the fee cap at the larger of its old value and the estimate:
// for a node that refused the attempt for its tip while holding no other
// transaction of this nonce, so that no replacement rule applies.
//
// A blob transaction (old.blobFeeCap set) bumps all three by at least
// blobBumpPercent, the blob pool's replacement rule.
func (m *Manager) bumpFees(old, est fees, tipOnly bool) (next fees, capped bool) {
	pct := m.cfg.FeeBumpPercent
	if old.blobFeeCap != nil {
		pct = max(pct, blobBumpPercent)
	}
	bump := func(v *big.Int) *big.Int {
		b := new(big.Int).Mul(v, big.NewInt(int64(100+pct)))
		b.Add(b, big.NewInt(99)) // round up
		b.Div(b, big.NewInt(100))
		if b.Cmp(v) <= 0 {
			b.Add(v, big.NewInt(1))
		}
		return b
	}
	tip := maxBig(bump(old.tip), est.tip)
	feeCap := maxBig(bump(old.feeCap), est.feeCap)
	wantTip, wantCap := bump(old.tip), bump(old.feeCap)
	if tipOnly {
		feeCap = maxBig(old.feeCap, est.feeCap)
		feeCap = maxBig(feeCap, new(big.Int).Add(tip, new(big.Int).Sub(old.feeCap, old.tip)))
		wantCap = feeCap
	}
	if tip.Cmp(m.cfg.MaxTipCap) > 0 {
		tip = new(big.Int).Set(m.cfg.MaxTipCap)
	}
	if feeCap.Cmp(m.cfg.MaxFeeCap) > 0 {
		feeCap = new(big.Int).Set(m.cfg.MaxFeeCap)
	}
	if tip.Cmp(feeCap) > 0 {
		tip = new(big.Int).Set(feeCap)
	}
	capped = tip.Cmp(wantTip) < 0 || feeCap.Cmp(wantCap) < 0
	next = fees{tip: tip, feeCap: feeCap}
	if old.blobFeeCap != nil {
		want := bump(old.blobFeeCap)
		next.blobFeeCap = want
		if est.blobFeeCap != nil {
			next.blobFeeCap = maxBig(want, est.blobFeeCap)
		}
		if next.blobFeeCap.Cmp(m.cfg.MaxBlobFeeCap) > 0 {
			next.blobFeeCap = new(big.Int).Set(m.cfg.MaxBlobFeeCap)
		}
		capped = capped || next.blobFeeCap.Cmp(want) < 0
	}
	return next, capped
}

func clamp(v, lo, hi *big.Int) *big.Int {
	switch {
	case v.Cmp(lo) < 0:
		return new(big.Int).Set(lo)
	case v.Cmp(hi) > 0:
		return new(big.Int).Set(hi)
	}
	return new(big.Int).Set(v)
}

func maxBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return new(big.Int).Set(a)
	}
	return new(big.Int).Set(b)
}
