package devnet

import (
	"cmp"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"net"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"
	"github.com/rollup-dev/rollup/batcher"
	"go.uber.org/zap"
)

// Config describes a devnet. Zero fields take the defaults of DefaultConfig.
type Config struct {
	// DataDir holds the L1 chain, the PostgreSQL cluster and the deployment
	// record (default .data/devnet).
	DataDir string
	// DatabaseURL names an existing PostgreSQL database; empty starts a
	// server under DataDir/postgres.
	DatabaseURL string
	// HTTPAddr is the sequencer's listen address: L2 JSON-RPC (POST /), REST
	// (/v1), the status page (GET /). Default 127.0.0.1:9545.
	HTTPAddr string
	// L1HTTPAddr is the in-process L1's JSON-RPC address (default
	// 127.0.0.1:8545); unused with L1RPC.
	L1HTTPAddr string
	// L1BeaconAddr is where the in-process L1 serves the beacon API with
	// the blobs it mined (default 127.0.0.1:5052; "off": none); unused with
	// L1RPC.
	L1BeaconAddr string
	// L1RPC, when set, is an external L1 (anvil, geth --dev) used instead of
	// the in-process one. L1Key is a funded account there that pays for the
	// deployment and funds the devnet's accounts (default: the test
	// mnemonic's account 0, which anvil funds).
	L1RPC string
	L1Key *ecdsa.PrivateKey
	// BatchData is how batches reach L1 (default batcher.DataBlob, so that
	// the devnet exercises blobs; calldata whatever it says when the L1
	// serves no beacon API, as geth --dev does not).
	BatchData batcher.DataMode
	// L1BlockTime is the in-process L1's block interval (default 1 s).
	L1BlockTime time.Duration
	// BlockTime is the L2 block time (default 100 ms). An idle chain seals
	// an empty block every EmptyBlockTime (default 1 s), so confirmations
	// advance, unless NoEmptyBlocks.
	BlockTime      time.Duration
	EmptyBlockTime time.Duration
	NoEmptyBlocks  bool
	// BatchInterval is the longest a batch stays open before it is posted
	// (default 5 s).
	BatchInterval time.Duration
	// DisputeWindow of the deployed Rollup (default 60 s; whole seconds).
	DisputeWindow time.Duration
	// GameClock is each side's time in a dispute game (default 300 s), and
	// ClockIncrement the time added to a side's clock after each of its
	// moves (default 20 s); whole seconds.
	GameClock      time.Duration
	ClockIncrement time.Duration
	// FaultBadRootBatch, when set, makes the proposer claim a wrong state
	// root for that batch (the challenger then wins a game against it).
	FaultBadRootBatch *uint64
	// FaultBadStepBatch, when set, makes the proposer mis-execute one step in
	// the middle of that batch and defend its wrong trace, so the bisection
	// goes deep before the one-step proof decides it.
	FaultBadStepBatch *uint64
	// FaultCensor, when set, makes the sequencer refuse transactions from
	// these senders (forced inclusion through L1 still gets them in).
	FaultCensor []common.Address
	// NoChallenger runs without the challenger.
	NoChallenger bool
	// Accounts is how many of the test mnemonic's accounts are funded
	// (default 10), each with L2Funding deposited to L2 (default 100 ETH).
	Accounts  int
	L2Funding *big.Int
	// TokenFunding is how much of the DevToken (in its base units) each dev
	// account gets on L2 by a Bridge deposit at the first start, from ten
	// times that given to it on L1 (default 1,000 DUSD). NoToken deploys
	// no DevToken.
	TokenFunding *big.Int
	NoToken      bool
	// DepositConfirmations is the L1 depth before the sequencer consumes a
	// deposit (default 2).
	DepositConfirmations uint64
	// Logger receives every component's logs (default: none).
	Logger *zap.Logger
}

// DefaultConfig holds the defaults.
var DefaultConfig = Config{
	DataDir:              ".data/devnet",
	HTTPAddr:             "127.0.0.1:9545",
	L1HTTPAddr:           "127.0.0.1:8545",
	L1BeaconAddr:         "127.0.0.1:5052",
	L1BlockTime:          time.Second,
	BatchData:            batcher.DataBlob,
	BlockTime:            100 * time.Millisecond,
	EmptyBlockTime:       time.Second,
	BatchInterval:        5 * time.Second,
	DisputeWindow:        60 * time.Second,
	GameClock:            300 * time.Second,
	ClockIncrement:       20 * time.Second,
	Accounts:             10,
	L2Funding:            new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether)),
	TokenFunding:         big.NewInt(1000e6),
	DepositConfirmations: 2,
}

