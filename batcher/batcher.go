package batcher

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"go.uber.org/zap"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/chaindb"
	"github.com/rollup-dev/rollup/l1client/contracts"
	"github.com/rollup-dev/rollup/l1client/txmgr"
	"github.com/rollup-dev/rollup/l2"
	"github.com/rollup-dev/rollup/store"
)

// Batcher is the batcher service. Construct with New, then Start; Stop ends it.
type Batcher struct {
	cfg     Config
	deps    Deps
	log     *zap.Logger
	metrics *metrics
	from    common.Address

	src *source
	db  *chaindb.BatchRows
	rc  *rollupContract

	mgr    *txmgr.Manager
	ownMgr bool

	// Set by Start.
	params *l2.Params
	window uint64
	// blobs: batches may go in blobs (probeBlobs, at start).
	blobs    bool
	defender Defender

	// Owned by the loop goroutine.
	builder     *Builder
	rows        []*BatchRow // unfinished rows, by index
	lastFinal   *BatchRow   // the newest row seen final (its claim is L1's until a later batch is)
	sends       map[int64]*sendJob
	results     chan sendResult
	finalizing  bool
	lastHead    uint64
	fundsWait   time.Time // no new sends before this (insufficient funds)
	conflict    error
	rebroadcast map[uint64]time.Time // nonce → last re-broadcast
	statusRR    int
	errs        errLog
	buildErr    error

	claims *claimSource

	cancel    context.CancelFunc // ends the loop started by Start
	wg        sync.WaitGroup
	startOnce sync.Once
	startErr  error
	stopOnce  sync.Once
	done      chan struct{}
}

// sendJob is an appendBatch handed to the transaction manager whose result
// has not arrived.
type sendJob struct {
	key      string
	recorded bool // the manager recorded it (it has a nonce)
}

// sendResult is what Send returned for a key.
type sendResult struct {
	rowID   int64
	index   uint64
	key     string
	final   bool // a finalize call, not an appendBatch
	receipt *types.Receipt
	err     error
}

// New builds a batcher; it does no I/O.
func New(cfg Config, deps Deps) (*Batcher, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	cfg = cfg.WithDefaults()
	if deps.Pool == nil || deps.L1 == nil {
		return nil, errors.New("batcher: Deps.Pool and Deps.L1 are required")
	}
	logger := deps.Logger
	if logger == nil {
		logger = zap.NewNop()
	}
	from := crypto.PubkeyToAddress(cfg.PrivateKey.PublicKey)
	b := &Batcher{
		cfg:     cfg,
		deps:    deps,
		log:     logger.Named("batcher"),
		metrics: newMetrics(deps.Registry),
		from:    from,
		src:     &source{pool: deps.Pool, timeout: cfg.DBTimeout},
		rc:      newRollupContract(cfg.RollupAddress, deps.L1),
		sends:   map[int64]*sendJob{},
		results: make(chan sendResult, 64),
		done:    make(chan struct{}),
	}
	b.db = chaindb.NewBatchRows(deps.Pool, cfg.DBTimeout)
	if deps.TxMgr != nil {
		if deps.TxMgr.From() != from {
			return nil, fmt.Errorf("batcher: Deps.TxMgr sends from %s, the batcher's key is %s", deps.TxMgr.From(), from)
		}
		b.mgr = deps.TxMgr
	} else {
		m, err := txmgr.New(cfg.TxMgr, txmgr.Deps{Client: deps.L1, Pool: deps.Pool, Logger: logger, Registry: deps.Registry})
		if err != nil {
			return nil, fmt.Errorf("batcher: %w", err)
		}
		b.mgr, b.ownMgr = m, true
	}
	b.claims = &claimSource{b: b}
	b.cancel = func() {}
	return b, nil
}

// From is the proposer address.
func (b *Batcher) From() common.Address { return b.from }

// Claims is the proposer's view of its batches, for a defender.
func (b *Batcher) Claims() ClaimSource { return b.claims }

