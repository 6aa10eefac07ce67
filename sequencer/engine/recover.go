package engine

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"github.com/jackc/pgx/v5/pgxpool"
	"go.uber.org/zap"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/chaindb"
	"github.com/rollup-dev/rollup/l2"
	"github.com/rollup-dev/rollup/store"
)

// ErrChainMismatch: the database holds a chain made with other parameters.
var ErrChainMismatch = errors.New("database holds a different chain")

// allocJSON is the stored form of a genesis allocation entry.
type allocJSON struct {
	Address common.Address `json:"address"`
	Balance string         `json:"balance"`
}

func encodeAlloc(alloc []GenesisAccount) json.RawMessage {
	out := make([]allocJSON, len(alloc))
	for i, a := range alloc {
		out[i] = allocJSON{Address: a.Address, Balance: a.Balance.String()}
	}
	sort.Slice(out, func(i, j int) bool { return bytes.Compare(out[i].Address[:], out[j].Address[:]) < 0 })
	b, _ := json.Marshal(out)
	return b
}

func decodeAlloc(raw json.RawMessage) ([]GenesisAccount, error) {
	var in []allocJSON
	if err := json.Unmarshal(raw, &in); err != nil {
		return nil, err
	}
	out := make([]GenesisAccount, len(in))
	for i, a := range in {
		v, ok := new(big.Int).SetString(a.Balance, 10)
		if !ok {
			return nil, fmt.Errorf("bad balance %q", a.Balance)
		}
		out[i] = GenesisAccount{Address: a.Address, Balance: v}
	}
	return out, nil
}

// GenesisState returns the state of block 0: empty, or the development
// allocation.
func GenesisState(alloc []GenesisAccount) *l2.State {
	s := l2.NewState()
	for _, a := range alloc {
		var v uint256.Int
		v.SetFromBig(a.Balance)
		s.ApplyDeposit(l2.Deposit{Recipient: a.Address, Amount: &v})
	}
	return s
}

// GenesisBlock returns block 0 of a chain.
func GenesisBlock(p *l2.Params, root common.Hash) chain.Block {
	return chain.Block{
		Number:    0,
		Hash:      chain.BlockHash(p.ChainID, 0, p.GenesisTimestamp, common.Hash{}),
		Timestamp: p.GenesisTimestamp,
		FirstSeq:  1,
		Sealed:    true,
		StateRoot: root,
	}
}

// replayer rebuilds states from the database.
type replayer struct {
	pool *pgxpool.Pool
	cfg  *Config
	log  *zap.Logger
}

// replay returns the state as of block upTo (the newest block if upTo is
// nil): the newest usable snapshot plus the later blocks, each sealed block's
// root checked. With sealOpen, a trailing open block is sealed in the database.
func (e *replayer) replay(ctx context.Context, upTo *uint64, sealOpen bool) (*l2.State, chain.Block, int, error) {
	last, err := chaindb.LastBlock(ctx, e.pool)
	if err != nil {
		return nil, chain.Block{}, 0, err
	}
	if upTo != nil && *upTo < last.Number {
		if last, err = chaindb.BlockByNumber(ctx, e.pool, *upTo); err != nil {
			return nil, chain.Block{}, 0, err
		}
	}
	if !last.Sealed && !sealOpen {
		return nil, chain.Block{}, 0, fmt.Errorf("block %d is not sealed", last.Number)
	}
	lastSealed := last.Number
	if !last.Sealed {
		lastSealed--
	}
	state, base, err := e.loadBase(ctx, lastSealed)
	if err != nil {
		return nil, chain.Block{}, 0, err
	}
	if last.Number > base.Number {
		e.log.Info("rebuilding state from the database",
			zap.Uint64("from_block", base.Number), zap.Uint64("to_block", last.Number))
	}
	replayed, lastLog := 0, time.Now()
	prev := *base
	for next := base.Number + 1; next <= last.Number; {
		blocks, err := chaindb.Blocks(ctx, e.pool, next, last.Number, 500)
		if err != nil {
			return nil, chain.Block{}, 0, err
		}
		if len(blocks) == 0 {
			return nil, chain.Block{}, 0, fmt.Errorf("block %d missing from the database", next)
		}
		for _, b := range blocks {
			if b.Number != prev.Number+1 || b.ParentHash != prev.Hash || b.FirstSeq != prev.NextSeq() || b.DepositFirst != prev.DepositsConsumed() {
				return nil, chain.Block{}, 0, fmt.Errorf("block %d does not follow block %d in the database", b.Number, prev.Number)
			}
			if !b.Sealed && b.Number != last.Number {
				return nil, chain.Block{}, 0, fmt.Errorf("block %d is open but is not the newest block", b.Number)
			}
			n, err := e.replayBlock(ctx, state, b)
			if err != nil {
				return nil, chain.Block{}, 0, err
			}
			replayed += n
			root := state.Root()
			if b.Sealed {
				if root != b.StateRoot {
					return nil, chain.Block{}, 0, fmt.Errorf("replaying block %d gives state root %s, the database says %s", b.Number, root, b.StateRoot)
				}
			} else {
				// The block that was open when the previous process stopped:
				// seal it now with what was committed.
				if err := chaindb.SealBlock(ctx, e.pool, b.Number, n, root); err != nil {
					return nil, chain.Block{}, 0, err
				}
				b.TxCount, b.Sealed, b.StateRoot = n, true, root
				e.log.Info("sealed the block left open", zap.Uint64("block", b.Number), zap.Int("txs", n))
			}
			prev = *b
			if time.Since(lastLog) > 2*time.Second {
				lastLog = time.Now()
				e.log.Info("replaying", zap.Uint64("block", b.Number), zap.Uint64("last_block", last.Number), zap.Int("txs", replayed))
			}
		}
		next = prev.Number + 1
	}
	return state, prev, replayed, nil
}

