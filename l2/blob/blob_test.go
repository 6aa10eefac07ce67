package blob

import (
	"bytes"
	"errors"
	"math/rand"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/stretchr/testify/require"
)

func randomData(n int, seed int64) []byte {
	b := make([]byte, n)
	rand.New(rand.NewSource(seed)).Read(b)
	return b
}

// TestRoundTrip: Decode(Encode(d)) = d at the blob boundaries, in the fewest
// blobs, and every byte of the stream is where Locate says.
func TestRoundTrip(t *testing.T) {
	one := Capacity(1)
	require.Equal(t, 126971, one)
	for _, n := range []int{0, 1, 26, 27, 31, 120_000, one, one + 1, Capacity(2), Capacity(2) + 1, Capacity(6)} {
		d := randomData(n, int64(n))
		blobs := Encode(d)
		require.Len(t, blobs, Count(n), "n=%d", n)
		got, err := Decode(blobs)
		require.NoError(t, err, "n=%d", n)
		require.True(t, bytes.Equal(d, got), "n=%d", n)
		for _, k := range []int{0, 4, HeaderBytes, HeaderBytes + n/2, HeaderBytes + n - 1} {
			if k >= HeaderBytes+n {
				continue
			}
			b, e, i := Locate(k)
			if k >= HeaderBytes {
				require.Equal(t, d[k-HeaderBytes], blobs[b][e*32+i], "n=%d k=%d", n, k)
			}
			require.Zero(t, blobs[b][e*32], "first byte of an element")
		}
	}
	require.Equal(t, Capacity(1), 4096*31-5)
}

// TestDecodeStrict: every byte string Encode would not write is refused.
func TestDecodeStrict(t *testing.T) {
	d := randomData(1000, 1)
	mutate := func(f func(b []kzg4844.Blob) []kzg4844.Blob) error {
		_, err := Decode(f(Encode(d)))
		return err
	}
	cases := []struct {
		name string
		f    func(b []kzg4844.Blob) []kzg4844.Blob
		want error
	}{
		{"no blobs", func([]kzg4844.Blob) []kzg4844.Blob { return nil }, ErrNoBlobs},
		{"high byte in the data", func(b []kzg4844.Blob) []kzg4844.Blob { b[0][32*3] = 1; return b }, ErrHighByte},
		{"high byte in the padding", func(b []kzg4844.Blob) []kzg4844.Blob { b[0][32*4095] = 0x80; return b }, ErrHighByte},
		{"version", func(b []kzg4844.Blob) []kzg4844.Blob { b[0][1] = 1; return b }, ErrVersion},
		{"length past the blob", func(b []kzg4844.Blob) []kzg4844.Blob { b[0][2] = 0xff; return b }, ErrLength},
		{"padding", func(b []kzg4844.Blob) []kzg4844.Blob { b[0][32*100+7] = 1; return b }, ErrPadding},
		{"a blob too many", func(b []kzg4844.Blob) []kzg4844.Blob { return append(b, kzg4844.Blob{}) }, ErrTooMany},
	}
	for _, c := range cases {
		require.ErrorIs(t, mutate(c.f), c.want, c.name)
	}
}

// TestBatchData: the protocol's reading of a blob agrees with Decode on what
// Encode writes, ignores what Decode refuses but the protocol does not read
// (first bytes, padding), and refuses a version or a length appendBlobBatches
// refuses.
func TestBatchData(t *testing.T) {
	for _, n := range []int{0, 1, 26, 27, 30, 31, 1000, Capacity(1)} {
		d := randomData(n, int64(n))
		b := Encode(d)
		got, err := BatchData(&b[0])
		require.NoError(t, err)
		require.Equal(t, d, got, "%d bytes", n)
	}
	d := randomData(1000, 2)
	b := Encode(d)[0]
	b[0], b[32*3], b[32*4095], b[32*100+7] = 0x73, 0x10, 0x73, 1 // first bytes and padding
	got, err := BatchData(&b)
	require.NoError(t, err)
	require.Equal(t, d, got)
	v := b
	v[1] = 1
	_, err = BatchData(&v)
	require.ErrorIs(t, err, ErrVersion)
	l := b
	l[2] = 0xff
	_, err = BatchData(&l)
	require.ErrorIs(t, err, ErrLength)
}

