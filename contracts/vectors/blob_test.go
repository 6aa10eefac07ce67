package vectors

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/l2/blob"
)

// TestBlobVectors recomputes the blob read vectors with l2/blob and
// go-ethereum's kzg4844.
func TestBlobVectors(t *testing.T) {
	data := make([]byte, 1000)
	for i := range data {
		data[i] = byte(i % 251)
	}
	blobs := blob.Encode(data)
	require.Len(t, blobs, 1)
	b := &blobs[0]
	c, err := kzg4844.BlobToCommitment(b)
	require.NoError(t, err)
	require.Equal(t, BlobCommitment, c[:])
	require.Equal(t, BlobVersionedHash, blob.VersionedHash(&c))
	require.Equal(t, BlobRootOfUnity, common.BigToHash(blob.RootOfUnity()))
	bb := blob.Encode(BlobBatchData)[0]
	bc, err := kzg4844.BlobToCommitment(&bb)
	require.NoError(t, err)
	require.Equal(t, BlobBatchCommitment, bc[:])
	require.Equal(t, BlobBatchVersionedHash, blob.VersionedHash(&bc))
	_, y, proof, err := blob.ElementProof(&bb, 0)
	require.NoError(t, err)
	require.Equal(t, BlobBatchHead, common.Hash(y))
	require.Equal(t, BlobBatchHeadProof, proof[:])
	for _, e := range BlobElements {
		_, y, proof, err := blob.ElementProof(b, e.Index)
		require.NoError(t, err)
		require.Equal(t, e.Value, common.Hash(y), "element %d", e.Index)
		require.Equal(t, e.Proof, proof[:], "element %d", e.Index)
	}
}
