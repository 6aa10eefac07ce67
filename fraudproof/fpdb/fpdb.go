// Package fpdb keeps a fraudproof agent's progress in PostgreSQL (tables
// challenger_*, migration 030): the L1 cursor and recent block hashes, the
// deposit queue, every batch seen with its data, verdict and verified
// checkpoint (migration 041), state snapshots and games. Everything derived from L1 carries its L1 block, so Rewind undoes
// an L1 reorg with deletes.
package fpdb

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/l2"
	"github.com/rollup-dev/rollup/store"
)

// ErrOtherDeployment: the agent's rows follow another Rollup contract.
var ErrOtherDeployment = errors.New("fpdb: agent's progress belongs to another deployment")

// BlockRef names an L1 block (chain.L1Block; number and hash only here).
type BlockRef = chain.L1Block

// Store is one agent's view of the tables.
type Store struct {
	pool    *pgxpool.Pool
	agent   string
	timeout time.Duration
}

// New returns the store of agent. timeout bounds each statement or
// transaction (default store.DefaultQueryTimeout).
func New(pool *pgxpool.Pool, agent string, timeout time.Duration) *Store {
	if timeout <= 0 {
		timeout = store.DefaultQueryTimeout
	}
	return &Store{pool: pool, agent: agent, timeout: timeout}
}

// Agent returns the agent name.
func (s *Store) Agent() string { return s.agent }

// Init creates the agent's row at start (the block before the deployment)
// unless it exists, and returns the cursor. It fails with ErrOtherDeployment
// when the row follows another Rollup.
func (s *Store) Init(ctx context.Context, rollup common.Address, start BlockRef) (BlockRef, error) {
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	if _, err := s.pool.Exec(ctx, `INSERT INTO challenger_agents (agent, rollup, l1_number, l1_hash)
		VALUES ($1, $2, $3, $4) ON CONFLICT (agent) DO NOTHING`,
		s.agent, rollup.Bytes(), start.Number, start.Hash.Bytes()); err != nil {
		return BlockRef{}, fmt.Errorf("creating agent %s: %w", s.agent, err)
	}
	var (
		r      []byte
		cursor BlockRef
		hash   []byte
	)
	if err := s.pool.QueryRow(ctx, `SELECT rollup, l1_number, l1_hash FROM challenger_agents WHERE agent = $1`, s.agent).
		Scan(&r, &cursor.Number, &hash); err != nil {
		return BlockRef{}, fmt.Errorf("reading agent %s: %w", s.agent, store.MapError(err))
	}
	if common.BytesToAddress(r) != rollup {
		return BlockRef{}, fmt.Errorf("%w: agent %s follows Rollup %s, not %s", ErrOtherDeployment, s.agent, common.BytesToAddress(r), rollup)
	}
	cursor.Hash = common.BytesToHash(hash)
	return cursor, nil
}

// Deposit is a stored deposit.
type Deposit struct {
	l2.Deposit
	L1Block uint64
}

// Batch is a stored batch.
type Batch struct {
	L1Block  uint64
	LogIndex uint
	Index    uint64
	Hash     common.Hash
	Info     []byte // abi.encode(BatchInfo)
	TxHash   common.Hash
	Data     []byte
	Verdict  string
	Reason   string
	Steps    uint64
	// Changes are the state tree leaves a valid batch changed (its verified
	// checkpoint, smt.Tree.AppendChanges), nil when not kept.
	Changes []byte
}

// Revert records BatchesReverted(fromIndex) seen at L1 block Block.
type Revert struct {
	FromIndex uint64
	Block     uint64
}

// Game is a stored game.
type Game struct {
	ID          uint64
	BatchIndex  uint64
	BatchHash   common.Hash
	Challenger  common.Address
	Proposer    common.Address
	NumSteps    uint64
	OpenedBlock uint64
	Status      string
}

// Resolved records GameResolved seen at L1 block Block.
type Resolved struct {
	ID     uint64
	Status string
	Block  uint64
}

