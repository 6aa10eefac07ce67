package main

import (
	"context"
	"fmt"
	"os"
)

// benches are the subcommands of rollup bench; run receives the arguments
// after the benchmark's name.
var benches = commandSet{
	{"codec", "bytes per transfer of the batch codec next to RLP, zlib, brotli and zstd", runBenchCodec},
	{"load", "load a sequencer with pre-signed transfers over HTTP: throughput, ack latency, ecrecover ceiling", runBenchLoad},
}

func benchUsage() {
	fmt.Fprintf(os.Stderr, "usage: rollup bench <name> [flags]\n\nbenchmarks:\n")
	benches.list(os.Stderr)
}

func runBench(ctx context.Context, args []string) error {
	if len(args) == 0 || isHelp(args[0]) {
		benchUsage()
		if len(args) == 0 {
			return fmt.Errorf("missing benchmark name")
		}
		return nil
	}
	b, ok := benches.find(args[0])
	if !ok {
		benchUsage()
		return fmt.Errorf("unknown benchmark %q", args[0])
	}
	if err := b.run(ctx, args[1:]); err != nil {
		return fmt.Errorf("%s: %w", b.name, err)
	}
	return nil
}
