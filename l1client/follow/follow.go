// Package follow is a reorg-safe follower of L1 contract logs. It processes
// blocks up to the head minus a confirmation depth, in bounded ranges, and hands
// each block's logs to a Handler inside the same PostgreSQL transaction that
// records the block (number, hash, parent hash) in l1_blocks, so the derived
// rows and the follower's progress always commit together.
//
// Reorgs are found by hashes, not numbers: before each range the follower checks
// that its last recorded block is still canonical and that the new range links to
// it by parent hash. When it is not, the follower walks back through its
// recorded blocks to the highest one still canonical (the fork point), calls
// Handler.Rewind to delete everything derived from the blocks above it, deletes
// those blocks from l1_blocks (in one transaction), and processes the new chain.
//
//	New ──▶ Start (poll loop) ──▶ Stop (safe twice)
//	         └─ each tick: Sync = step until caught up
//	            step: check last block ─(mismatch)─▶ rewind to fork point
//	                  └─ fetch headers + logs [from, to] ─▶ one DB tx: HandleLogs per block + l1_blocks rows
package follow

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/internal/poll"
)

// BlockRef identifies an L1 block (chain.L1Block).
type BlockRef = chain.L1Block

// Handler derives rows from logs. Both methods run inside the follower's
// transaction and must do all their writes through tx.
type Handler interface {
	// HandleLogs is called once per block that has matching logs, in block
	// order. Rows it writes should record block.Number so Rewind can find them.
	HandleLogs(ctx context.Context, tx pgx.Tx, block BlockRef, logs []types.Log) error
	// Rewind deletes everything derived from blocks above toBlock.
	Rewind(ctx context.Context, tx pgx.Tx, toBlock uint64) error
}

// Client is the part of an L1 node the follower uses (ethclient and the
// simulated backend's client satisfy it).
type Client interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// Config tunes a follower.
type Config struct {
	// Name keys the follower's rows in l1_blocks ("deposits", "batches").
	Name string
	// Addresses and Topics filter the logs (as in eth_getLogs).
	Addresses []common.Address
	Topics    [][]common.Hash
	// StartBlock is the first block processed when nothing is recorded yet
	// (the contracts' deployment block).
	StartBlock uint64
	// Confirmations: a block is processed once head − number ≥ Confirmations.
	Confirmations uint64
	// PollInterval between syncs (default 1 s).
	PollInterval time.Duration
	// MaxRange is the most blocks fetched and committed at once (default 500).
	MaxRange uint64
	// KeepBlocks is how many recorded blocks are kept below the latest, which
	// bounds the reorg depth that can be repaired exactly (default 10,000).
	KeepBlocks uint64
	// RPCTimeout bounds each L1 call (default 10 s); DBTimeout each database
	// transaction (default 30 s).
	RPCTimeout time.Duration
	DBTimeout  time.Duration
}

// Check names the first invalid field.
func (c Config) Check() error {
	switch {
	case c.Name == "":
		return errors.New("follow: Name is required")
	case c.PollInterval < 0 || c.RPCTimeout < 0 || c.DBTimeout < 0:
		return errors.New("follow: intervals and timeouts must not be negative")
	}
	return nil
}

func (c Config) withDefaults() Config {
	c.PollInterval = cmp.Or(c.PollInterval, time.Second)
	c.MaxRange = cmp.Or(c.MaxRange, 500)
	c.KeepBlocks = cmp.Or(c.KeepBlocks, 10_000)
	c.RPCTimeout = cmp.Or(c.RPCTimeout, 10*time.Second)
	c.DBTimeout = cmp.Or(c.DBTimeout, 30*time.Second)
	return c
}

// Deps are the follower's collaborators.
type Deps struct {
	Client  Client
	Pool    *pgxpool.Pool
	Handler Handler
	Logger  *zap.Logger
	// Registry receives the metrics; nil leaves them unregistered.
	Registry prometheus.Registerer
}

// Follower follows one set of contract logs.
type Follower struct {
	cfg     Config
	client  Client
	pool    *pgxpool.Pool
	handler Handler
	logger  *zap.Logger

	headGauge prometheus.Gauge
	reorgs    prometheus.Counter
	logsTotal prometheus.Counter
	errorsTot prometheus.Counter

	syncMu    sync.Mutex
	startOnce sync.Once
	stopOnce  sync.Once
	cancel    context.CancelFunc
	done      chan struct{}
}

