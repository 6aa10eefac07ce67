package devchain

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"sort"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/eth"
	"go.uber.org/zap"

	"github.com/rollup-dev/rollup/l1client/beacon"
)

// The dev chain keeps the blobs of the transactions it mines (the execution
// layer drops them once included) and serves them through the beacon API:
// one slot per second since genesis, so the slot of a block is its
// timestamp minus the genesis timestamp.

// blobKeyPrefix keys a kept blob in the chain database: prefix ‖ versioned
// hash → blob ‖ commitment ‖ proof.
var blobKeyPrefix = []byte("rollup-devchain-blob-")

func blobKey(h common.Hash) []byte { return append(append([]byte{}, blobKeyPrefix...), h[:]...) }

// blobKeeper replaces eth_sendRawTransaction: it keeps the blobs of a blob
// transaction before the pool sees it, so that no block can include it with
// its blobs unkept (keepBlobs, before each block, would miss a transaction
// that arrived while the block was being built).
type blobKeeper struct {
	backend *eth.Ethereum
	chain   atomic.Pointer[Chain]
}

// SendRawTransaction is eth_sendRawTransaction.
func (k *blobKeeper) SendRawTransaction(ctx context.Context, input hexutil.Bytes) (common.Hash, error) {
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(input); err != nil {
		return common.Hash{}, err
	}
	if c := k.chain.Load(); c != nil && tx.BlobTxSidecar() != nil {
		c.keepSidecar(tx.BlobTxSidecar())
	}
	if err := k.backend.APIBackend.SendTx(ctx, tx); err != nil {
		return common.Hash{}, err
	}
	return tx.Hash(), nil
}

// keepBlobs stores the blobs of the pool's pending blob transactions, which
// the next block may include. Called with c.mu held, before mining.
func (c *Chain) keepBlobs() {
	pool := c.eth.TxPool()
	for _, version := range []byte{types.BlobSidecarVersion0, types.BlobSidecarVersion1} {
		pending, _ := pool.Pending(txpool.PendingFilter{BlobTxs: true, BlobVersion: version})
		for _, txs := range pending {
			for _, lazy := range txs {
				tx := pool.Get(lazy.Hash)
				if tx == nil || tx.BlobTxSidecar() == nil {
					continue
				}
				c.keepSidecar(tx.BlobTxSidecar())
			}
		}
	}
}

func (c *Chain) keepSidecar(sc *types.BlobTxSidecar) {
	hashes := sc.BlobHashes()
	for i := range sc.Blobs {
		if ok, _ := c.db.Has(blobKey(hashes[i])); ok {
			continue
		}
		// The beacon API gives one proof per blob; an Osaka sidecar carries
		// cell proofs instead, so the blob proof is computed here.
		proof, err := kzg4844.ComputeBlobProof(&sc.Blobs[i], sc.Commitments[i])
		if err != nil {
			c.logger.Warn("computing a blob proof", zap.Error(err))
			continue
		}
		v := make([]byte, 0, len(sc.Blobs[i])+len(sc.Commitments[i])+len(proof))
		v = append(append(append(v, sc.Blobs[i][:]...), sc.Commitments[i][:]...), proof[:]...)
		if err := c.db.Put(blobKey(hashes[i]), v); err != nil {
			c.logger.Warn("keeping a blob", zap.Error(err))
		}
	}
}

// GenesisTime is the genesis block's timestamp (beacon.Source).
func (c *Chain) GenesisTime() uint64 { return c.eth.BlockChain().Genesis().Time() }

// SecondsPerSlot is 1: every block has its own second (beacon.Source).
func (c *Chain) SecondsPerSlot() uint64 { return 1 }

// SidecarsAt returns the blobs of the block of slot, or of the head
// (beacon.Source); an empty slot is beacon.ErrNotFound.
func (c *Chain) SidecarsAt(_ context.Context, slot uint64, head bool) ([]beacon.Sidecar, uint64, error) {
	bc := c.eth.BlockChain()
	genesis := c.GenesisTime()
	var hdr *types.Header
	if head {
		hdr = bc.CurrentBlock()
		slot = hdr.Time - genesis
	} else {
		ts := genesis + slot
		top := bc.CurrentBlock().Number.Uint64()
		n := sort.Search(int(top)+1, func(i int) bool { return bc.GetHeaderByNumber(uint64(i)).Time >= ts })
		if n > int(top) {
			return nil, slot, beacon.ErrNotFound
		}
		if hdr = bc.GetHeaderByNumber(uint64(n)); hdr.Time != ts {
			return nil, slot, beacon.ErrNotFound
		}
	}
	block := bc.GetBlock(hdr.Hash(), hdr.Number.Uint64())
	if block == nil {
		return nil, slot, beacon.ErrNotFound
	}
	var out []beacon.Sidecar
	for _, tx := range block.Transactions() {
		for _, h := range tx.BlobHashes() {
			v, err := c.db.Get(blobKey(h))
			sc := beacon.Sidecar{Index: uint64(len(out))}
			if err != nil || len(v) != len(sc.Blob)+len(sc.Commitment)+len(sc.Proof) {
				return nil, slot, fmt.Errorf("devchain: the blob %s of block %d was not kept", h, hdr.Number)
			}
			copy(sc.Blob[:], v)
			copy(sc.Commitment[:], v[len(sc.Blob):])
			copy(sc.Proof[:], v[len(sc.Blob)+len(sc.Commitment):])
			out = append(out, sc)
		}
	}
	return out, slot, nil
}

// startBeacon serves the beacon API on addr ("host:port", port 0 picks one).
func (c *Chain) startBeacon(addr string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("devchain: beacon API address %s: %w", addr, err)
	}
	c.beaconSrv = &http.Server{Handler: beacon.Handler(c), ReadHeaderTimeout: 10 * time.Second}
	c.beaconURL = "http://" + ln.Addr().String()
	go func() { _ = c.beaconSrv.Serve(ln) }()
	return nil
}

// BeaconURL is the beacon API's URL, empty without Config.BeaconAddr.
func (c *Chain) BeaconURL() string { return c.beaconURL }
