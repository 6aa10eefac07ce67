package main

import (
	"context"
	"flag"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/rollup-dev/rollup/batcher"
	"github.com/rollup-dev/rollup/fraudproof"
	"github.com/rollup-dev/rollup/fraudproof/derive"
	"github.com/rollup-dev/rollup/l1client/beacon"
	"github.com/rollup-dev/rollup/l1client/txmgr"
	"github.com/rollup-dev/rollup/l2"
)

// batcherOptions are the command line of `rollup batcher`.
type batcherOptions struct {
	serviceFlags
	defend     bool
	maxFeeGwei uint64
	data       string

	cfg batcher.Config

	faultRoot, faultStep, faultSteps *uint64
	faultStepAt                      uint64
}

func batcherFlags(args []string) (*batcherOptions, error) {
	d := batcher.DefaultConfig
	o := &batcherOptions{}
	fs := flag.NewFlagSet("batcher", flag.ContinueOnError)
	o.register(fs, "of the proposer: the Rollup's sequencer address, staked with at least the proposer bond",
		"PostgreSQL URL of the sequencer's database", "127.0.0.1:9546", "listen address of /metrics and /healthz (empty: none)")
	fs.DurationVar(&o.cfg.Policy.MaxAge, "batch-interval", d.Policy.MaxAge, "longest a sealed block waits in an open batch before the batch is closed and posted")
	fs.IntVar(&o.cfg.Policy.TargetBytes, "target-bytes", d.Policy.TargetBytes, fmt.Sprintf("close a batch once it holds this many bytes (at most MAX_BATCH_BYTES = %d)", l2.MaxBatchBytes))
	fs.DurationVar(&o.cfg.PollInterval, "poll-interval", d.PollInterval, "how often sealed blocks and L1 are read")
	fs.Uint64Var(&o.cfg.Confirmations, "confirmations", d.Confirmations, "L1 blocks (the including one counted) after which a batch is 'confirmed'")
	fs.IntVar(&o.cfg.MaxInFlight, "max-in-flight", d.MaxInFlight, "batches sent and not yet included on L1")
	fs.IntVar(&o.cfg.MaxBuilt, "max-built", d.MaxBuilt, "batches built and not yet sent; beyond it sealed blocks wait in the database")
	fs.Uint64Var(&o.cfg.RepostAfter, "repost-after", d.RepostAfter, "L1 blocks after which a batch dropped by a reorg, whose nonce another transaction took, is posted with a new transaction")
	fs.BoolVar(&o.cfg.DisableFinalize, "no-finalize", false, "do not call finalize on batches whose dispute window passed")
	fs.BoolVar(&o.defend, "defend", true, "answer challenges against this proposer's batches (the fraudproof agent in defend mode)")
	fs.Uint64Var(&o.maxFeeGwei, "max-fee-gwei", 1000, "cap on the L1 max fee per gas of the batcher's transactions")
	fs.Var(optUint{&o.faultRoot}, "fault-bad-root-batch", "FAULT INJECTION (demonstrations, tests): claim a wrong post-state root for batch N (off by default)")
	fs.Var(optUint{&o.faultStep}, "fault-bad-step-batch", "FAULT INJECTION: claim the result of a run of batch N that mis-executes one step in the middle, so the bisection goes deep (off by default)")
	fs.Uint64Var(&o.faultStepAt, "fault-step", 0, "the step --fault-bad-step-batch mis-executes (0: the transfer nearest the middle)")
	fs.Var(optUint{&o.faultSteps}, "fault-bad-numsteps-batch", "FAULT INJECTION: claim half the step count of batch N (off by default)")
	fs.StringVar(&o.data, "data", string(d.Data), "how batches reach L1: auto (in a blob when the L1 has blobs, --l1-beacon answers and a blob costs less than calldata), blob or calldata")
	fs.StringVar(&o.cfg.L1Beacon, "l1-beacon", "", "beacon API URL of the L1, from which challengers and the defender read blob batches (anvil: its --l1-rpc URL; empty: batches go in calldata under --data auto)")
	setUsage(fs, "usage: rollup batcher --l1-rpc URL --deployment FILE --key HEX [flags]\n\n"+
		"Reads the sequencer's sealed L2 blocks from PostgreSQL, builds batches close to MAX_BATCH_BYTES\n"+
		"(or after --batch-interval), decodes and replays each before posting it (appendBatch, or\n"+
		"appendBlobBatches in a blob: see --data), and\n"+
		"follows it on L1 to final. Restart-safe: the Rollup contract's next index is the source of truth.\n"+
		"Every flag falls back to ROLLUP_<FLAG> (e.g. ROLLUP_KEY); --database-url also to DATABASE_URL.\n\n")
	if _, err := parseUserFlags(fs, args, 0, map[string]string{"database-url": "DATABASE_URL"}); err != nil {
		return nil, err
	}
	o.cfg.Data = batcher.DataMode(o.data)
	if err := o.cfg.Data.Check(); err != nil {
		return nil, fmt.Errorf("--data: %w", err)
	}
	if o.faultRoot != nil {
		o.cfg.Faults = append(o.cfg.Faults, batcher.Fault{Kind: batcher.FaultBadRoot, Batch: *o.faultRoot})
	}
	if o.faultStep != nil {
		o.cfg.Faults = append(o.cfg.Faults, batcher.Fault{Kind: batcher.FaultBadStep, Batch: *o.faultStep, Step: o.faultStepAt})
	}
	if o.faultSteps != nil {
		o.cfg.Faults = append(o.cfg.Faults, batcher.Fault{Kind: batcher.FaultBadNumSteps, Batch: *o.faultSteps})
	}
	return o, nil
}

