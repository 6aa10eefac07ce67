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

// genesisAccounts are block 0's history rows: the development allocation.
func genesisAccounts(gs *l2.State, alloc []GenesisAccount) []chaindb.Account {
	addrs := make(map[common.Address]struct{}, len(alloc))
	for _, a := range alloc {
		addrs[a.Address] = struct{}{}
	}
	return chaindb.AccountsOf(gs, addrs)
}

// GenesisBlock returns block 0 of a chain.
func GenesisBlock(p *l2.Params, root common.Hash) chain.Block {
	b := chain.Block{
		Number:          0,
		Timestamp:       p.GenesisTimestamp,
		FirstSeq:        1,
		Sealed:          true,
		StateRoot:       root,
		WithdrawalsRoot: types.EmptyWithdrawalsHash,
	}
	new(chain.BlockItems).Seal(&b, common.Hash{}, p)
	return b
}

// rebuild is the rebuild of the engine's chain from the database.
func rebuild(cfg *Config, log *zap.Logger) *chaindb.Rebuild {
	return &chaindb.Rebuild{Params: &cfg.Params, Genesis: func() *l2.State { return GenesisState(cfg.GenesisAlloc) }, Log: log}
}

// StateAt rebuilds the state as of sealed block n from the database.
func StateAt(ctx context.Context, pool *pgxpool.Pool, cfg Config, n uint64) (*l2.State, error) {
	st, _, _, err := rebuild(&cfg, zap.NewNop()).Replay(ctx, pool, &n, false)
	return st, err
}

// recover builds the engine's state from the database (see the package doc).
func (e *Engine) recover(ctx context.Context) error {
	start := time.Now()
	p := &e.cfg.Params
	if err := e.ensureChain(ctx); err != nil {
		return err
	}
	state, prev, replayed, err := rebuild(&e.cfg, e.log).Replay(ctx, e.pool, nil, true)
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
	e.headers.parent = prev.Hash
	e.recent.addBlock(prev.Number, prev.Hash)
	x.consumed = prev.DepositsConsumed()
	x.future.init()
	x.inflight = make(map[common.Hash]*entry)
	e.state = state
	e.view.Store(&view{latest: prev, durableSeq: x.nextSeq - 1, consumed: x.consumed})
	e.sealedState.Store(&sealedState{block: prev.Number, state: state.Copy()})
	e.depositNext = x.consumed
	e.metrics.durableSeq.Set(float64(x.nextSeq - 1))
	e.metrics.latestBlock.Set(float64(prev.Number))
	if err := e.restoreQueued(ctx); err != nil {
		return err
	}
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
		}, &g, genesisAccounts(gs, e.cfg.GenesisAlloc))
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

// restoreQueued queues again the transactions of l2_queued_txs. Rows that can
// no longer execute (their nonce used, or the queue's rules refuse them now)
// are deleted; the ones whose gap filled before the crash execute when the
// executor starts.
func (e *Engine) restoreQueued(ctx context.Context) error {
	rows, err := chaindb.QueuedTxs(ctx, e.pool)
	if err != nil || len(rows) == 0 {
		return err
	}
	x := &e.exec
	var stale []common.Hash
	for i := range rows {
		r := &rows[i]
		c, err := queuedCandidate(r)
		if err != nil {
			return err
		}
		balance, nonce := e.state.Account(r.Sender)
		if c.Tx.Nonce() < nonce {
			stale = append(stale, r.Hash)
			continue
		}
		cost, _, err := l2.TxCost(&e.cfg.Params, c.Tx)
		var w *waitingTx
		if err == nil {
			w, _, err = x.future.add(c, r.Received, &cost, &balance, nonce, e.futureLimits())
		}
		if err != nil {
			e.log.Info("a queued transaction no longer fits the queue; dropped", zap.Stringer("hash", r.Hash), zap.Error(err))
			stale = append(stale, r.Hash)
			continue
		}
		w.rec = &entry{tx: queuedTx(c), received: r.Received, acked: true}
	}
	if err := chaindb.DeleteQueuedTxs(ctx, e.pool, stale); err != nil {
		return err
	}
	e.metrics.futureQueued.Set(float64(x.future.len()))
	e.log.Info("queued transactions restored", zap.Int("queued", x.future.len()), zap.Int("dropped", len(stale)))
	return nil
}

// queuedCandidate decodes a stored queued transaction; its sender was
// recovered at admission.
func queuedCandidate(r *chaindb.QueuedTx) (*chain.Candidate, error) {
	var tx types.Transaction
	if err := tx.UnmarshalBinary(r.Raw); err != nil {
		return nil, fmt.Errorf("decoding queued transaction %s: %w", r.Hash, err)
	}
	if tx.Hash() != r.Hash || tx.To() == nil {
		return nil, fmt.Errorf("queued transaction %s: the stored bytes do not match", r.Hash)
	}
	return &chain.Candidate{Tx: &tx, Raw: r.Raw, Hash: r.Hash, Sender: r.Sender}, nil
}
