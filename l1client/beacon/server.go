package beacon

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common/hexutil"
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
// genesis, config/spec and blob_sidecars/{block_id} with block_id a slot
// number or "head" (block roots are not served: there is no beacon chain).
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
	mux.HandleFunc("GET /eth/v1/beacon/blob_sidecars/{block_id}", func(w http.ResponseWriter, r *http.Request) {
		id := r.PathValue("block_id")
		var (
			slot uint64
			head = id == "head"
			err  error
		)
		if !head {
			if slot, err = strconv.ParseUint(id, 10, 64); err != nil {
				apiError(w, http.StatusBadRequest, "invalid block_id "+strconv.Quote(id)+": a slot number or head (block roots are not served)")
				return
			}
		}
		scs, slot, err := src.SidecarsAt(r.Context(), slot, head)
		if errors.Is(err, ErrNotFound) {
			apiError(w, http.StatusNotFound, "block not found")
			return
		}
		if err != nil {
			apiError(w, http.StatusInternalServerError, err.Error())
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
