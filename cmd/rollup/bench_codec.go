package main

import (
	"bytes"
	"compress/zlib"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"github.com/andybalholm/brotli"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/holiman/uint256"
	"github.com/klauspost/compress/zstd"

	"github.com/rollup-dev/rollup/l2"
	"github.com/rollup-dev/rollup/l2/blob"
	"github.com/rollup-dev/rollup/l2/workload"
)

// codecResult is one workload's line of `rollup bench codec`.
type codecResult struct {
	Name        string `json:"name"`
	Description string `json:"description"`
	Transfers   int    `json:"transfers"`
	BytesPerTx  struct {
		Codec    float64 `json:"codec"`
		RLP      float64 `json:"rlp"`
		Zlib9    float64 `json:"zlib9"`
		Brotli11 float64 `json:"brotli11"`
		Zstd     float64 `json:"zstd"`
	} `json:"bytes_per_tx"`
	Batches          int   `json:"batches"`
	BatchBytes       []int `json:"batch_bytes"`
	DictEntries      int   `json:"dict_entries"`
	FeeEntries       int   `json:"fee_entries"`
	InlineRecipients int   `json:"inline_recipients"`
	TransfersPerBlk  int   `json:"transfers_per_block"`
	// Blobs is how many blobs the batches would take in the blob layout
	// (l2/blob, one batch per blob transaction); BlobFill their mean fill and
	// BlobGasPerTx the blob gas per transfer.
	Blobs        int     `json:"blobs"`
	BlobFill     float64 `json:"blob_fill"`
	BlobGasPerTx float64 `json:"blob_gas_per_tx"`
	Seed         int64   `json:"seed"`
}

func runBenchCodec(_ context.Context, args []string) error {
	fs := flag.NewFlagSet("rollup bench codec", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print one JSON object")
	n := fs.Int("transfers", 5000, "transfers per workload")
	seed := fs.Int64("seed", 1, "workload seed")
	perBlock := fs.Int("block-transfers", 50, "transfers per L2 block")
	setUsage(fs, "usage: rollup bench codec [flags]\n\n"+
		"Encodes two workloads of signed transfers into batches split at MAX_BATCH_BYTES, as\n"+
		"the batcher does, and compares bytes per transfer with the RLP encoding of the same\n"+
		"transactions and with zlib -9, brotli -11 and zstd (best) over that RLP, compressed\n"+
		"as one stream.\n\nflags:\n")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	if *n <= 0 || *perBlock <= 0 {
		return fmt.Errorf("--transfers and --block-transfers must be positive")
	}
	p := &l2.Params{ChainID: 901, BaseFee: uint256.NewInt(1_000_000_000), GenesisTimestamp: 1_700_000_000}
	gens := []struct {
		gen  func(*l2.Params, int, int64) (*workload.Workload, error)
		desc string
	}{
		{workload.Realistic, "2,000 senders and 5,000 recipients drawn Zipf(1.2); values of 1-2 significant digits; 4 fee levels; nonces counting up per sender"},
		{workload.Tokens, "token transfers on 3 tokens (60/30/10 %), 2 % withdraws; senders and recipients as realistic; 6-decimal amounts of 1-2, 4 or 6 significant digits; 4 fee levels"},
		{workload.Worst, "every sender and recipient distinct; random 8-byte values; nonces uniform in [0, 65536); 32 fee levels with random prices and gas limits"},
	}
	var out struct {
		Workloads []codecResult `json:"workloads"`
	}
	for _, g := range gens {
		w, err := g.gen(p, *n, *seed)
		if err != nil {
			return fmt.Errorf("generating workload: %w", err)
		}
		r, err := measureCodec(p, w, *perBlock)
		if err != nil {
			return fmt.Errorf("workload %s: %w", w.Name, err)
		}
		r.Description, r.Seed = g.desc, *seed
		out.Workloads = append(out.Workloads, r)
	}
	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		return enc.Encode(out)
	}
	fmt.Printf("bytes per transfer (%d transfers per workload, seed %d, %d transfers per block)\n\n", *n, *seed, *perBlock)
	fmt.Printf("%-10s %8s %8s %8s %9s %8s %8s %6s %9s %12s\n", "workload", "codec", "rlp", "zlib-9", "brotli-11", "zstd", "batches",
		"blobs", "blob fill", "blob gas/tx")
	for _, r := range out.Workloads {
		b := r.BytesPerTx
		fmt.Printf("%-10s %8.2f %8.2f %8.2f %9.2f %8.2f %8d %6d %8.1f%% %12.1f\n", r.Name, b.Codec, b.RLP, b.Zlib9, b.Brotli11, b.Zstd,
			r.Batches, r.Blobs, 100*r.BlobFill, r.BlobGasPerTx)
	}
	fmt.Println()
	for _, r := range out.Workloads {
		fmt.Printf("%s: %s\n", r.Name, r.Description)
	}
	return nil
}

