// Package beacon reads and serves EIP-4844 blobs through the standard
// beacon-node API (ethereum/beacon-APIs): GET /eth/v1/beacon/genesis,
// /eth/v1/config/spec, /eth/v1/beacon/blobs/{block_id} (Fulu) and
// /eth/v1/beacon/blob_sidecars/{block_id} (Deneb, deprecated by Fulu).
//
// The Client finds the slot of an L1 execution block from its timestamp
// (slot = (timestamp − genesis_time) / SECONDS_PER_SLOT), fetches the slot's
// blobs (the blobs endpoint first, then blob_sidecars) and returns the blobs
// a transaction's versioned hashes name, in their order, after checking each
// against its hash (a beacon node is not trusted). anvil serves the blobs
// endpoint on its JSON-RPC port without a config/spec and numbers its slots by
// block number; the client follows it when config/spec is missing. The
// Handler serves the same endpoints from a Source: the in-process development
// L1 serves the blobs it mined through it.
package beacon

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"

	"github.com/rollup-dev/rollup/l2/blob"
)

// Sidecar is one blob of a block with its KZG commitment and proof.
type Sidecar struct {
	Index      uint64
	Blob       kzg4844.Blob
	Commitment kzg4844.Commitment
	Proof      kzg4844.Proof
}

// Errors.
var (
	// ErrMissing: the beacon node has no sidecar for a requested hash.
	ErrMissing = errors.New("beacon: blob not served for its block")
	// ErrNotFound: the block id names no block (an empty slot).
	ErrNotFound = errors.New("beacon: block not found")
)

// Wire forms (beacon-APIs: numbers as decimal strings, bytes as 0x hex).
type sidecarJSON struct {
	Index        string        `json:"index"`
	Blob         hexutil.Bytes `json:"blob"`
	Commitment   hexutil.Bytes `json:"kzg_commitment"`
	Proof        hexutil.Bytes `json:"kzg_proof"`
	SignedHeader *headerJSON   `json:"signed_block_header,omitempty"`
}

type headerJSON struct {
	Message struct {
		Slot string `json:"slot"`
	} `json:"message"`
}

type sidecarsResponse struct {
	Data []sidecarJSON `json:"data"`
}

type genesisResponse struct {
	Data struct {
		GenesisTime string `json:"genesis_time"`
	} `json:"data"`
}

type specResponse struct {
	Data struct {
		SecondsPerSlot string `json:"SECONDS_PER_SLOT"`
	} `json:"data"`
}

type blobsResponse struct {
	Data []hexutil.Bytes `json:"data"`
}

// Client reads blobs from a beacon node.
type Client struct {
	base string
	http *http.Client

	mu             sync.Mutex
	timed          bool
	genesisTime    uint64
	secondsPerSlot uint64 // 0: slots are block numbers (anvil)
}

// NewClient returns a client of the beacon API at baseURL (for example
// http://127.0.0.1:5052); timeout bounds each request (default 10 s).
func NewClient(baseURL string, timeout time.Duration) *Client {
	if timeout <= 0 {
		timeout = 10 * time.Second
	}
	return &Client{base: strings.TrimRight(baseURL, "/"), http: &http.Client{Timeout: timeout}}
}

// maxResponse bounds a response body: six blobs in hex with their fields.
const maxResponse = 16 << 20

func (c *Client) get(ctx context.Context, path string, out any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+path, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Accept", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("beacon %s: %w", path, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxResponse+1))
	if err != nil {
		return fmt.Errorf("beacon %s: %w", path, err)
	}
	if len(body) > maxResponse {
		return fmt.Errorf("beacon %s: response larger than %d bytes", path, maxResponse)
	}
	switch {
	case resp.StatusCode == http.StatusNotFound:
		return fmt.Errorf("beacon %s: %w", path, ErrNotFound)
	case resp.StatusCode != http.StatusOK:
		return fmt.Errorf("beacon %s: HTTP %d: %.200s", path, resp.StatusCode, body)
	}
	if err := json.Unmarshal(body, out); err != nil {
		return fmt.Errorf("beacon %s: decoding: %w", path, err)
	}
	return nil
}

// Check reports whether the beacon API answers (its genesis), so that a
// poster can tell at start whether the blobs it posts can be read back.
func (c *Client) Check(ctx context.Context) error {
	_, _, err := c.timing(ctx)
	return err
}

// timing reads (once) the genesis time and slot length; a node without
// config/spec (anvil) gets perSlot 0: its slots are block numbers.
func (c *Client) timing(ctx context.Context) (genesis, perSlot uint64, err error) {
	c.mu.Lock()
	timed, g, s := c.timed, c.genesisTime, c.secondsPerSlot
	c.mu.Unlock()
	if timed {
		return g, s, nil
	}
	var gr genesisResponse
	if err := c.get(ctx, "/eth/v1/beacon/genesis", &gr); err != nil {
		return 0, 0, err
	}
	if g, err = strconv.ParseUint(gr.Data.GenesisTime, 10, 64); err != nil {
		return 0, 0, fmt.Errorf("beacon: genesis_time %q: %w", gr.Data.GenesisTime, err)
	}
	var sr specResponse
	if err := c.get(ctx, "/eth/v1/config/spec", &sr); err == nil {
		if s, err = strconv.ParseUint(sr.Data.SecondsPerSlot, 10, 64); err != nil || s == 0 {
			return 0, 0, fmt.Errorf("beacon: SECONDS_PER_SLOT %q is not a positive integer", sr.Data.SecondsPerSlot)
		}
	} else if ctx.Err() != nil {
		return 0, 0, err
	}
	c.mu.Lock()
	c.timed, c.genesisTime, c.secondsPerSlot = true, g, s
	c.mu.Unlock()
	return g, s, nil
}