// StateAt rebuilds the state as of sealed block n from the database.
func StateAt(ctx context.Context, pool *pgxpool.Pool, cfg Config, n uint64) (*l2.State, error) {
	r := &replayer{pool: pool, cfg: &cfg, log: zap.NewNop()}
	st, _, _, err := r.replay(ctx, &n, false)
	return st, err
}

// recover builds the engine's state from the database (see the package doc).
func (e *Engine) recover(ctx context.Context) error {
	start := time.Now()
	p := &e.cfg.Params
	if err := e.ensureChain(ctx); err != nil {
		return err
	}
	r := &replayer{pool: e.pool, cfg: &e.cfg, log: e.log}
	state, prev, replayed, err := r.replay(ctx, nil, true)
	if err != nil {
		return err
	}
	maxSeq, err := chaindb.MaxSeq(ctx, e.pool)
	if err != nil {
		return err
	}
	if maxSeq+1 != prev.NextSeq() {
		return fmt.Errorf("the database holds transactions up to seq %d but its blocks end at seq %d", maxSeq, prev.NextSeq()-1)
	}

	x := &e.exec
	x.nextSeq = prev.NextSeq()
	x.last = prev
	x.consumed = prev.DepositsConsumed()
	x.future.init()
	x.inflight = make(map[common.Hash]*entry)
	e.state = state
	e.view.Store(&view{latest: prev, durableSeq: x.nextSeq - 1, consumed: x.consumed})
	e.sealedState.Store(&sealedState{block: prev.Number, state: state.Copy()})
	e.depositNext = x.consumed
	e.metrics.durableSeq.Set(float64(x.nextSeq - 1))
	e.metrics.latestBlock.Set(float64(prev.Number))
	took := time.Since(start)
	e.metrics.recoverySecs.Set(took.Seconds())
	e.log.Info("state rebuilt", zap.Uint64("block", prev.Number), zap.Stringer("state_root", prev.StateRoot),
		zap.Uint64("last_seq", x.nextSeq-1), zap.Int("replayed_txs", replayed), zap.Int("leaves", state.Tree().Len()),
		zap.Duration("took", took), zap.Uint64("chain_id", p.ChainID))
	return nil
}

// ensureChain creates the chain on an empty database or checks that the
// stored parameters are the configured ones.
func (e *Engine) ensureChain(ctx context.Context) error {
	p := &e.cfg.Params
	gs := GenesisState(e.cfg.GenesisAlloc)
	if want := e.cfg.GenesisRoot; want != nil && gs.Root() != *want {
		return fmt.Errorf("%w: the genesis state root is %s but the deployment says %s (an unbacked development allocation cannot settle on this deployment)",
			ErrChainMismatch, gs.Root(), *want)
	}
	row, err := chaindb.LoadChain(ctx, e.pool)
	if errors.Is(err, store.ErrNotFound) {
		g := GenesisBlock(p, gs.Root())
		err = chaindb.CreateChain(ctx, e.pool, &chaindb.ChainRow{
			ChainID: p.ChainID, BaseFee: p.BaseFee.ToBig(), FeeRecipient: p.FeeRecipient,
			GenesisTimestamp: p.GenesisTimestamp, GenesisAlloc: encodeAlloc(e.cfg.GenesisAlloc),
		}, &g)
		if err == nil {
			e.log.Info("created the L2 chain", zap.Uint64("chain_id", p.ChainID), zap.Stringer("genesis_hash", g.Hash),
				zap.Stringer("genesis_root", g.StateRoot), zap.Int("dev_alloc_accounts", len(e.cfg.GenesisAlloc)))
			return nil
		}
		if !store.IsUniqueViolation(err) {
			return err
		}
		row, err = chaindb.LoadChain(ctx, e.pool) // created concurrently
	}
	if err != nil {
		return err
	}
	mismatch := func(field string, db, cfg any) error {
		return fmt.Errorf("%w: %s is %v in the database, %v in the configuration", ErrChainMismatch, field, db, cfg)
	}
	switch {
	case row.ChainID != p.ChainID:
		return mismatch("chain ID", row.ChainID, p.ChainID)
	case row.BaseFee.Cmp(p.BaseFee.ToBig()) != 0:
		return mismatch("base fee", row.BaseFee, p.BaseFee)
	case row.FeeRecipient != p.FeeRecipient:
		return mismatch("fee recipient", row.FeeRecipient, p.FeeRecipient)
	case row.GenesisTimestamp != p.GenesisTimestamp:
		return mismatch("genesis timestamp", row.GenesisTimestamp, p.GenesisTimestamp)
	}
	stored, err := decodeAlloc(row.GenesisAlloc)
	if err != nil {
		return fmt.Errorf("reading the stored genesis allocation: %w", err)
	}
	if !bytes.Equal(encodeAlloc(stored), encodeAlloc(e.cfg.GenesisAlloc)) {
		return mismatch("development genesis allocation", fmt.Sprintf("%d accounts", len(stored)), fmt.Sprintf("%d accounts", len(e.cfg.GenesisAlloc)))
	}
	return nil
}

