package devnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/go-chi/chi/v5"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"go.uber.org/zap"
	"golang.org/x/sync/errgroup"

	"github.com/rollup-dev/rollup/batcher"
	"github.com/rollup-dev/rollup/chaindb"
	"github.com/rollup-dev/rollup/internal/pgserver"
	"github.com/rollup-dev/rollup/l1client/beacon"
	"github.com/rollup-dev/rollup/l1client/deploy"
	"github.com/rollup-dev/rollup/l1client/devchain"
	"github.com/rollup-dev/rollup/l1client/devkeys"
	"github.com/rollup-dev/rollup/l1client/follow"
	"github.com/rollup-dev/rollup/sequencer"
	"github.com/rollup-dev/rollup/sequencer/web"
	"github.com/rollup-dev/rollup/store"
	"github.com/rollup-dev/rollup/userflow"
)

// ErrL1Lost means the L1 does not hold what the data directory recorded: the
// deployment's contracts are missing or the L1 chain is shorter than the one
// the L2 chain followed. The devnet cannot resume on it.
var ErrL1Lost = errors.New("the L1 chain does not hold this devnet's deployment")

// Mnemonic indexes of the devnet's service keys: the users get 0..Accounts-1.
const (
	proposerIndex   = 100 // deployer, sequencer (fee recipient), batcher and defender
	challengerIndex = 101
)

// Devnet is a running rollup. Build it with New, then Start and Stop.
type Devnet struct {
	cfg Config
	log *zap.Logger

	users      []devkeys.Account
	proposer   devkeys.Account
	challenger devkeys.Account

	pg       *pgserver.Server
	dbURL    string
	pool     *pgxpool.Pool
	l1       *devchain.Chain // nil with an external L1
	l1Client *ethclient.Client
	l1URL    string
	// beaconURL is the L1's beacon API (the in-process one's, or an external
	// L1's that answers one, as anvil does on its JSON-RPC port); empty: none.
	beaconURL string
	l1Flows   *userflow.L1
	dep       *deploy.Deployment
	depPath   string
	seq       *sequencer.Service
	resumed   bool
	funded    []Funding
	// tokenFresh: the DevToken was deployed by this start, so the dev
	// accounts still have to deposit it.
	tokenFresh bool

	mu       sync.Mutex
	stops    []namedStop // in start order; Stop runs them backwards
	stopOnce sync.Once
	stopErr  error
}

type namedStop struct {
	name string
	stop func(context.Context) error
}

// New checks cfg and derives the devnet's keys; nothing runs until Start.
func New(cfg Config) (*Devnet, error) {
	cfg = cfg.WithDefaults()
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	users, err := devkeys.Accounts(cfg.Accounts)
	if err != nil {
		return nil, fmt.Errorf("devnet: deriving dev accounts: %w", err)
	}
	roles, err := devkeys.Accounts(challengerIndex + 1)
	if err != nil {
		return nil, fmt.Errorf("devnet: deriving service keys: %w", err)
	}
	return &Devnet{
		cfg: cfg, log: cfg.Logger.Named("devnet"),
		users: users, proposer: roles[proposerIndex], challenger: roles[challengerIndex],
	}, nil
}

// Start brings everything up and funds the dev accounts; it returns once the
// L2 JSON-RPC is served and every dev account holds its L2 funding. On error
// everything started so far is stopped.
func (d *Devnet) Start(ctx context.Context) error {
	if err := d.start(ctx); err != nil {
		stopCtx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		_ = d.Stop(stopCtx)
		return err
	}
	return nil
}

func (d *Devnet) start(ctx context.Context) error {
	t0 := time.Now()
	if err := os.MkdirAll(d.cfg.DataDir, 0o755); err != nil {
		return fmt.Errorf("devnet: creating %s: %w", d.cfg.DataDir, err)
	}
	d.depPath = filepath.Join(d.cfg.DataDir, "deployment.json")
	if err := d.lockDataDir(); err != nil {
		return err
	}
	if err := d.startDatabase(ctx); err != nil {
		return err
	}
	if err := d.startL1(ctx); err != nil {
		return err
	}
	if err := d.ensureDeployment(ctx); err != nil {
		return err
	}
	d.l1Flows = userflow.NewL1(d.l1Client, d.dep)
	if err := d.startSequencer(ctx); err != nil {
		return err
	}
	d.log.Info("L2 JSON-RPC served", zap.String("url", d.seq.URL()), zap.Duration("after", time.Since(t0)))
	// The batcher (with the defender) and the challenger each load their
	// progress from the database; they do not depend on each other.
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error { return d.startBatcher(gctx) })
	if !d.cfg.NoChallenger {
		g.Go(func() error { return d.startChallenger(gctx) })
	}
	if err := g.Wait(); err != nil {
		return err
	}
	if err := d.fund(ctx); err != nil {
		return err
	}
	d.log.Info("devnet ready", zap.Duration("startup", time.Since(t0)), zap.Bool("resumed", d.resumed))
	return nil
}

