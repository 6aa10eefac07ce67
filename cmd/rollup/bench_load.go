package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rollup-dev/rollup/sequencer/loadgen"
)

func runBenchLoad(ctx context.Context, args []string) error {
	var cfg loadgen.Config
	fs := flag.NewFlagSet("rollup bench load", flag.ContinueOnError)
	fs.StringVar(&cfg.RPC, "rpc", "http://127.0.0.1:9545", "the sequencer's JSON-RPC URL")
	fs.IntVar(&cfg.Txs, "txs", 20_000, "transfers to send")
	fs.IntVar(&cfg.Accounts, "accounts", 1000, "sending accounts (funded by --key before the run)")
	fs.IntVar(&cfg.Concurrency, "concurrency", 64, "requests in flight")
	fs.Float64Var(&cfg.Rate, "rate", 0, "target transfers per second (0: as fast as the workers go)")
	fs.IntVar(&cfg.Batch, "batch", 1, "transfers per HTTP request (a JSON-RPC batch when above 1)")
	keyHex := fs.String("key", "", "hex private key of a funded L2 account that pays for the accounts (required; never logged)")
	fs.Uint64Var(&cfg.Seed, "seed", 0, "seed of the accounts' keys (0: random, fresh accounts every run)")
	fs.IntVar(&cfg.EcrecoverSamples, "ecrecover-samples", 20_000, "signatures recovered to measure the machine's ceiling (negative: skip)")
	fs.DurationVar(&cfg.Timeout, "timeout", 10*time.Minute, "time limit of the whole run")
	asJSON := fs.Bool("json", false, "print one JSON object (progress goes to stderr)")
	cpuProfile := fs.String("cpuprofile", "", "write the load generator's CPU profile of the sending phase to this file")
	setUsage(fs, "usage: rollup bench load --rpc URL --key HEX [flags]\n\n"+
		"Funds --accounts accounts from --key, pre-signs --txs transfers between them, sends them\n"+
		"and checks every receipt. For a standalone benchmark sequencer, fund the key with\n"+
		"rollup sequencer --dev-genesis-alloc ADDR=AMOUNT (development only, unbacked by L1).\n"+
		"--key falls back to ROLLUP_KEY.\n\n")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *keyHex == "" {
		*keyHex = os.Getenv("ROLLUP_KEY")
	}
	if *keyHex == "" {
		return errors.New("--key is required (a funded L2 account)")
	}
	key, err := crypto.HexToECDSA(strings.TrimPrefix(*keyHex, "0x"))
	if err != nil {
		return errors.New("--key is not a valid hex private key")
	}
	cfg.Funder = key
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		cfg.OnSendStart = func() { _ = pprof.StartCPUProfile(f) }
		cfg.OnSendEnd = pprof.StopCPUProfile
	}
	cfg.Progress = os.Stderr
	if !*asJSON {
		cfg.Progress = os.Stdout
	}
	res, err := loadgen.Run(ctx, cfg)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		return enc.Encode(res)
	}
	printLoadResult(os.Stdout, res)
	return nil
}

func printLoadResult(w io.Writer, r *loadgen.Result) {
	fmt.Fprintf(w, "\nsent %d  acked %d  errors %d  busy retries %d\n", r.Sent, r.Acked, r.Errors, r.Busy)
	if len(r.ErrorKinds) > 0 {
		kinds := make([]string, 0, len(r.ErrorKinds))
		for k := range r.ErrorKinds {
			kinds = append(kinds, k)
		}
		sort.Strings(kinds)
		for _, k := range kinds {
			fmt.Fprintf(w, "  %6d × %s\n", r.ErrorKinds[k], k)
		}
	}
	fmt.Fprintf(w, "throughput   %.0f transfers/s over %.2f s (%d per request, %d in flight, %d accounts)\n",
		r.TPS, r.DurationSec, r.Batch, r.Concurrency, r.Accounts)
	fmt.Fprintf(w, "ack latency  p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms  (mean %.2f ms)\n",
		r.P50ms, r.P90ms, r.P99ms, r.Maxms, r.Meanms)
	fmt.Fprintf(w, "receipt      p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms  (send to its sealed block as the head, ±%.0f ms)\n",
		r.ReceiptP50ms, r.ReceiptP90ms, r.ReceiptP99ms, r.ReceiptMaxms, r.HeadPollms)
	fmt.Fprintf(w, "receipts     %d checked, %d missing or failed\n", r.ReceiptsChecked, r.ReceiptsMissing)
	if r.EcrecoverLimitTPS > 0 {
		fmt.Fprintf(w, "ecrecover    %.0f recoveries/s on %d CPUs: the run reached %.0f%% of that ceiling\n",
			r.EcrecoverLimitTPS, r.CPUs, 100*r.FractionOfLimit)
	}
}
