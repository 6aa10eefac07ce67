package engine

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5/pgxpool"
	"go.uber.org/zap"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/l2"
)

// Config tunes an engine. See sequencer.Config for the meaning and defaults.
type Config struct {
	Params       l2.Params
	GenesisAlloc []GenesisAccount
	// GenesisRoot, when set, is the state root block 0 must have.
	GenesisRoot *common.Hash
	BlockTime   time.Duration
	// EmptyBlocks is the interval of empty blocks on an idle chain (0: none).
	EmptyBlocks time.Duration
	MaxBlockTxs int
	// MaxBlockBytes seals a block once its batch-size bound reaches it
	// (0: only when one more transfer would not fit a batch).
	MaxBlockBytes int
	// MaxBlockDeposits bounds the deposits one block consumes (default 1,024).
	MaxBlockDeposits int
	MaxPending       int
	MaxGroupTxs      int
	FutureNonces     int
	FutureTotal      int
	FutureLifetime   time.Duration
	SnapshotEvery    int
	RecentTxs        int
}

// GenesisAccount is one entry of an unbacked development allocation.
type GenesisAccount struct {
	Address common.Address `json:"address"`
	Balance *big.Int       `json:"balance"`
}

// DepositSource gives the engine the deposits it may consume: those confirmed
// on L1, from queue index from on, in order, at most limit.
type DepositSource interface {
	ConfirmedDeposits(ctx context.Context, from uint64, limit int) ([]chain.Deposit, error)
}

// Engine is one incarnation of the sequencer core, built from the database by
// Open. After a failure it stays failed; build a new one.
type Engine struct {
	cfg      Config
	pool     *pgxpool.Pool
	log      *zap.Logger
	metrics  *Metrics
	deposits DepositSource

	// stateMu guards state: the executor writes under Lock, readers use RLock
	// and only read-only tree accessors.
	stateMu sync.RWMutex
	state   *l2.State

	inbox chan *submission

	// Executor-owned.
	exec executorState

	cq        commitQueue
	headers   headerChain // committer-owned
	view      atomic.Pointer[view]
	recent    *recentTxs
	snapshots chan snapshotJob
	// sealedState is a copy of the state at the newest sealed block.
	sealedState atomic.Pointer[sealedState]

	depositMu    sync.Mutex
	depositReady []chain.Deposit // confirmed, not yet taken by the executor
	depositNext  uint64          // queue index after the last one in depositReady

	depositSignal chan struct{}
	// lookupSem bounds concurrent database look-ups of resubmissions.
	lookupSem chan struct{}

	cancel   context.CancelFunc
	wg       sync.WaitGroup
	execDone chan struct{}
	started  atomic.Bool
	stopping atomic.Bool
	failOnce sync.Once
	failed   chan struct{}
	failErr  error
	stopOnce sync.Once
}

// sealedState is the state as of a sealed block.
type sealedState struct {
	block uint64
	state *l2.State
}

// Open builds an engine from the database: it creates the chain on an empty
// database, or checks that the stored chain parameters match cfg and rebuilds
// the state (snapshot plus replay). Call Start to begin sequencing.
func Open(ctx context.Context, cfg Config, pool *pgxpool.Pool, deposits DepositSource, log *zap.Logger, metrics *Metrics) (*Engine, error) {
	if err := cfg.Params.Check(); err != nil {
		return nil, err
	}
	if cfg.MaxBlockDeposits <= 0 {
		cfg.MaxBlockDeposits = 1024
	}
	if log == nil {
		log = zap.NewNop()
	}
	if metrics == nil {
		metrics = NewMetrics(nil)
	}
	e := &Engine{
		cfg:       cfg,
		pool:      pool,
		log:       log,
		metrics:   metrics,
		deposits:  deposits,
		inbox:     make(chan *submission, cfg.MaxPending),
		recent:    newRecentTxs(cfg.RecentTxs),
		snapshots: make(chan snapshotJob, 1),
		failed:    make(chan struct{}),
		execDone:  make(chan struct{}),

		depositSignal: make(chan struct{}, 1),
		lookupSem:     make(chan struct{}, 64),
	}
	e.cq.init(cfg.MaxGroupTxs)
	if err := e.recover(ctx); err != nil {
		return nil, err
	}
	return e, nil
}

// Start launches the executor, the committer, the snapshot writer and the
// deposit poller.
func (e *Engine) Start() {
	if !e.started.CompareAndSwap(false, true) {
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	e.cancel = cancel
	e.wg.Add(4)
	go func() { defer e.wg.Done(); defer close(e.execDone); e.runExecutor(ctx) }()
	go func() { defer e.wg.Done(); e.runCommitter(ctx) }()
	go func() { defer e.wg.Done(); e.runSnapshots(ctx) }()
	go func() { defer e.wg.Done(); e.runDepositPoller(ctx) }()
}

// Close stops the engine: transactions not yet committed are not
// acknowledged (their requests fail with ErrStopped), the group being written
// finishes. It is safe to call more than once.
func (e *Engine) Close() {
	e.stopOnce.Do(func() {
		e.stopping.Store(true)
		if !e.started.Load() {
			return
		}
		e.cancel()   // executor, snapshot writer and deposit poller stop
		<-e.execDone // nothing more is executed
		e.cq.close() // the committer writes what is queued, then stops
		e.wg.Wait()
		e.failPending(e.errFailed())
	})
}

// Failed is closed when the engine failed (a commit error); Err tells why.
func (e *Engine) Failed() <-chan struct{} { return e.failed }

// Err returns the failure, nil while the engine is healthy.
func (e *Engine) Err() error {
	select {
	case <-e.failed:
		return e.failErr
	default:
		return nil
	}
}

// fail marks the engine failed and stops its loops.
func (e *Engine) fail(err error) {
	e.failOnce.Do(func() {
		e.failErr = err
		e.stopping.Store(true)
		e.log.Error("sequencer engine failed; stopping until rebuilt from the database", zap.Error(err))
		close(e.failed)
		if e.cancel != nil {
			e.cancel()
		}
		e.cq.close()
	})
}

// failPending answers every request still waiting: in the inbox, in the
// commit queue (executed or queued, not yet committed).
func (e *Engine) failPending(err error) {
	for {
		select {
		case s := <-e.inbox:
			s.reply(nil, err)
			continue
		default:
		}
		break
	}
	e.cq.failAll(err)
}

// errFailed reports the engine's state as an admission error.
func (e *Engine) errFailed() error {
	if e.Err() != nil {
		return ErrUnavailable
	}
	return ErrStopped
}

func wrapf(err error, format string, args ...any) error {
	return fmt.Errorf(format+": %w", append(args, err)...)
}
