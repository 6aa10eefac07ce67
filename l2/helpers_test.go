package l2

import (
	"crypto/ecdsa"
	"encoding/binary"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

const gwei = 1_000_000_000

func testParams() *Params {
	return &Params{
		ChainID:          901,
		BaseFee:          uint256.NewInt(gwei),
		FeeRecipient:     common.HexToAddress("0xfee0000000000000000000000000000000000fee"),
		GenesisTimestamp: 1_700_000_000,
	}
}

func testKey(i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte{'k', byte(i >> 8), byte(i)}))
	if err != nil {
		panic(err)
	}
	return k
}

func addrOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

func u256(v uint64) *uint256.Int { return uint256.NewInt(v) }

func ether(n uint64) *uint256.Int {
	return new(uint256.Int).Mul(u256(n), u256(1e18))
}

// txSpec describes a transfer to sign.
type txSpec struct {
	typ      uint8
	chainID  uint64 // 0: the test chain
	nonce    uint64
	gas      uint64 // 0: 21000
	tip, cap *big.Int
	to       common.Address
	value    *big.Int
	data     []byte
}

// signTx signs a transfer with go-ethereum's signer.
func signTx(t testing.TB, key *ecdsa.PrivateKey, s txSpec) *types.Transaction {
	t.Helper()
	if s.chainID == 0 {
		s.chainID = 901
	}
	if s.gas == 0 {
		s.gas = 21000
	}
	if s.cap == nil {
		s.cap = big.NewInt(2 * gwei)
	}
	if s.tip == nil {
		s.tip = big.NewInt(gwei)
	}
	if s.value == nil {
		s.value = big.NewInt(1e15)
		if s.data != nil {
			s.value = new(big.Int)
		}
	}
	to := s.to
	cid := new(big.Int).SetUint64(s.chainID)
	var inner types.TxData
	if s.typ == types.LegacyTxType {
		inner = &types.LegacyTx{Nonce: s.nonce, GasPrice: s.cap, Gas: s.gas, To: &to, Value: s.value, Data: s.data}
	} else {
		inner = &types.DynamicFeeTx{ChainID: cid, Nonce: s.nonce, GasTipCap: s.tip, GasFeeCap: s.cap, Gas: s.gas, To: &to, Value: s.value, Data: s.data}
	}
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(cid), inner)
	require.NoError(t, err)
	return tx
}

// rawBatch assembles batch bytes by hand, so tests can write any record.
type rawBatch struct {
	dict []common.Address
	fees [][]byte
	// offsets overrides the fee table (default: entries packed after it).
	offsets []uint16
	records []byte
	// recordsStart overrides the header field when non-zero.
	recordsStart uint32
}

func (b rawBatch) bytes() []byte {
	out := []byte{CodecVersion, byte(len(b.fees)), 0, 0, 0, 0, 0, 0}
	binary.BigEndian.PutUint16(out[2:4], uint16(len(b.dict)))
	for _, a := range b.dict {
		out = append(out, a[:]...)
	}
	off := 0
	for i, f := range b.fees {
		o := uint16(off)
		if b.offsets != nil {
			o = b.offsets[i]
		}
		out = binary.BigEndian.AppendUint16(out, o)
		off += len(f)
	}
	for _, f := range b.fees {
		out = append(out, f...)
	}
	rs := uint32(len(out))
	if b.recordsStart != 0 {
		rs = b.recordsStart
	}
	binary.BigEndian.PutUint32(out[4:8], rs)
	return append(out, b.records...)
}

// feeBytes encodes a fee entry.
func feeBytes(typ uint8, gas uint64, tip, cap *uint256.Int) []byte {
	f := FeeEntry{Type: typ, GasLimit: gas, GasFeeCap: *cap}
	if tip != nil {
		f.GasTipCap = *tip
	}
	if typ != LegacyTxType && typ != DynamicFeeTxType {
		// Unknown types are written like type 2 (the decoder stops at the type).
		return appendAmount(appendAmount(appendCuint([]byte{typ}, gas), &f.GasTipCap), cap)
	}
	return appendFeeEntry(nil, &f)
}

// transferRecord writes a transfer record: tag, inline recipient (if inline),
// nonce, value and signature.
func transferRecord(tag uint64, inline *common.Address, nonce uint64, value *uint256.Int, r, s *uint256.Int, parity byte) []byte {
	out := appendCuint(nil, tag)
	if inline != nil {
		out = append(out, inline[:]...)
	}
	out = appendCuint(out, nonce)
	out = appendAmount(out, value)
	var sig [64]byte
	r.PutUint256(sig[:32])
	s.PutUint256(sig[32:])
	sig[32] |= parity << 7
	return append(out, sig[:]...)
}

// recordOf encodes a signed transaction as an inline transfer record using fee
// entry feeIndex of a batch with f fee entries.
func recordOf(t testing.TB, tx *types.Transaction, feeIndex uint64) []byte {
	t.Helper()
	v, r, s := tx.RawSignatureValues()
	parity := byte(v.Uint64() & 1)
	if tx.Type() == types.LegacyTxType {
		parity = byte((v.Uint64() - 35) & 1)
	}
	to := *tx.To()
	val, _ := uint256.FromBig(tx.Value())
	ru, _ := uint256.FromBig(r)
	su, _ := uint256.FromBig(s)
	return transferRecord(2+feeIndex, &to, tx.Nonce(), val, ru, su, parity)
}

// feeOf encodes the fee entry of a signed transaction.
func feeOf(tx *types.Transaction) []byte {
	cap, _ := uint256.FromBig(tx.GasFeeCap())
	if tx.Type() == types.LegacyTxType {
		return feeBytes(LegacyTxType, tx.Gas(), nil, cap)
	}
	tip, _ := uint256.FromBig(tx.GasTipCap())
	return feeBytes(tx.Type(), tx.Gas(), tip, cap)
}

// sumA returns the sum of the first value of every leaf: all balances plus all
// withdrawal amounts.
func sumA(s *State) *uint256.Int {
	total := new(uint256.Int)
	s.Tree().ForEach(func(_ common.Hash, a, _ *uint256.Int) bool {
		total.Add(total, a)
		return true
	})
	return total
}