// New builds a follower; it does no I/O.
func New(cfg Config, deps Deps) (*Follower, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if deps.Client == nil || deps.Pool == nil || deps.Handler == nil {
		return nil, errors.New("follow: Client, Pool and Handler are required")
	}
	cfg = cfg.withDefaults()
	logger := deps.Logger
	if logger == nil {
		logger = zap.NewNop()
	}
	cl := prometheus.Labels{"follower": cfg.Name}
	f := &Follower{
		cfg: cfg, client: deps.Client, pool: deps.Pool, handler: deps.Handler,
		logger: logger.Named("follow").With(zap.String("follower", cfg.Name)),
		headGauge: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "rollup", Subsystem: "l1follow", Name: "processed_block",
			Help: "Highest L1 block processed.", ConstLabels: cl}),
		reorgs: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "rollup", Subsystem: "l1follow", Name: "reorgs_total",
			Help: "L1 reorgs repaired.", ConstLabels: cl}),
		logsTotal: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "rollup", Subsystem: "l1follow", Name: "logs_total",
			Help: "Logs handed to the handler.", ConstLabels: cl}),
		errorsTot: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "rollup", Subsystem: "l1follow", Name: "errors_total",
			Help: "Failed sync attempts (retried).", ConstLabels: cl}),
	}
	if deps.Registry != nil {
		for _, c := range []prometheus.Collector{f.headGauge, f.reorgs, f.logsTotal, f.errorsTot} {
			deps.Registry.MustRegister(c)
		}
	}
	return f, nil
}

// Start runs the poll loop until Stop.
func (f *Follower) Start(ctx context.Context) error {
	f.startOnce.Do(func() {
		ctx, f.cancel = context.WithCancel(context.WithoutCancel(ctx))
		f.done = make(chan struct{})
		go f.loop(ctx)
	})
	return nil
}

// Stop ends the loop and waits for it. Safe to call more than once.
func (f *Follower) Stop() error {
	f.stopOnce.Do(func() {
		if f.cancel != nil {
			f.cancel()
			<-f.done
		}
	})
	return nil
}

func (f *Follower) loop(ctx context.Context) {
	defer close(f.done)
	poll.Every(ctx, f.cfg.PollInterval, func() {
		if err := f.Sync(ctx); err != nil && ctx.Err() == nil {
			f.errorsTot.Inc()
			f.logger.Warn("following L1", zap.Error(err))
		}
	})
}

