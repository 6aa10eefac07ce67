package l2

import (
	"math"
	"math/big"
	"math/rand"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

// withSig returns tx (type 0 or 2, for the test chain) re-signed with the given
// raw values: r, s and the y-parity.
func withSig(t testing.TB, tx *types.Transaction, r, s *big.Int, parity byte) *types.Transaction {
	t.Helper()
	sig := make([]byte, 65)
	r.FillBytes(sig[:32])
	s.FillBytes(sig[32:64])
	sig[64] = parity
	out, err := tx.WithSignature(types.LatestSignerForChainID(big.NewInt(901)), sig)
	require.NoError(t, err)
	return out
}

// unsigned builds a transaction with a fixed low-s signature that recovers some
// address; for cases rejected before recovery.
func unsigned(inner types.TxData) *types.Transaction {
	return types.NewTx(inner)
}

func TestValidateTx(t *testing.T) {
	p := testParams()
	key := testKey(1)
	from := addrOf(key)
	to := common.HexToAddress("0x1234")
	chain := big.NewInt(901)
	big256 := new(big.Int).Lsh(big.NewInt(1), 256)
	n := crypto.S256().Params().N
	halfN := new(big.Int).Rsh(n, 1)

	good2 := signTx(t, key, txSpec{typ: 2, to: to})
	_, gr, gs := good2.RawSignatureValues()
	gv, _, _ := good2.RawSignatureValues()
	gp := byte(gv.Uint64())

	// An r that is not the x coordinate of a curve point: recovery fails.
	badR := big.NewInt(1)
	h := types.LatestSignerForChainID(chain).Hash(good2)
	for {
		sig := make([]byte, 65)
		badR.FillBytes(sig[:32])
		gs.FillBytes(sig[32:64])
		if _, err := crypto.Ecrecover(h[:], sig); err != nil {
			break
		}
		badR.Add(badR, big.NewInt(1))
	}

	cases := []struct {
		name string
		tx   func() *types.Transaction
		err  error
	}{
		{"legacy EIP-155", func() *types.Transaction { return signTx(t, key, txSpec{typ: 0, to: to}) }, nil},
		{"EIP-1559", func() *types.Transaction { return good2 }, nil},
		{"gas limit 2^32-1", func() *types.Transaction { return signTx(t, key, txSpec{typ: 2, to: to, gas: math.MaxUint32}) }, nil},
		{"zero value", func() *types.Transaction { return signTx(t, key, txSpec{typ: 2, to: to, value: new(big.Int)}) }, nil},
		{"price equal to base fee", func() *types.Transaction {
			return signTx(t, key, txSpec{typ: 2, to: to, cap: big.NewInt(gwei), tip: big.NewInt(gwei)})
		}, nil},
		{"legacy pre-EIP-155", func() *types.Transaction {
			tx, err := types.SignNewTx(key, types.HomesteadSigner{}, &types.LegacyTx{GasPrice: big.NewInt(2 * gwei), Gas: 21000, To: &to, Value: big.NewInt(1)})
			require.NoError(t, err)
			return tx
		}, ErrUnprotectedTx},
		{"legacy other chain", func() *types.Transaction { return signTx(t, key, txSpec{typ: 0, chainID: 902, to: to}) }, ErrInvalidChainID},
		{"EIP-1559 other chain", func() *types.Transaction { return signTx(t, key, txSpec{typ: 2, chainID: 902, to: to}) }, ErrInvalidChainID},
		{"EIP-2930", func() *types.Transaction {
			return unsigned(&types.AccessListTx{ChainID: chain, GasPrice: big.NewInt(2 * gwei), Gas: 21000, To: &to, Value: big.NewInt(1)})
		}, ErrTxTypeNotSupported},
		{"EIP-4844", func() *types.Transaction {
			return unsigned(&types.BlobTx{ChainID: uint256.NewInt(901), GasFeeCap: u256(2 * gwei), Gas: 21000, To: to, Value: u256(1)})
		}, ErrTxTypeNotSupported},
		{"EIP-7702", func() *types.Transaction {
			return unsigned(&types.SetCodeTx{ChainID: uint256.NewInt(901), GasFeeCap: u256(2 * gwei), Gas: 21000, To: to, Value: u256(1)})
		}, ErrTxTypeNotSupported},
		{"contract creation", func() *types.Transaction {
			tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chain), &types.DynamicFeeTx{ChainID: chain, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(2 * gwei), Gas: 100000})
			require.NoError(t, err)
			return tx
		}, ErrContractCreation},
		{"data", func() *types.Transaction {
			tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chain), &types.DynamicFeeTx{ChainID: chain, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(2 * gwei), Gas: 30000, To: &to, Data: []byte{1}})
			require.NoError(t, err)
			return tx
		}, ErrDataNotSupported},
		{"access list", func() *types.Transaction {
			tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chain), &types.DynamicFeeTx{ChainID: chain, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(2 * gwei), Gas: 30000, To: &to,
				AccessList: types.AccessList{{Address: to}}})
			require.NoError(t, err)
			return tx
		}, ErrAccessListNotSupported},
		{"gas limit below 21000", func() *types.Transaction { return signTx(t, key, txSpec{typ: 2, to: to, gas: 20999}) }, ErrIntrinsicGas},
		{"gas limit 2^32", func() *types.Transaction { return signTx(t, key, txSpec{typ: 2, to: to, gas: 1 << 32}) }, ErrGasLimitTooHigh},
		{"tip above cap", func() *types.Transaction {
			return signTx(t, key, txSpec{typ: 2, to: to, tip: big.NewInt(3 * gwei), cap: big.NewInt(2 * gwei)})
		}, ErrTipAboveFeeCap},
		{"cap below base fee", func() *types.Transaction {
			return signTx(t, key, txSpec{typ: 2, to: to, tip: big.NewInt(1), cap: big.NewInt(gwei - 1)})
		}, ErrFeeCapTooLow},
		{"legacy price below base fee", func() *types.Transaction {
			return signTx(t, key, txSpec{typ: 0, to: to, cap: big.NewInt(gwei - 1)})
		}, ErrFeeCapTooLow},
		{"value above 2^256-1", func() *types.Transaction {
			return withSig(t, unsigned(&types.DynamicFeeTx{ChainID: chain, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(2 * gwei), Gas: 21000, To: &to, Value: big256}), gr, gs, gp)
		}, ErrValueVeryHigh},
		{"negative value", func() *types.Transaction {
			return withSig(t, unsigned(&types.DynamicFeeTx{ChainID: chain, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(2 * gwei), Gas: 21000, To: &to, Value: big.NewInt(-1)}), gr, gs, gp)
		}, ErrNegativeValue},
		{"cap above 2^256-1", func() *types.Transaction {
			return withSig(t, unsigned(&types.DynamicFeeTx{ChainID: chain, GasTipCap: big.NewInt(1), GasFeeCap: big256, Gas: 21000, To: &to}), gr, gs, gp)
		}, ErrFeeCapVeryHigh},
		{"tip above 2^256-1", func() *types.Transaction {
			return withSig(t, unsigned(&types.DynamicFeeTx{ChainID: chain, GasTipCap: big256, GasFeeCap: big.NewInt(2 * gwei), Gas: 21000, To: &to}), gr, gs, gp)
		}, ErrTipVeryHigh},
		{"r = 0", func() *types.Transaction { return withSig(t, good2, new(big.Int), gs, gp) }, ErrInvalidSig},
		{"r = N", func() *types.Transaction { return withSig(t, good2, n, gs, gp) }, ErrInvalidSig},
		{"s = 0", func() *types.Transaction { return withSig(t, good2, gr, new(big.Int), gp) }, ErrInvalidSig},
		{"high s", func() *types.Transaction { return withSig(t, good2, gr, new(big.Int).Sub(n, gs), 1-gp) }, ErrHighS},
		{"s = N/2 + 1", func() *types.Transaction { return withSig(t, good2, gr, new(big.Int).Add(halfN, big.NewInt(1)), gp) }, ErrHighS},
		{"v = 2", func() *types.Transaction {
			return types.NewTx(&types.DynamicFeeTx{ChainID: chain, GasTipCap: big.NewInt(gwei), GasFeeCap: big.NewInt(2 * gwei), Gas: 21000, To: &to, Value: big.NewInt(1e15), V: big.NewInt(2), R: gr, S: gs})
		}, ErrInvalidSig},
		{"unrecoverable signature", func() *types.Transaction { return withSig(t, good2, badR, gs, gp) }, ErrInvalidSender},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sender, err := ValidateTx(p, c.tx())
			if c.err == nil {
				require.NoError(t, err)
				require.Equal(t, from, sender)
				return
			}
			require.ErrorIs(t, err, c.err)
		})
	}
	require.ErrorIs(t, ErrHighS, ErrInvalidSig, "high-s carries the known message")
	require.ErrorIs(t, ErrCostOverflow, ErrInsufficientFunds)
}

