package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/rollup-dev/rollup/fraudproof"
)

func runGames(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("games", flag.ContinueOnError)
	var (
		rpc, deployment string
		asJSON          bool
	)
	fs.StringVar(&rpc, "rpc", defaultL1RPC, "L1 JSON-RPC URL (where the ChallengeGame lives; also $ROLLUP_L1_RPC)")
	fs.StringVar(&rpc, "l1-rpc", defaultL1RPC, "the same as --rpc")
	fs.StringVar(&deployment, "deployment", defaultDeployment, "deployment record (contract addresses; also $ROLLUP_DEPLOYMENT)")
	fs.BoolVar(&asJSON, "json", false, "print JSON")
	setUsage(fs, "usage: rollup games [--rpc URL] [--deployment FILE] [--json]\n\n")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments: %v", fs.Args())
	}
	// ROLLUP_RPC names the L2 for the user commands, so the L1 URL falls back
	// to ROLLUP_L1_RPC only.
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if v := os.Getenv("ROLLUP_L1_RPC"); v != "" && !set["rpc"] && !set["l1-rpc"] {
		rpc = v
	}
	if v := os.Getenv("ROLLUP_DEPLOYMENT"); v != "" && !set["deployment"] {
		deployment = v
	}
	d, err := loadDeployment(deployment)
	if err != nil {
		return err
	}
	client, err := ethclient.DialContext(ctx, rpc)
	if err != nil {
		return fmt.Errorf("connecting to L1 at %s: %w", rpc, err)
	}
	defer client.Close()
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	games, err := fraudproof.ListGames(ctx, client, d)
	if err != nil {
		return err
	}
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	if asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(games)
	}
	printGames(os.Stdout, games, head.Time)
	return nil
}

// printGames writes the games as a table; now is the L1 time.
func printGames(w io.Writer, games []fraudproof.GameSummary, now uint64) {
	if len(games) == 0 {
		fmt.Fprintln(w, "no games")
		return
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "GAME\tBATCH\tSTATE\tWINNER\tSTEPS\tSEGMENT\tMOVES P/C\tCLOCKS P/C\tDEADLINE\tCHALLENGER")
	for _, g := range games {
		state, winner, deadline := g.Status, g.Winner, "-"
		if g.Status == "active" {
			state = "active: " + g.Turn
			switch {
			case g.Deadline > now:
				deadline = fmt.Sprintf("in %s", time.Duration(g.Deadline-now)*time.Second)
			default:
				deadline = "expired"
			}
		} else if g.Reason != "" {
			state += " (" + g.Reason + ")"
		}
		if winner == "" {
			winner = "-"
		}
		moves := fmt.Sprintf("%d/%d", g.ProposerMoves, g.ChallengerMoves)
		if g.Proved {
			moves += " +proof"
		}
		fmt.Fprintf(tw, "%d\t%d\t%s\t%s\t%d\t%d..%d\t%s\t%ds/%ds\t%s\t%s\n", g.ID, g.BatchIndex, state, winner, g.NumSteps,
			g.Lo, g.Hi, moves, g.ProposerClock, g.ChallengerClock, deadline, g.Challenger.Hex())
	}
	_ = tw.Flush()
}