// Slot returns the slot of the execution block number with timestamp ts.
func (c *Client) Slot(ctx context.Context, number, ts uint64) (uint64, error) {
	g, s, err := c.timing(ctx)
	if err != nil {
		return 0, err
	}
	if s == 0 {
		return number, nil
	}
	if ts < g || (ts-g)%s != 0 {
		return 0, fmt.Errorf("beacon: timestamp %d is not a slot boundary (genesis %d, %d s slots)", ts, g, s)
	}
	return (ts - g) / s, nil
}

// Sidecars returns the sidecars of a slot.
func (c *Client) Sidecars(ctx context.Context, slot uint64) ([]Sidecar, error) {
	var r sidecarsResponse
	if err := c.get(ctx, "/eth/v1/beacon/blob_sidecars/"+strconv.FormatUint(slot, 10), &r); err != nil {
		return nil, err
	}
	return parseSidecars(&r)
}

// parseSidecars checks and converts the sidecars of a response.
func parseSidecars(r *sidecarsResponse) ([]Sidecar, error) {
	out := make([]Sidecar, 0, len(r.Data))
	for i, d := range r.Data {
		var sc Sidecar
		idx, err := strconv.ParseUint(d.Index, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("beacon: sidecar %d: index %q", i, d.Index)
		}
		if len(d.Blob) != len(sc.Blob) || len(d.Commitment) != len(sc.Commitment) || len(d.Proof) != len(sc.Proof) {
			return nil, fmt.Errorf("beacon: sidecar %d: wrong blob, commitment or proof length", i)
		}
		sc.Index = idx
		copy(sc.Blob[:], d.Blob)
		copy(sc.Commitment[:], d.Commitment)
		copy(sc.Proof[:], d.Proof)
		out = append(out, sc)
	}
	return out, nil
}

// SlotBlobs returns the blobs of a slot through the Fulu blobs endpoint
// (asking for hashes only, when given).
func (c *Client) SlotBlobs(ctx context.Context, slot uint64, hashes []common.Hash) ([]kzg4844.Blob, error) {
	path := "/eth/v1/beacon/blobs/" + strconv.FormatUint(slot, 10)
	if len(hashes) > 0 {
		hs := make([]string, len(hashes))
		for i, h := range hashes {
			hs[i] = h.Hex()
		}
		path += "?versioned_hashes=" + strings.Join(hs, ",")
	}
	var r blobsResponse
	if err := c.get(ctx, path, &r); err != nil {
		return nil, err
	}
	return parseBlobs(&r)
}

// parseBlobs checks and converts the blobs of a response.
func parseBlobs(r *blobsResponse) ([]kzg4844.Blob, error) {
	out := make([]kzg4844.Blob, len(r.Data))
	for i, b := range r.Data {
		if len(b) != len(out[i]) {
			return nil, fmt.Errorf("beacon: blob %d has %d bytes", i, len(b))
		}
		copy(out[i][:], b)
	}
	return out, nil
}

// Blobs returns the blobs named by hashes (a transaction's versioned hashes,
// in order) from the execution block number with timestamp ts, each checked
// against its hash: a served blob whose commitment does not match is never
// returned.
func (c *Client) Blobs(ctx context.Context, number, ts uint64, hashes []common.Hash) ([]kzg4844.Blob, error) {
	slot, err := c.Slot(ctx, number, ts)
	if err != nil {
		return nil, err
	}
	served, err := c.SlotBlobs(ctx, slot, hashes)
	if err != nil && ctx.Err() == nil {
		// A node before Fulu: the Deneb sidecars.
		scs, err2 := c.Sidecars(ctx, slot)
		switch {
		case err2 == nil:
			served, err = make([]kzg4844.Blob, len(scs)), nil
			for i := range scs {
				served[i] = scs[i].Blob
			}
		case !errors.Is(err, ErrNotFound):
			err = err2
		}
	}
	if err != nil {
		return nil, err
	}
	byHash := make(map[common.Hash]int, len(served))
	for i := range served {
		cm, err := kzg4844.BlobToCommitment(&served[i])
		if err != nil {
			continue // not a valid blob: it matches no hash
		}
		byHash[blob.VersionedHash(&cm)] = i
	}
	out := make([]kzg4844.Blob, len(hashes))
	for i, h := range hashes {
		j, ok := byHash[h]
		if !ok {
			return nil, fmt.Errorf("%w: %s in slot %d", ErrMissing, h, slot)
		}
		out[i] = served[j]
	}
	return out, nil // each matched by the commitment computed from its bytes
}
