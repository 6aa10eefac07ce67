package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/go-chi/chi/v5"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rollup-dev/rollup/l1client/deploy"
	"github.com/rollup-dev/rollup/sequencer"
	"github.com/rollup-dev/rollup/sequencer/web"
	"github.com/rollup-dev/rollup/userflow"
)

func runSequencer(ctx context.Context, args []string) error {
	cfg, logOpts, err := sequencerFlags(args)
	if err != nil {
		return err
	}
	log, err := logOpts.logger()
	if err != nil {
		return err
	}
	defer func() { _ = log.Sync() }()

	if os.Getenv("GOGC") == "" {
		// The live heap is small (state, recent transactions); collecting
		// less often is cheaper at thousands of requests per second.
		debug.SetGCPercent(400)
	}
	// The status page for browsers at GET /, with L1 facts (games, deadlines,
	// the Bridge) when the deployment and an L1 are known.
	var pageOpts []web.Option
	if logOpts.dep != nil && cfg.L1RPC != "" {
		l1, err := ethclient.DialContext(ctx, cfg.L1RPC)
		if err != nil {
			return fmt.Errorf("connecting to L1 %s: %w", cfg.L1RPC, err)
		}
		defer l1.Close()
		pageOpts = append(pageOpts, web.WithL1(l1, logOpts.dep))
	}
	page := web.Handler(pageOpts...)
	svc, err := sequencer.New(cfg, sequencer.Deps{Logger: log, Mount: func(r chi.Router) { web.Mount(r, page) }})
	if err != nil {
		return err
	}
	if err := svc.Start(ctx); err != nil {
		return err
	}
	printSequencerBanner(svc, cfg)
	<-ctx.Done()
	log.Info("stopping (signal received)")
	stopCtx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	return svc.Stop(stopCtx)
}

type seqLogOptions struct {
	logFlags
	dep *deploy.Deployment // the deployment record, when --deployment is given
}

