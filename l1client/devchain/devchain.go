// Package devchain is the in-process development L1: go-ethereum's simulated
// backend with blocks mined on a timer (or on demand), its JSON-RPC served over
// HTTP so that cast, go-ethereum's ethclient and other tools can use it, and the
// well-known test mnemonic's first accounts funded (the same accounts anvil
// funds). Its chain ID is 1337.
//
// Lifecycle:
//
//	New ──▶ Start (mining timer; skipped when BlockTime < 0) ──▶ Stop (safe twice)
//
// Commit mines a block at once; Fork and AdjustTime are for tests of reorgs and
// time travel. Every chain-changing call is serialised with the mining timer.
package devchain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"reflect"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"go.uber.org/zap"

	"github.com/rollup-dev/rollup/l1client/devkeys"
)

// ChainID is the chain ID of every simulated backend.
var ChainID = big.NewInt(1337)

// DefaultBalance is what each dev account starts with: 10,000 ether, as on anvil.
var DefaultBalance = new(big.Int).Mul(big.NewInt(10_000), big.NewInt(params.Ether))

// Config describes the dev chain. The zero value is a valid default.
type Config struct {
	// BlockTime is the mining interval (default 1 s). A negative value disables
	// the timer: blocks are mined only by Commit.
	BlockTime time.Duration
	// HTTPAddr is host:port for the JSON-RPC server. Empty means no HTTP server;
	// port 0 picks a free port.
	HTTPAddr string
	// Accounts is how many of the test mnemonic's accounts are funded (default 10).
	Accounts int
	// Balance of each funded account (default DefaultBalance).
	Balance *big.Int
	// Alloc adds genesis accounts (contracts, other balances).
	Alloc types.GenesisAlloc
	// MinerMinTip is the smallest priority fee the miner includes (default 1 wei).
	MinerMinTip *big.Int
	// GasLimit is the block gas limit (default go-ethereum's, 60M).
	GasLimit uint64
	// Logger receives lifecycle messages; nil means none.
	Logger *zap.Logger
}

// Check names the first invalid field.
func (c *Config) Check() error {
	if c.Accounts < 0 || c.Accounts > 1000 {
		return fmt.Errorf("devchain: Accounts %d out of range 0..1000", c.Accounts)
	}
	if c.Balance != nil && c.Balance.Sign() < 0 {
		return errors.New("devchain: Balance is negative")
	}
	if c.MinerMinTip != nil && c.MinerMinTip.Sign() <= 0 {
		return errors.New("devchain: MinerMinTip must be positive")
	}
	if c.HTTPAddr != "" {
		if _, _, err := net.SplitHostPort(c.HTTPAddr); err != nil {
			return fmt.Errorf("devchain: HTTPAddr %q: %w", c.HTTPAddr, err)
		}
	}
	return nil
}

// Chain is a running dev L1.
type Chain struct {
	cfg      Config
	backend  *simulated.Backend
	rpc      *rpc.Client
	httpURL  string
	accounts []devkeys.Account
	logger   *zap.Logger

	mu sync.Mutex // serialises Commit, Fork, AdjustTime and the timer

	startOnce sync.Once
	stopOnce  sync.Once
	cancel    context.CancelFunc
	done      chan struct{}
}

// New builds the chain and starts its HTTP server (if configured). Call Start to
// begin timed mining.
func New(cfg Config) (*Chain, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if cfg.BlockTime == 0 {
		cfg.BlockTime = time.Second
	}
	if cfg.Accounts == 0 {
		cfg.Accounts = 10
	}
	if cfg.Balance == nil {
		cfg.Balance = DefaultBalance
	}
	if cfg.MinerMinTip == nil {
		cfg.MinerMinTip = big.NewInt(1)
	}
	logger := cfg.Logger
	if logger == nil {
		logger = zap.NewNop()
	}
	logger = logger.Named("devchain")

	accounts, err := devkeys.Accounts(cfg.Accounts)
	if err != nil {
		return nil, fmt.Errorf("devchain: deriving accounts: %w", err)
	}
	alloc := types.GenesisAlloc{}
	for _, a := range accounts {
		alloc[a.Address] = types.Account{Balance: new(big.Int).Set(cfg.Balance)}
	}
	for addr, acct := range cfg.Alloc {
		alloc[addr] = acct
	}

	opts := []func(*node.Config, *ethconfig.Config){simulated.WithMinerMinTip(cfg.MinerMinTip)}
	if cfg.GasLimit != 0 {
		opts = append(opts, simulated.WithBlockGasLimit(cfg.GasLimit))
	}
	var httpURL string
	if cfg.HTTPAddr != "" {
		host, portStr, _ := net.SplitHostPort(cfg.HTTPAddr)
		port, err := strconv.Atoi(portStr)
		if err != nil {
			return nil, fmt.Errorf("devchain: HTTPAddr port %q: %w", portStr, err)
		}
		if port == 0 {
			if port, err = freePort(host); err != nil {
				return nil, fmt.Errorf("devchain: picking an HTTP port: %w", err)
			}
		}
		httpURL = "http://" + net.JoinHostPort(host, strconv.Itoa(port))
		opts = append(opts, func(nc *node.Config, _ *ethconfig.Config) {
			nc.HTTPHost = host
			nc.HTTPPort = port
			nc.HTTPModules = []string{"eth", "net", "web3", "txpool"}
			nc.HTTPVirtualHosts = []string{"*"}
			nc.HTTPCors = []string{"*"}
		})
	}

	backend, err := newBackend(alloc, opts)
	if err != nil {
		return nil, err
	}
	rc, err := rpcClientOf(backend)
	if err != nil {
		_ = backend.Close()
		return nil, err
	}
	// The transaction indexer starts its first run on the first new head.
	backend.Commit()
	if err := WaitIndexed(rc, func() { backend.Commit() }); err != nil {
		_ = backend.Close()
		return nil, err
	}
	c := &Chain{cfg: cfg, backend: backend, rpc: rc, httpURL: httpURL, accounts: accounts, logger: logger}
	logger.Info("dev L1 ready", zap.String("http", httpURL), zap.Int("accounts", len(accounts)),
		zap.Duration("block_time", cfg.BlockTime))
	return c, nil
}

