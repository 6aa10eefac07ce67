package batcher

import (
	"bytes"
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/params"
	"go.uber.org/zap"

	"github.com/rollup-dev/rollup/l1client/beacon"
	"github.com/rollup-dev/rollup/l1client/contracts"
	"github.com/rollup-dev/rollup/l2/blob"
)

// DataMode is how the batcher carries a batch's data to L1: in the calldata
// of appendBatch, or in a blob of an EIP-4844 transaction calling
// appendBlobBatches (docs/protocol.md §5.5).
type DataMode string

const (
	// DataAuto posts a batch in a blob when the L1 has blobs, Config.L1Beacon
	// answers (so that challengers can read the blob back) and the blob costs
	// less than its calldata at the fees of the moment; in calldata otherwise.
	DataAuto DataMode = "auto"
	// DataBlob posts every batch in a blob.
	DataBlob DataMode = "blob"
	// DataCalldata posts every batch in calldata.
	DataCalldata DataMode = "calldata"
)

// Check names an unknown mode.
func (m DataMode) Check() error {
	switch m {
	case DataAuto, DataBlob, DataCalldata:
		return nil
	}
	return fmt.Errorf("batcher: data mode %q is none of auto, blob, calldata", string(m))
}

// MaxBlobsPerTx is EIP-7594's bound on the blobs of one transaction.
const MaxBlobsPerTx = 6

// The gas model that chooses a carrier, measured on the dev chain
// (TestBatcher_CrashBetweenSendAndRecord logs each append's gas): appendBatch
// executes in about appendGas plus its calldata, appendBlobBatches of one
// batch in blobExtraGas more (the point evaluation of field element 0 and
// reading the blob head) plus its small calldata and one blob's blob gas.
const (
	appendGas    = 180_000
	blobExtraGas = 55_000
)

// CalldataTxGas is the L1 gas of an appendBatch transaction with this
// calldata: the larger of intrinsic, EIP-2028 calldata and execution gas,
// and the EIP-7623 floor.
func CalldataTxGas(calldata []byte) uint64 {
	std, floor := calldataGas(calldata)
	return max(txBaseGas+std+appendGas+appendExecPerByte*uint64(len(calldata)), txBaseGas+floor)
}

// BlobTxGas is the L1 gas (not blob gas) of an appendBlobBatches transaction
// with this calldata and one blob.
func BlobTxGas(calldata []byte) uint64 {
	std, floor := calldataGas(calldata)
	return max(txBaseGas+std+appendGas+blobExtraGas, txBaseGas+floor)
}

// BlobCheaper reports whether a batch costs less in a blob, whose
// transaction has blobCalldata, than in calldata, at these fees: base fee ×
// L1 gas, plus blob base fee × 131,072 for the blob.
func BlobCheaper(calldata, blobCalldata []byte, baseFee, blobBaseFee *big.Int) bool {
	base := orZero(baseFee)
	cd := new(big.Int).Mul(base, new(big.Int).SetUint64(CalldataTxGas(calldata)))
	bl := new(big.Int).Mul(base, new(big.Int).SetUint64(BlobTxGas(blobCalldata)))
	bl.Add(bl, new(big.Int).Mul(orZero(blobBaseFee), big.NewInt(params.BlobTxBlobGasPerBlob)))
	return bl.Cmp(cd) < 0
}

// blobCalldataBound is calldata as long as a one-blob appendBlobBatches of
// header h and as costly (commitment and proof bytes all non-zero), without
// the KZG work of building the blob.
func blobCalldataBound(h contracts.BatchHeader) []byte {
	ff := func(n int) []byte { return bytes.Repeat([]byte{0xff}, n) }
	head := contracts.BlobHead{Value: [32]byte(ff(32)), Commitment: ff(48), Proof: ff(48)}
	return contracts.Rollup.PackAppendBlobBatches([]contracts.BatchHeader{h}, []contracts.BlobHead{head})
}

func orZero(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return x
}

// carriage is how one send carries a batch: the transaction's calldata and,
// for a blob batch, its blob sidecar.
type carriage struct {
	calldata []byte
	sidecar  *types.BlobTxSidecar
}

func (c carriage) blob() bool { return c.sidecar != nil }

func (c carriage) String() string {
	if c.blob() {
		return "blob"
	}
	return "calldata"
}

func calldataCarriage(h contracts.BatchHeader, data []byte) carriage {
	return carriage{calldata: contracts.Rollup.PackAppendBatch(h, data)}
}