// Sync processes blocks until the follower reaches the confirmed head.
func (f *Follower) Sync(ctx context.Context) error {
	f.syncMu.Lock()
	defer f.syncMu.Unlock()
	for {
		progressed, err := f.step(ctx)
		if err != nil || !progressed {
			return err
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
}

// Last returns the highest processed block; ok is false before the first.
func (f *Follower) Last(ctx context.Context) (ref BlockRef, ok bool, err error) {
	ctx, cancel := context.WithTimeout(ctx, f.cfg.DBTimeout)
	defer cancel()
	return lastBlock(ctx, f.pool, f.cfg.Name)
}

// Newest returns the highest block any follower on pool processed; ok is
// false before the first.
func Newest(ctx context.Context, q querier) (ref BlockRef, ok bool, err error) {
	var (
		n         int64
		hash, par []byte
		blockTime int64
	)
	err = q.QueryRow(ctx, `SELECT number, hash, parent_hash, time FROM l1_blocks ORDER BY number DESC LIMIT 1`).
		Scan(&n, &hash, &par, &blockTime)
	if errors.Is(err, pgx.ErrNoRows) {
		return BlockRef{}, false, nil
	}
	if err != nil {
		return BlockRef{}, false, fmt.Errorf("reading the newest followed block: %w", err)
	}
	return BlockRef{Number: uint64(n), Hash: common.BytesToHash(hash), ParentHash: common.BytesToHash(par), Time: uint64(blockTime)}, true, nil
}

type querier interface {
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

func lastBlock(ctx context.Context, q querier, name string) (BlockRef, bool, error) {
	var (
		n         int64
		hash, par []byte
		blockTime int64
	)
	err := q.QueryRow(ctx, `SELECT number, hash, parent_hash, time FROM l1_blocks
		WHERE follower = $1 ORDER BY number DESC LIMIT 1`, name).Scan(&n, &hash, &par, &blockTime)
	if errors.Is(err, pgx.ErrNoRows) {
		return BlockRef{}, false, nil
	}
	if err != nil {
		return BlockRef{}, false, fmt.Errorf("reading last processed block: %w", err)
	}
	return BlockRef{Number: uint64(n), Hash: common.BytesToHash(hash), ParentHash: common.BytesToHash(par), Time: uint64(blockTime)}, true, nil
}

func (f *Follower) header(ctx context.Context, n *big.Int) (*types.Header, error) {
	ctx, cancel := context.WithTimeout(ctx, f.cfg.RPCTimeout)
	defer cancel()
	h, err := f.client.HeaderByNumber(ctx, n)
	if err != nil {
		if n == nil {
			return nil, fmt.Errorf("fetching L1 head: %w", err)
		}
		return nil, fmt.Errorf("fetching L1 block %s: %w", n, err)
	}
	return h, nil
}

func refOf(h *types.Header) BlockRef {
	return BlockRef{Number: h.Number.Uint64(), Hash: h.Hash(), ParentHash: h.ParentHash, Time: h.Time}
}

// errRaced means the chain changed while a range was fetched; the next step
// starts over.
var errRaced = errors.New("L1 chain changed while fetching")

// step processes at most one range (or repairs one reorg). It reports whether
// it made progress.
func (f *Follower) step(ctx context.Context) (bool, error) {
	last, ok, err := f.Last(ctx)
	if err != nil {
		return false, err
	}
	head, err := f.header(ctx, nil)
	if err != nil {
		return false, err
	}
	if ok {
		cur, err := f.header(ctx, new(big.Int).SetUint64(last.Number))
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			return false, err
		}
		if cur == nil || cur.Hash() != last.Hash {
			return true, f.repair(ctx, last)
		}
	}
	headNum := head.Number.Uint64()
	if headNum < f.cfg.Confirmations {
		return false, nil
	}
	safe := headNum - f.cfg.Confirmations
	from := f.cfg.StartBlock
	if ok {
		from = last.Number + 1
	}
	if from > safe {
		return false, nil
	}
	to := min(safe, from+f.cfg.MaxRange-1)

	refs := make([]BlockRef, 0, to-from+1)
	for n := from; n <= to; n++ {
		h, err := f.header(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return false, err
		}
		r := refOf(h)
		prev := last.Hash
		if len(refs) > 0 {
			prev = refs[len(refs)-1].Hash
		}
		if (ok || len(refs) > 0) && r.ParentHash != prev {
			return false, nil // reorg under way: the next step repairs or retries
		}
		refs = append(refs, r)
	}
	lctx, cancel := context.WithTimeout(ctx, f.cfg.RPCTimeout)
	logs, err := f.client.FilterLogs(lctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: f.cfg.Addresses, Topics: f.cfg.Topics,
	})
	cancel()
	if err != nil {
		return false, fmt.Errorf("fetching logs of blocks %d-%d: %w", from, to, err)
	}
	byBlock := map[uint64][]types.Log{}
	for _, l := range logs {
		if l.Removed {
			continue
		}
		if l.BlockNumber < from || l.BlockNumber > to || refs[l.BlockNumber-from].Hash != l.BlockHash {
			return false, nil // logs from another branch: retry on a settled chain
		}
		byBlock[l.BlockNumber] = append(byBlock[l.BlockNumber], l)
	}
	if err := f.commit(ctx, last, ok, refs, byBlock); err != nil {
		if errors.Is(err, errRaced) {
			return false, nil
		}
		return false, err
	}
	f.headGauge.Set(float64(to))
	f.logsTotal.Add(float64(len(logs)))
	if len(logs) > 0 {
		f.logger.Debug("processed L1 blocks", zap.Uint64("from", from), zap.Uint64("to", to), zap.Int("logs", len(logs)))
	}
	return true, nil
}

// commit writes one range: the handler's rows and the block records.
func (f *Follower) commit(ctx context.Context, last BlockRef, hadLast bool, refs []BlockRef, byBlock map[uint64][]types.Log) error {
	ctx, cancel := context.WithTimeout(ctx, f.cfg.DBTimeout)
	defer cancel()
	return pgx.BeginFunc(ctx, f.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock(hashtext('l1follow:' || $1))", f.cfg.Name); err != nil {
			return fmt.Errorf("locking follower: %w", err)
		}
		// Another process with the same name may have moved on meanwhile.
		cur, ok, err := lastBlock(ctx, tx, f.cfg.Name)
		if err != nil {
			return err
		}
		if ok != hadLast || cur.Hash != last.Hash {
			return errRaced
		}
		numbers := make([]uint64, 0, len(byBlock))
		for n := range byBlock {
			numbers = append(numbers, n)
		}
		sort.Slice(numbers, func(i, j int) bool { return numbers[i] < numbers[j] })
		from := refs[0].Number
		for _, n := range numbers {
			logs := byBlock[n]
			sort.Slice(logs, func(i, j int) bool { return logs[i].Index < logs[j].Index })
			if err := f.handler.HandleLogs(ctx, tx, refs[n-from], logs); err != nil {
				return fmt.Errorf("handling logs of L1 block %d: %w", n, err)
			}
		}
		rows := make([][]any, len(refs))
		for i, r := range refs {
			rows[i] = []any{f.cfg.Name, int64(r.Number), r.Hash.Bytes(), r.ParentHash.Bytes(), int64(r.Time), len(byBlock[r.Number])}
		}
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"l1_blocks"},
			[]string{"follower", "number", "hash", "parent_hash", "time", "log_count"}, pgx.CopyFromRows(rows)); err != nil {
			return fmt.Errorf("recording L1 blocks: %w", err)
		}
		top := refs[len(refs)-1].Number
		if top > f.cfg.KeepBlocks {
			if _, err := tx.Exec(ctx, "DELETE FROM l1_blocks WHERE follower = $1 AND number < $2",
				f.cfg.Name, int64(top-f.cfg.KeepBlocks)); err != nil {
				return fmt.Errorf("pruning L1 blocks: %w", err)
			}
		}
		return nil
	})
}

