// Package devchain is the one in-process development L1, used by the tests
// and by the devnet: go-ethereum's dev chain (eth.Ethereum driven by a
// SimulatedBeacon, the engine under ethclient/simulated) with blocks mined on
// a timer (or on demand), its JSON-RPC served over HTTP so that cast,
// go-ethereum's ethclient and other tools can use it, and the well-known test
// mnemonic's first accounts funded (the same accounts anvil funds). Its chain
// ID is 1337.
//
// The chain is assembled here rather than through ethclient/simulated because
// the simulated backend always rewinds its chain to genesis when it starts and
// so cannot resume a chain kept on disk. With a DataDir the chain is stored in
// archive mode with the hash scheme and flushed after every block: every
// block's state is on disk as soon as it is mined, so a stopped, or killed,
// devnet resumes at the last mined block.
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
	"maps"
	"math/big"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"go.uber.org/zap"

	"github.com/rollup-dev/rollup/internal/poll"
	"github.com/rollup-dev/rollup/l1client/devkeys"
)

// ChainID is the dev chain's chain ID.
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
	// DataDir holds the chain database; empty keeps everything in memory.
	// A chain found there is resumed (Resumed reports it) and Alloc,
	// Accounts and Balance only describe a new chain's genesis.
	DataDir string
	// BeaconAddr is host:port for the beacon API that serves the blobs of
	// mined transactions (blob_sidecars); empty means none, port 0 picks a
	// free port.
	BeaconAddr string
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
	stack    *node.Node
	eth      *eth.Ethereum
	beacon   *catalyst.SimulatedBeacon
	db       ethdb.Database // flushed after every block when persistent
	rpc      *rpc.Client
	client   *ethclient.Client
	httpURL  string
	accounts []devkeys.Account
	resumed  bool
	logger   *zap.Logger

	beaconSrv *http.Server
	beaconURL string

	mu      sync.Mutex // serialises Commit, Fork, AdjustTime, Stop and the timer
	stopped bool

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
	alloc := core.SystemContractAllocs()
	for _, a := range accounts {
		alloc[a.Address] = types.Account{Balance: new(big.Int).Set(cfg.Balance)}
	}
	maps.Copy(alloc, cfg.Alloc)

	nodeConf := node.DefaultConfig
	nodeConf.Name = "l1" // the instance directory under DataDir
	nodeConf.DataDir = cfg.DataDir
	nodeConf.P2P = p2p.Config{NoDiscovery: true, MaxPeers: 0, ListenAddr: ""}
	nodeConf.IPCPath = ""
	nodeConf.AuthPort = 0
	nodeConf.HTTPHost = ""
	nodeConf.WSHost = ""
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
		} else if err := portFree(host, port); err != nil {
			return nil, fmt.Errorf("devchain: L1 JSON-RPC address %s: %w", cfg.HTTPAddr, err)
		}
		nodeConf.HTTPHost = host
		nodeConf.HTTPPort = port
		nodeConf.HTTPModules = []string{"eth", "net", "web3", "txpool"}
		nodeConf.HTTPVirtualHosts = []string{"*"}
		nodeConf.HTTPCors = []string{"*"}
		httpURL = "http://" + net.JoinHostPort(host, strconv.Itoa(port))
	}

	ethConf := ethconfig.Defaults
	gasLimit := ethconfig.Defaults.Miner.GasCeil
	if cfg.GasLimit != 0 {
		gasLimit = cfg.GasLimit
		ethConf.Miner.GasCeil = cfg.GasLimit
	}
	ethConf.Genesis = &core.Genesis{Config: params.AllDevChainProtocolChanges, GasLimit: gasLimit, Alloc: alloc}
	ethConf.SyncMode = ethconfig.FullSync
	ethConf.TxPool.NoLocals = true
	ethConf.TxPool.Journal = ""
	ethConf.LogNoHistory = true
	// The miner wants 0.001 gwei of tip by default while eth_maxPriorityFeePerGas
	// suggests 1 wei: tools that follow the suggestion would wait forever.
	ethConf.Miner.GasPrice = cfg.MinerMinTip
	if cfg.DataDir != "" {
		ethConf.StateScheme = rawdb.HashScheme
		ethConf.NoPruning = true
		ethConf.DatabaseCache = 64
		ethConf.TrieCleanCache = 32
		ethConf.TrieDirtyCache = 32
		ethConf.SnapshotCache = 0
	}

	stack, err := node.New(&nodeConf)
	if err != nil {
		return nil, fmt.Errorf("devchain: creating the L1 node: %w", err)
	}
	backend, err := eth.New(stack, &ethConf)
	if err != nil {
		_ = stack.Close()
		return nil, fmt.Errorf("devchain: creating the L1 chain: %w", err)
	}
	fs := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	keeper := &blobKeeper{backend: backend}
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(fs)}, {Namespace: "eth", Service: keeper}})
	if err := stack.Start(); err != nil {
		_ = stack.Close()
		return nil, fmt.Errorf("devchain: starting the L1 node: %w", err)
	}
	beacon, err := catalyst.NewSimulatedBeacon(0, common.Address{}, backend)
	if err != nil {
		_ = stack.Close()
		return nil, fmt.Errorf("devchain: starting the L1 block producer: %w", err)
	}
	rc := stack.Attach()
	c := &Chain{
		cfg: cfg, stack: stack, eth: backend, beacon: beacon, db: backend.ChainDb(), rpc: rc, client: ethclient.NewClient(rc),
		httpURL: httpURL, accounts: accounts, logger: logger,
		resumed: backend.BlockChain().CurrentBlock().Number.Sign() > 0,
	}
	keeper.chain.Store(c)
	if cfg.BeaconAddr != "" {
		if err := c.startBeacon(cfg.BeaconAddr); err != nil {
			_ = c.Stop()
			return nil, err
		}
	}
	// The transaction indexer starts its first run on the first new head.
	c.Commit()
	if err := WaitIndexed(rc, func() { c.Commit() }); err != nil {
		_ = c.Stop()
		return nil, err
	}
	logger.Info("dev L1 ready", zap.String("http", httpURL), zap.String("beacon", c.beaconURL), zap.Int("accounts", len(accounts)),
		zap.Duration("block_time", cfg.BlockTime), zap.Uint64("head", backend.BlockChain().CurrentBlock().Number.Uint64()),
		zap.Bool("resumed", c.resumed), zap.String("data_dir", cfg.DataDir))
	return c, nil
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
	poll.Tick(ctx, c.cfg.BlockTime, func() { c.Commit() })
}

