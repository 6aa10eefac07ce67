package batcher

import (
	"cmp"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/rollup-dev/rollup/l1client/txmgr"
	"github.com/rollup-dev/rollup/l2"
)

// Config configures a Batcher. Zero values mean the documented defaults.
type Config struct {
	// RollupAddress is the Rollup contract (required).
	RollupAddress common.Address
	// StartBlock is the first L1 block log searches cover: the deployment block.
	StartBlock uint64
	// Params, when set, are the chain parameters of the deployment; the
	// batcher refuses an L2 chain in the database created with others. When
	// nil the database's are used (their genesis timestamp is still checked
	// against the Rollup contract).
	Params *l2.Params
	// PrivateKey signs appendBatch and finalize (required; never logged).
	PrivateKey *ecdsa.PrivateKey

	// Policy decides when a batch closes: TargetBytes (default 98% of
	// MAX_BATCH_BYTES) and MaxAge (--batch-interval, default 10 s).
	Policy Policy
	// PollInterval is how often the database and L1 are polled (default 250 ms).
	PollInterval time.Duration
	// Confirmations is the L1 depth at which a batch counts as confirmed
	// (default 2: its block and one more).
	Confirmations uint64
	// MaxInFlight bounds the batches sent and not yet included (default 4).
	MaxInFlight int
	// MaxBuilt bounds the batches built and not yet sent; beyond it sealed
	// blocks wait in the database (default 32).
	MaxBuilt int
	// RepostAfter: a batch whose transaction was mined and then dropped by a
	// reorg is posted with a new transaction once another transaction took
	// that nonce at least this many L1 blocks deep (default 6). Until then the
	// same transaction is re-broadcast.
	RepostAfter uint64
	// ReorgWindow is how far below the L1 head inclusions are re-checked
	// against the canonical chain (default 64 blocks).
	ReorgWindow uint64
	// DisableFinalize turns off calling finalize on batches whose dispute
	// window passed (default: the batcher finalizes).
	DisableFinalize bool
	// FinalizeMax bounds the batches one finalizeMany call finalizes (default 32).
	FinalizeMax int
	// Data is how batches reach L1 (default DataAuto: in blobs where the L1
	// has them, L1Beacon answers and a blob costs less than calldata).
	Data DataMode
	// BlobsPerTx bounds the batches one blob transaction carries, one blob
	// each (default and most: 6, EIP-7594's blobs per transaction). Batches
	// built and waiting go out together, within MaxInFlight.
	BlobsPerTx int
	// L1Beacon is the beacon API of the L1 that challengers read blobs from
	// (the in-process L1's, or anvil's JSON-RPC URL). DataAuto posts blobs
	// only when it answers at start.
	L1Beacon string
	// Faults inject wrong claims (demonstrations and tests only).
	Faults []Fault
	// RPCTimeout bounds every L1 call (default 10 s); DBTimeout every SQL
	// statement (default 10 s).
	RPCTimeout time.Duration
	DBTimeout  time.Duration
	// TxMgr tunes the transaction manager the batcher creates when Deps.TxMgr
	// is nil; its Name defaults to "batcher" and its PrivateKey to PrivateKey.
	TxMgr txmgr.Config
}

// DefaultConfig holds the defaults of every field that has one.
var DefaultConfig = Config{
	Policy:        Policy{TargetBytes: DefaultTargetBytes, MaxAge: DefaultMaxAge},
	PollInterval:  250 * time.Millisecond,
	Confirmations: 2,
	MaxInFlight:   4,
	MaxBuilt:      32,
	RepostAfter:   6,
	ReorgWindow:   64,
	FinalizeMax:   32,
	Data:          DataAuto,
	BlobsPerTx:    MaxBlobsPerTx,
	RPCTimeout:    10 * time.Second,
	DBTimeout:     10 * time.Second,
}

