package sequencer

import (
	"cmp"
	"errors"
	"fmt"
	"math/big"
	"net"
	"time"

	"github.com/rollup-dev/rollup/l2"

	"github.com/ethereum/go-ethereum/common"
)

// Config configures a sequencer. Zero fields take the defaults of
// DefaultConfig (see WithDefaults); chain parameters have no defaults and come
// from a deployment record (LoadDeployment) or from flags.
type Config struct {
	// HTTPAddr is where JSON-RPC (POST /), REST (/v1), /healthz and /readyz
	// are served. Default 127.0.0.1:9545; port 0 picks a free port.
	HTTPAddr string
	// OpsAddr is the operators' listener: /metrics, /healthz, /readyz and
	// (with Pprof) /debug/pprof, kept off the public port. Default
	// 127.0.0.1:0 (a free local port, see Service.OpsURL); "off" serves none.
	OpsAddr string
	// DatabaseURL is the PostgreSQL URL; unused when Deps.Pool is given.
	DatabaseURL string

	// Chain parameters (docs/protocol.md §1).
	ChainID          uint64
	BaseFee          *big.Int
	FeeRecipient     common.Address
	GenesisTimestamp uint64
	// GenesisStateRoot, when set, is the state root block 0 must have (the
	// deployment record's genesisStateRoot): the sequencer refuses to start if
	// its genesis state (empty, or DevGenesisAlloc) hashes to something else.
	GenesisStateRoot *common.Hash
	// DisputeWindow is the L1 dispute window, used to report challenge deadlines
	// of batches the batcher did not annotate. Zero: unknown.
	DisputeWindow time.Duration

	// BlockTime is how long a block stays open before it is sealed (default
	// 100 ms): a receipt exists once its block is sealed, so it bounds the
	// time from send to receipt.
	BlockTime time.Duration
	// EmptyBlocks makes the sequencer seal an empty block every
	// EmptyBlockTime (default 1 s) when no transaction or deposit arrived
	// (default false: no empty blocks).
	EmptyBlocks    bool
	EmptyBlockTime time.Duration
	// MaxBlockTxs seals a block early when it holds this many transactions
	// (default 40,000).
	MaxBlockTxs int
	// MaxBlockBytes seals a block early when the upper bound of the bytes it
	// takes in a batch reaches this size (default MAX_BATCH_BYTES/32 = 3,750).
	// Batches never split a block, so small blocks let the batcher fill each
	// batch close to the maximum; a block never outgrows one batch whatever
	// this is set to.
	MaxBlockBytes int

	// MaxPending bounds the transactions admitted but not yet executed; beyond
	// it submissions are refused with a retry hint (default 20,000).
	MaxPending int
	// MaxGroupTxs bounds one commit group; the executor waits when the next
	// group is full and the database is still writing the previous one
	// (default 10,000).
	MaxGroupTxs int
	// A transaction whose nonce is ahead of its sender's account nonce is
	// queued durably (l2_queued_txs) and executes when the gap fills.
	// FutureNonces is how far ahead it may be (default 64, geth's per-account
	// queue); FutureTotal bounds the queue over all senders (default 10,000);
	// FutureLifetime is how long one may wait (default 3 h, geth's lifetime).
	FutureNonces   int
	FutureTotal    int
	FutureLifetime time.Duration

	// Limits of the HTTP API.
	MaxBodyBytes      int64         // request body (default 5 MiB)
	MaxBatchLen       int           // calls in one JSON-RPC batch (default 1,000)
	MaxResponseBytes  int           // results of one JSON-RPC request, a batch's added up (default 5 MiB)
	MaxTxBytes        int           // one raw transaction (default 4 KiB)
	MaxConns          int           // simultaneous HTTP connections (default 2,048)
	MaxConnsPerClient int           // simultaneous HTTP connections of one client address (default 128)
	RequestTimeout    time.Duration // one HTTP request, including waiting for the ack (default 30 s)
	MaxLogsRange      int           // blocks one eth_getLogs may span (default 10,000)
	// CORSOrigins are the origins browsers may call the API from ("*": any);
	// none (the default): no CORS headers, and browsers' preflight requests
	// are refused.
	CORSOrigins []string

	// SnapshotEvery bounds the transactions between two state snapshots
	// (default 200,000), so a restart replays at most about that many. A
	// small state is snapshotted sooner: after as many transactions as it has
	// leaves, and at least 10,000 (engine.SnapshotDue).
	SnapshotEvery int
	// RecentTxs is how many recent transactions are kept in memory to answer
	// receipt and transaction look-ups without the database (default 200,000).
	RecentTxs int

	// Deposits from L1: the sequencer follows the Bridge's DepositQueued
	// events when L1RPC (or Deps.L1) and BridgeAddress are set.
	L1RPC                string
	BridgeAddress        common.Address
	RollupAddress        common.Address
	DepositStartBlock    uint64        // first L1 block to scan (the deployment block)
	DepositConfirmations uint64        // L1 blocks a deposit must be buried under (default 2)
	L1PollInterval       time.Duration // how often L1 is polled for new blocks (default 1 s)

	// DevGenesisAlloc credits accounts in the genesis state WITHOUT any L1
	// backing: for benchmarks and development only. A chain with such an
	// allocation cannot settle on a Rollup contract whose genesis state is
	// empty, and withdrawals of these funds would drain other users' deposits.
	// It is recorded in the database at creation and must match on restart.
	DevGenesisAlloc []GenesisAccount

	// FaultCensor is fault injection for demonstrations and tests of forced
	// inclusion: the sequencer refuses transactions from these senders at
	// admission, as a censoring operator would. It still executes their
	// transactions forced through L1, which the protocol requires.
	FaultCensor []common.Address
	// Pprof serves net/http/pprof under /debug/pprof on OpsAddr (default off).
	Pprof bool
	// Version is reported by web3_clientVersion.
	Version string
}

