package chaindb

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5/pgxpool"
	"go.uber.org/zap"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/l2"
)

// ErrRootMismatch: a replayed block does not give its stored state root,
// trie roots or hash.
var ErrRootMismatch = errors.New("replayed state root differs from the stored one")

// Rebuild rebuilds L2 states from the stored chain: the newest usable state
// snapshot, then the stored blocks after it replayed with their stored
// senders, every sealed block's root checked. The sequencer's restart, its
// historical look-ups and the batcher use it.
type Rebuild struct {
	Params *l2.Params
	// Genesis returns the state of block 0 (called only when no snapshot is
	// usable).
	Genesis func() *l2.State
	// Log receives progress (nil: none).
	Log *zap.Logger
}

func (e *Rebuild) log() *zap.Logger {
	if e.Log == nil {
		return zap.NewNop()
	}
	return e.Log
}

// Replay returns the state as of block upTo (the newest block if upTo is
// nil): the newest usable snapshot plus the later blocks, each sealed block's
// root checked. With sealOpen, a trailing open block is sealed in the database.
func (e *Rebuild) Replay(ctx context.Context, pool *pgxpool.Pool, upTo *uint64, sealOpen bool) (*l2.State, chain.Block, int, error) {
	last, err := LastBlock(ctx, pool)
	if err != nil {
		return nil, chain.Block{}, 0, err
	}
	if upTo != nil && *upTo < last.Number {
		if last, err = BlockByNumber(ctx, pool, *upTo); err != nil {
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
	state, base, err := e.loadBase(ctx, pool, lastSealed)
	if err != nil {
		return nil, chain.Block{}, 0, err
	}
	if last.Number > base.Number {
		e.log().Info("rebuilding state from the database",
			zap.Uint64("from_block", base.Number), zap.Uint64("to_block", last.Number))
	}
	replayed, lastLog := 0, time.Now()
	prev := *base
	var items chain.BlockItems
	for next := base.Number + 1; next <= last.Number; {
		blocks, err := Blocks(ctx, pool, next, last.Number, 500)
		if err != nil {
			return nil, chain.Block{}, 0, err
		}
		if len(blocks) == 0 {
			return nil, chain.Block{}, 0, fmt.Errorf("block %d missing from the database", next)
		}
		for _, b := range blocks {
			if b.Number != prev.Number+1 || (b.Sealed && b.ParentHash != prev.Hash) || b.FirstSeq != prev.NextSeq() || b.DepositFirst != prev.DepositsConsumed() {
				return nil, chain.Block{}, 0, fmt.Errorf("block %d does not follow block %d in the database", b.Number, prev.Number)
			}
			if !b.Sealed && b.Number != last.Number {
				return nil, chain.Block{}, 0, fmt.Errorf("block %d is open but is not the newest block", b.Number)
			}
			var touched *touchedSet
			if !b.Sealed {
				touched = &touchedSet{accounts: map[common.Address]struct{}{}, leaves: map[common.Hash]struct{}{}}
			}
			items.Reset()
			n, err := e.replayBlock(ctx, pool, state, b, touched, &items)
			if err != nil {
				return nil, chain.Block{}, 0, err
			}
			replayed += n
			root := state.Root()
			if b.Sealed {
				if root != b.StateRoot {
					return nil, chain.Block{}, 0, fmt.Errorf("replaying block %d gives state root %s, the database says %s: %w", b.Number, root, b.StateRoot, ErrRootMismatch)
				}
				check := *b
				items.Seal(&check, prev.Hash, e.Params)
				if check.Hash != b.Hash {
					return nil, chain.Block{}, 0, fmt.Errorf("block %d's header hashes to %s, the database says %s: %w", b.Number, check.Hash, b.Hash, ErrRootMismatch)
				}
			} else {
				// The block that was open when the previous process stopped:
				// seal it now with what was committed.
				b.TxCount, b.Sealed, b.StateRoot = n, true, root
				items.Seal(b, prev.Hash, e.Params)
				if err := SealBlock(ctx, pool, &Seal{Block: *b, Accounts: AccountsOf(state, touched.accounts), Leaves: LeavesOf(state, touched.leaves)}); err != nil {
					return nil, chain.Block{}, 0, err
				}
				e.log().Info("sealed the block left open", zap.Uint64("block", b.Number), zap.Int("txs", n), zap.Stringer("hash", b.Hash))
			}
			prev = *b
			if time.Since(lastLog) > 2*time.Second {
				lastLog = time.Now()
				e.log().Info("replaying", zap.Uint64("block", b.Number), zap.Uint64("last_block", last.Number), zap.Int("txs", replayed))
			}
		}
		next = prev.Number + 1
	}
	return state, prev, replayed, nil
}

// loadBase returns the state to replay from: the newest usable snapshot at or
// before block limit, else the genesis state.
func (e *Rebuild) loadBase(ctx context.Context, pool Querier, limit uint64) (*l2.State, *chain.Block, error) {
	nums, err := SnapshotsAtOrBefore(ctx, pool, limit)
	if err != nil {
		return nil, nil, err
	}
	for _, n := range nums {
		b, err := BlockByNumber(ctx, pool, n)
		if err != nil {
			return nil, nil, err
		}
		snap, err := LoadSnapshot(ctx, pool, n)
		if err != nil {
			e.log().Warn("skipping unreadable snapshot", zap.Uint64("block", n), zap.Error(err))
			continue
		}
		if !b.Sealed || snap.StateRoot != b.StateRoot || snap.LastSeq+1 != b.NextSeq() || snap.DepositsConsumed != b.DepositsConsumed() {
			e.log().Warn("skipping snapshot that does not match its block", zap.Uint64("block", n))
			continue
		}
		st, err := snap.State()
		if err != nil {
			e.log().Warn("skipping unreadable snapshot", zap.Uint64("block", n), zap.Error(err))
			continue
		}
		if root := st.Root(); root != b.StateRoot {
			e.log().Warn("skipping snapshot whose leaves do not hash to its root", zap.Uint64("block", n), zap.Stringer("root", root))
			continue
		}
		e.log().Info("loaded state snapshot", zap.Uint64("block", n), zap.Uint64("leaves", snap.LeafCount))
		return st, b, nil
	}
	g, err := BlockByNumber(ctx, pool, 0)
	if err != nil {
		return nil, nil, err
	}
	st := e.Genesis()
	if root := st.Root(); root != g.StateRoot {
		return nil, nil, fmt.Errorf("genesis state root %s differs from the stored genesis block's %s", root, g.StateRoot)
	}
	return st, g, nil
}

// replayBlock applies a stored block's deposits and transactions to state and
// returns how many transactions it applied. An open block's transactions are
// all those from its first sequence number on.
// touchedSet collects what a replayed block changed: its history rows.
type touchedSet struct {
	accounts map[common.Address]struct{}
	leaves   map[common.Hash]struct{}
}

func (e *Rebuild) replayBlock(ctx context.Context, pool Querier, state *l2.State, b *chain.Block, touched *touchedSet, items *chain.BlockItems) (int, error) {
	touch := func(addrs ...common.Address) {
		if touched != nil {
			for _, a := range addrs {
				touched.accounts[a] = struct{}{}
			}
		}
	}
	touchLeaves := func(keys []common.Hash) {
		if touched != nil {
			for _, k := range keys {
				touched.leaves[k] = struct{}{}
			}
		}
	}
	p := e.Params
	// forced maps the hash of every valid forced transaction to whether it
	// reverted.
	forced := map[common.Hash]bool{}
	if b.DepositCount > 0 {
		deps, err := DepositsRange(ctx, pool, b.DepositFirst, b.DepositsConsumed())
		if err != nil {
			return 0, err
		}
		if len(deps) != b.DepositCount {
			return 0, fmt.Errorf("block %d consumed %d deposits from index %d, the database has %d of them", b.Number, b.DepositCount, b.DepositFirst, len(deps))
		}
		for i := range deps {
			d := &deps[i]
			items.AddDeposit(d)
			if d.Forced == nil {
				ld := d.L2()
				state.ApplyDeposit(ld)
				touch(d.Recipient)
				touchLeaves(l2.DepositLeaves(&ld))
				continue
			}
			// A forced transaction runs in the queue region; when it was
			// valid its row is one of the block's transactions, skipped below.
			if sender, res, err := state.ApplyForced(p, d.Forced); err == nil {
				touch(sender, d.Forced.To, p.FeeRecipient)
				ftx := d.Forced.Tx(p.ChainID)
				if res.Reverted == nil {
					touchLeaves(l2.TokenLeaves(ftx, sender))
				}
				forced[ftx.Hash()] = res.Reverted != nil
			}
		}
	}
	if w := items.WithdrawalsRoot(); w != b.WithdrawalsRoot {
		return 0, fmt.Errorf("block %d's deposits give withdrawals root %s, the database says %s: %w", b.Number, w, b.WithdrawalsRoot, ErrRootMismatch)
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
	err := ReplayTxs(ctx, pool, b.FirstSeq, end, func(t *ReplayTx) error {
		if t.Seq != want {
			return fmt.Errorf("transaction seq %d missing (found %d)", want, t.Seq)
		}
		want++
		tx := new(types.Transaction)
		if err := tx.UnmarshalBinary(t.Raw); err != nil {
			return fmt.Errorf("decoding stored transaction %d: %w", t.Seq, err)
		}
		ct := chain.Tx{Raw: t.Raw, Tx: tx, Sender: t.Sender}
		if failed, ok := forced[tx.Hash()]; ok {
			ct.Failed = failed
		} else {
			res, err := state.ApplyTransfer(p, tx, t.Sender)
			if err != nil {
				return fmt.Errorf("replaying stored transaction %d (%s): %w", t.Seq, tx.Hash(), err)
			}
			ct.Failed = res.Reverted != nil
			touch(t.Sender, *tx.To(), p.FeeRecipient)
			if res.Reverted == nil {
				touchLeaves(l2.TokenLeaves(tx, t.Sender))
			}
		}
		if err := items.AddTx(&ct); err != nil {
			return err
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