// WithDefaults returns c with every zero field that has a default set to it.
func (c Config) WithDefaults() Config {
	d := DefaultConfig
	c.Policy = c.Policy.withDefaults()
	c.PollInterval = cmp.Or(c.PollInterval, d.PollInterval)
	c.Confirmations = cmp.Or(c.Confirmations, d.Confirmations)
	c.MaxInFlight = cmp.Or(c.MaxInFlight, d.MaxInFlight)
	c.MaxBuilt = cmp.Or(c.MaxBuilt, d.MaxBuilt)
	c.RepostAfter = cmp.Or(c.RepostAfter, d.RepostAfter)
	c.ReorgWindow = cmp.Or(c.ReorgWindow, d.ReorgWindow)
	c.FinalizeMax = cmp.Or(c.FinalizeMax, d.FinalizeMax)
	c.Data = cmp.Or(c.Data, d.Data)
	c.BlobsPerTx = cmp.Or(c.BlobsPerTx, d.BlobsPerTx)
	c.RPCTimeout = cmp.Or(c.RPCTimeout, d.RPCTimeout)
	c.DBTimeout = cmp.Or(c.DBTimeout, d.DBTimeout)
	c.TxMgr.Name = cmp.Or(c.TxMgr.Name, "batcher")
	c.TxMgr.PrivateKey = cmp.Or(c.TxMgr.PrivateKey, c.PrivateKey)
	c.TxMgr.RPCTimeout = cmp.Or(c.TxMgr.RPCTimeout, c.RPCTimeout)
	c.TxMgr.DBTimeout = cmp.Or(c.TxMgr.DBTimeout, c.DBTimeout)
	return c
}

// Check names the first invalid field. It applies the defaults first.
func (c Config) Check() error {
	c = c.WithDefaults()
	switch {
	case c.RollupAddress == (common.Address{}):
		return errors.New("batcher: RollupAddress is required (give --deployment or --rollup)")
	case c.PrivateKey == nil:
		return errors.New("batcher: PrivateKey is required (give --key)")
	case c.PollInterval < time.Millisecond:
		return fmt.Errorf("batcher: PollInterval %s is below 1ms", c.PollInterval)
	case c.MaxInFlight < 1:
		return fmt.Errorf("batcher: MaxInFlight %d must be positive", c.MaxInFlight)
	case c.MaxBuilt < 1:
		return fmt.Errorf("batcher: MaxBuilt %d must be positive", c.MaxBuilt)
	case c.BlobsPerTx < 1 || c.BlobsPerTx > MaxBlobsPerTx:
		return fmt.Errorf("batcher: BlobsPerTx %d out of range [1, %d]", c.BlobsPerTx, MaxBlobsPerTx)
	case c.FinalizeMax < 1:
		return fmt.Errorf("batcher: FinalizeMax %d must be positive", c.FinalizeMax)
	case c.RPCTimeout < 0 || c.DBTimeout < 0:
		return errors.New("batcher: timeouts must not be negative")
	}
	if err := c.Policy.Check(); err != nil {
		return err
	}
	if err := c.Data.Check(); err != nil {
		return err
	}
	if c.Params != nil {
		if err := c.Params.Check(); err != nil {
			return fmt.Errorf("batcher: %w", err)
		}
	}
	seen := map[uint64]bool{}
	for _, f := range c.Faults {
		if err := f.Check(); err != nil {
			return err
		}
		if seen[f.Batch] {
			return fmt.Errorf("batcher: two faults for batch %d", f.Batch)
		}
		seen[f.Batch] = true
	}
	return nil
}

// Defender answers the challenges against the batcher's own batches: the
// fraudproof game agent in defend mode. The batcher starts it after itself
// and stops it before itself. Claims (see Batcher.Claims) gives it the
// proposer's machine states, which differ from an honest replay only for a
// fault-injected batch.
type Defender interface {
	Start(ctx context.Context) error
	Stop() error
}

// Deps are the batcher's collaborators.
type Deps struct {
	// Pool is the PostgreSQL pool (required), migrated.
	Pool *pgxpool.Pool
	// L1 is the L1 node connection (required).
	L1 L1
	// Logger receives the logs (default none).
	Logger *zap.Logger
	// Registry receives the metrics (default: not registered).
	Registry prometheus.Registerer
	// TxMgr, when set, is the transaction manager of PrivateKey to post
	// through (already started, owned by the caller); otherwise the batcher
	// creates, starts and stops its own.
	TxMgr *txmgr.Manager
	// NewDefender, when set, builds the defender once the batcher has
	// started, from the batcher's claim source.
	NewDefender func(claims ClaimSource) (Defender, error)
}
