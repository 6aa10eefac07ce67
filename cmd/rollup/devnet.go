package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rollup-dev/rollup/batcher"
	"github.com/rollup-dev/rollup/cmd/rollup/devnet"
	"github.com/rollup-dev/rollup/l1client/deploy"
	"github.com/rollup-dev/rollup/l1client/devkeys"
	l2pkg "github.com/rollup-dev/rollup/l2"
	"github.com/rollup-dev/rollup/userflow"
)

func runDevnet(ctx context.Context, args []string) error {
	cfg, lo, err := devnetFlags(args)
	if err != nil {
		return err
	}
	log, err := lo.logger()
	if err != nil {
		return err
	}
	defer func() { _ = log.Sync() }()
	cfg.Logger = log

	t0 := time.Now()
	d, err := devnet.New(cfg)
	if err != nil {
		return err
	}
	if err := d.Start(ctx); err != nil {
		if ctx.Err() != nil {
			return errors.New("interrupted while starting")
		}
		return err
	}
	printDevnetBanner(ctx, os.Stdout, d, time.Since(t0))
	<-ctx.Done()
	log.Info("stopping (signal received)")
	stopCtx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := d.Stop(stopCtx); err != nil {
		return err
	}
	fmt.Printf("devnet stopped; start it again with the same --datadir (%s) to resume\n", cfg.DataDir)
	return nil
}

// devnetFlags parses the command line into a devnet.Config. Every flag falls
// back to ROLLUP_<FLAG>; --database-url also to DATABASE_URL.
func devnetFlags(args []string) (devnet.Config, logFlags, error) {
	d := devnet.DefaultConfig
	var (
		cfg   devnet.Config
		lo    logFlags
		l1Key string
	)
	cfg.L2Funding = new(big.Int).Set(d.L2Funding)
	fs := flag.NewFlagSet("devnet", flag.ContinueOnError)
	fs.StringVar(&cfg.DataDir, "datadir", d.DataDir, "data directory: the in-process L1 chain, the PostgreSQL cluster and the deployment record; started again on it the devnet resumes")
	fs.StringVar(&cfg.DatabaseURL, "database-url", "", "PostgreSQL URL of an empty or devnet-owned database (default: start PostgreSQL under <datadir>/postgres)")
	fs.StringVar(&cfg.HTTPAddr, "http-addr", d.HTTPAddr, "L2 listen address: JSON-RPC (POST /), REST (/v1), status page (GET /)")
	fs.StringVar(&cfg.L1HTTPAddr, "l1-http-addr", d.L1HTTPAddr, "JSON-RPC listen address of the in-process L1 (unused with --l1-rpc)")
	fs.StringVar(&cfg.L1BeaconAddr, "l1-beacon", d.L1BeaconAddr, "beacon API listen address of the in-process L1, serving the blobs it mined (blob_sidecars); off: none")
	fs.Func("batch-data", "how batches reach L1: blob (default; calldata when the L1 serves no beacon API, as geth --dev does not), auto (a blob when it costs less than calldata) or calldata", func(v string) error {
		cfg.BatchData = batcher.DataMode(v)
		return cfg.BatchData.Check()
	})
	fs.StringVar(&cfg.L1RPC, "l1-rpc", "", "use this L1 (anvil, geth --dev) instead of the in-process one")
	fs.StringVar(&l1Key, "l1-key", "", "with --l1-rpc: hex key of a funded L1 account that pays the deployment and funds the devnet's accounts (default: the test mnemonic's account 0, funded by anvil)")
	fs.DurationVar(&cfg.L1BlockTime, "l1-block-time", d.L1BlockTime, "block interval of the in-process L1")
	fs.DurationVar(&cfg.BlockTime, "block-time", d.BlockTime, "L2 block time")
	fs.DurationVar(&cfg.EmptyBlockTime, "empty-block-time", d.EmptyBlockTime, "interval of empty L2 blocks on an idle chain, so confirmations advance")
	fs.BoolVar(&cfg.NoEmptyBlocks, "no-empty-blocks", false, "make no empty L2 blocks on an idle chain")
	fs.DurationVar(&cfg.BatchInterval, "batch-interval", d.BatchInterval, "longest time a batch stays open before it is posted to L1")
	fs.DurationVar(&cfg.DisputeWindow, "dispute-window", d.DisputeWindow, "dispute window of the deployed Rollup contract (fixed at the first start)")
	fs.DurationVar(&cfg.GameClock, "game-clock", d.GameClock, "each side's time in a dispute game (fixed at the first start)")
	fs.DurationVar(&cfg.ClockIncrement, "clock-increment", d.ClockIncrement, "time added to a side's game clock after each of its moves (fixed at the first start)")
	fs.Var(optUint{&cfg.FaultBadRootBatch}, "fault-bad-root-batch", "FAULT INJECTION: the proposer claims a wrong state root for batch `N` (the challenger then wins a dispute game and the chain recovers)")
	fs.Var(optUint{&cfg.FaultBadStepBatch}, "fault-bad-step-batch", "FAULT INJECTION: the proposer mis-executes a step in the middle of batch `N` and defends that trace (the bisection goes deep before the one-step proof)")
	fs.Func("fault-censor", "FAULT INJECTION: the sequencer refuses transactions from `ADDR` (repeatable); rollup send --force still gets them in", func(v string) error {
		if !common.IsHexAddress(v) {
			return fmt.Errorf("not an address: %q", v)
		}
		cfg.FaultCensor = append(cfg.FaultCensor, common.HexToAddress(v))
		return nil
	})
	fs.BoolVar(&cfg.NoChallenger, "no-challenger", false, "run without the challenger")
	fs.IntVar(&cfg.Accounts, "accounts", d.Accounts, "how many of the test mnemonic's accounts are funded")
	fs.Var(amountFlag{&cfg.L2Funding}, "l2-funding", "deposited to L2 from each dev account at the first start")
	tokenFunding := fs.Int64("token-funding", 1000, "whole DevTokens (DUSD, 6 decimals) deposited to L2 from each dev account at the first start (0: no DevToken)")
	fs.Uint64Var(&cfg.DepositConfirmations, "deposit-confirmations", d.DepositConfirmations, "L1 blocks a deposit must be buried under before L2 consumes it")
	lo.register(fs, "warn")
	setUsage(fs, "usage: rollup devnet [flags]\n\n"+
		"Runs a whole rollup in one process and funds the test mnemonic's accounts on L1 and,\n"+
		"through Bridge deposits, on L2. Ctrl-C stops it; started again with the same\n"+
		"--datadir it resumes. Every flag falls back to ROLLUP_<FLAG> (e.g. ROLLUP_DATADIR);\n"+
		"--database-url also to DATABASE_URL.\n\n")
	if _, err := parseUserFlags(fs, args, 0, map[string]string{"database-url": "DATABASE_URL"}); err != nil {
		return cfg, lo, err
	}
	if l1Key != "" {
		if cfg.L1RPC == "" {
			return cfg, lo, errors.New("--l1-key needs --l1-rpc (the in-process L1 funds its own accounts)")
		}
		k, err := userflow.ParseKey(l1Key)
		if err != nil {
			return cfg, lo, fmt.Errorf("--l1-key: %w", err)
		}
		cfg.L1Key = k
	}
	if *tokenFunding <= 0 {
		cfg.NoToken = true
	} else {
		cfg.TokenFunding = new(big.Int).Mul(big.NewInt(*tokenFunding), big.NewInt(1e6))
	}
	full := cfg.WithDefaults()
	return cfg, lo, full.Check()
}