// TestSigningHashMatchesGoEthereum: the hand-rolled signing payloads of §2.2
// hash like go-ethereum's signer, and recovery finds the same sender.
func TestSigningHashMatchesGoEthereum(t *testing.T) {
	p := testParams()
	rng := rand.New(rand.NewSource(1))
	signer := types.LatestSignerForChainID(big.NewInt(int64(p.ChainID)))
	k := &keccaker{st: newKeccak()}
	randBig := func() *big.Int {
		b := make([]byte, rng.Intn(33))
		rng.Read(b)
		return new(big.Int).SetBytes(b)
	}
	for i := 0; i < 300; i++ {
		key := testKey(i % 7)
		var to common.Address
		rng.Read(to[:])
		cap := new(big.Int).Add(big.NewInt(gwei), randBig())
		tip := new(big.Int).Set(cap)
		if i%3 != 0 {
			tip.Rsh(tip, uint(rng.Intn(256)))
		}
		s := txSpec{typ: uint8(i%2) * 2, nonce: rng.Uint64() >> uint(rng.Intn(64)), gas: 21000 + uint64(rng.Intn(1<<31)),
			tip: tip, cap: cap, to: to, value: randBig()}
		tx := signTx(t, key, s)
		tr, err := transferFromTx(p, tx)
		require.NoError(t, err)
		require.Equal(t, signer.Hash(tx), tr.signingHash(k, p.ChainID), "tx %d type %d", i, s.typ)
		sender, err := ValidateTx(p, tx)
		require.NoError(t, err)
		want, err := types.Sender(signer, tx)
		require.NoError(t, err)
		require.Equal(t, want, sender)
	}
}

