package devnet

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
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

	"github.com/rollup-dev/rollup/l1client/devchain"
	"github.com/rollup-dev/rollup/l1client/devkeys"
)

// L1ChainID is the chain ID of the in-process L1 (go-ethereum's dev chain).
const L1ChainID = 1337

// l1Config describes the in-process L1.
type l1Config struct {
	// DataDir holds the chain database; empty keeps everything in memory.
	DataDir string
	// HTTPAddr is host:port of the JSON-RPC server; port 0 picks a free port.
	HTTPAddr string
	// BlockTime is the mining interval.
	BlockTime time.Duration
	// Accounts are funded with Balance each in the genesis block.
	Accounts []devkeys.Account
	Balance  *big.Int
}

// l1Chain is go-ethereum's dev chain (the engine under the simulated backend:
// eth.Ethereum driven by a SimulatedBeacon) assembled here rather than through
// ethclient/simulated, because the simulated backend always rewinds its chain
// to genesis when it starts and so cannot resume a chain kept on disk. With a
// DataDir the chain is stored in archive mode with the hash scheme and flushed
// after every block: every block's state is on disk as soon as it is mined, so
// a stopped, or killed, devnet resumes at the last mined block.
type l1Chain struct {
	cfg     l1Config
	stack   *node.Node
	beacon  *catalyst.SimulatedBeacon
	db      ethdb.Database // flushed after every block when persistent
	rpc     *rpc.Client
	client  *ethclient.Client
	httpURL string
	resumed bool
	log     *zap.Logger

	mu       sync.Mutex // serialises Commit with Stop
	stopped  bool
	cancel   context.CancelFunc
	done     chan struct{}
	stopOnce sync.Once
}

// newL1 builds the chain, starts its HTTP server and mines a first block when
// the chain is new.
func newL1(cfg l1Config, log *zap.Logger) (*l1Chain, error) {
	alloc := core.SystemContractAllocs()
	for _, a := range cfg.Accounts {
		alloc[a.Address] = types.Account{Balance: new(big.Int).Set(cfg.Balance)}
	}
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
		host, portStr, err := net.SplitHostPort(cfg.HTTPAddr)
		if err != nil {
			return nil, fmt.Errorf("L1 HTTP address %q: %w", cfg.HTTPAddr, err)
		}
		port, err := strconv.Atoi(portStr)
		if err != nil {
			return nil, fmt.Errorf("L1 HTTP port %q: %w", portStr, err)
		}
		if port == 0 {
			if port, err = freePort(host); err != nil {
				return nil, fmt.Errorf("picking an L1 HTTP port: %w", err)
			}
		} else if err := portFree(host, port); err != nil {
			return nil, fmt.Errorf("L1 JSON-RPC address %s: %w", cfg.HTTPAddr, err)
		}
		nodeConf.HTTPHost = host
		nodeConf.HTTPPort = port
		nodeConf.HTTPModules = []string{"eth", "net", "web3", "txpool"}
		nodeConf.HTTPVirtualHosts = []string{"*"}
		nodeConf.HTTPCors = []string{"*"}
		httpURL = "http://" + net.JoinHostPort(host, strconv.Itoa(port))
	}

	ethConf := ethconfig.Defaults
	ethConf.Genesis = &core.Genesis{
		Config:   params.AllDevChainProtocolChanges,
		GasLimit: ethconfig.Defaults.Miner.GasCeil,
		Alloc:    alloc,
	}
	ethConf.SyncMode = ethconfig.FullSync
	ethConf.TxPool.NoLocals = true
	ethConf.TxPool.Journal = ""
	ethConf.LogNoHistory = true
	// The miner wants 0.001 gwei of tip by default while eth_maxPriorityFeePerGas
	// suggests 1 wei: tools that follow the suggestion would wait forever.
	ethConf.Miner.GasPrice = big.NewInt(1)
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
		return nil, fmt.Errorf("creating the L1 node: %w", err)
	}
	backend, err := eth.New(stack, &ethConf)
	if err != nil {
		_ = stack.Close()
		return nil, fmt.Errorf("creating the L1 chain: %w", err)
	}
	fs := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(fs)}})
	if err := stack.Start(); err != nil {
		_ = stack.Close()
		return nil, fmt.Errorf("starting the L1 node: %w", err)
	}
	beacon, err := catalyst.NewSimulatedBeacon(0, common.Address{}, backend)
	if err != nil {
		_ = stack.Close()
		return nil, fmt.Errorf("starting the L1 block producer: %w", err)
	}
	rc := stack.Attach()
	c := &l1Chain{
		cfg: cfg, stack: stack, beacon: beacon, db: backend.ChainDb(), rpc: rc, client: ethclient.NewClient(rc),
		httpURL: httpURL, resumed: backend.BlockChain().CurrentBlock().Number.Sign() > 0, log: log.Named("l1"),
	}
	// The transaction indexer makes its first run on the first new head.
	c.Commit()
	if err := devchain.WaitIndexed(c.rpc, c.Commit); err != nil {
		_ = c.Stop()
		return nil, err
	}
	head := backend.BlockChain().CurrentBlock()
	c.log.Info("in-process L1 ready", zap.String("http", httpURL), zap.Uint64("head", head.Number.Uint64()),
		zap.Bool("resumed", c.resumed), zap.String("data_dir", cfg.DataDir))
	return c, nil
}

// Start mines a block every BlockTime.
func (c *l1Chain) Start() {
	ctx, cancel := context.WithCancel(context.Background())
	c.cancel = cancel
	c.done = make(chan struct{})
	go func() {
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
	}()
}

// Commit mines the pending transactions into a new block. With a data
// directory the block is then flushed to disk: the database writes
// asynchronously, and a killed process would otherwise lose its last blocks.
func (c *l1Chain) Commit() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stopped {
		return
	}
	c.beacon.Commit()
	if c.cfg.DataDir != "" {
		if err := c.db.SyncKeyValue(); err != nil {
			c.log.Warn("flushing the L1 chain to disk", zap.Error(err))
		}
	}
}

// Stop ends mining and closes the chain (flushing it to disk). Safe twice.
func (c *l1Chain) Stop() error {
	var err error
	c.stopOnce.Do(func() {
		if c.cancel != nil {
			c.cancel()
			<-c.done
		}
		c.mu.Lock()
		c.stopped = true
		c.mu.Unlock()
		c.client.Close()
		err = errors.Join(c.beacon.Stop(), c.stack.Close())
		c.log.Info("in-process L1 stopped")
	})
	return err
}

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
