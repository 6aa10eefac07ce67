package beacon

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/l2/blob"
)

// slots is a Source holding the sidecars of a few slots.
type slots struct {
	genesis uint64
	bySlot  map[uint64][]Sidecar
}

func (s *slots) GenesisTime() uint64    { return s.genesis }
func (s *slots) SecondsPerSlot() uint64 { return 12 }
func (s *slots) SidecarsAt(_ context.Context, slot uint64, head bool) ([]Sidecar, uint64, error) {
	scs, ok := s.bySlot[slot]
	if !ok {
		return nil, slot, ErrNotFound
	}
	return scs, slot, nil
}

func sidecarsOf(t testing.TB, data []byte) ([]Sidecar, []common.Hash) {
	blobs := blob.Encode(data)
	sc, err := blob.Sidecar(blobs, types.BlobSidecarVersion0)
	require.NoError(t, err)
	out := make([]Sidecar, len(blobs))
	for i := range blobs {
		out[i] = Sidecar{Index: uint64(i), Blob: blobs[i], Commitment: sc.Commitments[i], Proof: sc.Proofs[i]}
	}
	return out, sc.BlobHashes()
}

// TestClientChecksBlobs: the client maps timestamps to slots, picks the
// requested blobs by versioned hash in the requested order, and refuses a
// blob whose content does not match its hash, whatever the server says.
func TestClientChecksBlobs(t *testing.T) {
	ctx := context.Background()
	scs, hashes := sidecarsOf(t, make([]byte, 200_000))
	other, otherHashes := sidecarsOf(t, []byte("another batch"))
	src := &slots{genesis: 1000, bySlot: map[uint64][]Sidecar{5: append(append([]Sidecar{}, other...), scs[1], scs[0])}}
	src.bySlot[5][1].Index, src.bySlot[5][2].Index = 1, 2
	srv := httptest.NewServer(Handler(src))
	defer srv.Close()
	c := NewClient(srv.URL, 0)

	got, err := c.Blobs(ctx, 0, 1000+5*12, hashes)
	require.NoError(t, err)
	require.Equal(t, scs[0].Blob, got[0])
	require.Equal(t, scs[1].Blob, got[1])
	got, err = c.Blobs(ctx, 0, 1060, otherHashes)
	require.NoError(t, err)
	require.Equal(t, other[0].Blob, got[0])

	_, err = c.Blobs(ctx, 0, 1061, hashes)
	require.ErrorContains(t, err, "not a slot boundary")
	_, err = c.Blobs(ctx, 0, 1000+6*12, hashes)
	require.ErrorIs(t, err, ErrNotFound)
	_, err = c.Blobs(ctx, 0, 1060, []common.Hash{{1}})
	require.ErrorIs(t, err, ErrMissing)

	// A server that swaps a blob's content but keeps its commitment.
	bad := append([]Sidecar{}, scs...)
	bad[0].Blob[100] ^= 1
	src.bySlot[7] = bad
	_, err = c.Blobs(ctx, 0, 1000+7*12, hashes)
	require.ErrorIs(t, err, ErrMissing, "a swapped blob matches no hash")

	// A node before Fulu (no blobs endpoint) is read through blob_sidecars;
	// one without config/spec (anvil) numbers its slots by block number.
	for name, hide := range map[string]string{"deneb": "/eth/v1/beacon/blobs/", "anvil": "/eth/v1/config/spec"} {
		h := Handler(src)
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if strings.HasPrefix(r.URL.Path, hide) {
				http.Error(w, "gone", http.StatusGone)
				return
			}
			h.ServeHTTP(w, r)
		}))
		number := uint64(0)
		ts := uint64(1000 + 5*12)
		if name == "anvil" {
			number, ts = 5, 1234
		}
		got, err := NewClient(srv.URL, 0).Blobs(ctx, number, ts, hashes)
		srv.Close()
		require.NoError(t, err, name)
		require.Equal(t, scs[1].Blob, got[1], name)
	}
}

// FuzzParseSidecars: any JSON a beacon node sends is parsed or refused,
// never a panic, and accepted sidecars have full-size fields.
func FuzzParseSidecars(f *testing.F) {
	// Full-size sidecars (TestClientChecksBlobs) are 260 kB of JSON each;
	// the seeds stay small so that the fuzzer explores the structure.
	f.Add([]byte(`{"data":[{"index":"x"}]}`))
	f.Add([]byte(`{"data":[{"index":"1","blob":"0x00","kzg_commitment":"0x","kzg_proof":"0x"}]}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		var r sidecarsResponse
		if json.Unmarshal(body, &r) != nil {
			return
		}
		out, err := parseSidecars(&r)
		if err == nil && len(out) != len(r.Data) {
			t.Fatal("sidecars lost")
		}
		var b blobsResponse
		if json.Unmarshal(body, &b) != nil {
			return
		}
		blobs, err := parseBlobs(&b)
		if err == nil && len(blobs) != len(b.Data) {
			t.Fatal("blobs lost")
		}
	})
}