// WithDefaults returns c with every zero field set to its default.
func (c Config) WithDefaults() Config {
	d := DefaultConfig
	c.DataDir = cmp.Or(c.DataDir, d.DataDir)
	c.HTTPAddr = cmp.Or(c.HTTPAddr, d.HTTPAddr)
	c.L1HTTPAddr = cmp.Or(c.L1HTTPAddr, d.L1HTTPAddr)
	c.L1BeaconAddr = cmp.Or(c.L1BeaconAddr, d.L1BeaconAddr)
	c.L1BlockTime = cmp.Or(c.L1BlockTime, d.L1BlockTime)
	c.BatchData = cmp.Or(c.BatchData, d.BatchData)
	c.BlockTime = cmp.Or(c.BlockTime, d.BlockTime)
	c.EmptyBlockTime = cmp.Or(c.EmptyBlockTime, d.EmptyBlockTime)
	c.BatchInterval = cmp.Or(c.BatchInterval, d.BatchInterval)
	c.DisputeWindow = cmp.Or(c.DisputeWindow, d.DisputeWindow)
	c.GameClock = cmp.Or(c.GameClock, d.GameClock)
	c.ClockIncrement = cmp.Or(c.ClockIncrement, d.ClockIncrement)
	c.Accounts = cmp.Or(c.Accounts, d.Accounts)
	c.L2Funding = cmp.Or(c.L2Funding, new(big.Int).Set(d.L2Funding))
	c.TokenFunding = cmp.Or(c.TokenFunding, new(big.Int).Set(d.TokenFunding))
	c.DepositConfirmations = cmp.Or(c.DepositConfirmations, d.DepositConfirmations)
	c.Logger = cmp.Or(c.Logger, zap.NewNop())
	return c
}

// Check names the first invalid field. It expects defaults applied.
func (c *Config) Check() error {
	for name, addr := range map[string]string{"HTTPAddr": c.HTTPAddr, "L1HTTPAddr": c.L1HTTPAddr, "L1BeaconAddr": c.L1BeaconAddr} {
		if name == "L1BeaconAddr" && addr == "off" {
			continue
		}
		if _, _, err := net.SplitHostPort(addr); err != nil {
			return fmt.Errorf("devnet: %s %q: %v", name, addr, err)
		}
	}
	if err := c.BatchData.Check(); err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	switch {
	case c.DataDir == "":
		return errors.New("devnet: DataDir is empty")
	case c.L1BlockTime < 100*time.Millisecond:
		return fmt.Errorf("devnet: L1BlockTime %v is below 100ms", c.L1BlockTime)
	case c.BlockTime < 10*time.Millisecond:
		return fmt.Errorf("devnet: BlockTime %v is below 10ms", c.BlockTime)
	case c.BatchInterval < 100*time.Millisecond:
		return fmt.Errorf("devnet: BatchInterval %v is below 100ms", c.BatchInterval)
	case c.DisputeWindow < time.Second || c.DisputeWindow%time.Second != 0:
		return fmt.Errorf("devnet: DisputeWindow %v must be a whole number of seconds, at least 1s", c.DisputeWindow)
	case c.GameClock < time.Second || c.GameClock%time.Second != 0:
		return fmt.Errorf("devnet: GameClock %v must be a whole number of seconds, at least 1s", c.GameClock)
	case c.ClockIncrement < time.Second || c.ClockIncrement%time.Second != 0:
		return fmt.Errorf("devnet: ClockIncrement %v must be a whole number of seconds, at least 1s", c.ClockIncrement)
	case c.Accounts < 1 || c.Accounts > 100:
		return fmt.Errorf("devnet: Accounts %d out of range 1..100", c.Accounts)
	case c.L2Funding.Sign() < 0:
		return errors.New("devnet: L2Funding is negative")
	case c.TokenFunding.Sign() < 0:
		return errors.New("devnet: TokenFunding is negative")
	}
	return nil
}
