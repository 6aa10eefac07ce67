package l2

import (
	"math"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

// TestHashesMatchABIEncoding checks the machine and claim hashes against
// go-ethereum's ABI encoder.
func TestHashesMatchABIEncoding(t *testing.T) {
	b32, _ := abi.NewType("bytes32", "", nil)
	u64, _ := abi.NewType("uint64", "", nil)
	machineArgs := abi.Arguments{{Type: b32}, {Type: u64}, {Type: u64}, {Type: u64}, {Type: u64}}
	claimArgs := abi.Arguments{{Type: b32}, {Type: u64}, {Type: u64}, {Type: u64}}
	for _, m := range []MachineState{
		{},
		{StateRoot: common.Hash{1, 2, 3}, Cursor: 8, DepositsConsumed: 2, BlockNumber: 3, Timestamp: 1_700_000_000},
		{StateRoot: common.Hash{0xff}, Cursor: math.MaxUint64, DepositsConsumed: math.MaxUint64, BlockNumber: math.MaxUint64, Timestamp: math.MaxUint64},
	} {
		enc, err := machineArgs.Pack([32]byte(m.StateRoot), m.Cursor, m.DepositsConsumed, m.BlockNumber, m.Timestamp)
		require.NoError(t, err)
		require.Equal(t, crypto.Keccak256Hash(enc), m.Hash())
		l := m.L2State()
		enc, err = claimArgs.Pack([32]byte(l.StateRoot), l.DepositsConsumed, l.BlockNumber, l.Timestamp)
		require.NoError(t, err)
		require.Equal(t, crypto.Keccak256Hash(enc), l.ClaimHash())
		require.Equal(t, m, l.Machine(m.Cursor))
	}
	p := testParams()
	require.Equal(t, L2State{Timestamp: p.GenesisTimestamp}, p.Genesis())
}

func TestChunkCommitment(t *testing.T) {
	pair := func(a, b common.Hash) common.Hash { return crypto.Keccak256Hash(a[:], b[:]) }
	data := make([]byte, 3*ChunkSize+5)
	for i := range data {
		data[i] = byte(i*7 + i/ChunkSize)
	}
	h := func(i int) common.Hash { return crypto.Keccak256Hash(Chunk(data, i)) }

	// One chunk: the root is its hash.
	require.Equal(t, crypto.Keccak256Hash(data[:100]), ChunkRoot(data[:100]))
	require.Empty(t, ChunkProof(data[:100], 0))
	// Exactly one full chunk, and one byte more.
	require.Equal(t, h(0), ChunkRoot(data[:ChunkSize]))
	two := data[:ChunkSize+1]
	require.Equal(t, pair(h(0), crypto.Keccak256Hash(two[ChunkSize:])), ChunkRoot(two))
	// Four chunks (the last short), padded to P = 4; five chunks padded to P = 8.
	require.Equal(t, pair(pair(h(0), h(1)), pair(h(2), h(3))), ChunkRoot(data))
	five := append(append([]byte(nil), data[:3*ChunkSize]...), make([]byte, ChunkSize+1)...)
	var zero common.Hash
	l := func(i int) common.Hash { return crypto.Keccak256Hash(Chunk(five, i)) }
	want := pair(pair(pair(l(0), l(1)), pair(l(2), l(3))), pair(pair(l(4), zero), pair(zero, zero)))
	require.Equal(t, want, ChunkRoot(five))

	for _, d := range [][]byte{data[:1], data[:ChunkSize], two, data, five} {
		root := ChunkRoot(d)
		for i := 0; i < NumChunks(len(d)); i++ {
			proof := ChunkProof(d, i)
			require.True(t, VerifyChunk(root, uint64(i), Chunk(d, i), proof))
			require.False(t, VerifyChunk(root, uint64(i)+1, Chunk(d, i), proof), "len %d chunk %d", len(d), i)
			bad := append([]byte(nil), Chunk(d, i)...)
			bad[0] ^= 1
			require.False(t, VerifyChunk(root, uint64(i), bad, proof))
			if len(proof) > 0 {
				require.False(t, VerifyChunk(root, uint64(i), Chunk(d, i), proof[1:]))
			}
		}
	}
	require.Equal(t, common.Hash{}, ChunkRoot(nil))
}