// newBackend turns the simulated backend's panics (a port in use) into errors.
func newBackend(alloc types.GenesisAlloc, opts []func(*node.Config, *ethconfig.Config)) (b *simulated.Backend, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("devchain: starting simulated backend: %v", r)
		}
	}()
	return simulated.NewBackend(alloc, opts...), nil
}

// rpcClientOf digs the in-process *rpc.Client out of the simulated backend's
// client, which embeds an *ethclient.Client but does not export it.
func rpcClientOf(b *simulated.Backend) (*rpc.Client, error) {
	v := reflect.ValueOf(b.Client())
	if v.Kind() == reflect.Struct {
		if f := v.FieldByName("Client"); f.IsValid() && f.CanInterface() {
			if ec, ok := f.Interface().(*ethclient.Client); ok && ec != nil {
				return ec.Client(), nil
			}
		}
	}
	return nil, errors.New("devchain: simulated backend exposes no RPC client")
}

// WaitIndexed waits for the transaction indexer's first run; until it ends,
// receipt look-ups answer "transaction indexing is in progress", which some
// tools (cast) treat as fatal. The indexer starts a run on a new head only when
// no run is active, so a head that arrives while the run for genesis is still
// going is dropped and the index stays "in progress" until the next head. When
// the index is not ready after a second, WaitIndexed therefore calls commit to
// mine one more block, and again every second, up to a minute.
func WaitIndexed(rc *rpc.Client, commit func()) error {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	poll := time.NewTicker(5 * time.Millisecond)
	defer poll.Stop()
	nudge := time.NewTicker(time.Second)
	defer nudge.Stop()
	for {
		var r map[string]any
		err := rc.CallContext(ctx, &r, "eth_getTransactionReceipt", common.Hash{})
		if err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("devchain: transaction index not ready: %w", err)
		case <-nudge.C:
			commit()
		case <-poll.C:
		}
	}
}

// Start begins mining a block every BlockTime (unless BlockTime < 0).
func (c *Chain) Start() error {
	c.startOnce.Do(func() {
		if c.cfg.BlockTime < 0 {
			return
		}
		ctx, cancel := context.WithCancel(context.Background())
		c.cancel = cancel
		c.done = make(chan struct{})
		go c.mineLoop(ctx)
	})
	return nil
}

func (c *Chain) mineLoop(ctx context.Context) {
	defer close(c.done)
	t := time.NewTicker(c.cfg.BlockTime)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			c.Commit()
		}
	}
}

// Stop ends mining and shuts the chain down. It is safe to call more than once.
func (c *Chain) Stop() error {
	var err error
	c.stopOnce.Do(func() {
		if c.cancel != nil {
			c.cancel()
			<-c.done
		}
		c.mu.Lock()
		defer c.mu.Unlock()
		err = c.backend.Close()
		c.logger.Info("dev L1 stopped")
	})
	return err
}

// Commit mines the pending transactions into a new block and returns its hash.
func (c *Chain) Commit() common.Hash {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.backend.Commit()
}

// Fork rewinds the head to parent so that the next Commits build a side chain,
// which replaces the old one (a reorg). The transaction pool must be empty; the
// transactions of dropped blocks return to the pool.
func (c *Chain) Fork(parent common.Hash) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.backend.Fork(parent)
}

// AdjustTime mines an empty block whose timestamp is d later than its parent's.
func (c *Chain) AdjustTime(d time.Duration) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.backend.AdjustTime(d)
}

// Rollback drops every pending transaction.
func (c *Chain) Rollback() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.backend.Rollback()
}

// SetMinerTip changes the smallest priority fee the miner and the pool accept.
// Pending transactions below it are dropped from the pool.
func (c *Chain) SetMinerTip(ctx context.Context, tip *big.Int) error {
	var ok bool
	return c.rpc.CallContext(ctx, &ok, "miner_setGasPrice", (*hexutil.Big)(tip))
}

// Client is an in-process client of the chain.
func (c *Chain) Client() simulated.Client { return c.backend.Client() }

// RPC is the in-process JSON-RPC client (all namespaces).
func (c *Chain) RPC() *rpc.Client { return c.rpc }

// HTTPURL is the JSON-RPC endpoint, empty without an HTTP server.
func (c *Chain) HTTPURL() string { return c.httpURL }

// Accounts are the funded dev accounts.
func (c *Chain) Accounts() []devkeys.Account { return c.accounts }

// ChainID is 1337.
func (c *Chain) ChainID() *big.Int { return new(big.Int).Set(ChainID) }

func freePort(host string) (int, error) {
	l, err := net.Listen("tcp", net.JoinHostPort(host, "0"))
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
