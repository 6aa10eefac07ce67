package l2

import (
	"math/big"
	"math/bits"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// Transaction types the protocol accepts (§2.1).
const (
	LegacyTxType     = types.LegacyTxType     // 0, with EIP-155
	DynamicFeeTxType = types.DynamicFeeTxType // 2, with an empty access list
)

// Token calls (§2.4): the high nibble of a fee entry's type byte (§5.2).
const (
	// CallNone: an ETH transfer.
	CallNone uint8 = 0
	// CallTransfer: transfer(address,uint256) on the entry's token.
	CallTransfer uint8 = 1
	// CallWithdraw: withdraw(address,uint256) on the entry's token.
	CallWithdraw uint8 = 2
)

// FeeEntry holds the fee fields of a transfer, as the batch codec's fee table
// stores them (§5.2): the type, the gas limit, the prices and, for a token
// call, the call and its token.
type FeeEntry struct {
	Type     uint8
	GasLimit uint64
	// GasFeeCap is the legacy gasPrice or the EIP-1559 maxFeePerGas.
	GasFeeCap uint256.Int
	// GasTipCap is the EIP-1559 maxPriorityFeePerGas; zero for legacy.
	GasTipCap uint256.Int
	// Call is CallNone for an ETH transfer, else the token method.
	Call uint8
	// Token is the L2 token address of a token call; zero otherwise.
	Token common.Address
}

// TypeByte returns the entry's type byte: the call in the high nibble, the
// transaction type in the low one (§5.2).
func (f *FeeEntry) TypeByte() byte { return f.Call<<4 | f.Type }

// Gas returns the gas the transaction is charged (§2.3): TRANSFER_GAS, or
// TOKEN_GAS for a token call.
func (f *FeeEntry) Gas() uint64 {
	if f.Call != CallNone {
		return TokenGas
	}
	return TransferGas
}

// Check applies the fee rules of §2.1 (§6.2 rule 2 after decoding): type 0 or
// 2, call none, transfer or withdraw, GAS ≤ gas limit ≤ 2^32 − 1, tip ≤ cap for
// type 2, price ≥ BASE_FEE.
func (f *FeeEntry) Check(p *Params) error {
	switch {
	case f.Type != LegacyTxType && f.Type != DynamicFeeTxType:
		return ErrTxTypeNotSupported
	case f.Call > CallWithdraw:
		return ErrDataNotSupported
	case f.GasLimit < f.Gas():
		return ErrIntrinsicGas
	case f.GasLimit > MaxGasLimit:
		return ErrGasLimitTooHigh
	case f.Type == DynamicFeeTxType && f.GasTipCap.Gt(&f.GasFeeCap):
		return ErrTipAboveFeeCap
	case f.GasFeeCap.Lt(p.BaseFee):
		return ErrFeeCapTooLow
	}
	return nil
}

// effectivePrice returns the price per gas paid (§2.3) for an entry that passed
// Check: gasPrice, or BASE_FEE + min(tip, maxFee − BASE_FEE).
func (f *FeeEntry) effectivePrice(p *Params) uint256.Int {
	if f.Type == LegacyTxType {
		return f.GasFeeCap
	}
	var room uint256.Int
	room.Sub(&f.GasFeeCap, p.BaseFee)
	if f.GasTipCap.Lt(&room) {
		room = f.GasTipCap
	}
	room.Add(&room, p.BaseFee)
	return room
}

// EffectivePrice returns the price per gas a transfer with this fee entry
// pays (§2.3); the entry must pass Check.
func (f *FeeEntry) EffectivePrice(p *Params) *uint256.Int {
	v := f.effectivePrice(p)
	return &v
}

// transfer is a value transfer or token call as the protocol sees it, whether
// it comes from a types.Transaction or from a batch record. For a token call,
// to and value are the call's address argument and amount, and the fee entry
// names the call and the token.
type transfer struct {
	fee    FeeEntry
	to     common.Address
	nonce  uint64
	value  uint256.Int
	r, s   uint256.Int
	parity byte
}

// cost returns the fee (GAS × effective price) and the ETH rule 5 (§6.2)
// needs: value + fee, or the fee alone for a token call; or ErrCostOverflow.
func (t *transfer) cost(p *Params) (fee, cost uint256.Int, err error) {
	price := t.fee.effectivePrice(p)
	gas := transferGas
	if t.fee.Call != CallNone {
		gas = tokenGas
	}
	if _, overflow := fee.MulOverflow(&price, gas); overflow {
		return fee, cost, ErrCostOverflow
	}
	if t.fee.Call != CallNone {
		return fee, fee, nil
	}
	if _, overflow := cost.AddOverflow(&t.value, &fee); overflow {
		return fee, cost, ErrCostOverflow
	}
	return fee, cost, nil
}

// TxCost returns the ETH tx costs its sender if it executes (value + GAS ×
// effective price, §2.3) and its effective gas price, applying the stateless
// rules of §2.1 first (but not signature recovery).
func TxCost(p *Params, tx *types.Transaction) (cost, price uint256.Int, err error) {
	t, err := transferFromTx(p, tx)
	if err != nil {
		return cost, price, err
	}
	_, cost, err = t.cost(p)
	return cost, t.fee.effectivePrice(p), err
}

// checkSignatureValues applies §6.2 rule 3's range checks: 1 ≤ r < N,
// 1 ≤ s ≤ N/2.
func (t *transfer) checkSignatureValues() error {
	if t.r.IsZero() || !t.r.Lt(secp256k1N) || t.s.IsZero() {
		return ErrInvalidSig
	}
	if t.s.Gt(secp256k1HalfN) {
		return ErrHighS
	}
	return nil
}

// maxSigningPayload bounds the RLP of a signing payload: nine fields of at
// most 33 bytes plus headers, and the 70 bytes of a token call's data.
const maxSigningPayload = 1 + 3 + 9 + 9 + 33 + 33 + 9 + 21 + 33 + 1 + 1 + 70

// tokenCallLen is the length of a token call's data (§2.4).
const tokenCallLen = 4 + 32 + 32

// appendCallData appends the RLP string of the transaction's data: empty for
// an ETH transfer, selector ‖ address ‖ amount for a token call.
func (t *transfer) appendCallData(b []byte) []byte {
	if t.fee.Call == CallNone {
		return append(b, 0x80)
	}
	b = append(b, 0xb8, tokenCallLen)
	return t.appendCall(b)
}

// appendCall appends the 68 bytes of a token call.
func (t *transfer) appendCall(b []byte) []byte {
	sel := TransferSelector
	if t.fee.Call == CallWithdraw {
		sel = WithdrawSelector
	}
	b = append(b, sel[:]...)
	b = append(b, make([]byte, 12)...)
	b = append(b, t.to[:]...)
	v := t.value.Bytes32()
	return append(b, v[:]...)
}

// txTo and txValue are the transaction's to and value: the token and 0 for
// a token call.
func (t *transfer) txTo() common.Address {
	if t.fee.Call != CallNone {
		return t.fee.Token
	}
	return t.to
}

// signingHash returns the hash the sender signed (§2.2).
func (t *transfer) signingHash(k *keccaker, chainID uint64) common.Hash {
	buf := &k.rlp
	// Payload first, at offset 4, leaving room for the type byte and the list
	// header, which are written in front of it once its length is known.
	const start = 4
	b := buf[:start]
	to := t.txTo()
	var value uint256.Int
	if t.fee.Call == CallNone {
		value = t.value
	}
	if t.fee.Type == LegacyTxType {
		b = rlpUint64(b, t.nonce)
		b = rlpUint256(b, &t.fee.GasFeeCap)
		b = rlpUint64(b, t.fee.GasLimit)
		b = append(b, 0x80+20)
		b = append(b, to[:]...)
		b = rlpUint256(b, &value)
		b = t.appendCallData(b)
		b = rlpUint64(b, chainID)
		b = append(b, 0x80, 0x80)
	} else {
		b = rlpUint64(b, chainID)
		b = rlpUint64(b, t.nonce)
		b = rlpUint256(b, &t.fee.GasTipCap)
		b = rlpUint256(b, &t.fee.GasFeeCap)
		b = rlpUint64(b, t.fee.GasLimit)
		b = append(b, 0x80+20)
		b = append(b, to[:]...)
		b = rlpUint256(b, &value)
		b = t.appendCallData(b)
		b = append(b, 0xc0) // empty access list
	}
	n := len(b) - start
	h := start
	if n < 56 {
		h--
		buf[h] = 0xc0 + byte(n)
	} else { // n < 256
		h -= 2
		buf[h], buf[h+1] = 0xf8, byte(n)
	}
	if t.fee.Type != LegacyTxType {
		h--
		buf[h] = t.fee.Type
	}
	return k.sum(b[h:])
}

func rlpUint64(b []byte, v uint64) []byte {
	switch {
	case v == 0:
		return append(b, 0x80)
	case v < 0x80:
		return append(b, byte(v))
	}
	n := (bits.Len64(v) + 7) / 8
	b = append(b, 0x80+byte(n))
	for i := n - 1; i >= 0; i-- {
		b = append(b, byte(v>>(8*uint(i))))
	}
	return b
}

func rlpUint256(b []byte, v *uint256.Int) []byte {
	if v.IsUint64() {
		return rlpUint64(b, v.Uint64())
	}
	n := v.ByteLen()
	b = append(b, 0x80+byte(n))
	var w [32]byte
	v.WriteToArray32(&w)
	return append(b, w[32-n:]...)
}

// recoverSender recovers the address that signed hash with (r, s, parity),
// using go-ethereum's crypto.Ecrecover (libsecp256k1 through cgo when cgo is
// enabled). It returns ErrInvalidSender when no non-zero address results.
func (t *transfer) recoverSender(k *keccaker, hash common.Hash) (common.Address, error) {
	var sig [65]byte
	t.r.PutUint256(sig[0:32])
	t.s.PutUint256(sig[32:64])
	sig[64] = t.parity
	pub, err := crypto.Ecrecover(hash[:], sig[:])
	if err != nil || len(pub) != 65 {
		return common.Address{}, ErrInvalidSender
	}
	var addr common.Address
	h := k.sum(pub[1:])
	copy(addr[:], h[12:])
	if addr == (common.Address{}) {
		return addr, ErrInvalidSender
	}
	return addr, nil
}

// sender runs §6.2 rule 3 on a transfer whose fee entry passed Check.
func (t *transfer) sender(k *keccaker, chainID uint64) (common.Address, error) {
	if err := t.checkSignatureValues(); err != nil {
		return common.Address{}, err
	}
	return t.recoverSender(k, t.signingHash(k, chainID))
}

// ValidateTx applies every stateless admission rule of §2.1 to tx and recovers
// its sender. The errors are the sentinels of errors.go. p must pass Check.
func ValidateTx(p *Params, tx *types.Transaction) (common.Address, error) {
	t, err := transferFromTx(p, tx)
	if err != nil {
		return common.Address{}, err
	}
	k := keccakPool.Get().(*keccaker)
	defer keccakPool.Put(k)
	return t.recoverSender(k, t.signingHash(k, p.ChainID))
}

// transferFromTx applies the stateless rules of §2.1 except signature recovery
// and returns the transfer as the protocol sees it. Every transaction it
// accepts can be encoded in a batch.
func transferFromTx(p *Params, tx *types.Transaction) (transfer, error) {
	var t transfer
	v, r, s := tx.RawSignatureValues()
	switch tx.Type() {
	case types.LegacyTxType:
		if !tx.Protected() {
			return t, ErrUnprotectedTx
		}
		// v = 2·chainID + 35 + parity exactly.
		var par big.Int
		par.SetUint64(p.ChainID)
		par.Lsh(&par, 1)
		par.Add(&par, big.NewInt(35))
		par.Sub(v, &par)
		if par.Sign() < 0 || par.Cmp(big.NewInt(1)) > 0 {
			return t, ErrInvalidChainID
		}
		t.parity = byte(par.Uint64())
		if err := setBig(&t.fee.GasFeeCap, tx.GasPrice(), ErrFeeCapVeryHigh); err != nil {
			return t, err
		}
	case types.DynamicFeeTxType:
		if cid := tx.ChainId(); !cid.IsUint64() || cid.Uint64() != p.ChainID {
			return t, ErrInvalidChainID
		}
		if v.Sign() < 0 || v.Cmp(big.NewInt(1)) > 0 {
			return t, ErrInvalidSig
		}
		t.parity = byte(v.Uint64())
		if len(tx.AccessList()) != 0 {
			return t, ErrAccessListNotSupported
		}
		if err := setBig(&t.fee.GasFeeCap, tx.GasFeeCap(), ErrFeeCapVeryHigh); err != nil {
			return t, err
		}
		if err := setBig(&t.fee.GasTipCap, tx.GasTipCap(), ErrTipVeryHigh); err != nil {
			return t, err
		}
	default:
		return t, ErrTxTypeNotSupported
	}
	t.fee.Type = tx.Type()
	to := tx.To()
	if to == nil {
		return t, ErrContractCreation
	}
	t.to = *to
	if err := setBig(&t.value, tx.Value(), ErrValueVeryHigh); err != nil {
		return t, err
	}
	if data := tx.Data(); len(data) != 0 {
		if err := t.setCall(data); err != nil {
			return t, err
		}
	}
	t.nonce = tx.Nonce()
	t.fee.GasLimit = tx.Gas()
	if err := t.fee.Check(p); err != nil {
		return t, err
	}
	if r.Sign() < 0 || s.Sign() < 0 || r.BitLen() > 256 || s.BitLen() > 256 {
		return t, ErrInvalidSig
	}
	t.r.SetFromBig(r)
	t.s.SetFromBig(s)
	if err := t.checkSignatureValues(); err != nil {
		return t, err
	}
	return t, nil
}

// setBig stores a non-negative value of at most 256 bits.
func setBig(z *uint256.Int, b *big.Int, tooHigh error) error {
	if b == nil {
		z.Clear()
		return nil
	}
	if b.Sign() < 0 {
		return ErrNegativeValue
	}
	if z.SetFromBig(b) {
		return tooHigh
	}
	return nil
}

// setCall turns t, whose to and value are the transaction's, into the token
// call data holds (§2.4), or fails with ErrDataNotSupported or
// ErrTokenCallValue.
func (t *transfer) setCall(data []byte) error {
	if len(data) != tokenCallLen {
		return ErrDataNotSupported
	}
	switch [4]byte(data[:4]) {
	case TransferSelector:
		t.fee.Call = CallTransfer
	case WithdrawSelector:
		t.fee.Call = CallWithdraw
	default:
		return ErrDataNotSupported
	}
	for _, b := range data[4:16] {
		if b != 0 {
			return ErrDataNotSupported
		}
	}
	if !t.value.IsZero() {
		return ErrTokenCallValue
	}
	t.fee.Token = t.to
	copy(t.to[:], data[16:36])
	t.value.SetBytes32(data[36:68])
	return nil
}
