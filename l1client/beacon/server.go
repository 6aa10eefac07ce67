package beacon

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/rollup-dev/rollup/l2/blob"
)

// Source is what the Handler serves: the chain's timing and the sidecars of
// a slot (ErrNotFound for an empty slot).
type Source interface {
	GenesisTime() uint64
	SecondsPerSlot() uint64
	// SidecarsAt returns the sidecars of slot, or of the latest slot when head
	// is set, and the slot it read.
	SidecarsAt(ctx context.Context, slot uint64, head bool) ([]Sidecar, uint64, error)
}

// Handler serves the beacon-API endpoints a blob reader needs from src:
// genesis, config/spec, blobs/{block_id} (with versioned_hashes) and
// blob_sidecars/{block_id} (with indices), block_id a slot number or "head"
// (block roots are not served: there is no beacon chain).
func Handler(src Source) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /eth/v1/beacon/genesis", func(w http.ResponseWriter, _ *http.Request) {
		var r genesisResponse
		r.Data.GenesisTime = strconv.FormatUint(src.GenesisTime(), 10)
		writeJSON(w, http.StatusOK, r)
	})
	mux.HandleFunc("GET /eth/v1/config/spec", func(w http.ResponseWriter, _ *http.Request) {
		var r specResponse
		r.Data.SecondsPerSlot = strconv.FormatUint(src.SecondsPerSlot(), 10)
		writeJSON(w, http.StatusOK, r)
	})
	// sidecars resolves the block_id of r; it answers the request itself
	// (ok false) when it cannot.
	sidecars := func(w http.ResponseWriter, r *http.Request) (scs []Sidecar, slot uint64, ok bool) {
		id := r.PathValue("block_id")
		head := id == "head"
		if !head {
			var err error
			if slot, err = strconv.ParseUint(id, 10, 64); err != nil {
				apiError(w, http.StatusBadRequest, "invalid block_id "+strconv.Quote(id)+": a slot number or head (block roots are not served)")
				return nil, 0, false
			}
		}
		scs, slot, err := src.SidecarsAt(r.Context(), slot, head)
		if errors.Is(err, ErrNotFound) {
			apiError(w, http.StatusNotFound, "block not found")
			return nil, 0, false
		}
		if err != nil {
			apiError(w, http.StatusInternalServerError, err.Error())
			return nil, 0, false
		}
		return scs, slot, true
	}
	mux.HandleFunc("GET /eth/v1/beacon/blobs/{block_id}", func(w http.ResponseWriter, r *http.Request) {
		scs, _, ok := sidecars(w, r)
		if !ok {
			return
		}
		want := map[common.Hash]bool{}
		for _, s := range strings.Split(r.URL.Query().Get("versioned_hashes"), ",") {
			if s == "" {
				continue
			}
			b, err := hexutil.Decode(s)
			if err != nil || len(b) != common.HashLength {
				apiError(w, http.StatusBadRequest, "invalid versioned_hashes")
				return
			}
			want[common.BytesToHash(b)] = true
		}
		out := blobsResponse{Data: []hexutil.Bytes{}}
		for i := range scs {
			if len(want) > 0 && !want[blob.VersionedHash(&scs[i].Commitment)] {
				continue
			}
			out.Data = append(out.Data, hexutil.Bytes(scs[i].Blob[:]))
		}
		writeJSON(w, http.StatusOK, out)
	})
	mux.HandleFunc("GET /eth/v1/beacon/blob_sidecars/{block_id}", func(w http.ResponseWriter, r *http.Request) {
		scs, slot, ok := sidecars(w, r)
		if !ok {
			return
		}
		want := map[uint64]bool{}
		for _, s := range strings.Split(r.URL.Query().Get("indices"), ",") {
			if s == "" {
				continue
			}
			i, err := strconv.ParseUint(s, 10, 64)
			if err != nil {
				apiError(w, http.StatusBadRequest, "invalid indices")
				return
			}
			want[i] = true
		}
		out := sidecarsResponse{Data: []sidecarJSON{}}
		for i := range scs {
			sc := &scs[i]
			if len(want) > 0 && !want[sc.Index] {
				continue
			}
			h := &headerJSON{}
			h.Message.Slot = strconv.FormatUint(slot, 10)
			out.Data = append(out.Data, sidecarJSON{Index: strconv.FormatUint(sc.Index, 10), Blob: hexutil.Bytes(sc.Blob[:]),
				Commitment: hexutil.Bytes(sc.Commitment[:]), Proof: hexutil.Bytes(sc.Proof[:]), SignedHeader: h})
		}
		writeJSON(w, http.StatusOK, out)
	})
	return mux
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func apiError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]any{"code": status, "message": msg})
}