// Update is what one range of L1 blocks changed, applied atomically with the
// cursor. Items apply in the order of their slices: deposits, then batches
// and reverts interleaved by Ops, then games.
type Update struct {
	Cursor   BlockRef
	Blocks   []BlockRef
	Deposits []Deposit
	// Ops holds the batch appends and reverts in log order.
	Ops      []BatchOp
	Games    []Game
	Resolved []Resolved
}

// BatchOp is a batch append or a revert.
type BatchOp struct {
	Append *Batch
	Revert *Revert
}

// keepBlocks is how many blocks behind the cursor block hashes are kept.
const keepBlocks = 4096

// Commit applies u and moves the cursor.
func (s *Store) Commit(ctx context.Context, u *Update) error {
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		b := &pgx.Batch{}
		for _, blk := range u.Blocks {
			b.Queue(`INSERT INTO challenger_l1_blocks (agent, number, hash) VALUES ($1, $2, $3)
				ON CONFLICT (agent, number) DO UPDATE SET hash = excluded.hash`, s.agent, blk.Number, blk.Hash.Bytes())
		}
		for _, d := range u.Deposits {
			var forced, token []byte
			if d.Forced != nil {
				forced = d.Forced.MarshalBinary()
			}
			if d.Token != (common.Address{}) {
				token = d.Token.Bytes()
			}
			b.Queue(`INSERT INTO challenger_deposits (agent, idx, recipient, amount, l1_timestamp, l1_block, forced_tx, token)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, s.agent, d.Index, d.Recipient.Bytes(), numeric(d.Amount), d.L1Timestamp, d.L1Block, forced, token)
		}
		for _, op := range u.Ops {
			switch {
			case op.Append != nil:
				a := op.Append
				b.Queue(`INSERT INTO challenger_batches (agent, l1_block, log_index, batch_index, batch_hash, info, tx_hash, data, verdict, reason, steps,
						state_changes)
					VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
					s.agent, a.L1Block, a.LogIndex, a.Index, a.Hash.Bytes(), a.Info, a.TxHash.Bytes(), a.Data, a.Verdict, a.Reason, a.Steps,
					a.Changes)
			case op.Revert != nil:
				b.Queue(`UPDATE challenger_batches SET reverted_block = $3
					WHERE agent = $1 AND batch_index >= $2 AND reverted_block IS NULL`, s.agent, op.Revert.FromIndex, op.Revert.Block)
			}
		}
		for _, g := range u.Games {
			b.Queue(`INSERT INTO challenger_games (agent, game_id, batch_index, batch_hash, challenger, proposer, num_steps, opened_block, status)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (agent, game_id) DO NOTHING`,
				s.agent, g.ID, g.BatchIndex, g.BatchHash.Bytes(), g.Challenger.Bytes(), g.Proposer.Bytes(), g.NumSteps, g.OpenedBlock, statusOr(g.Status))
		}
		for _, r := range u.Resolved {
			b.Queue(`UPDATE challenger_games SET status = $3, resolved_block = $4 WHERE agent = $1 AND game_id = $2`,
				s.agent, r.ID, r.Status, r.Block)
		}
		b.Queue(`UPDATE challenger_agents SET l1_number = $2, l1_hash = $3, updated_at = now() WHERE agent = $1`,
			s.agent, u.Cursor.Number, u.Cursor.Hash.Bytes())
		b.Queue(`INSERT INTO challenger_l1_blocks (agent, number, hash) VALUES ($1, $2, $3)
			ON CONFLICT (agent, number) DO UPDATE SET hash = excluded.hash`, s.agent, u.Cursor.Number, u.Cursor.Hash.Bytes())
		if u.Cursor.Number > keepBlocks {
			b.Queue(`DELETE FROM challenger_l1_blocks WHERE agent = $1 AND number < $2`, s.agent, u.Cursor.Number-keepBlocks)
		}
		return tx.SendBatch(ctx, b).Close()
	})
	if err != nil {
		return fmt.Errorf("committing L1 progress to block %d: %w", u.Cursor.Number, err)
	}
	return nil
}

func statusOr(s string) string {
	if s == "" {
		return "active"
	}
	return s
}