// Stop ends mining and shuts the chain down (flushing it to disk). It is
// safe to call more than once.
func (c *Chain) Stop() error {
	var err error
	c.stopOnce.Do(func() {
		if c.cancel != nil {
			c.cancel()
			<-c.done
		}
		c.mu.Lock()
		defer c.mu.Unlock()
		c.stopped = true
		c.client.Close()
		if c.beaconSrv != nil {
			_ = c.beaconSrv.Close()
		}
		err = errors.Join(c.beacon.Stop(), c.stack.Close())
		c.logger.Info("dev L1 stopped")
	})
	return err
}

// Commit mines the pending transactions into a new block and returns its
// hash. With a data directory the block is then flushed to disk: the
// database writes asynchronously, and a killed process would otherwise lose
// its last blocks. After Stop it does nothing.
func (c *Chain) Commit() common.Hash {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stopped {
		return common.Hash{}
	}
	c.keepBlobs()
	h := c.beacon.Commit()
	if c.cfg.DataDir != "" {
		if err := c.db.SyncKeyValue(); err != nil {
			c.logger.Warn("flushing the L1 chain to disk", zap.Error(err))
		}
	}
	return h
}

// Fork rewinds the head to parent so that the next Commits build a side chain,
// which replaces the old one (a reorg). The transaction pool must be empty; the
// transactions of dropped blocks return to the pool.
func (c *Chain) Fork(parent common.Hash) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.beacon.Fork(parent)
}

// AdjustTime mines an empty block whose timestamp is d later than its parent's.
func (c *Chain) AdjustTime(d time.Duration) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.beacon.AdjustTime(d)
}

// Rollback drops every pending transaction.
func (c *Chain) Rollback() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.beacon.Rollback()
}

// SetMinerTip changes the smallest priority fee the miner and the pool accept.
// Pending transactions below it are dropped from the pool.
func (c *Chain) SetMinerTip(ctx context.Context, tip *big.Int) error {
	var ok bool
	return c.rpc.CallContext(ctx, &ok, "miner_setGasPrice", (*hexutil.Big)(tip))
}

// Client is an in-process client of the chain.
func (c *Chain) Client() *ethclient.Client { return c.client }

// Resumed reports whether the chain was found in DataDir rather than made new.
func (c *Chain) Resumed() bool { return c.resumed }

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

// portFree fails when something already listens on host:port (the node would
// otherwise start without its HTTP server and say so only in its log).
func portFree(host string, port int) error {
	l, err := net.Listen("tcp", net.JoinHostPort(host, strconv.Itoa(port)))
	if err != nil {
		return fmt.Errorf("port %d is in use (another devnet, anvil or geth?): %w", port, err)
	}
	return l.Close()
}