func (d *Devnet) onStop(name string, f func(context.Context) error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.stops = append(d.stops, namedStop{name, f})
}

// Stop stops every component in reverse start order: challenger, batcher,
// sequencer, database pool, L1 (flushing its chain to disk), PostgreSQL. It is
// safe to call more than once.
func (d *Devnet) Stop(ctx context.Context) error {
	d.stopOnce.Do(func() {
		d.mu.Lock()
		stops := d.stops
		d.stops = nil
		d.mu.Unlock()
		var errs []error
		for i := len(stops) - 1; i >= 0; i-- {
			if err := stops[i].stop(ctx); err != nil {
				d.log.Warn("stopping", zap.String("component", stops[i].name), zap.Error(err))
				errs = append(errs, fmt.Errorf("stopping %s: %w", stops[i].name, err))
			}
		}
		d.stopErr = errors.Join(errs...)
		d.log.Info("devnet stopped")
	})
	return d.stopErr
}

// startDatabase starts PostgreSQL under the data directory unless a URL is
// configured, and opens a migrated pool shared by the services.
func (d *Devnet) startDatabase(ctx context.Context) error {
	d.dbURL = d.cfg.DatabaseURL
	if d.dbURL == "" {
		dir, err := filepath.Abs(filepath.Join(d.cfg.DataDir, "postgres"))
		if err != nil {
			return err
		}
		srv, err := pgserver.Start(ctx, pgserver.Config{DataDir: dir, Logger: d.cfg.Logger})
		if err != nil {
			return fmt.Errorf("devnet: starting PostgreSQL (set DATABASE_URL to use a running server): %w", err)
		}
		d.pg = srv
		// The cluster belongs to this data directory: stop it even when it
		// was found running (left by a devnet that was killed).
		d.onStop("postgres", func(ctx context.Context) error {
			if srv.Reused() {
				return pgserver.StopDataDir(ctx, srv.DataDir(), "")
			}
			return srv.Stop(ctx)
		})
		if err := createDatabase(ctx, srv.URL(), "rollup"); err != nil {
			return err
		}
		d.dbURL = srv.DatabaseURL("rollup")
	}
	pool, err := store.OpenConfig(ctx, store.Config{URL: d.dbURL, MaxConns: 40}, d.cfg.Logger)
	if err != nil {
		return fmt.Errorf("devnet: opening the database: %w", err)
	}
	d.pool = pool
	d.onStop("database pool", func(context.Context) error { pool.Close(); return nil })
	return nil
}

func createDatabase(ctx context.Context, adminURL, name string) error {
	conn, err := pgx.Connect(ctx, adminURL)
	if err != nil {
		return fmt.Errorf("devnet: connecting to PostgreSQL: %w", err)
	}
	defer conn.Close(ctx)
	var exists bool
	if err := conn.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", name).Scan(&exists); err != nil {
		return fmt.Errorf("devnet: looking for database %s: %w", name, err)
	}
	if !exists {
		if _, err := conn.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()); err != nil {
			return fmt.Errorf("devnet: creating database %s: %w", name, err)
		}
	}
	return nil
}

// startL1 starts the in-process L1 or connects to the external one.
func (d *Devnet) startL1(ctx context.Context) error {
	if d.cfg.L1RPC != "" {
		c, err := ethclient.DialContext(ctx, d.cfg.L1RPC)
		if err != nil {
			return fmt.Errorf("devnet: connecting to L1 %s: %w", d.cfg.L1RPC, err)
		}
		cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		if _, err := c.ChainID(cctx); err != nil {
			c.Close()
			return fmt.Errorf("devnet: L1 %s does not answer: %w", d.cfg.L1RPC, err)
		}
		d.l1Client, d.l1URL = c, d.cfg.L1RPC
		d.onStop("L1 client", func(context.Context) error { c.Close(); return nil })
		if err := beacon.NewClient(d.cfg.L1RPC, 5*time.Second).Check(cctx); err != nil {
			d.cfg.Logger.Warn("the external L1 serves no beacon API (geth --dev serves none): batches go in calldata",
				zap.String("l1_rpc", d.cfg.L1RPC), zap.Error(err))
		} else {
			d.beaconURL = d.cfg.L1RPC
		}
		return nil
	}
	alloc := types.GenesisAlloc{}
	for _, a := range []devkeys.Account{d.proposer, d.challenger} {
		alloc[a.Address] = types.Account{Balance: new(big.Int).Set(devchain.DefaultBalance)}
	}
	beaconAddr := d.cfg.L1BeaconAddr
	if beaconAddr == "off" {
		beaconAddr = ""
	}
	chain, err := devchain.New(devchain.Config{
		DataDir: d.cfg.DataDir, HTTPAddr: d.cfg.L1HTTPAddr, BeaconAddr: beaconAddr, BlockTime: d.cfg.L1BlockTime,
		Accounts: len(d.users), Alloc: alloc, Logger: d.cfg.Logger,
	})
	if err != nil {
		return fmt.Errorf("devnet: starting the in-process L1: %w", err)
	}
	d.l1 = chain
	d.onStop("in-process L1", func(context.Context) error { return chain.Stop() })
	if err := chain.Start(); err != nil {
		return err
	}
	d.l1Client, d.l1URL, d.beaconURL = chain.Client(), chain.HTTPURL(), chain.BeaconURL()
	return nil
}

