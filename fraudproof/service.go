package fraudproof

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"go.uber.org/zap"

	"github.com/rollup-dev/rollup/fraudproof/derive"
	"github.com/rollup-dev/rollup/fraudproof/fpdb"
	"github.com/rollup-dev/rollup/fraudproof/solver"
	"github.com/rollup-dev/rollup/fraudproof/verify"
	"github.com/rollup-dev/rollup/internal/poll"
	"github.com/rollup-dev/rollup/l1client/contracts"
	"github.com/rollup-dev/rollup/l1client/txmgr"
	"github.com/rollup-dev/rollup/l2"
	"github.com/rollup-dev/rollup/store"
)

// Status is a summary of an agent's progress.
type Status struct {
	// L1Head is the latest L1 block seen, L1Synced the last processed.
	L1Head, L1Synced uint64
	// NextBatch is the index of the next batch expected; Valid, Invalid and
	// Unverified count the current batches held (not yet final).
	NextBatch                  uint64
	Valid, Invalid, Unverified int
	Verified                   uint64 // batches verified since start
	ActiveGames                int
	GamesWon, GamesLost        int
	NextDeadline               time.Duration // 0: none
	NextDeadlineWhat           string
	// Base is the first batch held in memory (the batch after the loaded
	// snapshot, or after the last batch forgotten as final).
	Base uint64
	// Reorgs counts the L1 reorgs repaired since start.
	Reorgs int
	// DataUnavailable counts the batches seen since start whose data could not
	// be read from the calldata of the transaction that appended them. The
	// Rollup accepts batches only from top-level calls, so this means the L1
	// node serves wrong data: an alarm, never a batch to skip silently.
	DataUnavailable int
	// Restored and Replayed count the stored batches the last load rebuilt:
	// from their verified checkpoints, or by executing them again.
	Restored, Replayed int
}

// game is what the agent remembers of a game.
type game struct {
	fpdb.Game
	resolvedSeen bool
	// deadline is when the side to move runs out of time, as last read.
	deadline uint64
}

// Service is a challenger and/or defender agent.
type Service struct {
	cfg     Config
	deps    Deps
	logger  *zap.Logger
	metrics *metrics
	params  *l2.Params
	me      common.Address
	player  solver.Player
	store   *fpdb.Store
	reader  *derive.Reader
	sender  Sender
	ownTx   *txmgr.Manager
	bond    *big.Int
	start   fpdb.BlockRef // the block before the deployment

	// Loop state, owned by the loop goroutine.
	chain      *verify.Chain
	cursor     fpdb.BlockRef
	needReload bool
	games      map[uint64]*game
	lastSnap   uint64 // index of the last batch snapshotted + 1
	lastLog    time.Time
	warned     map[common.Hash]bool
	// unavailable holds the batches whose data could not be read (alarmed once).
	unavailable map[common.Hash]bool

	mu       sync.Mutex // guards status, inflight, retryAt, reverted
	status   Status
	inflight map[string]bool
	retryAt  map[string]time.Time
	reverted map[string]int // moves whose transaction reverted, by guard

	startOnce sync.Once
	stopOnce  sync.Once
	cancel    context.CancelFunc
	done      chan struct{}
	sends     sync.WaitGroup
	// sendStop is closed by Stop: sends in progress stop waiting (a send cut
	// short goes on in the transaction manager).
	sendStop chan struct{}
}