func TestEffectivePrice(t *testing.T) {
	p := testParams()
	max := new(uint256.Int).SetAllOne()
	cases := []struct {
		name           string
		typ            uint8
		tip, cap, want *uint256.Int
	}{
		{"legacy pays its price", LegacyTxType, nil, u256(5 * gwei), u256(5 * gwei)},
		{"tip below room", DynamicFeeTxType, u256(1), u256(5 * gwei), u256(gwei + 1)},
		{"tip above room", DynamicFeeTxType, u256(5 * gwei), u256(5 * gwei), u256(5 * gwei)},
		{"cap at base fee", DynamicFeeTxType, u256(0), u256(gwei), u256(gwei)},
		{"huge tip does not wrap", DynamicFeeTxType, max, max, max},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := FeeEntry{Type: c.typ, GasLimit: 21000, GasFeeCap: *c.cap}
			if c.tip != nil {
				f.GasTipCap = *c.tip
			}
			require.NoError(t, f.Check(p))
			require.Equal(t, c.want, f.EffectivePrice(p))
		})
	}
}

// TestNativeSecp256k1: the build recovers senders with libsecp256k1, which the
// replay throughput depends on.
func TestNativeSecp256k1(t *testing.T) {
	require.True(t, NativeSecp256k1, "built without cgo: sender recovery uses the slow pure Go fallback")
}