// measureCodec encodes the workload into batches as the batcher would and
// compresses its RLP with the baselines.
func measureCodec(p *l2.Params, w *workload.Workload, perBlock int) (codecResult, error) {
	var r codecResult
	r.Name, r.Transfers, r.TransfersPerBlk = w.Name, len(w.Txs), perBlock
	batches, err := workload.SplitBatches(p, p.Genesis(), w.Blocks(p.Genesis(), perBlock, nil))
	if err != nil {
		return r, err
	}
	total := 0
	for _, b := range batches {
		dec, err := l2.DecodeBatch(p, b.Data)
		if err != nil {
			return r, fmt.Errorf("decoding our own batch: %w", err)
		}
		for _, rec := range dec.Records {
			if rec.Kind == l2.RecordTransfer && rec.DictIndex < 0 {
				r.InlineRecipients++
			}
		}
		r.DictEntries += len(dec.Dict)
		r.FeeEntries += len(dec.Fees)
		r.BatchBytes = append(r.BatchBytes, len(b.Data))
		total += len(b.Data)
		r.Blobs += blob.Count(len(b.Data))
	}
	r.Batches = len(batches)
	r.BlobFill = float64(total) / float64(r.Blobs*blob.BytesPerBlob)
	r.BlobGasPerTx = float64(r.Blobs*params.BlobTxBlobGasPerBlob) / float64(len(w.Txs))

	raw, err := rlp.EncodeToBytes(types.Transactions(w.Txs))
	if err != nil {
		return r, fmt.Errorf("rlp: %w", err)
	}
	zl, err := compressZlib(raw)
	if err != nil {
		return r, err
	}
	br, err := compressBrotli(raw)
	if err != nil {
		return r, err
	}
	zs, err := compressZstd(raw)
	if err != nil {
		return r, err
	}
	per := func(n int) float64 { return float64(n) / float64(len(w.Txs)) }
	r.BytesPerTx.Codec = per(total)
	r.BytesPerTx.RLP = per(len(raw))
	r.BytesPerTx.Zlib9 = per(zl)
	r.BytesPerTx.Brotli11 = per(br)
	r.BytesPerTx.Zstd = per(zs)
	return r, nil
}

func compressZlib(data []byte) (int, error) {
	var buf bytes.Buffer
	zw, err := zlib.NewWriterLevel(&buf, zlib.BestCompression)
	if err != nil {
		return 0, err
	}
	if _, err := zw.Write(data); err != nil {
		return 0, err
	}
	if err := zw.Close(); err != nil {
		return 0, err
	}
	return buf.Len(), nil
}

func compressBrotli(data []byte) (int, error) {
	var buf bytes.Buffer
	bw := brotli.NewWriterLevel(&buf, brotli.BestCompression)
	if _, err := bw.Write(data); err != nil {
		return 0, err
	}
	if err := bw.Close(); err != nil {
		return 0, err
	}
	return buf.Len(), nil
}

func compressZstd(data []byte) (int, error) {
	zw, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedBestCompression))
	if err != nil {
		return 0, err
	}
	defer zw.Close()
	return len(zw.EncodeAll(data, nil)), nil
}