// sequencerFlags parses the command line into a Config. Every flag falls back
// to the environment variable ROLLUP_<FLAG> (upper case, dashes as
// underscores); --database-url also to DATABASE_URL.
func sequencerFlags(args []string) (sequencer.Config, seqLogOptions, error) {
	d := sequencer.DefaultConfig
	var (
		cfg            sequencer.Config
		lo             seqLogOptions
		deployment     string
		deploymentsDir string
		baseFee        = new(big.Int)
		feeRecipient   common.Address
		bridge, rollup common.Address
		disputeWindow  time.Duration
		alloc          seqAllocFlag
	)
	fs := flag.NewFlagSet("sequencer", flag.ContinueOnError)
	fs.StringVar(&cfg.HTTPAddr, "http-addr", d.HTTPAddr, "listen address of JSON-RPC (POST /), REST (/v1), /healthz, /readyz")
	fs.StringVar(&cfg.OpsAddr, "metrics-addr", "127.0.0.1:9548", "listen address of /metrics, /healthz, /readyz and pprof, kept off the public port (off: none)")
	fs.StringVar(&cfg.DatabaseURL, "database-url", "", "PostgreSQL URL (default: $DATABASE_URL)")
	fs.StringVar(&deployment, "deployment", "", "deployment record: a name (read from --deployments-dir/<name>.json) or a path; gives the chain parameters and contract addresses")
	fs.StringVar(&deploymentsDir, "deployments-dir", "deployments", "folder of deployment records")
	fs.Uint64Var(&cfg.ChainID, "chain-id", 0, "L2 chain ID (overrides the deployment)")
	fs.Var(weiFlag{baseFee}, "base-fee", "L2 base fee per gas in wei, e.g. 1gwei (overrides the deployment)")
	fs.Var(addrFlag{&feeRecipient}, "fee-recipient", "fee recipient address (overrides the deployment)")
	fs.Uint64Var(&cfg.GenesisTimestamp, "genesis-timestamp", 0, "timestamp of L2 block 0 (overrides the deployment)")
	fs.DurationVar(&disputeWindow, "dispute-window", 0, "L1 dispute window, for challenge deadlines (overrides the deployment)")
	fs.DurationVar(&cfg.BlockTime, "block-time", d.BlockTime, "how long a block stays open before it is sealed")
	fs.BoolVar(&cfg.EmptyBlocks, "empty-blocks", false, "seal an empty block every --empty-block-time when no transaction arrives")
	fs.DurationVar(&cfg.EmptyBlockTime, "empty-block-time", d.EmptyBlockTime, "interval of empty blocks on an idle chain (with --empty-blocks)")
	fs.IntVar(&cfg.MaxBlockTxs, "max-block-txs", d.MaxBlockTxs, "seal a block early at this many transactions")
	fs.IntVar(&cfg.MaxBlockBytes, "max-block-bytes", d.MaxBlockBytes, "seal a block early when its size in a batch may reach this many bytes")
	fs.IntVar(&cfg.MaxPending, "max-pending", d.MaxPending, "admitted transactions waiting for the executor before submissions are refused (busy)")
	fs.IntVar(&cfg.MaxGroupTxs, "max-group-txs", d.MaxGroupTxs, "largest commit group")
	fs.IntVar(&cfg.FutureNonces, "future-nonces", d.FutureNonces, "how many nonces ahead of its account nonce a transaction may be queued")
	fs.IntVar(&cfg.FutureTotal, "future-total", d.FutureTotal, "queued transactions (waiting for an earlier nonce) over all senders")
	fs.DurationVar(&cfg.FutureLifetime, "future-lifetime", d.FutureLifetime, "how long a queued transaction may wait for an earlier nonce before it is dropped")
	fs.Int64Var(&cfg.MaxBodyBytes, "max-body-bytes", d.MaxBodyBytes, "largest HTTP request body")
	fs.IntVar(&cfg.MaxBatchLen, "max-batch-len", d.MaxBatchLen, "most calls in one JSON-RPC batch")
	fs.IntVar(&cfg.MaxResponseBytes, "max-response-bytes", d.MaxResponseBytes, "most bytes of results one JSON-RPC request (a batch added up) may get")
	fs.IntVar(&cfg.MaxTxBytes, "max-tx-bytes", d.MaxTxBytes, "largest raw transaction")
	fs.IntVar(&cfg.MaxConns, "max-conns", d.MaxConns, "most simultaneous HTTP connections")
	fs.IntVar(&cfg.MaxConnsPerClient, "max-conns-per-client", d.MaxConnsPerClient, "most simultaneous HTTP connections of one client address")
	fs.Func("cors-origins", "comma-separated origins browsers may call the API from (* for any; empty: no CORS)", func(v string) error {
		cfg.CORSOrigins = nil
		for _, o := range strings.Split(v, ",") {
			if o = strings.TrimSpace(o); o != "" {
				cfg.CORSOrigins = append(cfg.CORSOrigins, o)
			}
		}
		return nil
	})
	fs.DurationVar(&cfg.RequestTimeout, "request-timeout", d.RequestTimeout, "time limit of one HTTP request, waiting for the acknowledgement included")
	fs.IntVar(&cfg.SnapshotEvery, "snapshot-every", d.SnapshotEvery, "write a state snapshot after this many transactions")
	fs.IntVar(&cfg.RecentTxs, "recent-txs", d.RecentTxs, "recent transactions kept in memory for look-ups")
	fs.StringVar(&cfg.L1RPC, "l1-rpc", "", "L1 JSON-RPC URL to follow deposits from (empty: no deposits)")
	fs.Var(addrFlag{&bridge}, "bridge", "Bridge address (overrides the deployment)")
	fs.Var(addrFlag{&rollup}, "rollup", "Rollup address (overrides the deployment)")
	fs.Uint64Var(&cfg.DepositStartBlock, "deposit-start-block", 0, "first L1 block to scan for deposits (default: the deployment block)")
	fs.Uint64Var(&cfg.DepositConfirmations, "deposit-confirmations", d.DepositConfirmations, "L1 blocks a deposit must be buried under before it is consumed")
	fs.DurationVar(&cfg.L1PollInterval, "l1-poll-interval", d.L1PollInterval, "how often L1 is polled")
	fs.Var(&alloc, "dev-genesis-alloc", "DEVELOPMENT/BENCHMARK ONLY, off by default: credit ADDR=AMOUNT[,ADDR=AMOUNT...] in the genesis state WITHOUT L1 backing (amounts like 1000eth)")
	fs.BoolVar(&cfg.Pprof, "pprof", false, "serve profiles under /debug/pprof")
	lo.register(fs, "info")
	setUsage(fs, "usage: rollup sequencer --deployment NAME [flags]\n"+
		"       rollup sequencer --chain-id N --base-fee WEI --fee-recipient ADDR [flags]\n\n"+
		"Every flag falls back to ROLLUP_<FLAG> (e.g. ROLLUP_HTTP_ADDR); --database-url also to DATABASE_URL.\n\n")
	if err := fs.Parse(args); err != nil {
		return cfg, lo, err
	}
	if fs.NArg() > 0 {
		return cfg, lo, fmt.Errorf("unexpected arguments: %v", fs.Args())
	}
	set, err := envFallback(fs, map[string]string{"database-url": "DATABASE_URL"})
	if err != nil {
		return cfg, lo, err
	}
	if deployment != "" {
		path := deployment
		if !strings.HasSuffix(path, ".json") && !strings.ContainsRune(path, filepath.Separator) {
			path = deploy.Path(deploymentsDir, deployment)
		}
		rec, err := deploy.Load(path)
		if err != nil {
			return cfg, lo, fmt.Errorf("--deployment: %w", err)
		}
		overrides := cfg
		lo.dep = rec
		sequencer.ApplyDeployment(&cfg, rec)
		if set["chain-id"] {
			cfg.ChainID = overrides.ChainID
		}
		if set["genesis-timestamp"] {
			cfg.GenesisTimestamp = overrides.GenesisTimestamp
		}
		if set["deposit-start-block"] {
			cfg.DepositStartBlock = overrides.DepositStartBlock
		}
	}
	if set["base-fee"] || cfg.BaseFee == nil {
		cfg.BaseFee = baseFee
	}
	if set["fee-recipient"] || cfg.FeeRecipient == (common.Address{}) {
		cfg.FeeRecipient = feeRecipient
	}
	if set["bridge"] {
		cfg.BridgeAddress = bridge
	}
	if set["rollup"] {
		cfg.RollupAddress = rollup
	}
	if set["dispute-window"] {
		cfg.DisputeWindow = disputeWindow
	}
	if len(alloc) > 0 {
		cfg.DevGenesisAlloc = alloc
		cfg.GenesisStateRoot = nil // an unbacked allocation never matches a deployment
	}
	cfg.Version = version
	cfg = cfg.WithDefaults()
	if cfg.DatabaseURL == "" {
		return cfg, lo, errors.New("--database-url (or DATABASE_URL) is required")
	}
	return cfg, lo, cfg.Check()
}