// Start checks the L2 chain against the deployment and the Rollup contract,
// starts the transaction manager, rebuilds the builder from the database and
// runs the loop: build, reconcile with L1, send, finalize.
func (b *Batcher) Start(ctx context.Context) error {
	b.startOnce.Do(func() {
		b.startErr = b.start(ctx)
		if b.startErr != nil {
			b.cancel()
			close(b.done)
		}
	})
	return b.startErr
}

func (b *Batcher) start(ctx context.Context) error {
	cr, err := b.src.chain(ctx)
	if errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("batcher: the database holds no L2 chain yet (start the sequencer first): %w", err)
	}
	if err != nil {
		return fmt.Errorf("batcher: %w", err)
	}
	p := cr.params
	b.src.chainID = p.ChainID
	if want := b.cfg.Params; want != nil {
		switch {
		case want.ChainID != p.ChainID:
			return fmt.Errorf("batcher: %w: chain ID %d in the database, %d in the deployment", ErrParamsMismatch, p.ChainID, want.ChainID)
		case want.BaseFee.Cmp(p.BaseFee) != 0:
			return fmt.Errorf("batcher: %w: base fee %s in the database, %s in the deployment", ErrParamsMismatch, p.BaseFee, want.BaseFee)
		case want.FeeRecipient != p.FeeRecipient:
			return fmt.Errorf("batcher: %w: fee recipient %s in the database, %s in the deployment", ErrParamsMismatch, p.FeeRecipient, want.FeeRecipient)
		case want.GenesisTimestamp != p.GenesisTimestamp:
			return fmt.Errorf("batcher: %w: genesis timestamp %d in the database, %d in the deployment", ErrParamsMismatch, p.GenesisTimestamp, want.GenesisTimestamp)
		}
	}
	if cr.allocJSON != "" && cr.allocJSON != "[]" {
		return fmt.Errorf("batcher: %w", ErrDevGenesis)
	}
	b.params = &p

	rctx, cancel := context.WithTimeout(ctx, b.cfg.RPCTimeout)
	defer cancel()
	gts, err := b.rc.genesisTimestamp(rctx)
	if err != nil {
		return fmt.Errorf("batcher: reading the Rollup contract at %s: %w", b.cfg.RollupAddress, err)
	}
	if gts != p.GenesisTimestamp {
		return fmt.Errorf("batcher: %w: genesis timestamp %d in the database, %d in the Rollup contract", ErrParamsMismatch, p.GenesisTimestamp, gts)
	}
	if b.window, err = b.rc.disputeWindow(rctx); err != nil {
		return fmt.Errorf("batcher: reading the dispute window: %w", err)
	}
	ok, err := b.rc.canPropose(rctx, b.from)
	if err != nil {
		return fmt.Errorf("batcher: %w", err)
	}
	if !ok {
		return fmt.Errorf("batcher: %w: %s is not the sequencer of Rollup %s or its stake is below the proposer bond (deposit stake with Rollup.depositStake)",
			ErrNotProposer, b.from, b.cfg.RollupAddress)
	}

	b.probeBlobs(ctx)
	if b.ownMgr {
		if err := b.mgr.Start(ctx); err != nil {
			return fmt.Errorf("batcher: %w", err)
		}
	}
	if err := b.reload(ctx); err != nil {
		b.stopManager()
		return fmt.Errorf("batcher: %w", err)
	}
	idx, prev := b.builder.Next()
	b.log.Info("batcher started", zap.Stringer("proposer", b.from), zap.Stringer("rollup", b.cfg.RollupAddress),
		zap.Uint64("next_batch", idx), zap.Uint64("from_l2_block", prev.BlockNumber+1), zap.Int("unfinished_batches", len(b.rows)),
		zap.Int("target_bytes", b.cfg.Policy.TargetBytes), zap.Duration("max_age", b.cfg.Policy.MaxAge),
		zap.Uint64("dispute_window_s", b.window), zap.Int("faults", len(b.cfg.Faults)))
	for _, f := range b.cfg.Faults {
		b.log.Warn("FAULT INJECTION: this batcher will post a wrong claim", zap.Stringer("fault", f))
	}

	loopCtx, cancel := context.WithCancel(context.Background())
	b.cancel = cancel
	b.wg.Add(1)
	go b.loop(loopCtx)

	if b.deps.NewDefender != nil {
		d, err := b.deps.NewDefender(b.claims)
		if err == nil {
			err = d.Start(ctx)
		}
		if err != nil {
			b.cancel()
			b.wg.Wait()
			b.stopManager()
			return fmt.Errorf("batcher: starting the defender: %w", err)
		}
		b.defender = d
	}
	return nil
}

