package l2

import (
	"encoding/binary"
	"errors"
	"fmt"
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
// passed rule 1: rules 2–5, then the updates. On error the state is
// unchanged; reverted is why an applied token call reverted.
func (s *State) applyForced(p *Params, f *ForcedTx, k *keccaker, feeKey common.Hash, w *witnessRecorder) (sender common.Address, reverted, err error) {
	t := f.transfer()
	if err := t.fee.Check(p); err != nil {
		return common.Address{}, nil, err
	}
	sender, err = t.sender(k, p.ChainID)
	if err != nil {
		return common.Address{}, nil, err
	}
	reverted, err = s.applyTransfer(p, &t, sender, feeKey, w)
	return sender, reverted, err
}

// ApplyForced executes a consumed forced transaction (§4, §6.2) and returns
// its sender; on error (the rule that skips it) the state is unchanged. A
// forced token call that reverts is applied and says so in the Result.
func (s *State) ApplyForced(p *Params, f *ForcedTx) (common.Address, Result, error) {
	k := keccakPool.Get().(*keccaker)
	defer keccakPool.Put(k)
	sender, reverted, err := s.applyForced(p, f, k, s.k.accountKey(p.FeeRecipient), nil)
	return sender, Result{Reverted: reverted}, err
}

// forcedTxLen is the length of ForcedTx's binary form: type ‖ u64 nonce ‖ u64
// gas limit ‖ tip ‖ cap ‖ to ‖ value ‖ R ‖ VS ‖ token. The type byte is the
// fee entry's (§5.2). A form without the token (forcedTxLenETH bytes) is read
// as an ETH transfer.
const (
	forcedTxLenETH = 1 + 8 + 8 + 32 + 32 + 20 + 32 + 32 + 32
	forcedTxLen    = forcedTxLenETH + 20
)

// MarshalBinary returns f's fixed-size binary form (how the sequencer stores it).
func (f *ForcedTx) MarshalBinary() []byte {
	b := make([]byte, 0, forcedTxLen)
	b = append(b, f.Fee.TypeByte())
	b = binary.BigEndian.AppendUint64(b, f.Nonce)
	b = binary.BigEndian.AppendUint64(b, f.Fee.GasLimit)
	tip, fcap, value := f.Fee.GasTipCap.Bytes32(), f.Fee.GasFeeCap.Bytes32(), f.Value.Bytes32()
	b = append(b, tip[:]...)
	b = append(b, fcap[:]...)
	b = append(b, f.To[:]...)
	b = append(b, value[:]...)
	b = append(b, f.R[:]...)
	b = append(b, f.VS[:]...)
	return append(b, f.Fee.Token[:]...)
}

// ErrForcedTxEncoding: a stored forced transaction does not have the binary
// form's length.
var ErrForcedTxEncoding = errors.New("forced transaction: wrong length")

// UnmarshalForcedTx decodes MarshalBinary's form.
func UnmarshalForcedTx(b []byte) (*ForcedTx, error) {
	if len(b) != forcedTxLen && len(b) != forcedTxLenETH {
		return nil, fmt.Errorf("%w: %d bytes, want %d", ErrForcedTxEncoding, len(b), forcedTxLen)
	}
	f := &ForcedTx{}
	f.Fee.Type, f.Fee.Call = b[0]&0x0f, b[0]>>4
	if len(b) == forcedTxLen {
		copy(f.Fee.Token[:], b[197:217])
	}
	f.Nonce = binary.BigEndian.Uint64(b[1:])
	f.Fee.GasLimit = binary.BigEndian.Uint64(b[9:])
	f.Fee.GasTipCap.SetBytes32(b[17:49])
	f.Fee.GasFeeCap.SetBytes32(b[49:81])
	copy(f.To[:], b[81:101])
	f.Value.SetBytes32(b[101:133])
	copy(f.R[:], b[133:165])
	copy(f.VS[:], b[165:197])
	return f, nil
}

// ApplyQueued applies a consumed L1 queue entry (§4): it credits a deposit,
// or executes a forced transaction and returns its sender (an error, with the
// state unchanged, when the transfer rules skip it).
func (s *State) ApplyQueued(p *Params, d *Deposit) (common.Address, Result, error) {
	if d.Forced != nil {
		return s.ApplyForced(p, d.Forced)
	}
	s.applyDeposit(d, nil)
	return common.Address{}, Result{}, nil
}