// loadBase returns the state to replay from: the newest usable snapshot at or
// before block limit, else the genesis state.
func (e *replayer) loadBase(ctx context.Context, limit uint64) (*l2.State, *chain.Block, error) {
	nums, err := chaindb.SnapshotsAtOrBefore(ctx, e.pool, limit)
	if err != nil {
		return nil, nil, err
	}
	for _, n := range nums {
		b, err := chaindb.BlockByNumber(ctx, e.pool, n)
		if err != nil {
			return nil, nil, err
		}
		snap, err := chaindb.LoadSnapshot(ctx, e.pool, n)
		if err != nil {
			e.log.Warn("skipping unreadable snapshot", zap.Uint64("block", n), zap.Error(err))
			continue
		}
		if !b.Sealed || snap.StateRoot != b.StateRoot || snap.LastSeq+1 != b.NextSeq() || snap.DepositsConsumed != b.DepositsConsumed() {
			e.log.Warn("skipping snapshot that does not match its block", zap.Uint64("block", n))
			continue
		}
		st, err := restoreSnapshot(snap)
		if err != nil {
			e.log.Warn("skipping unreadable snapshot", zap.Uint64("block", n), zap.Error(err))
			continue
		}
		if root := st.Root(); root != b.StateRoot {
			e.log.Warn("skipping snapshot whose leaves do not hash to its root", zap.Uint64("block", n), zap.Stringer("root", root))
			continue
		}
		e.log.Info("loaded state snapshot", zap.Uint64("block", n), zap.Uint64("leaves", snap.LeafCount))
		return st, b, nil
	}
	g, err := chaindb.BlockByNumber(ctx, e.pool, 0)
	if err != nil {
		return nil, nil, err
	}
	st := GenesisState(e.cfg.GenesisAlloc)
	if root := st.Root(); root != g.StateRoot {
		return nil, nil, fmt.Errorf("genesis state root %s differs from the stored genesis block's %s", root, g.StateRoot)
	}
	return st, g, nil
}

// replayBlock applies a stored block's deposits and transactions to state and
// returns how many transactions it applied. An open block's transactions are
// all those from its first sequence number on.
func (e *replayer) replayBlock(ctx context.Context, state *l2.State, b *chain.Block) (int, error) {
	p := &e.cfg.Params
	forced := map[common.Hash]bool{}
	if b.DepositCount > 0 {
		deps, err := chaindb.DepositsRange(ctx, e.pool, b.DepositFirst, b.DepositsConsumed())
		if err != nil {
			return 0, err
		}
		if len(deps) != b.DepositCount {
			return 0, fmt.Errorf("block %d consumed %d deposits from index %d, the database has %d of them", b.Number, b.DepositCount, b.DepositFirst, len(deps))
		}
		for i := range deps {
			d := &deps[i]
			if d.Forced == nil {
				state.ApplyDeposit(d.L2())
				continue
			}
			// A forced transaction runs in the queue region; when it was
			// valid its row is one of the block's transactions, skipped below.
			if _, err := state.ApplyForced(p, d.Forced); err == nil {
				forced[d.Forced.Tx(p.ChainID).Hash()] = true
			}
		}
	}
	end := uint64(0)
	if b.Sealed {
		if b.TxCount == 0 {
			return 0, nil
		}
		end = b.NextSeq()
	}
	n := 0
	want := b.FirstSeq
	err := chaindb.ReplayTxs(ctx, e.pool, b.FirstSeq, end, func(t *chaindb.ReplayTx) error {
		if t.Seq != want {
			return fmt.Errorf("transaction seq %d missing (found %d)", want, t.Seq)
		}
		want++
		var tx types.Transaction
		if err := tx.UnmarshalBinary(t.Raw); err != nil {
			return fmt.Errorf("decoding stored transaction %d: %w", t.Seq, err)
		}
		if forced[tx.Hash()] {
			n++
			return nil
		}
		if err := state.ApplyTransfer(p, &tx, t.Sender); err != nil {
			return fmt.Errorf("replaying stored transaction %d (%s): %w", t.Seq, tx.Hash(), err)
		}
		n++
		return nil
	})
	if err != nil {
		return 0, err
	}
	if b.Sealed && n != b.TxCount {
		return 0, fmt.Errorf("block %d has %d transactions, the database has %d", b.Number, b.TxCount, n)
	}
	return n, nil
}
