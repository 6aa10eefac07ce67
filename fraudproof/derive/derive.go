// Package derive reads what a fraudproof agent needs from L1, needing nothing
// from the sequencer: the Bridge's DepositQueued and TransactionForced, the Rollup's BatchAppended
// and BatchesReverted and the ChallengeGame's GameOpened and GameResolved
// logs, range by range and reorg-safely, and each batch's data from the
// calldata of the transaction that posted it, or, for a blob batch, its blob
// from a beacon API endpoint (BlobSource).
//
// Reorg safety: a range (cursor, to] is read only while the cursor block is
// still canonical; the header of `to` is read before and after the logs and
// the range is discarded if it changed; each log's block must be the
// canonical block at its height. When the cursor is no longer canonical, Read
// returns ErrReorg and FindFork finds the highest remembered block that still
// is; the caller rewinds to it.
package derive

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"

	"github.com/rollup-dev/rollup/fraudproof/fpdb"
	"github.com/rollup-dev/rollup/l1client/contracts"
	"github.com/rollup-dev/rollup/l2"
)

// Client is the L1 access derive needs. *ethclient.Client and the simulated
// backend's client satisfy it.
type Client interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	TransactionByHash(ctx context.Context, hash common.Hash) (tx *types.Transaction, isPending bool, err error)
}

// BlobSource returns the blobs named by versioned hashes from the L1 block
// number with timestamp ts, each checked against its hash; *beacon.Client is
// one.
type BlobSource interface {
	Blobs(ctx context.Context, number, ts uint64, hashes []common.Hash) ([]kzg4844.Blob, error)
}

// Contracts are the followed contracts.
type Contracts struct {
	Rollup, Bridge, ChallengeGame common.Address
}

// Errors.
var (
	// ErrReorg: the cursor block is no longer canonical.
	ErrReorg = errors.New("derive: L1 reorg below the cursor")
	// ErrUnstable: the chain changed while a range was read; read again.
	ErrUnstable = errors.New("derive: L1 head changed while reading")
	// ErrDeepReorg: no remembered block is canonical any more.
	ErrDeepReorg = errors.New("derive: reorg deeper than the remembered blocks")
	// ErrNotAppendBatch: the transaction that emitted BatchAppended is not a
	// direct Rollup.appendBatch call, so its data cannot be read from its
	// calldata, or it does not carry the blob a blob batch's record names.
	ErrNotAppendBatch = contracts.ErrNotAppendBatch
	// ErrNoBlobSource: a blob batch was appended and the reader has no blob
	// source (a beacon API endpoint) to read it from.
	ErrNoBlobSource = errors.New("derive: a blob batch was appended and no beacon API endpoint is configured (--l1-beacon)")
)

// Range is what a read of blocks (From, To] found.
type Range struct {
	From, To fpdb.BlockRef
	// ToTime is the timestamp of block To.
	ToTime uint64
	// Blocks are the blocks holding events, with their hashes.
	Blocks []fpdb.BlockRef
	Events []contracts.Event
}

// Reader reads ranges of L1.
type Reader struct {
	client    Client
	contracts Contracts
	timeout   time.Duration
	blobs     BlobSource
}

// WithBlobs makes the reader read blob batches from src.
func (r *Reader) WithBlobs(src BlobSource) *Reader {
	r.blobs = src
	return r
}

// NewReader returns a reader; timeout bounds each RPC call.
func NewReader(c Client, contracts Contracts, timeout time.Duration) *Reader {
	if timeout <= 0 {
		timeout = 10 * time.Second
	}
	return &Reader{client: c, contracts: contracts, timeout: timeout}
}

// Header returns the header at number (nil: the latest).
func (r *Reader) Header(ctx context.Context, number *big.Int) (*types.Header, error) {
	ctx, cancel := context.WithTimeout(ctx, r.timeout)
	defer cancel()
	h, err := r.client.HeaderByNumber(ctx, number)
	if err != nil {
		return nil, fmt.Errorf("reading L1 header %v: %w", number, err)
	}
	return h, nil
}

func (r *Reader) headerAt(ctx context.Context, n uint64) (*types.Header, error) {
	return r.Header(ctx, new(big.Int).SetUint64(n))
}

// Canonical reports whether b is the canonical block at its height.
func (r *Reader) Canonical(ctx context.Context, b fpdb.BlockRef) (bool, error) {
	h, err := r.headerAt(ctx, b.Number)
	if errors.Is(err, ethereum.NotFound) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return h.Hash() == b.Hash, nil
}

