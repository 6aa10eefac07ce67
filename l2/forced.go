package l2

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
)

// ForcedTx is a signed L2 transaction submitted on L1 through
// Bridge.forceTransaction (§4): the fields a transfer record and its fee entry
// carry. The sequencer must include it in queue order like a deposit; the
// step machine executes it under the rules of a transfer (§6.2).
type ForcedTx struct {
	// Fee is the type, gas limit and prices; GasTipCap is ignored for a legacy
	// transaction.
	Fee   FeeEntry
	Nonce uint64
	To    common.Address
	Value uint256.Int
	// R and VS are the signature, VS packing the y-parity in its top bit and
	// s in the low 255 bits (EIP-2098).
	R, VS common.Hash
}

// ForcedTxFromTx returns the forced form of tx, after the stateless rules of
// §2.1 (a transaction the sequencer would admit is one the step machine can
// execute when it is forced).
func ForcedTxFromTx(p *Params, tx *types.Transaction) (ForcedTx, error) {
	t, err := transferFromTx(p, tx)
	if err != nil {
		return ForcedTx{}, err
	}
	f := ForcedTx{Fee: t.fee, Nonce: t.nonce, To: t.to, Value: t.value}
	f.R = t.r.Bytes32()
	f.VS = t.s.Bytes32()
	f.VS[0] |= t.parity << 7
	if f.Fee.Type == LegacyTxType {
		f.Fee.GasTipCap.Clear()
	}
	return f, nil
}

// transfer returns f as the step machine sees a transfer; the signature
// values are not checked yet.
func (f *ForcedTx) transfer() transfer {
	t := transfer{fee: f.Fee, to: f.To, nonce: f.Nonce, value: f.Value}
	t.r.SetBytes32(f.R[:])
	t.parity = f.VS[0] >> 7
	t.s.SetBytes32(f.VS[:])
	t.s[3] &^= 1 << 63
	return t
}

// Tx returns the signed Ethereum transaction f stands for, whose hash is the
// transaction's L2 hash. Fields are taken as they are: a forced transaction
// that the rules skip still has a well-defined hash.
func (f *ForcedTx) Tx(chainID uint64) *types.Transaction {
	t := f.transfer()
	return t.toTx(new(big.Int).SetUint64(chainID))
}

// Sender recovers the sender of f under rule 3 (§6.2).
func (f *ForcedTx) Sender(p *Params) (common.Address, error) {
	t := f.transfer()
	k := keccakPool.Get().(*keccaker)
	defer keccakPool.Put(k)
	return t.sender(k, p.ChainID)
}

// applyForced executes a forced transaction like a transfer record that
// passed rule 1: rules 2–5, then the updates. On error the state is unchanged.
func (s *State) applyForced(p *Params, f *ForcedTx, k *keccaker, feeKey common.Hash, w *witnessRecorder) (common.Address, error) {
	t := f.transfer()
	if err := t.fee.Check(p); err != nil {
		return common.Address{}, err
	}
	sender, err := t.sender(k, p.ChainID)
	if err != nil {
		return common.Address{}, err
	}
	return sender, s.applyTransfer(p, &t, sender, feeKey, w)
}

// ApplyForced executes a consumed forced transaction (§4, §6.2) and returns
// its sender; on error (the rule that skips it) the state is unchanged.
func (s *State) ApplyForced(p *Params, f *ForcedTx) (common.Address, error) {
	k := keccakPool.Get().(*keccaker)
	defer keccakPool.Put(k)
	return s.applyForced(p, f, k, s.k.accountKey(p.FeeRecipient), nil)
}