func runBatcher(ctx context.Context, args []string) error {
	o, err := batcherFlags(args)
	if err != nil {
		return err
	}
	key, dep, err := o.load("the batcher reads sealed blocks and keeps its batches in PostgreSQL")
	if err != nil {
		return err
	}
	fee, overflow := uint256.FromBig(dep.BaseFee.Big())
	if overflow {
		return fmt.Errorf("deployment %s: base fee does not fit in 256 bits", o.conn.deployment)
	}
	cfg := o.cfg
	cfg.RollupAddress = dep.Contracts.Rollup
	cfg.StartBlock = dep.DeploymentBlock
	cfg.Params = &l2.Params{ChainID: dep.L2ChainID, BaseFee: fee, FeeRecipient: dep.FeeRecipient, GenesisTimestamp: dep.GenesisTimestamp}
	cfg.PrivateKey = key
	cfg.TxMgr = txmgr.Config{Name: "batcher", PrivateKey: key, Confirmations: cfg.Confirmations,
		MaxFeeCap: new(big.Int).Mul(new(big.Int).SetUint64(o.maxFeeGwei), big.NewInt(params.GWei))}
	if err := cfg.Check(); err != nil {
		return err
	}

	env, err := o.open(ctx)
	if err != nil {
		return err
	}
	defer env.Close()
	log, pool, client, reg := env.log, env.pool, env.l1, env.reg
	// One transaction manager for the proposer key, shared by the batcher
	// (appendBatch, finalize) and its defender (bisection moves).
	mgr, err := txmgr.New(cfg.TxMgr, txmgr.Deps{Client: client, Pool: pool, Logger: log, Registry: reg})
	if err != nil {
		return err
	}
	if err := mgr.Start(ctx); err != nil {
		return err
	}
	defer func() { _ = mgr.Stop() }()
	deps := batcher.Deps{Pool: pool, L1: client, Logger: log, Registry: reg, TxMgr: mgr}
	var blobs derive.BlobSource
	if cfg.L1Beacon != "" {
		blobs = beacon.NewClient(cfg.L1Beacon, cfg.RPCTimeout)
	}
	if o.defend {
		deps.NewDefender = func(claims batcher.ClaimSource) (batcher.Defender, error) {
			return fraudproof.New(fraudproof.Config{Deployment: dep, Key: key, Defend: true, Name: "defender-" + mgr.From().Hex()},
				fraudproof.Deps{L1: client, Pool: pool, Sender: mgr, Claims: claims, Blobs: blobs, Logger: log.Named("defender")})
		}
	}
	b, err := batcher.New(cfg, deps)
	if err != nil {
		return err
	}
	if err := b.Start(ctx); err != nil {
		return err
	}
	fmt.Printf("rollup batcher: proposer %s posting to Rollup %s on %s (batch interval %s, target %d bytes)\n",
		b.From(), cfg.RollupAddress, o.conn.l1RPC, cfg.Policy.MaxAge, cfg.Policy.TargetBytes)
	for _, f := range cfg.Faults {
		fmt.Printf("  WARNING   fault injection: %s (this proposer will lose its bond)\n", f)
	}
	return env.untilSignal(ctx, b.Stop)
}
