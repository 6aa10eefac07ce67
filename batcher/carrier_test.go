package batcher

import (
	"crypto/rand"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/l1client/contracts"
	"github.com/rollup-dev/rollup/l2"
)

func randomData(t *testing.T, n int) []byte {
	b := make([]byte, n)
	_, err := rand.Read(b)
	require.NoError(t, err)
	return b
}

// TestBlobCheaper: the carrier follows the fees. At the minimum blob base
// fee a large batch goes in a blob and a small one in calldata (a blob
// transaction's execution does not shrink with the data); when blob space is
// dear enough, calldata wins for every size.
func TestBlobCheaper(t *testing.T) {
	h := contracts.Header(3, testParams().Genesis(), testParams().Genesis(), 10)
	gwei := big.NewInt(params.GWei)
	for _, tc := range []struct {
		size    int
		blobFee *big.Int
		blob    bool
	}{
		{500, big.NewInt(1), false},
		{2_000, big.NewInt(1), false},
		{8_000, big.NewInt(1), true},
		{l2.MaxBatchBytes, big.NewInt(1), true},
		{l2.MaxBatchBytes, gwei, true},                                    // Bb = B
		{l2.MaxBatchBytes, new(big.Int).Mul(gwei, big.NewInt(20)), true},  // below break-even
		{l2.MaxBatchBytes, new(big.Int).Mul(gwei, big.NewInt(50)), false}, // above it
		{8_000, new(big.Int).Mul(gwei, big.NewInt(2)), false},
	} {
		cd := calldataCarriage(h, randomData(t, tc.size))
		got := BlobCheaper(cd.calldata, blobCalldataBound(h), gwei, tc.blobFee)
		require.Equal(t, tc.blob, got, "%d bytes at blob base fee %s", tc.size, tc.blobFee)
	}
	// The bound is what blobCarriage really sends, or more.
	data := randomData(t, 5_000)
	c, err := blobCarriage([]*BatchRow{{Header: h, Data: data}})
	require.NoError(t, err)
	require.True(t, c.blob())
	require.Len(t, blobCalldataBound(h), len(c.calldata))
	real, _ := calldataGas(c.calldata)
	bound, _ := calldataGas(blobCalldataBound(h))
	require.GreaterOrEqual(t, bound, real)
}

// TestMatchesBlobRecord: a restarted batcher takes an appended blob batch
// for its own only when the record's versioned hash is that of the blob it
// builds from its data; a record with the same header over other data, or a
// calldata record, is not it.
func TestMatchesBlobRecord(t *testing.T) {
	p := testParams()
	h := contracts.Header(0, p.Genesis(), p.Genesis(), 10)
	data := randomData(t, 3_000)
	root, ok := blobRoot(data)
	require.True(t, ok)
	info := contracts.BatchInfo{Index: 0, PrevClaim: p.Genesis().ClaimHash(), Post: h.Post, NumSteps: 10,
		DataLen: uint32(len(data)), DataRoot: root, Blob: true}
	require.True(t, matches(info, h, data))

	other := append([]byte{}, data...)
	other[len(other)-1] ^= 1
	require.False(t, matches(info, h, other), "same length, other data")
	asCalldata := info
	asCalldata.Blob = false
	require.False(t, matches(asCalldata, h, data), "a versioned hash is no chunk root")
	asCalldata.DataRoot = l2.ChunkRoot(data)
	require.True(t, matches(asCalldata, h, data))
	_, ok = blobRoot(randomData(t, 130_000))
	require.False(t, ok, "more than one blob")
}