// repair finds the fork point below last and rewinds to it.
func (f *Follower) repair(ctx context.Context, last BlockRef) error {
	fork, err := f.forkPoint(ctx, last.Number)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, f.cfg.DBTimeout)
	defer cancel()
	var to uint64
	var rewindAll bool
	if fork == nil {
		rewindAll = true
		if f.cfg.StartBlock > 0 {
			to = f.cfg.StartBlock - 1
		}
	} else {
		to = fork.Number
	}
	err = pgx.BeginFunc(ctx, f.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock(hashtext('l1follow:' || $1))", f.cfg.Name); err != nil {
			return fmt.Errorf("locking follower: %w", err)
		}
		if err := f.handler.Rewind(ctx, tx, to); err != nil {
			return fmt.Errorf("rewinding to L1 block %d: %w", to, err)
		}
		q := "DELETE FROM l1_blocks WHERE follower = $1 AND number > $2"
		args := []any{f.cfg.Name, int64(to)}
		if rewindAll {
			q, args = "DELETE FROM l1_blocks WHERE follower = $1", []any{f.cfg.Name}
		}
		_, err := tx.Exec(ctx, q, args...)
		return err
	})
	if err != nil {
		return fmt.Errorf("repairing reorg: %w", err)
	}
	f.reorgs.Inc()
	f.logger.Warn("L1 reorg repaired", zap.Uint64("last_processed", last.Number), zap.Uint64("rewound_to", to),
		zap.Uint64("depth", last.Number-to), zap.Bool("beyond_recorded_history", rewindAll))
	return nil
}

// forkPoint returns the highest recorded block at or below n that is still
// canonical, or nil if none is.
func (f *Follower) forkPoint(ctx context.Context, n uint64) (*BlockRef, error) {
	dctx, cancel := context.WithTimeout(ctx, f.cfg.DBTimeout)
	rows, err := f.pool.Query(dctx, `SELECT number, hash, parent_hash, time FROM l1_blocks
		WHERE follower = $1 AND number <= $2 ORDER BY number DESC`, f.cfg.Name, int64(n))
	if err != nil {
		cancel()
		return nil, fmt.Errorf("reading recorded blocks: %w", err)
	}
	var recorded []BlockRef
	for rows.Next() {
		var num, t int64
		var h, p []byte
		if err := rows.Scan(&num, &h, &p, &t); err != nil {
			rows.Close()
			cancel()
			return nil, err
		}
		recorded = append(recorded, BlockRef{Number: uint64(num), Hash: common.BytesToHash(h), ParentHash: common.BytesToHash(p), Time: uint64(t)})
	}
	rows.Close()
	cancel()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for _, r := range recorded {
		h, err := f.header(ctx, new(big.Int).SetUint64(r.Number))
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			return nil, err
		}
		if h != nil && h.Hash() == r.Hash {
			return &r, nil
		}
	}
	return nil, nil
}