// New builds an agent; it does no I/O.
func New(cfg Config, deps Deps) (*Service, error) {
	cfg = cfg.withDefaults()
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if err := deps.check(cfg); err != nil {
		return nil, err
	}
	d := cfg.Deployment
	baseFee, overflow := uint256.FromBig(d.BaseFee.Big())
	if overflow {
		return nil, errors.New("fraudproof: BaseFee above 2^256")
	}
	params := &l2.Params{ChainID: d.L2ChainID, BaseFee: baseFee, FeeRecipient: d.FeeRecipient, GenesisTimestamp: d.GenesisTimestamp}
	if err := params.Check(); err != nil {
		return nil, err
	}
	var me common.Address
	if deps.Sender != nil {
		me = deps.Sender.From()
	} else {
		me = crypto.PubkeyToAddress(cfg.Key.PublicKey)
	}
	if cfg.Name == "" {
		cfg.Name = "fraudproof-" + strings.ToLower(me.Hex())
	}
	logger := deps.Logger
	if logger == nil {
		logger = zap.NewNop()
	}
	logger = logger.Named("fraudproof").With(zap.String("agent", cfg.Name), zap.Stringer("address", me))
	s := &Service{
		cfg: cfg, deps: deps, logger: logger, metrics: newMetrics(cfg.Name, deps.Registry), params: params, me: me,
		player: solver.Player{Address: me, Challenge: cfg.Challenge, Defend: cfg.Defend, Dishonest: cfg.Dishonest},
		store:  fpdb.New(deps.Pool, cfg.Name, cfg.DBTimeout),
		reader: derive.NewReader(deps.L1, derive.Contracts{Rollup: d.Contracts.Rollup, Bridge: d.Contracts.Bridge,
			ChallengeGame: d.Contracts.ChallengeGame}, cfg.RPCTimeout).WithBlobs(deps.Blobs),
		sender:      deps.Sender,
		bond:        d.ChallengerBond.Big(),
		games:       map[uint64]*game{},
		warned:      map[common.Hash]bool{},
		unavailable: map[common.Hash]bool{},
		inflight:    map[string]bool{},
		retryAt:     map[string]time.Time{},
		reverted:    map[string]int{},
		done:        make(chan struct{}),
		sendStop:    make(chan struct{}),
	}
	if s.sender == nil {
		tc := txmgr.Config{Name: cfg.Name, PrivateKey: cfg.Key, Confirmations: cfg.TxConfirmations,
			PollInterval: cfg.TxPollInterval, RPCTimeout: cfg.RPCTimeout, DBTimeout: cfg.DBTimeout}
		if tc.PollInterval > 0 && tc.PollInterval*10 < 6*time.Second {
			tc.ResubmitInterval = tc.PollInterval * 10
		}
		m, err := txmgr.New(tc,
			txmgr.Deps{Client: deps.L1.(txmgr.Client), Pool: deps.Pool, Logger: deps.Logger, Registry: deps.Registry})
		if err != nil {
			return nil, err
		}
		s.ownTx, s.sender = m, m
	}
	return s, nil
}

// Address is the agent's L1 address.
func (s *Service) Address() common.Address { return s.me }

// Start loads the agent's progress, starts its transaction manager (if it
// owns one) and its loop.
func (s *Service) Start(ctx context.Context) error {
	var err error
	s.startOnce.Do(func() { err = s.startLoop(ctx) })
	return err
}

func (s *Service) startLoop(ctx context.Context) error {
	d := s.cfg.Deployment
	startNum := uint64(0)
	if d.DeploymentBlock > 0 {
		startNum = d.DeploymentBlock - 1
	}
	h, err := s.reader.Header(ctx, new(big.Int).SetUint64(startNum))
	if err != nil {
		return fmt.Errorf("fraudproof: %w", err)
	}
	s.start = fpdb.BlockRef{Number: startNum, Hash: h.Hash()}
	if s.cursor, err = s.store.Init(ctx, d.Contracts.Rollup, s.start); err != nil {
		return fmt.Errorf("fraudproof: %w", err)
	}
	if err := s.reload(ctx); err != nil {
		return fmt.Errorf("fraudproof: %w", err)
	}
	if s.ownTx != nil {
		if err := s.ownTx.Start(ctx); err != nil {
			return fmt.Errorf("fraudproof: %w", err)
		}
	}
	lctx, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	go s.loop(lctx)
	s.logger.Info("agent started", zap.Bool("challenge", s.cfg.Challenge), zap.Bool("defend", s.cfg.Defend),
		zap.Bool("dishonest", s.cfg.Dishonest), zap.Uint64("l1_cursor", s.cursor.Number),
		zap.Uint64("next_batch", s.chain.Next()), zap.Stringer("rollup", d.Contracts.Rollup))
	return nil
}

// Stop ends the loop, waits for sends in progress to hand over to the
// transaction manager, and stops the manager it owns. Safe twice.
func (s *Service) Stop() error {
	s.stopOnce.Do(func() {
		if s.cancel == nil {
			close(s.done)
			close(s.sendStop)
			return
		}
		s.cancel()
		<-s.done
		close(s.sendStop)
		s.sends.Wait()
		if s.ownTx != nil {
			_ = s.ownTx.Stop()
		}
		s.logger.Info("agent stopped")
	})
	return nil
}

// Status returns the agent's progress.
func (s *Service) Status() Status {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.status
}

func (s *Service) loop(ctx context.Context) {
	defer close(s.done)
	poll.Every(ctx, s.cfg.PollInterval, func() {
		if err := s.runOnce(ctx); err != nil && ctx.Err() == nil {
			s.logger.Warn("agent iteration failed; retrying", zap.Error(err))
		}
	})
}