// GenesisAccount is one entry of an unbacked development allocation.
type GenesisAccount struct {
	Address common.Address `json:"address"`
	Balance *big.Int       `json:"balance"`
}

// DefaultConfig holds the defaults of every field that has one.
var DefaultConfig = Config{
	HTTPAddr:             "127.0.0.1:9545",
	OpsAddr:              "127.0.0.1:0",
	BlockTime:            100 * time.Millisecond,
	EmptyBlockTime:       time.Second,
	MaxBlockTxs:          40_000,
	MaxBlockBytes:        l2.MaxBatchBytes / 32,
	MaxPending:           20_000,
	MaxGroupTxs:          10_000,
	FutureNonces:         64,
	FutureTotal:          10_000,
	FutureLifetime:       3 * time.Hour,
	MaxBodyBytes:         5 << 20,
	MaxBatchLen:          1000,
	MaxResponseBytes:     5 << 20,
	MaxTxBytes:           4096,
	MaxConns:             2048,
	MaxConnsPerClient:    128,
	RequestTimeout:       30 * time.Second,
	SnapshotEvery:        200_000,
	RecentTxs:            200_000,
	DepositConfirmations: 2,
	L1PollInterval:       time.Second,
	Version:              "dev",
}

// WithDefaults returns c with every zero field that has a default set to it.
func (c Config) WithDefaults() Config {
	d := DefaultConfig
	c.HTTPAddr = cmp.Or(c.HTTPAddr, d.HTTPAddr)
	c.OpsAddr = cmp.Or(c.OpsAddr, d.OpsAddr)
	c.Version = cmp.Or(c.Version, d.Version)
	c.BlockTime = cmp.Or(c.BlockTime, d.BlockTime)
	c.EmptyBlockTime = cmp.Or(c.EmptyBlockTime, d.EmptyBlockTime)
	c.FutureLifetime = cmp.Or(c.FutureLifetime, d.FutureLifetime)
	c.RequestTimeout = cmp.Or(c.RequestTimeout, d.RequestTimeout)
	c.L1PollInterval = cmp.Or(c.L1PollInterval, d.L1PollInterval)
	c.MaxBlockTxs = cmp.Or(c.MaxBlockTxs, d.MaxBlockTxs)
	c.MaxBlockBytes = cmp.Or(c.MaxBlockBytes, d.MaxBlockBytes)
	c.MaxPending = cmp.Or(c.MaxPending, d.MaxPending)
	c.MaxGroupTxs = cmp.Or(c.MaxGroupTxs, d.MaxGroupTxs)
	c.FutureNonces = cmp.Or(c.FutureNonces, d.FutureNonces)
	c.FutureTotal = cmp.Or(c.FutureTotal, d.FutureTotal)
	c.MaxBatchLen = cmp.Or(c.MaxBatchLen, d.MaxBatchLen)
	c.MaxResponseBytes = cmp.Or(c.MaxResponseBytes, d.MaxResponseBytes)
	c.MaxTxBytes = cmp.Or(c.MaxTxBytes, d.MaxTxBytes)
	c.MaxConns = cmp.Or(c.MaxConns, d.MaxConns)
	c.MaxConnsPerClient = cmp.Or(c.MaxConnsPerClient, d.MaxConnsPerClient)
	c.SnapshotEvery = cmp.Or(c.SnapshotEvery, d.SnapshotEvery)
	c.RecentTxs = cmp.Or(c.RecentTxs, d.RecentTxs)
	c.MaxBodyBytes = cmp.Or(c.MaxBodyBytes, d.MaxBodyBytes)
	c.DepositConfirmations = cmp.Or(c.DepositConfirmations, d.DepositConfirmations)
	return c
}

