package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/rollup-dev/rollup/fraudproof"
	"github.com/rollup-dev/rollup/l1client/beacon"
	"github.com/rollup-dev/rollup/userflow"
)

// challengerOptions are the command line of `rollup challenger`.
type challengerOptions struct {
	serviceFlags
	l1Beacon string
	cfg      fraudproof.Config
}

func challengerFlags(args []string) (*challengerOptions, error) {
	o := &challengerOptions{cfg: fraudproof.DefaultConfig}
	fs := flag.NewFlagSet("challenger", flag.ContinueOnError)
	o.register(fs, "of the agent: pays bonds and gas, collects rewards",
		"PostgreSQL URL for the agent's progress and transaction outbox", "", "listen address of /metrics (empty: no metrics server)")
	fs.BoolVar(&o.cfg.Challenge, "challenge", true, "open games on wrong batches and play the challenger's side")
	fs.BoolVar(&o.cfg.Defend, "defend", false, "also play the proposer's side of games on this key's batches, with honest midpoints")
	fs.BoolVar(&o.cfg.Dishonest, "dishonest", false, "challenge correct batches and disagree with every midpoint (demonstrations: it loses its bonds)")
	fs.StringVar(&o.cfg.Name, "name", "", "name of the agent's progress in the database (default fraudproof-<address>)")
	fs.DurationVar(&o.cfg.PollInterval, "poll-interval", o.cfg.PollInterval, "how often L1 is read and the games re-read")
	fs.Uint64Var(&o.cfg.Confirmations, "confirmations", 0, "follow L1 this many blocks behind the head (0: the head; reorgs are repaired)")
	fs.Uint64Var(&o.cfg.SnapshotEvery, "snapshot-every", o.cfg.SnapshotEvery, "store the L2 state after every this many final batches (restarts replay from it)")
	fs.DurationVar(&o.cfg.ProgressInterval, "progress-interval", o.cfg.ProgressInterval, "how often progress is logged")
	fs.StringVar(&o.l1Beacon, "l1-beacon", "", "beacon API URL of the L1, to read the blobs of blob batches (empty: a blob batch raises the data-unavailable alarm)")
	setUsage(fs, "usage: rollup challenger --l1-rpc URL --deployment FILE --key HEX [flags]\n\n"+
		"Follows the Rollup, Bridge and ChallengeGame contracts on L1, rebuilds the L2 state by replaying\n"+
		"every batch (read from the calldata that posted it, or from its blob through --l1-beacon) and deposit, and disputes every wrong claim\n"+
		"inside its window, playing the bisection game to the one-step proof. Needs nothing from the\n"+
		"sequencer. Every flag falls back to ROLLUP_<FLAG> (e.g. ROLLUP_KEY); --database-url to DATABASE_URL.\n\n")
	if _, err := parseUserFlags(fs, args, 0, map[string]string{"database-url": "DATABASE_URL"}); err != nil {
		return nil, err
	}
	return o, nil
}

func runChallenger(ctx context.Context, args []string) error {
	o, err := challengerFlags(args)
	if err != nil {
		return err
	}
	key, d, err := o.load("the agent keeps its progress and outbox in PostgreSQL")
	if err != nil {
		return err
	}
	o.cfg.Key, o.cfg.Deployment = key, d
	env, err := o.open(ctx)
	if err != nil {
		return err
	}
	defer env.Close()
	log, pool, client, reg := env.log, env.pool, env.l1, env.reg
	deps := fraudproof.Deps{L1: client, Pool: pool, Logger: log, Registry: reg}
	if o.l1Beacon != "" {
		deps.Blobs = beacon.NewClient(o.l1Beacon, o.cfg.RPCTimeout)
	}
	svc, err := fraudproof.New(o.cfg, deps)
	if err != nil {
		return err
	}
	if err := svc.Start(ctx); err != nil {
		return err
	}
	roles := "challenger"
	switch {
	case o.cfg.Dishonest:
		roles = "dishonest challenger"
	case o.cfg.Defend && o.cfg.Challenge:
		roles = "challenger and defender"
	case o.cfg.Defend:
		roles = "defender"
	}
	fmt.Printf("%s %s on L1 %s (chain %d), Rollup %s; bond %s per challenge\n", roles, svc.Address(), o.conn.l1RPC,
		d.L1ChainID, d.Contracts.Rollup, userflow.FormatAmount(d.ChallengerBond.Big()))
	return env.untilSignal(ctx, svc.Stop)
}