// runOnce follows L1 up to its head, then acts on what it knows.
func (s *Service) runOnce(ctx context.Context) error {
	if s.needReload {
		if err := s.reload(ctx); err != nil {
			return err
		}
	}
	head, err := s.reader.Header(ctx, nil)
	if err != nil {
		return err
	}
	s.metrics.l1Head.Set(float64(head.Number.Uint64()))
	target := head.Number.Uint64()
	if target >= s.cfg.Confirmations {
		target -= s.cfg.Confirmations
	} else {
		target = 0
	}
	for i := 0; i < 16 && ctx.Err() == nil; i++ {
		rng, err := s.reader.Read(ctx, s.cursor, target, s.cfg.MaxBlockRange)
		switch {
		case errors.Is(err, derive.ErrReorg):
			return s.repairReorg(ctx)
		case errors.Is(err, derive.ErrUnstable):
			return nil
		case err != nil:
			return err
		case rng == nil:
		default:
			if err := s.apply(ctx, rng); err != nil {
				return err
			}
		}
		if rng == nil || rng.To.Number >= target {
			break
		}
	}
	behind := target - min(target, s.cursor.Number)
	s.metrics.l1Synced.Set(float64(s.cursor.Number))
	s.metrics.behind.Set(float64(behind))
	if behind == 0 {
		s.act(ctx, head.Time, head.Number.Uint64())
	}
	s.progress(head.Number.Uint64(), head.Time)
	return nil
}

// repairReorg rewinds the stored progress to the fork point and reloads.
func (s *Service) repairReorg(ctx context.Context) error {
	recent, err := s.store.RecentBlocks(ctx, 1024)
	if err != nil {
		return err
	}
	fork, err := s.reader.FindFork(ctx, recent)
	if errors.Is(err, derive.ErrDeepReorg) {
		s.logger.Error("L1 reorg deeper than the remembered blocks: following again from the deployment")
		fork, err = s.start, nil
	}
	if err != nil {
		return err
	}
	s.logger.Warn("L1 reorg: rewinding", zap.Uint64("from_block", s.cursor.Number), zap.Uint64("to_block", fork.Number))
	if err := s.store.Rewind(ctx, fork); err != nil {
		return err
	}
	s.metrics.reorgs.Inc()
	s.mu.Lock()
	s.status.Reorgs++
	s.mu.Unlock()
	s.cursor = fork
	s.needReload = true
	return nil
}