// Stop stops the defender, the loop and the transaction manager it owns, in
// that order. Unsent and unconfirmed batches stay in the database for the
// next Start. Safe to call twice.
func (b *Batcher) Stop() error {
	var err error
	b.stopOnce.Do(func() {
		if b.defender != nil {
			err = b.defender.Stop()
		}
		b.cancel()
		b.wg.Wait()
		b.stopManager()
		b.log.Info("batcher stopped")
	})
	return err
}

func (b *Batcher) stopManager() {
	if b.ownMgr {
		_ = b.mgr.Stop()
	}
}

// reload rebuilds the loop's view from the database: the unfinished rows and
// a builder positioned after the newest live batch.
func (b *Batcher) reload(ctx context.Context) error {
	rows, err := b.db.Unfinished(ctx)
	if err != nil {
		return err
	}
	used, err := b.db.FaultsUsed(ctx)
	if err != nil {
		return err
	}
	start := Start{Prev: b.params.Genesis(), PrevClaim: b.params.Genesis(), FaultsUsed: used}
	last, err := b.db.LastLive(ctx)
	switch {
	case errors.Is(err, store.ErrNotFound):
		g, err := b.src.blockHeaderAt(ctx, 0)
		if err != nil {
			return fmt.Errorf("reading the genesis block: %w", err)
		}
		if g.stateRoot != (common.Hash{}) {
			return ErrDevGenesis
		}
		start.State = l2.NewState()
	case err != nil:
		return err
	default:
		t0 := time.Now()
		st, h, err := b.src.stateAt(ctx, b.params, last.LastBlock)
		if err != nil {
			return fmt.Errorf("rebuilding the L2 state after batch %d (block %d): %w", last.Index, last.LastBlock, err)
		}
		if st.Root() != last.HonestRoot {
			return fmt.Errorf("batch %d ends at root %s but block %d has %s: %w", last.Index, last.HonestRoot, last.LastBlock, st.Root(), ErrStateMismatch)
		}
		start.Index = last.Index + 1
		start.Prev = l2.L2State{StateRoot: h.stateRoot, DepositsConsumed: h.depositFirst + uint64(h.depositCount),
			BlockNumber: h.number, Timestamp: h.timestamp}
		start.PrevClaim = contracts.L2StateFromABI(last.Claim())
		start.State = st
		b.log.Info("rebuilt the L2 state", zap.Uint64("after_batch", last.Index), zap.Uint64("l2_block", h.number),
			zap.Duration("took", time.Since(t0)))
	}
	builder, err := NewBuilder(b.params, b.cfg.Policy, start, b.cfg.Faults)
	if err != nil {
		return err
	}
	b.builder, b.rows = builder, rows
	return nil
}

// loop runs runOnce every PollInterval until Stop.
func (b *Batcher) loop(ctx context.Context) {
	defer b.wg.Done()
	defer close(b.done)
	t := time.NewTicker(b.cfg.PollInterval)
	defer t.Stop()
	for {
		b.runOnce(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case res := <-b.results:
			b.handleResult(ctx, res)
		}
	}
}