// UpdateVerdicts records re-computed verdicts and checkpoints (after a
// reload) by batch hash among current batches.
func (s *Store) UpdateVerdicts(ctx context.Context, rows []Batch) error {
	if len(rows) == 0 {
		return nil
	}
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	b := &pgx.Batch{}
	for _, r := range rows {
		b.Queue(`UPDATE challenger_batches SET verdict = $3, reason = $4, steps = $5, state_changes = $6
			WHERE agent = $1 AND batch_hash = $2 AND reverted_block IS NULL`, s.agent, r.Hash.Bytes(), r.Verdict, r.Reason, r.Steps, r.Changes)
	}
	if err := s.pool.SendBatch(ctx, b).Close(); err != nil {
		return fmt.Errorf("updating verdicts: %w", err)
	}
	return nil
}

// RecentBlocks returns the remembered blocks at or below the cursor, highest
// first.
func (s *Store) RecentBlocks(ctx context.Context, limit int) ([]BlockRef, error) {
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	rows, err := s.pool.Query(ctx, `SELECT number, hash FROM challenger_l1_blocks WHERE agent = $1 ORDER BY number DESC LIMIT $2`, s.agent, limit)
	if err != nil {
		return nil, fmt.Errorf("reading recent blocks: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (BlockRef, error) {
		var b BlockRef
		var h []byte
		err := r.Scan(&b.Number, &h)
		b.Hash = common.BytesToHash(h)
		return b, err
	})
	if err != nil {
		return nil, fmt.Errorf("reading recent blocks: %w", err)
	}
	return out, nil
}

// Rewind undoes everything derived from L1 blocks above fork and sets the
// cursor to fork.
func (s *Store) Rewind(ctx context.Context, fork BlockRef) error {
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		b := &pgx.Batch{}
		a, n := s.agent, fork.Number
		b.Queue(`DELETE FROM challenger_l1_blocks WHERE agent = $1 AND number > $2`, a, n)
		b.Queue(`DELETE FROM challenger_deposits WHERE agent = $1 AND l1_block > $2`, a, n)
		b.Queue(`DELETE FROM challenger_snapshots s WHERE agent = $1 AND NOT EXISTS (
			SELECT 1 FROM challenger_batches b WHERE b.agent = s.agent AND b.batch_hash = s.batch_hash AND b.l1_block <= $2)`, a, n)
		b.Queue(`DELETE FROM challenger_batches WHERE agent = $1 AND l1_block > $2`, a, n)
		b.Queue(`UPDATE challenger_batches SET reverted_block = NULL WHERE agent = $1 AND reverted_block > $2`, a, n)
		b.Queue(`DELETE FROM challenger_games WHERE agent = $1 AND opened_block > $2`, a, n)
		b.Queue(`UPDATE challenger_games SET status = 'active', resolved_block = NULL WHERE agent = $1 AND resolved_block > $2`, a, n)
		b.Queue(`UPDATE challenger_agents SET l1_number = $2, l1_hash = $3, updated_at = now() WHERE agent = $1`, a, n, fork.Hash.Bytes())
		return tx.SendBatch(ctx, b).Close()
	})
	if err != nil {
		return fmt.Errorf("rewinding to L1 block %d: %w", fork.Number, err)
	}
	return nil
}