func printDevnetBanner(ctx context.Context, w io.Writer, d *devnet.Devnet, took time.Duration) {
	cfg, dep := d.Config(), d.Deployment()
	state := "new"
	if d.Resumed() {
		state = "resumed"
	}
	fmt.Fprintf(w, "\nrollup devnet ready in %s (%s, data in %s)\n\n", took.Round(100*time.Millisecond), state, cfg.DataDir)
	l1Kind := fmt.Sprintf("in-process, block time %s", cfg.L1BlockTime)
	if !d.InProcessL1() {
		l1Kind = "external"
	}
	u := d.L2URL()
	fmt.Fprintf(w, "  L1 JSON-RPC   %-28s chain ID %d (%s)\n", d.L1URL(), dep.L1ChainID, l1Kind)
	if b := d.L1BeaconURL(); b != "" {
		fmt.Fprintf(w, "  L1 beacon API %-28s blob sidecars of the blocks it mined\n", b)
	}
	switch data := d.BatchData(); {
	case data == batcher.DataCalldata && d.L1BeaconURL() == "":
		fmt.Fprintf(w, "  batches       in calldata: the L1 serves no beacon API to read blobs back from\n")
	case data == batcher.DataAuto:
		fmt.Fprintf(w, "  batches       in a blob when it costs less than calldata, else in calldata\n")
	case data == batcher.DataCalldata:
		fmt.Fprintf(w, "  batches       in calldata\n")
	default:
		fmt.Fprintf(w, "  batches       in blobs (EIP-4844), read back through the beacon API\n")
	}
	fmt.Fprintf(w, "  L2 JSON-RPC   %-28s chain ID %d (block time %s)\n", u, dep.L2ChainID, cfg.BlockTime)
	fmt.Fprintf(w, "  L2 REST       %s/v1   status page %s/\n", u, u)
	if o := d.Sequencer().OpsURL(); o != "" {
		fmt.Fprintf(w, "  metrics       %s/metrics (local only)\n", o)
	}
	fmt.Fprintf(w, "  database      %s\n", redactURL(d.DatabaseURL()))
	if dir := d.PostgresDir(); dir != "" {
		fmt.Fprintf(w, "                cluster in %s\n", dir)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "  contracts (record: %s)\n", d.DeploymentFile())
	fmt.Fprintf(w, "    Rollup         %s\n    Bridge         %s\n    ChallengeGame  %s\n    OneStepProver  %s\n",
		dep.Contracts.Rollup, dep.Contracts.Bridge, dep.Contracts.ChallengeGame, dep.Contracts.OneStepProver)
	if dep.DevToken != nil {
		p := deploy.DevTokenParams()
		fmt.Fprintf(w, "    DevToken       %s  %s (%s, %d decimals) on L1; on L2 at %s\n", *dep.DevToken, p.Symbol, p.Name, p.Decimals,
			l2pkg.TokenAddress(*dep.DevToken))
	}
	fmt.Fprintf(w, "  dispute window %ds, game clock %ds + %ds a move, batch interval %s (short devnet values, not for a public L1)\n",
		dep.DisputeWindow, dep.GameClock, dep.ClockIncrement, cfg.BatchInterval)
	if cfg.FaultBadRootBatch != nil {
		fmt.Fprintf(w, "  FAULT INJECTION: batch %d will claim a wrong state root; watch the challenger win\n", *cfg.FaultBadRootBatch)
	}
	for _, a := range cfg.FaultCensor {
		fmt.Fprintf(w, "  FAULT INJECTION: the sequencer censors %s; force its transactions with rollup send --force\n", a)
	}
	if cfg.FaultBadStepBatch != nil {
		fmt.Fprintf(w, "  FAULT INJECTION: batch %d will mis-execute a step in its middle; watch the bisection reach it\n", *cfg.FaultBadStepBatch)
	}
	fmt.Fprintf(w, "\n  proposer   %s (sequencer fee recipient, batcher, defender)\n", d.Proposer().Address)
	if !cfg.NoChallenger {
		fmt.Fprintf(w, "  challenger %s\n", d.Challenger().Address)
	}

	fmt.Fprintf(w, "\n  dev accounts (mnemonic %q), balances on L1 and L2:\n", devkeys.Mnemonic)
	l2, _ := userflow.DialL2(ctx, u)
	for i, a := range d.Accounts() {
		l1b, _ := d.L1Client().BalanceAt(ctx, a.Address, nil)
		var l2b *big.Int
		tok := ""
		if l2 != nil {
			l2b, _ = l2.Balance(ctx, a.Address)
			if dep.DevToken != nil {
				if b, err := l2.TokenBalance(ctx, l2pkg.TokenAddress(*dep.DevToken), a.Address); err == nil {
					p := deploy.DevTokenParams()
					tok = " + " + userflow.FormatTokenAmount(b, p.Decimals, p.Symbol)
				}
			}
		}
		fmt.Fprintf(w, "    (%d) %s  key %s  L1 %s  L2 %s%s\n", i, a.Address, a.KeyHex(), shortEth(l1b), shortEth(l2b), tok)
	}
	if l2 != nil {
		l2.Close()
	}
	a := d.Accounts()
	if len(a) > 1 {
		self := os.Args[0]
		conn := ""
		if u != defaultL2RPC {
			conn += " --rpc " + u
		}
		if d.L1URL() != defaultL1RPC {
			conn += " --l1-rpc " + d.L1URL()
		}
		if d.DeploymentFile() != defaultDeployment {
			conn += " --deployment " + d.DeploymentFile()
		}
		fmt.Fprintf(w, "\n  try:\n    cast balance --ether --rpc-url %s %s\n", u, a[0].Address)
		fmt.Fprintf(w, "    %s send --to %s --value 1eth --key %s --wait final%s\n", self, a[1].Address, a[0].KeyHex(), conn)
		fmt.Fprintf(w, "    %s status <TXHASH> --follow%s\n", self, conn)
		if dep.DevToken != nil {
			fmt.Fprintf(w, "    %s send --token %s --to %s --value 12.5 --key %s%s\n", self, l2pkg.TokenAddress(*dep.DevToken), a[1].Address, a[0].KeyHex(), conn)
		}
	}
	fmt.Fprintf(w, "\n  Ctrl-C stops the devnet; started again with --datadir %s it resumes.\n\n", cfg.DataDir)
}

func shortEth(v *big.Int) string {
	if v == nil {
		return "?"
	}
	s := userflow.FormatEther(v)
	if i := strings.IndexByte(s, '.'); i >= 0 && len(s) > i+5 {
		s = s[:i+5]
	}
	return s + " ETH"
}

// redactURL hides a password in a database URL.
func redactURL(u string) string {
	at := strings.LastIndexByte(u, '@')
	scheme := strings.Index(u, "://")
	if at < 0 || scheme < 0 {
		return u
	}
	cred := u[scheme+3 : at]
	if i := strings.IndexByte(cred, ':'); i >= 0 {
		return u[:scheme+3] + cred[:i] + ":***" + u[at:]
	}
	return u
}