// runOnce is one poll: results of sends, build, read L1, reconcile, send,
// finalize. Each part logs its own errors; the next poll starts over from
// the database and L1, so any error is followed by a reconciliation.
func (b *Batcher) runOnce(ctx context.Context) {
	b.drainResults(ctx)
	if b.builder == nil {
		if err := b.reload(ctx); err != nil {
			b.fail(ctx, "reload", "rebuilding the batcher's state from the database", err)
			return
		}
	}
	if err := b.build(ctx, time.Now()); err != nil {
		b.fail(ctx, "build", "building batches", err)
	}
	v, err := b.readL1(ctx)
	if err != nil {
		b.fail(ctx, "l1", "reading the Rollup contract", err)
		return
	}
	b.errs.ok("l1")
	if err := b.reconcile(ctx, v); err != nil {
		b.fail(ctx, "reconcile", "reconciling batches with L1", err)
		return
	}
	b.errs.ok("reconcile")
	if err := b.repairNonces(ctx); err != nil {
		b.fail(ctx, "reconcile", "re-broadcasting transactions dropped by an L1 reorg", err)
	}
	if b.conflict == nil {
		if err := b.send(ctx, v); err != nil {
			b.fail(ctx, "send", "posting batches", err)
		} else {
			b.errs.ok("send")
		}
	}
	if err := b.finalize(ctx, v); err != nil {
		b.fail(ctx, "finalize", "finalizing batches", err)
	}
	b.observe(ctx)
}

// fail counts and logs an error of op, at most once per errLogEvery for the
// same message.
func (b *Batcher) fail(ctx context.Context, op, what string, err error) {
	if ctx.Err() != nil {
		return
	}
	b.metrics.errors.WithLabelValues(op).Inc()
	if b.errs.should(op, err) {
		b.log.Error(what, zap.String("op", op), zap.Error(err))
	}
}

// readL1 reads the L1 head and the Rollup contract at it.
func (b *Batcher) readL1(ctx context.Context) (*view, error) {
	rctx, cancel := context.WithTimeout(ctx, b.cfg.RPCTimeout)
	defer cancel()
	head, err := b.deps.L1.HeaderByNumber(rctx, nil)
	if err != nil {
		return nil, fmt.Errorf("reading the L1 head: %w", err)
	}
	v, err := b.rc.view(rctx, head)
	if err != nil {
		return nil, err
	}
	b.lastHead = head.Number.Uint64()
	b.metrics.nextIndex.Set(float64(v.nextIndex))
	b.metrics.finalizedCount.Set(float64(v.finalizedCount))
	return v, nil
}

// observe refreshes the gauges.
func (b *Batcher) observe(ctx context.Context) {
	if b.builder != nil {
		_, size, _ := b.builder.Open()
		b.metrics.openBytes.Set(float64(size))
		b.metrics.batchedBlock.Set(float64(b.builder.TipBlock()))
	}
	counts, err := b.db.StatusCounts(ctx)
	if err != nil {
		return
	}
	for _, s := range []Status{chain.BatchBuilt, chain.BatchSent, chain.BatchIncluded, chain.BatchConfirmed,
		chain.BatchFinal, chain.BatchChallenged, chain.BatchReverted} {
		b.metrics.batches.WithLabelValues(string(s)).Set(float64(counts[s]))
	}
}

// errLog remembers the last error logged per operation, so that an error
// repeated every poll is logged once per errLogEvery.
type errLog struct {
	last map[string]string
	at   map[string]time.Time
}

const errLogEvery = 30 * time.Second

func (e *errLog) should(op string, err error) bool {
	if e.last == nil {
		e.last, e.at = map[string]string{}, map[string]time.Time{}
	}
	msg := err.Error()
	if e.last[op] == msg && time.Since(e.at[op]) < errLogEvery {
		return false
	}
	e.last[op], e.at[op] = msg, time.Now()
	return true
}

func (e *errLog) ok(op string) {
	if e.last != nil {
		delete(e.last, op)
	}
}