// Read reads the logs of blocks (cursor, min(target, cursor+maxRange)] where
// target is the highest block to follow. It returns nil when there is nothing
// new, ErrReorg when the cursor is not canonical any more, ErrUnstable when the
// chain moved during the read.
func (r *Reader) Read(ctx context.Context, cursor fpdb.BlockRef, target, maxRange uint64) (*Range, error) {
	if ok, err := r.Canonical(ctx, cursor); err != nil {
		return nil, err
	} else if !ok {
		return nil, ErrReorg
	}
	if target <= cursor.Number {
		return nil, nil
	}
	to := target
	if maxRange > 0 && to-cursor.Number > maxRange {
		to = cursor.Number + maxRange
	}
	hTo, err := r.headerAt(ctx, to)
	if err != nil {
		return nil, err
	}
	lctx, cancel := context.WithTimeout(ctx, r.timeout)
	logs, err := r.client.FilterLogs(lctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(cursor.Number + 1),
		ToBlock:   new(big.Int).SetUint64(to),
		Addresses: []common.Address{r.contracts.Rollup, r.contracts.Bridge, r.contracts.ChallengeGame},
		Topics:    [][]common.Hash{{contracts.TopicBatchAppended, contracts.TopicBatchesReverted, contracts.TopicDepositQueued, contracts.TopicTokenDepositQueued, contracts.TopicTransactionForced, contracts.TopicGameOpened, contracts.TopicGameResolved}},
	})
	cancel()
	if err != nil {
		return nil, fmt.Errorf("reading L1 logs of blocks %d..%d: %w", cursor.Number+1, to, err)
	}
	rng := &Range{From: cursor, To: fpdb.BlockRef{Number: to, Hash: hTo.Hash()}, ToTime: hTo.Time}
	seen := map[uint64]common.Hash{}
	for i := range logs {
		l := logs[i]
		if l.Removed {
			return nil, ErrUnstable
		}
		if h, ok := seen[l.BlockNumber]; ok {
			if h != l.BlockHash {
				return nil, ErrUnstable
			}
		} else {
			hdr, err := r.headerAt(ctx, l.BlockNumber)
			if err != nil {
				return nil, err
			}
			if hdr.Hash() != l.BlockHash {
				return nil, ErrUnstable
			}
			seen[l.BlockNumber] = l.BlockHash
			rng.Blocks = append(rng.Blocks, fpdb.BlockRef{Number: l.BlockNumber, Hash: l.BlockHash})
		}
		ev, err := contracts.Decode(&l)
		if err != nil {
			return nil, fmt.Errorf("decoding log %d of block %d: %w", l.Index, l.BlockNumber, err)
		}
		if ev != nil && r.fromFollowed(&l) {
			rng.Events = append(rng.Events, *ev)
		}
	}
	if again, err := r.headerAt(ctx, to); err != nil {
		return nil, err
	} else if again.Hash() != hTo.Hash() {
		return nil, ErrUnstable
	}
	if ok, err := r.Canonical(ctx, cursor); err != nil {
		return nil, err
	} else if !ok {
		return nil, ErrReorg
	}
	return rng, nil
}

// fromFollowed checks that an event comes from the contract that defines it.
func (r *Reader) fromFollowed(l *types.Log) bool {
	switch l.Topics[0] {
	case contracts.TopicBatchAppended, contracts.TopicBatchesReverted:
		return l.Address == r.contracts.Rollup
	case contracts.TopicDepositQueued, contracts.TopicTokenDepositQueued, contracts.TopicTransactionForced:
		return l.Address == r.contracts.Bridge
	}
	return l.Address == r.contracts.ChallengeGame
}

// FindFork returns the highest of the remembered blocks (highest first) that
// is still canonical.
func (r *Reader) FindFork(ctx context.Context, recent []fpdb.BlockRef) (fpdb.BlockRef, error) {
	for _, b := range recent {
		ok, err := r.Canonical(ctx, b)
		if err != nil {
			return fpdb.BlockRef{}, err
		}
		if ok {
			return b, nil
		}
	}
	return fpdb.BlockRef{}, ErrDeepReorg
}

// BatchData reads what carries the batch whose record info was emitted by
// transaction txHash in L1 block number: for a calldata batch its data, from
// the transaction's calldata, checked against the record's chunk root and
// length; for a blob batch its blob (docs/protocol.md §5.5), which must be
// one of the transaction's blobs, fetched from the blob source and checked
// against the record's versioned hash and length.
func (r *Reader) BatchData(ctx context.Context, txHash common.Hash, number uint64, info contracts.BatchInfo) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, r.timeout)
	defer cancel()
	tx, _, err := r.client.TransactionByHash(ctx, txHash)
	if err != nil {
		return nil, fmt.Errorf("reading L1 transaction %s: %w", txHash, err)
	}
	if tx.To() == nil || *tx.To() != r.contracts.Rollup {
		return nil, ErrNotAppendBatch
	}
	if info.Blob {
		return r.blobOf(ctx, tx, number, info)
	}
	_, data, err := contracts.DecodeAppendBatch(tx.Data())
	if err != nil {
		return nil, err
	}
	if uint64(len(data)) != uint64(info.DataLen) || l2.ChunkRoot(data) != info.DataRoot {
		return nil, fmt.Errorf("batch %d: calldata of %s does not match the record's chunk root", info.Index, txHash)
	}
	return data, nil
}

// blobOf fetches the blob of a blob batch.
func (r *Reader) blobOf(ctx context.Context, tx *types.Transaction, number uint64, info contracts.BatchInfo) ([]byte, error) {
	if !slices.Contains(tx.BlobHashes(), common.Hash(info.DataRoot)) {
		return nil, ErrNotAppendBatch
	}
	if r.blobs == nil {
		return nil, ErrNoBlobSource
	}
	blobs, err := r.blobs.Blobs(ctx, number, info.L1Timestamp, []common.Hash{info.DataRoot})
	if err != nil {
		return nil, fmt.Errorf("batch %d: reading its blob %s of block %d: %w", info.Index, common.Hash(info.DataRoot), number, err)
	}
	return blobs[0][:], nil
}