// funder is the key that pays for the deployment's prerequisites on an
// external L1.
func (d *Devnet) funder() *ecdsa.PrivateKey {
	if d.cfg.L1Key != nil {
		return d.cfg.L1Key
	}
	return d.users[0].Key
}

// ensureDeployment loads and verifies the recorded deployment, or deploys the
// contracts on a new data directory.
func (d *Devnet) ensureDeployment(ctx context.Context) error {
	if _, err := os.Stat(d.depPath); err == nil {
		dep, err := deploy.Load(d.depPath)
		if err != nil {
			return err
		}
		d.dep = dep
		if err := d.verifyL1(ctx); err != nil {
			return err
		}
		d.resumed = true
		d.log.Info("resuming", zap.String("deployment", d.depPath), zap.Stringer("rollup", dep.Contracts.Rollup))
		return nil
	}
	switch _, err := chaindb.LoadChain(ctx, d.pool); {
	case errors.Is(err, store.ErrNotFound):
	case err != nil:
		return fmt.Errorf("devnet: reading the database: %w", err)
	default:
		return fmt.Errorf("devnet: the database already holds an L2 chain but %s has no deployment record: "+
			"use an empty database (or unset DATABASE_URL) for a new devnet, or the data directory that created it", d.cfg.DataDir)
	}
	if d.cfg.L1RPC != "" {
		if err := d.fundServiceKeys(ctx); err != nil {
			return err
		}
	}
	p := deploy.DevnetParams()
	p.DisputeWindow = uint64(d.cfg.DisputeWindow / time.Second)
	p.GameClock = uint64(d.cfg.GameClock / time.Second)
	p.ClockIncrement = uint64(d.cfg.ClockIncrement / time.Second)
	if d.cfg.L1RPC == "" {
		p.L1BlockTime = d.cfg.L1BlockTime
	}
	p.Sequencer = d.proposer.Address
	dep, err := deploy.Deploy(ctx, d.l1Client, deploy.Config{
		Name: "devnet", Key: d.proposer.Key, Params: p, Stake: p.ProposerBond, Timeout: 2 * time.Minute,
	})
	if err != nil {
		return fmt.Errorf("devnet: deploying the contracts: %w", err)
	}
	if !d.cfg.NoToken {
		if err := d.deployDevToken(ctx, dep); err != nil {
			return err
		}
	}
	if err := dep.WriteFile(d.depPath); err != nil {
		return err
	}
	d.dep = dep
	d.log.Info("contracts deployed", zap.Stringer("rollup", dep.Contracts.Rollup), zap.Stringer("bridge", dep.Contracts.Bridge),
		zap.Uint64("block", dep.DeploymentBlock), zap.String("record", d.depPath))
	return nil
}

// verifyL1 checks that the L1 still holds the recorded deployment and every
// L1 block the L2 chain followed.
func (d *Devnet) verifyL1(ctx context.Context) error {
	restart := fmt.Sprintf("start over with a fresh data directory (remove %s or pass another --datadir)", d.cfg.DataDir)
	flows := userflow.NewL1(d.l1Client, d.dep)
	if err := flows.Check(ctx); err != nil {
		if errors.Is(err, userflow.ErrNoDeployment) {
			return fmt.Errorf("devnet: %w (%v): %s", ErrL1Lost, err, restart)
		}
		return err
	}
	h, err := d.l1Client.HeaderByNumber(ctx, new(big.Int).SetUint64(d.dep.DeploymentBlock))
	if err != nil || h.Hash() != d.dep.DeploymentBlockHash {
		return fmt.Errorf("devnet: %w: L1 block %d is not the deployment block %s: %s", ErrL1Lost, d.dep.DeploymentBlock, d.dep.DeploymentBlockHash, restart)
	}
	newest, ok, err := follow.Newest(ctx, d.pool)
	if err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	if !ok {
		return nil
	}
	number := newest.Number
	head, err := d.l1Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("devnet: reading the L1 head: %w", err)
	}
	if head.Number.Uint64() < number {
		return fmt.Errorf("devnet: %w: the L1 head is block %d but the L2 chain followed L1 up to block %d (the L1 lost blocks): %s",
			ErrL1Lost, head.Number.Uint64(), number, restart)
	}
	return nil
}

