package l2

import (
	"testing"

	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/l2/blob"
)

// TestSetBlob: a context becomes a blob batch only with a blob that carries
// its data as the protocol reads it (first bytes ignored), and its data root
// is then the blob's versioned hash.
func TestSetBlob(t *testing.T) {
	p := testParams()
	data := []byte{0x01, 0, 0, 0, 0, 0, 0, 8}
	c, err := NewBatchContext(p, data, 0, nil)
	require.NoError(t, err)
	require.False(t, c.IsBlob())
	require.Equal(t, ChunkRoot(data), c.DataRoot())

	other := blob.Encode(append(append([]byte{}, data...), 0))[0]
	require.ErrorIs(t, c.SetBlob(&other), ErrBlobData)
	require.False(t, c.IsBlob())

	b := blob.Encode(data)[0]
	b[32*7] = 0x42 // a first byte: not read by the protocol
	require.NoError(t, c.SetBlob(&b))
	require.True(t, c.IsBlob())
	commitment, err := kzg4844.BlobToCommitment(&b)
	require.NoError(t, err)
	require.Equal(t, blob.VersionedHash(&commitment), c.DataRoot())
}
