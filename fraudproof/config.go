package fraudproof

import (
	"cmp"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/rollup-dev/rollup/fraudproof/derive"
	"github.com/rollup-dev/rollup/l1client/deploy"
	"github.com/rollup-dev/rollup/l1client/txmgr"
	"github.com/rollup-dev/rollup/l2"
)

// Config configures an agent. Zero durations and counts mean the defaults.
type Config struct {
	// Deployment gives the contract addresses and chain parameters (required).
	Deployment *deploy.Deployment
	// Key signs the agent's transactions; required unless Deps.Sender is set.
	// Never logged.
	Key *ecdsa.PrivateKey
	// Name identifies the agent's progress in the database (default
	// "fraudproof-<address>").
	Name string

	// Challenge: open games on wrong batches and play the challenger's side.
	Challenge bool
	// Defend: play the proposer's side of games on batches the key proposed.
	Defend bool
	// Dishonest: challenge correct batches and disagree with every midpoint
	// (demonstrations and tests); implies Challenge.
	Dishonest bool

	// PollInterval is the loop period (default 500 ms).
	PollInterval time.Duration
	// Confirmations: follow L1 this many blocks behind the head (default 0:
	// the head, so a wrong batch is challenged in the next blocks; reorgs are
	// repaired).
	Confirmations uint64
	// MaxBlockRange bounds one log query (default 2,000 blocks).
	MaxBlockRange uint64
	// SnapshotEvery: store the state after every this many final batches
	// (default 64).
	SnapshotEvery uint64
	// ProgressInterval is how often progress is logged (default 10 s).
	ProgressInterval time.Duration
	// RetryAfter is how long a move whose transaction failed is not retried
	// (default 5 s).
	RetryAfter time.Duration
	// RPCTimeout and DBTimeout bound each L1 call and SQL statement
	// (default 10 s each).
	RPCTimeout time.Duration
	DBTimeout  time.Duration
	// TxConfirmations and TxPollInterval configure the agent's own
	// transaction manager when Deps.Sender is nil (defaults: 1 block, 500 ms).
	TxConfirmations uint64
	TxPollInterval  time.Duration
}

// DefaultConfig is a challenger's configuration (Challenge on) without
// deployment and key, with the defaults WithDefaults applies.
var DefaultConfig = Config{
	Challenge:        true,
	PollInterval:     500 * time.Millisecond,
	MaxBlockRange:    2000,
	SnapshotEvery:    64,
	ProgressInterval: 10 * time.Second,
	RetryAfter:       5 * time.Second,
	RPCTimeout:       10 * time.Second,
	DBTimeout:        10 * time.Second,
	TxConfirmations:  1,
}

// withDefaults returns c with every zero (or negative) field that has a
// default set to it.
func (c Config) withDefaults() Config {
	d := DefaultConfig
	c.PollInterval = cmp.Or(max(c.PollInterval, 0), d.PollInterval)
	c.MaxBlockRange = cmp.Or(c.MaxBlockRange, d.MaxBlockRange)
	c.SnapshotEvery = cmp.Or(c.SnapshotEvery, d.SnapshotEvery)
	c.ProgressInterval = cmp.Or(max(c.ProgressInterval, 0), d.ProgressInterval)
	c.RetryAfter = cmp.Or(max(c.RetryAfter, 0), d.RetryAfter)
	c.RPCTimeout = cmp.Or(max(c.RPCTimeout, 0), d.RPCTimeout)
	c.DBTimeout = cmp.Or(max(c.DBTimeout, 0), d.DBTimeout)
	c.TxConfirmations = cmp.Or(c.TxConfirmations, d.TxConfirmations)
	if c.Dishonest {
		c.Challenge = true
	}
	return c
}

// Check names the first invalid field.
func (c Config) Check() error {
	d := c.Deployment
	switch {
	case d == nil:
		return errors.New("fraudproof: Deployment is required")
	case d.Contracts.Rollup == (common.Address{}) || d.Contracts.Bridge == (common.Address{}) ||
		d.Contracts.ChallengeGame == (common.Address{}):
		return errors.New("fraudproof: Deployment lacks contract addresses")
	case d.L2ChainID == 0 || d.BaseFee == nil:
		return errors.New("fraudproof: Deployment lacks L2ChainID or BaseFee")
	case d.DisputeWindow == 0:
		return errors.New("fraudproof: Deployment.DisputeWindow is zero")
	case !c.Challenge && !c.Defend && !c.Dishonest:
		return errors.New("fraudproof: no role: set Challenge, Defend or Dishonest")
	case c.PollInterval < 0 || c.ProgressInterval < 0 || c.RetryAfter < 0 || c.RPCTimeout < 0 || c.DBTimeout < 0:
		return errors.New("fraudproof: durations must not be negative")
	}
	return nil
}

// L1Client is the L1 access the agent needs: reading headers, logs,
// transactions and contract state. With no Deps.Sender it must also satisfy
// txmgr.Client (go-ethereum's ethclient and the simulated backend's client
// do).
type L1Client interface {
	derive.Client
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

// ClaimSource is the proposer's view of its own batches.
type ClaimSource interface {
	// MachineStateAt returns the machine state the proposer claims after k
	// steps of batch index, whose record hash on L1 is batchHash; for k at or
	// beyond the claimed step count, the claimed end state.
	MachineStateAt(ctx context.Context, index uint64, batchHash common.Hash, k uint64) (l2.MachineState, error)
}

// Sender signs and sends the agent's transactions; *txmgr.Manager is one.
type Sender interface {
	Send(ctx context.Context, c txmgr.Candidate) (*types.Receipt, error)
	From() common.Address
}

// Deps are the agent's collaborators.
type Deps struct {
	L1   L1Client
	Pool *pgxpool.Pool
	// Sender, when set, sends the agent's transactions (a batcher embedding
	// the defender shares its own manager); otherwise the agent runs a
	// transaction manager for Config.Key.
	Sender Sender
	// Claims, when set, gives the defender the proposer's own machine states
	// for its batches (the batcher's ClaimSource): they differ from the honest
	// replay only for a batch posted with a fault. A batch it does not know
	// is played with the agent's honest trace.
	Claims ClaimSource
	// Blobs, when set, reads the blobs of blob batches (a beacon API client,
	// *beacon.Client). Without it a blob batch cannot be verified and is
	// reported like a batch whose data is unavailable.
	Blobs  derive.BlobSource
	Logger *zap.Logger
	// Registry receives the metrics; nil leaves them unregistered.
	Registry prometheus.Registerer
}

func (d Deps) check(cfg Config) error {
	switch {
	case d.L1 == nil:
		return errors.New("fraudproof: Deps.L1 is required")
	case d.Pool == nil:
		return errors.New("fraudproof: Deps.Pool is required")
	case d.Sender == nil && cfg.Key == nil:
		return errors.New("fraudproof: Config.Key is required without Deps.Sender")
	}
	if d.Sender == nil {
		if _, ok := d.L1.(txmgr.Client); !ok {
			return fmt.Errorf("fraudproof: Deps.L1 (%T) cannot send transactions; pass Deps.Sender", d.L1)
		}
	}
	return nil
}
