package txmgr

import (
	"context"
	"fmt"
	"math/big"
)

// fees is one EIP-1559 fee choice.
type fees struct {
	tip    *big.Int // maxPriorityFeePerGas
	feeCap *big.Int // maxFeePerGas
}

// estimateFees asks the node: tip = suggestion within [MinTipCap, MaxTipCap],
// fee cap = 2 × base fee + tip, capped at MaxFeeCap. It fails with
// ErrFeeCapTooLow when even the cap cannot pay the current base fee and tip.
func (m *Manager) estimateFees(ctx context.Context) (fees, *big.Int, error) {
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
	return fees{tip: tip, feeCap: feeCap}, base, nil
}

// bumpFees returns the fees for a resubmission: each of tip and fee cap is the
// larger of the old value raised by FeeBumpPercent (at least +1 wei) and the
// fresh estimate, then capped. capped reports whether a cap kept a value from
// reaching its bump, in which case nodes may refuse the replacement.
//
// tipOnly leaves the fee cap at the larger of its old value and the estimate:
// for a node that refused the attempt for its tip while holding no other
// transaction of this nonce, so that no replacement rule applies.
func (m *Manager) bumpFees(old, est fees, tipOnly bool) (next fees, capped bool) {
	bump := func(v *big.Int) *big.Int {
		b := new(big.Int).Mul(v, big.NewInt(int64(100+m.cfg.FeeBumpPercent)))
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
	return fees{tip: tip, feeCap: feeCap}, capped
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