// Check names the first invalid field. It expects defaults applied.
func (c *Config) Check() error {
	if _, _, err := net.SplitHostPort(c.OpsAddr); err != nil && c.OpsAddr != "off" {
		return fmt.Errorf("sequencer: OpsAddr %q: %v (or \"off\")", c.OpsAddr, err)
	}
	if _, _, err := net.SplitHostPort(c.HTTPAddr); err != nil {
		return fmt.Errorf("sequencer: HTTPAddr %q: %v", c.HTTPAddr, err)
	}
	switch {
	case c.ChainID == 0:
		return errors.New("sequencer: ChainID is zero (give --deployment or --chain-id)")
	case c.BaseFee == nil || c.BaseFee.Sign() <= 0:
		return errors.New("sequencer: BaseFee must be positive (give --deployment or --base-fee)")
	case c.BaseFee.BitLen() > 256:
		return errors.New("sequencer: BaseFee does not fit in 256 bits")
	case c.FeeRecipient == (common.Address{}):
		return errors.New("sequencer: FeeRecipient is the zero address (give --deployment or --fee-recipient)")
	case c.EmptyBlockTime < c.BlockTime:
		return fmt.Errorf("sequencer: EmptyBlockTime %v is below BlockTime %v", c.EmptyBlockTime, c.BlockTime)
	case c.BlockTime < 10*time.Millisecond:
		return fmt.Errorf("sequencer: BlockTime %v is below 10ms", c.BlockTime)
	case c.MaxBlockBytes < 1:
		return fmt.Errorf("sequencer: MaxBlockBytes %d must be positive", c.MaxBlockBytes)
	case c.MaxBlockTxs < 1:
		return fmt.Errorf("sequencer: MaxBlockTxs %d must be positive", c.MaxBlockTxs)
	case c.MaxPending < 1:
		return fmt.Errorf("sequencer: MaxPending %d must be positive", c.MaxPending)
	case c.MaxGroupTxs < 1:
		return fmt.Errorf("sequencer: MaxGroupTxs %d must be positive", c.MaxGroupTxs)
	case c.FutureNonces < 0 || c.FutureTotal < 0:
		return errors.New("sequencer: FutureNonces and FutureTotal must not be negative")
	case c.FutureLifetime < 0:
		return fmt.Errorf("sequencer: FutureLifetime %v is negative", c.FutureLifetime)
	case c.MaxBodyBytes < 1024:
		return fmt.Errorf("sequencer: MaxBodyBytes %d is below 1 KiB", c.MaxBodyBytes)
	case c.MaxBatchLen < 1:
		return fmt.Errorf("sequencer: MaxBatchLen %d must be positive", c.MaxBatchLen)
	case c.MaxTxBytes < 128:
		return fmt.Errorf("sequencer: MaxTxBytes %d is below 128", c.MaxTxBytes)
	case c.MaxConns < 1:
		return fmt.Errorf("sequencer: MaxConns %d must be positive", c.MaxConns)
	case c.MaxConnsPerClient < 1 || c.MaxConnsPerClient > c.MaxConns:
		return fmt.Errorf("sequencer: MaxConnsPerClient %d must be in [1, MaxConns]", c.MaxConnsPerClient)
	case c.RequestTimeout < time.Second:
		return fmt.Errorf("sequencer: RequestTimeout %v is below 1s", c.RequestTimeout)
	case c.SnapshotEvery < 1:
		return fmt.Errorf("sequencer: SnapshotEvery %d must be positive", c.SnapshotEvery)
	case c.RecentTxs < 0:
		return fmt.Errorf("sequencer: RecentTxs %d is negative", c.RecentTxs)
	case c.L1RPC != "" && c.BridgeAddress == (common.Address{}):
		return errors.New("sequencer: BridgeAddress is required to follow deposits (give --deployment or --bridge)")
	case c.L1PollInterval < 10*time.Millisecond:
		return fmt.Errorf("sequencer: L1PollInterval %v is below 10ms", c.L1PollInterval)
	}
	seen := map[common.Address]bool{}
	for i, a := range c.DevGenesisAlloc {
		switch {
		case a.Balance == nil || a.Balance.Sign() < 0 || a.Balance.BitLen() > 256:
			return fmt.Errorf("sequencer: DevGenesisAlloc[%d] (%s): balance must be a uint256", i, a.Address)
		case seen[a.Address]:
			return fmt.Errorf("sequencer: DevGenesisAlloc[%d]: %s appears twice", i, a.Address)
		}
		seen[a.Address] = true
	}
	return nil
}