// Deposits returns the stored deposit queue in order.
func (s *Store) Deposits(ctx context.Context) ([]Deposit, error) {
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	rows, err := s.pool.Query(ctx, `SELECT idx, recipient, amount::text, l1_timestamp, l1_block, forced_tx, token
		FROM challenger_deposits WHERE agent = $1 ORDER BY idx`, s.agent)
	if err != nil {
		return nil, fmt.Errorf("reading deposits: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (Deposit, error) {
		var (
			d      Deposit
			rcpt   []byte
			amount string
			forced []byte
			token  []byte
		)
		if err := r.Scan(&d.Index, &rcpt, &amount, &d.L1Timestamp, &d.L1Block, &forced, &token); err != nil {
			return d, err
		}
		if token != nil {
			d.Token = common.BytesToAddress(token)
		}
		if forced != nil {
			f, err := l2.UnmarshalForcedTx(forced)
			if err != nil {
				return d, fmt.Errorf("queue entry %d: %w", d.Index, err)
			}
			d.Forced = f
		}
		d.Recipient = common.BytesToAddress(rcpt)
		a, err := uint256.FromDecimal(amount)
		if err != nil {
			return d, fmt.Errorf("deposit %d amount %q: %w", d.Index, amount, err)
		}
		d.Amount = a
		return d, nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading deposits: %w", err)
	}
	return out, nil
}

// batchColumns are the columns scanBatch reads.
const batchColumns = `l1_block, log_index, batch_index, batch_hash, info, tx_hash, data, verdict, reason, steps, state_changes`

func scanBatch(r pgx.CollectableRow) (Batch, error) {
	var (
		b          Batch
		hash, txh  []byte
		logIndex32 int32
	)
	err := r.Scan(&b.L1Block, &logIndex32, &b.Index, &hash, &b.Info, &txh, &b.Data, &b.Verdict, &b.Reason, &b.Steps, &b.Changes)
	b.LogIndex = uint(logIndex32)
	b.Hash, b.TxHash = common.BytesToHash(hash), common.BytesToHash(txh)
	return b, err
}

func (s *Store) batches(ctx context.Context, where string, args ...any) ([]Batch, error) {
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	rows, err := s.pool.Query(ctx, `SELECT `+batchColumns+` FROM challenger_batches WHERE agent = $1 AND `+where+`
		ORDER BY batch_index, l1_block, log_index`, append([]any{s.agent}, args...)...)
	if err != nil {
		return nil, fmt.Errorf("reading batches: %w", err)
	}
	out, err := pgx.CollectRows(rows, scanBatch)
	if err != nil {
		return nil, fmt.Errorf("reading batches: %w", err)
	}
	return out, nil
}

// CurrentBatches returns the current (not reverted) batches with index ≥ from,
// in index order.
func (s *Store) CurrentBatches(ctx context.Context, from uint64) ([]Batch, error) {
	return s.batches(ctx, `reverted_block IS NULL AND batch_index >= $2`, from)
}

// BatchByHash returns the stored batch with record hash h, current or
// reverted, or store.ErrNotFound.
func (s *Store) BatchByHash(ctx context.Context, h common.Hash) (Batch, error) {
	out, err := s.batches(ctx, `batch_hash = $2`, h.Bytes())
	if err != nil {
		return Batch{}, err
	}
	if len(out) == 0 {
		return Batch{}, store.ErrNotFound
	}
	return out[len(out)-1], nil
}

// RevertedBatchesAt returns the reverted batches with index i.
func (s *Store) RevertedBatchesAt(ctx context.Context, i uint64) ([]Batch, error) {
	return s.batches(ctx, `reverted_block IS NOT NULL AND batch_index = $2`, i)
}

// Games returns the stored games, active ones only when activeOnly.
func (s *Store) Games(ctx context.Context, activeOnly bool) ([]Game, error) {
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	rows, err := s.pool.Query(ctx, `SELECT game_id, batch_index, batch_hash, challenger, proposer, num_steps, opened_block, status
		FROM challenger_games WHERE agent = $1 AND (NOT $2 OR status = 'active') ORDER BY game_id`, s.agent, activeOnly)
	if err != nil {
		return nil, fmt.Errorf("reading games: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (Game, error) {
		var (
			g          Game
			bh, ch, ph []byte
		)
		err := r.Scan(&g.ID, &g.BatchIndex, &bh, &ch, &ph, &g.NumSteps, &g.OpenedBlock, &g.Status)
		g.BatchHash, g.Challenger, g.Proposer = common.BytesToHash(bh), common.BytesToAddress(ch), common.BytesToAddress(ph)
		return g, err
	})
	if err != nil {
		return nil, fmt.Errorf("reading games: %w", err)
	}
	return out, nil
}

func numeric(v *uint256.Int) string {
	if v == nil {
		return "0"
	}
	return v.Dec()
}