// blobCarriage puts each batch in a blob of one transaction, batch i in blob
// i (appendBlobBatches): MAX_BATCH_BYTES is below one blob's capacity. The
// sidecar carries cell proofs (EIP-7594), which the L1s this runs against
// (Osaka) require.
func blobCarriage(rows []*BatchRow) (carriage, error) {
	hs := make([]contracts.BatchHeader, len(rows))
	heads := make([]contracts.BlobHead, len(rows))
	blobs := make([]kzg4844.Blob, len(rows))
	for i, r := range rows {
		if len(r.Data) > blob.Capacity(1) {
			return carriage{}, fmt.Errorf("batch %d: %d bytes do not fit in one blob", r.Index, len(r.Data))
		}
		blobs[i] = blob.Encode(r.Data)[0]
		head, err := contracts.BlobHeadOf(&blobs[i])
		if err != nil {
			return carriage{}, err
		}
		hs[i], heads[i] = r.Header, head
	}
	sc, err := blob.Sidecar(blobs, types.BlobSidecarVersion1)
	if err != nil {
		return carriage{}, err
	}
	return carriage{calldata: contracts.Rollup.PackAppendBlobBatches(hs, heads), sidecar: sc}, nil
}

// blobRoot is the dataRoot appendBlobBatches records for a batch posted by
// blobCarriage: the versioned hash of its blob.
func blobRoot(data []byte) (root [32]byte, ok bool) {
	blobs := blob.Encode(data)
	if len(blobs) != 1 {
		return root, false
	}
	c, err := kzg4844.BlobToCommitment(&blobs[0])
	if err != nil {
		return root, false
	}
	return blob.VersionedHash(&c), true
}

// probeBlobs decides at start whether DataAuto may post blobs: only when the
// beacon API challengers read blobs from answers. It logs the outcome.
func (b *Batcher) probeBlobs(ctx context.Context) {
	switch b.cfg.Data {
	case DataBlob:
		b.blobs = true
		b.log.Info("batches are posted in blobs (data mode blob)")
		return
	case DataCalldata:
		b.log.Info("batches are posted in calldata (data mode calldata)")
		return
	}
	if b.cfg.L1Beacon == "" {
		b.log.Info("batches are posted in calldata: no beacon API of the L1 was given (--l1-beacon) through which challengers could read blobs")
		return
	}
	rctx, cancel := context.WithTimeout(ctx, b.cfg.RPCTimeout)
	defer cancel()
	if err := beacon.NewClient(b.cfg.L1Beacon, b.cfg.RPCTimeout).Check(rctx); err != nil {
		b.log.Warn("batches are posted in calldata: the L1 serves no beacon API at the given URL, so challengers could not read blobs back "+
			"(a geth --dev L1 serves none; pass --data blob to post blobs all the same)", zap.String("l1_beacon", b.cfg.L1Beacon), zap.Error(err))
		return
	}
	b.blobs = true
	b.log.Info("batches are posted in blobs where the L1 has them and they cost less than calldata", zap.String("l1_beacon", b.cfg.L1Beacon))
}

// inBlob reports whether a new send of row r goes in a blob (see DataMode).
// head is the latest L1 header: a header without excess blob gas is an L1
// without blobs. blobFee caches the blob base fee over one send pass (nil:
// not read yet).
func (b *Batcher) inBlob(ctx context.Context, r *BatchRow, head *types.Header, blobFee **big.Int) (bool, error) {
	if !b.blobs {
		return false, nil
	}
	if head.ExcessBlobGas == nil {
		if b.cfg.Data == DataBlob {
			return false, fmt.Errorf("batch %d: the L1 has no blobs (its headers carry no excess blob gas); use data mode auto or calldata", r.Index)
		}
		return false, nil
	}
	if b.cfg.Data != DataAuto {
		return true, nil
	}
	if *blobFee == nil {
		rctx, cancel := context.WithTimeout(ctx, b.cfg.RPCTimeout)
		fee, err := b.deps.L1.BlobBaseFee(rctx)
		cancel()
		if err != nil {
			return false, fmt.Errorf("reading the L1 blob base fee: %w", err)
		}
		*blobFee = fee
	}
	if !BlobCheaper(contracts.Rollup.PackAppendBatch(r.Header, r.Data), blobCalldataBound(r.Header), head.BaseFee, *blobFee) {
		b.log.Debug("batch goes in calldata: cheaper than a blob now", zap.Uint64("batch", r.Index), zap.Stringer("blob_base_fee", *blobFee))
		return false, nil
	}
	return true, nil
}

// blobFill is a batch's data as a fraction of one blob's capacity.
func blobFill(n int) float64 { return float64(n) / float64(blob.Capacity(1)) }