// TestSidecarAndVerify: the sidecar's proofs verify with kzg4844, its hashes
// are the versioned hashes, and Verify refuses a blob that is not the one a
// hash names.
func TestSidecarAndVerify(t *testing.T) {
	blobs := Encode(randomData(Capacity(1)+10, 2))
	require.Len(t, blobs, 2)
	sc, err := Sidecar(blobs, types.BlobSidecarVersion0)
	require.NoError(t, err)
	for i := range blobs {
		require.NoError(t, kzg4844.VerifyBlobProof(&blobs[i], sc.Commitments[i], sc.Proofs[i]))
		require.Equal(t, VersionedHash(&sc.Commitments[i]), sc.BlobHashes()[i])
	}
	hashes := sc.BlobHashes()
	require.NoError(t, Verify(blobs, hashes))
	require.ErrorIs(t, Verify(blobs[:1], hashes), ErrHashCount)
	require.ErrorIs(t, Verify([]kzg4844.Blob{blobs[1], blobs[0]}, hashes), ErrHashes)
	tampered := append([]kzg4844.Blob(nil), blobs...)
	tampered[1][32*7+5] ^= 1
	require.ErrorIs(t, Verify(tampered, hashes), ErrHashes)
	require.Error(t, Verify(blobs, []common.Hash{hashes[0], {}}))

	sc1, err := Sidecar(blobs[:1], types.BlobSidecarVersion1)
	require.NoError(t, err)
	require.Len(t, sc1.Proofs, kzg4844.CellProofsPerBlob)
	require.NoError(t, kzg4844.VerifyCellProofs(blobs[:1], sc1.Commitments, sc1.Proofs))
	_, err = Sidecar(blobs, 7)
	require.Error(t, err)
}

// FuzzDecode: whatever Decode accepts, Encode writes back byte for byte (one
// encoding per batch); it never panics.
func FuzzDecode(f *testing.F) {
	f.Add([]byte{}, uint8(1))
	f.Add(append([]byte{0, 0, 0, 0, 0, 3, 1, 2, 3}, make([]byte, 40)...), uint8(1))
	enc := Encode([]byte("a batch"))
	f.Add(enc[0][:64], uint8(1))
	f.Fuzz(func(t *testing.T, prefix []byte, count uint8) {
		n := 1 + int(count)%3
		blobs := make([]kzg4844.Blob, n)
		for i := 0; i < n && len(prefix) > 0; i++ {
			k := copy(blobs[i][:], prefix)
			prefix = prefix[k:]
		}
		data, err := Decode(blobs)
		if err != nil {
			if !errors.Is(err, ErrHighByte) && !errors.Is(err, ErrVersion) && !errors.Is(err, ErrLength) &&
				!errors.Is(err, ErrPadding) && !errors.Is(err, ErrTooMany) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		again := Encode(data)
		if len(again) != len(blobs) {
			t.Fatalf("%d blobs re-encode to %d", len(blobs), len(again))
		}
		for i := range blobs {
			if blobs[i] != again[i] {
				t.Fatalf("blob %d differs after a round trip", i)
			}
		}
	})
}

// BenchmarkSidecar measures encoding a full 120 kB batch into a blob with its
// commitment and proof (what the batcher pays per batch).
func BenchmarkSidecar(b *testing.B) {
	d := randomData(120_000, 3)
	for i := 0; i < b.N; i++ {
		if _, err := Sidecar(Encode(d), types.BlobSidecarVersion0); err != nil {
			b.Fatal(err)
		}
	}
}
