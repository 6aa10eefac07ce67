package vectors

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

func TestHashes(t *testing.T) {
	eth := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	require.Equal(t, MachineHash, refMachineHash(Root1, 1234, 5, 6, 1_700_000_000))
	require.Equal(t, ClaimHash, refClaimHash(Root2, 7, 8, 1_700_000_001))
	require.Equal(t, LeafHash, refLeafHash(crypto.Keccak256Hash([]byte("key")), eth, big.NewInt(7)))
	require.Equal(t, NodeHash, refNodeHash(LeafHash, Hash3))
	require.Equal(t, WithdrawalKey, refWithdrawalKey(Addr3, 4))
}

func TestStateRoots(t *testing.T) {
	ls := []refLeaf{
		{refAccountKey(Addr1), big.NewInt(10), big.NewInt(1)},
		{refAccountKey(Addr2), big.NewInt(20), big.NewInt(2)},
		{refWithdrawalKey(Addr3, 4), big.NewInt(5), new(big.Int).SetBytes(Addr3[:])},
	}
	require.Equal(t, StateRoot1, refRoot(ls[:1], 0))
	require.Equal(t, StateRoot3, refRoot(ls, 0))
	require.Equal(t, common.Hash{}, refRoot(nil, 0), "the empty state's root is zero")
}

func TestChunkRoots(t *testing.T) {
	require.Equal(t, ChunkRootHello, refChunkRoot([]byte("hello rollup")))
	require.Equal(t, crypto.Keccak256Hash([]byte("hello rollup")), ChunkRootHello, "one chunk: its hash")
	d := make([]byte, 2500)
	for i := range d {
		d[i] = byte(i * 7)
	}
	require.Equal(t, ChunkRoot2500, refChunkRoot(d))
}

func TestSigningHashes(t *testing.T) {
	eth := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	require.Equal(t, LegacySigningHash, refLegacySigningHash(901, 7, big.NewInt(2_000_000_000), 21_000, Beef, eth))
	feeCap := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 200), big.NewInt(3))
	require.Equal(t, EIP1559SigningHash, refEIP1559SigningHash(901, 300, big.NewInt(0), feeCap, 4_000_000_000,
		common.HexToAddress("0x5757575757575757575757575757575757575757"), big.NewInt(127)))
}

func TestCuints(t *testing.T) {
	for _, v := range Cuints {
		b := hexutil.MustDecode("0x" + v.Hex)
		got, n, ok := refCuint(b)
		require.Equal(t, v.OK, ok, v.Hex)
		if ok {
			require.Equal(t, v.Value, got, v.Hex)
			require.Equal(t, v.Len, n, v.Hex)
		}
	}
}

func TestAmounts(t *testing.T) {
	for _, v := range Amounts {
		b := hexutil.MustDecode("0x" + v.Hex)
		got, n, ok := refAmount(b)
		require.Equal(t, v.OK, ok, v.Hex)
		if ok {
			require.Equal(t, v.Value, got.String(), v.Hex)
			require.Equal(t, v.Len, n, v.Hex)
		}
	}
}
