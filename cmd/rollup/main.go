// Command rollup is the single binary of the rollup: it runs the devnet and each
// service (sequencer, batcher, challenger), deploys the contracts and offers user
// commands. This file lists the subcommands and dispatches; each lives in its
// own file.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// command is one subcommand of the rollup binary (or of rollup bench).
type command struct {
	name    string
	summary string
	// run receives the arguments after the subcommand name and a context that is
	// cancelled on SIGINT or SIGTERM.
	run func(ctx context.Context, args []string) error
}

// commandSet is a list of subcommands in the order their usage lists them.
type commandSet []command

// find returns the subcommand called name.
func (cs commandSet) find(name string) (command, bool) {
	for _, c := range cs {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

// list writes one line per subcommand: its name and summary.
func (cs commandSet) list(w io.Writer) {
	for _, c := range cs {
		fmt.Fprintf(w, "  %-12s %s\n", c.name, c.summary)
	}
}

// commands are the subcommands of rollup.
var commands = commandSet{
	{"batcher", "run the batcher: build batches from sealed L2 blocks, post them to the Rollup contract, finalize, defend", runBatcher},
	{"bench", "run a benchmark (rollup bench <name>; list with rollup bench)", runBench},
	{"challenge", "open a game on batch BATCH by hand, with the challenger bond", runChallenge},
	{"challenger", "run the challenger (and with --defend the defender): verify every batch from L1 alone and dispute wrong ones", runChallenger},
	{"claim", "claim a withdrawal on L1: wait until its batch is final, prove it, call Bridge.claimWithdrawal", runClaim},
	{"deploy", "deploy and initialize the L1 contracts and write deployments/<name>.json", runDeploy},
	{"deposit", "deposit ETH from L1 to L2 through the Bridge and wait until L2 credits it", runDeposit},
	{"devnet", "run a whole rollup in one process: L1, PostgreSQL, contracts, sequencer, batcher, challenger, funded dev accounts", runDevnet},
	{"games", "list the bisection games: batch, state, moves, clocks, deadlines and winners", runGames},
	{"send", "send an L2 transfer (acknowledged once executed and durable)", runSend},
	{"sequencer", "run the sequencer: Ethereum JSON-RPC and REST over HTTP, durable ordering in PostgreSQL", runSequencer},
	{"status", "show the whole life of an L2 transaction: L2 block, batch, L1 transaction, dispute window, finality, withdrawal claim", runStatus},
	{"version", "print the version and build information", runVersion},
	{"withdraw", "withdraw from L2 to L1 (claim it with rollup claim once its batch is final)", runWithdraw},
}

// isHelp tells whether arg asks for the usage.
func isHelp(arg string) bool { return arg == "-h" || arg == "--help" || arg == "help" }

func usage() {
	fmt.Fprintf(os.Stderr, "usage: rollup <command> [flags]\n\ncommands:\n")
	commands.list(os.Stderr)
	fmt.Fprintf(os.Stderr, "\nRun 'rollup <command> --help' for the flags of a command.\n")
}

func main() {
	if len(os.Args) < 2 || isHelp(os.Args[1]) {
		usage()
		os.Exit(2)
	}
	c, ok := commands.find(os.Args[1])
	if !ok {
		fmt.Fprintf(os.Stderr, "rollup: unknown command %q\n\n", os.Args[1])
		usage()
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := c.run(ctx, os.Args[2:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(0)
		}
		fmt.Fprintf(os.Stderr, "rollup %s: %v\n", c.name, err)
		os.Exit(1)
	}
}