// reload rebuilds the chain from the database: the latest snapshot still
// current, then the stored batches after it, each from its verified
// checkpoint when it has one, else executed again.
func (s *Service) reload(ctx context.Context) error {
	start := time.Now()
	deposits, err := s.store.Deposits(ctx)
	if err != nil {
		return err
	}
	l2deps := make([]l2.Deposit, len(deposits))
	for i, d := range deposits {
		l2deps[i] = d.Deposit
	}
	var chain *verify.Chain
	from := uint64(0)
	snap, err := s.store.LatestSnapshot(ctx)
	switch {
	case err == nil:
		chain, err = verify.NewChainAt(s.params, snap.BatchIndex+1, snap.L2, snap.State, l2deps)
		from = snap.BatchIndex + 1
		s.lastSnap = from
	case errors.Is(err, store.ErrNotFound):
		chain, err = verify.NewChainAt(s.params, 0, s.params.Genesis(), l2.NewState(), l2deps)
		s.lastSnap = 0
	}
	if err != nil {
		return fmt.Errorf("loading state: %w", err)
	}
	rows, err := s.store.CurrentBatches(ctx, from)
	if err != nil {
		return err
	}
	var (
		changed            []fpdb.Batch
		restored, replayed int
		lastLog            = time.Now()
	)
	for i, row := range rows {
		info, err := contracts.DecodeInfo(row.Info)
		if err != nil {
			return fmt.Errorf("batch %d: %w", row.Index, err)
		}
		rec := verify.Record{Info: info, Hash: row.Hash, Data: row.Data}
		if row.Verdict == verify.Valid.String() && row.Changes != nil {
			_, err := chain.Restore(rec, row.Steps, row.Changes)
			if err == nil {
				restored++
				continue
			}
			if !errors.Is(err, verify.ErrCheckpoint) {
				return fmt.Errorf("restoring stored batch %d: %w", row.Index, err)
			}
			s.logger.Warn("stored checkpoint does not match; verifying the batch again", zap.Uint64("batch", row.Index), zap.Error(err))
		}
		b, err := chain.Append(rec)
		if err != nil {
			return fmt.Errorf("replaying stored batch %d: %w", row.Index, err)
		}
		replayed++
		changes := b.Changes()
		if b.Verdict.String() != row.Verdict || b.Reason != row.Reason || (row.Changes == nil) != (changes == nil) {
			row.Verdict, row.Reason, row.Steps, row.Changes = b.Verdict.String(), b.Reason, b.Steps, changes
			changed = append(changed, row)
		}
		if time.Since(lastLog) > 2*time.Second {
			lastLog = time.Now()
			s.logger.Info("verifying stored batches", zap.Uint64("batch", row.Index), zap.Int("done", i+1), zap.Int("of", len(rows)))
		}
	}
	if err := s.store.UpdateVerdicts(ctx, changed); err != nil {
		return err
	}
	games, err := s.store.Games(ctx, false)
	if err != nil {
		return err
	}
	s.games = map[uint64]*game{}
	retired := 0
	for _, g := range games {
		s.games[g.ID] = &game{Game: g, resolvedSeen: g.Status != "active"}
		if _, held := chain.ByHash(g.BatchHash); held || g.Status != "active" {
			continue
		}
		// A game is still played on a reverted batch: rebuild the batch.
		err := s.retire(ctx, chain, g.BatchHash, 0)
		if err != nil && ctx.Err() != nil {
			return err
		}
		if err != nil {
			s.logger.Error("cannot rebuild the reverted batch of an active game; the game cannot be played", zap.Uint64("game", g.ID),
				zap.Uint64("batch", g.BatchIndex), zap.Stringer("batch_hash", g.BatchHash), zap.Error(err))
			continue
		}
		retired++
	}
	cursor, err := s.store.Init(ctx, s.cfg.Deployment.Contracts.Rollup, s.start)
	if err != nil {
		return err
	}
	s.chain, s.cursor, s.needReload = chain, cursor, false
	s.mu.Lock()
	s.status.Base, s.status.NextBatch, s.status.L1Synced = chain.Base(), chain.Next(), cursor.Number
	s.status.Restored, s.status.Replayed = restored, replayed
	s.mu.Unlock()
	s.metrics.reloads.Inc()
	s.logger.Info("state loaded", zap.Uint64("snapshot_base", chain.Base()), zap.Int("batches_restored", restored),
		zap.Int("batches_replayed", replayed),
		zap.Uint64("next_batch", chain.Next()), zap.Uint64("deposits", chain.Deposits()),
		zap.Uint64("l1_cursor", cursor.Number), zap.Int("games", len(games)), zap.Int("reverted_batches_rebuilt", retired),
		zap.Duration("took", time.Since(start)))
	return nil
}

// maxRetiredDepth bounds how many reverted batches retire rebuilds for one.
const maxRetiredDepth = 4096

// retire rebuilds the stored reverted batch with record hash h into chain's
// reverted batches, after rebuilding the reverted batches it builds on.
func (s *Service) retire(ctx context.Context, chain *verify.Chain, h common.Hash, depth int) error {
	if _, held := chain.ByHash(h); held {
		return nil
	}
	row, err := s.store.BatchByHash(ctx, h)
	if err != nil {
		return err
	}
	info, err := contracts.DecodeInfo(row.Info)
	if err != nil {
		return fmt.Errorf("batch %d: %w", row.Index, err)
	}
	rec := verify.Record{Info: info, Hash: row.Hash, Data: row.Data}
	if _, err := chain.AddRetired(rec, common.Hash{}); !errors.Is(err, verify.ErrNoState) {
		return err
	}
	if info.Index == 0 || depth >= maxRetiredDepth {
		return verify.ErrNoState
	}
	// It builds on a batch reverted with it (or earlier): the stored reverted
	// batch before it whose claim it names as previous.
	before, err := s.store.RevertedBatchesAt(ctx, info.Index-1)
	if err != nil {
		return err
	}
	for _, p := range before {
		pinfo, err := contracts.DecodeInfo(p.Info)
		if err != nil || contracts.L2StateFromABI(pinfo.Post).ClaimHash() != info.PrevClaim {
			continue
		}
		if err := s.retire(ctx, chain, p.Hash, depth+1); err != nil {
			continue
		}
		_, err = chain.AddRetired(rec, p.Hash)
		return err
	}
	return verify.ErrNoState
}
