package blob

import (
	"testing"

	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/stretchr/testify/require"
)

// TestElementProof: the value proven at EvaluationPoint(i) is field element
// i (so the domain order is the one EIP-4844 fixes), and the proof verifies
// against the blob's commitment; a wrong value does not.
func TestElementProof(t *testing.T) {
	blobs := Encode(randomData(5000, 3))
	b := &blobs[0]
	c, err := kzg4844.BlobToCommitment(b)
	require.NoError(t, err)
	for _, i := range []int{0, 1, 2, 7, 100, 161, 2048, 4095} {
		z, y, proof, err := ElementProof(b, i)
		require.NoError(t, err)
		require.Equal(t, b[32*i:32*i+32], y[:], "element %d", i)
		require.NoError(t, kzg4844.VerifyProof(c, z, y, proof), "element %d", i)
		y[31] ^= 1
		require.Error(t, kzg4844.VerifyProof(c, z, y, proof), "element %d, wrong value", i)
	}
	require.Equal(t, 0, BitReverse(0))
	require.Equal(t, 2048, BitReverse(1))
	require.Equal(t, 4095, BitReverse(4095))
}