// seqAllocFlag is a development genesis allocation: ADDR=AMOUNT,ADDR=AMOUNT.
type seqAllocFlag []sequencer.GenesisAccount

func (f *seqAllocFlag) String() string {
	parts := make([]string, len(*f))
	for i, a := range *f {
		parts[i] = a.Address.Hex() + "=" + a.Balance.String()
	}
	return strings.Join(parts, ",")
}

func (f *seqAllocFlag) Set(s string) error {
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		addr, amount, ok := strings.Cut(part, "=")
		if !ok || !common.IsHexAddress(addr) {
			return fmt.Errorf("want ADDR=AMOUNT, got %q", part)
		}
		v, err := userflow.ParseAmount(amount)
		if err != nil {
			return err
		}
		*f = append(*f, sequencer.GenesisAccount{Address: common.HexToAddress(addr), Balance: v})
	}
	return nil
}

func printSequencerBanner(svc *sequencer.Service, cfg sequencer.Config) {
	u := svc.URL()
	fmt.Printf("rollup sequencer ready (L2 chain %d, base fee %s wei, fee recipient %s)\n", cfg.ChainID, cfg.BaseFee, cfg.FeeRecipient)
	fmt.Printf("  JSON-RPC  POST %s/\n", u)
	fmt.Printf("  REST      %s/v1   (OpenAPI: %s/v1/openapi.json)\n", u, u)
	fmt.Printf("  health    %s/healthz   ready: %s/readyz\n", u, u)
	if o := svc.OpsURL(); o != "" {
		fmt.Printf("  metrics   %s/metrics   (operators' listener, also /healthz and /readyz)\n", o)
		if cfg.Pprof {
			fmt.Printf("  pprof     %s/debug/pprof/\n", o)
		}
	}
	if cfg.L1RPC != "" {
		fmt.Printf("  deposits  Bridge %s on %s (%d confirmations)\n", cfg.BridgeAddress, cfg.L1RPC, cfg.DepositConfirmations)
	} else {
		fmt.Printf("  deposits  not followed (no --l1-rpc)\n")
	}
	if n := len(cfg.DevGenesisAlloc); n > 0 {
		fmt.Printf("  WARNING   development genesis allocation of %d accounts, NOT backed on L1: for benchmarks and development only\n", n)
	}
}