// startSequencer starts the sequencer on the shared pool, following deposits
// on L1, with the status page at GET /.
func (d *Devnet) startSequencer(ctx context.Context) error {
	cfg := sequencer.DefaultConfig
	sequencer.ApplyDeployment(&cfg, d.dep)
	cfg.HTTPAddr = d.cfg.HTTPAddr
	cfg.DatabaseURL = d.dbURL
	cfg.BlockTime = d.cfg.BlockTime
	cfg.EmptyBlocks = !d.cfg.NoEmptyBlocks
	cfg.EmptyBlockTime = max(d.cfg.EmptyBlockTime, d.cfg.BlockTime)
	cfg.L1RPC = d.l1URL
	cfg.DepositConfirmations = d.cfg.DepositConfirmations
	cfg.FaultCensor = d.cfg.FaultCensor
	cfg.CORSOrigins = []string{"*"} // wallets and dapps in a browser may call it
	cfg.L1PollInterval = min(d.cfg.L1BlockTime/2, time.Second)
	if cfg.L1PollInterval < 50*time.Millisecond {
		cfg.L1PollInterval = 50 * time.Millisecond
	}
	page := web.Handler(web.WithTitle("rollup devnet"), web.WithL1(d.l1Client, d.dep))
	svc, err := sequencer.New(cfg, sequencer.Deps{
		Logger: d.cfg.Logger,
		Pool:   d.pool,
		L1:     d.l1Client,
		Mount:  func(r chi.Router) { web.Mount(r, page) },
	})
	if err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	if err := svc.Start(ctx); err != nil {
		return fmt.Errorf("devnet: starting the sequencer: %w", err)
	}
	d.seq = svc
	d.onStop("sequencer", svc.Stop)
	return nil
}

// L1URL is the L1 JSON-RPC endpoint.
func (d *Devnet) L1URL() string { return d.l1URL }

// L1BeaconURL is the L1's beacon API (blob sidecars): the in-process L1's,
// or an external L1's JSON-RPC URL when it answers the beacon API there
// (anvil); empty when there is none.
func (d *Devnet) L1BeaconURL() string { return d.beaconURL }

// BatchData is how the batcher posts batches: Config.BatchData, or calldata
// when the L1 serves no beacon API to read blobs back from.
func (d *Devnet) BatchData() batcher.DataMode {
	if d.beaconURL == "" {
		return batcher.DataCalldata
	}
	return d.cfg.BatchData
}

// L2URL is the sequencer's base URL (JSON-RPC at /, REST at /v1).
func (d *Devnet) L2URL() string { return d.seq.URL() }

// PostgresDir is the cluster directory of the PostgreSQL the devnet started
// (under the data directory, or where the postgres user can reach it when the
// devnet runs as root in a private folder); empty with DatabaseURL.
func (d *Devnet) PostgresDir() string {
	if d.pg == nil {
		return ""
	}
	return d.pg.DataDir()
}

// L1Client is a client of the L1.
func (d *Devnet) L1Client() *ethclient.Client { return d.l1Client }

// Deployment is the deployment record.
func (d *Devnet) Deployment() *deploy.Deployment { return d.dep }

// DeploymentFile is where the deployment record is stored.
func (d *Devnet) DeploymentFile() string { return d.depPath }

// Sequencer is the running sequencer.
func (d *Devnet) Sequencer() *sequencer.Service { return d.seq }

// Accounts are the funded dev accounts.
func (d *Devnet) Accounts() []devkeys.Account { return d.users }

// Proposer is the key of the sequencer, batcher and defender.
func (d *Devnet) Proposer() devkeys.Account { return d.proposer }

// Challenger is the challenger's key.
func (d *Devnet) Challenger() devkeys.Account { return d.challenger }

// Resumed reports whether Start resumed an existing data directory.
func (d *Devnet) Resumed() bool { return d.resumed }

// DatabaseURL is the database the services use.
func (d *Devnet) DatabaseURL() string { return d.dbURL }

// Pool is the services' database pool.
func (d *Devnet) Pool() *pgxpool.Pool { return d.pool }

// Funded lists the deposits made at this start (empty when resumed).
func (d *Devnet) Funded() []Funding { return d.funded }

// Config is the configuration with defaults applied.
func (d *Devnet) Config() Config { return d.cfg }

// InProcessL1 reports whether the L1 runs in this process.
func (d *Devnet) InProcessL1() bool { return d.l1 != nil }

// MineL1 mines an in-process L1 block at once (no-op with an external L1).
func (d *Devnet) MineL1() {
	if d.l1 != nil {
		d.l1.Commit()
	}
}

func addressOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }
