package main

import (
	"context"
	"fmt"
	"os"
	"sort"
)

// benchCommand is one `rollup bench <name>` benchmark.
type benchCommand struct {
	name    string
	summary string
	run     func(ctx context.Context, args []string) error
}

var benches = map[string]benchCommand{}

// registerBench adds a `rollup bench <name>` benchmark; it is called from init
// functions. run receives the arguments after the benchmark's name.
func registerBench(name, summary string, run func(ctx context.Context, args []string) error) {
	if _, dup := benches[name]; dup {
		panic("duplicate benchmark " + name)
	}
	benches[name] = benchCommand{name: name, summary: summary, run: run}
}

func init() {
	register(command{name: "bench", summary: "run a benchmark (rollup bench <name>; list with rollup bench)", run: runBench})
}

func benchUsage() {
	fmt.Fprintf(os.Stderr, "usage: rollup bench <name> [flags]\n\nbenchmarks:\n")
	names := make([]string, 0, len(benches))
	for n := range benches {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(os.Stderr, "  %-10s %s\n", n, benches[n].summary)
	}
}

func runBench(ctx context.Context, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		benchUsage()
		if len(args) == 0 {
			return fmt.Errorf("missing benchmark name")
		}
		return nil
	}
	b, ok := benches[args[0]]
	if !ok {
		benchUsage()
		return fmt.Errorf("unknown benchmark %q", args[0])
	}
	if err := b.run(ctx, args[1:]); err != nil {
		return fmt.Errorf("%s: %w", b.name, err)
	}
	return nil
}
