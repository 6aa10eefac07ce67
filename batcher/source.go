package batcher

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/rollup-dev/rollup/l2"
	"github.com/rollup-dev/rollup/store"
)

// source reads what the sequencer wrote (store/migrations/010_sequencer.sql):
// the chain parameters, sealed blocks with their deposits and transactions,
// and state snapshots. It never writes those tables.
type source struct {
	pool    *pgxpool.Pool
	timeout time.Duration
	// chainID is the L2 chain ID, set once the chain row is read: it names
	// the L2 hash of a forced transaction.
	chainID uint64
}

// chainRow is the l2_chain row.
type chainRow struct {
	params    l2.Params
	allocJSON string
}

func (s *source) ctx(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, s.timeout)
}

// chain reads the chain parameters; store.ErrNotFound before the sequencer
// created the chain.
func (s *source) chain(ctx context.Context) (*chainRow, error) {
	ctx, cancel := s.ctx(ctx)
	defer cancel()
	var (
		id, gts int64
		fee     pgtype.Numeric
		rcpt    []byte
		r       chainRow
	)
	err := s.pool.QueryRow(ctx, `SELECT chain_id, base_fee, fee_recipient, genesis_timestamp, genesis_alloc::text FROM l2_chain WHERE id = 1`).
		Scan(&id, &fee, &rcpt, &gts, &r.allocJSON)
	if err != nil {
		return nil, fmt.Errorf("reading the L2 chain parameters: %w", store.MapError(err))
	}
	bf, err := numericUint256(fee)
	if err != nil {
		return nil, fmt.Errorf("reading the L2 base fee: %w", err)
	}
	r.params = l2.Params{ChainID: uint64(id), BaseFee: bf, FeeRecipient: common.BytesToAddress(rcpt), GenesisTimestamp: uint64(gts)}
	return &r, nil
}

func numericUint256(n pgtype.Numeric) (*uint256.Int, error) {
	if !n.Valid || n.Int == nil || n.NaN || n.InfinityModifier != pgtype.Finite {
		return nil, errors.New("not a number")
	}
	v := new(uint256.Int)
	if overflow := v.SetFromBig(n.Int); overflow || n.Int.Sign() < 0 {
		return nil, errors.New("out of uint256 range")
	}
	ten := uint256.NewInt(10)
	for i := int32(0); i < n.Exp; i++ {
		if _, overflow := v.MulOverflow(v, ten); overflow {
			return nil, errors.New("out of uint256 range")
		}
	}
	if n.Exp < 0 {
		return nil, errors.New("not an integer")
	}
	return v, nil
}

// blockHeader is a sealed block's row.
type blockHeader struct {
	number, timestamp uint64
	firstSeq          uint64
	txCount           int
	depositFirst      uint64
	depositCount      int
	stateRoot         common.Hash
	sealedAt          time.Time
}

// sealedHeaders returns up to limit consecutive sealed blocks from number from on.
func (s *source) sealedHeaders(ctx context.Context, from uint64, limit int) ([]blockHeader, error) {
	ctx, cancel := s.ctx(ctx)
	defer cancel()
	rows, err := s.pool.Query(ctx, `SELECT number, timestamp, first_seq, tx_count, deposit_first, deposit_count, state_root,
			coalesce(sealed_at, opened_at)
		FROM l2_blocks WHERE number >= $1 AND state_root IS NOT NULL ORDER BY number LIMIT $2`, int64(from), limit)
	if err != nil {
		return nil, fmt.Errorf("reading sealed blocks from %d: %w", from, err)
	}
	defer rows.Close()
	var out []blockHeader
	for rows.Next() {
		var (
			h                      blockHeader
			num, ts, first, dfirst int64
			root                   []byte
		)
		if err := rows.Scan(&num, &ts, &first, &h.txCount, &dfirst, &h.depositCount, &root, &h.sealedAt); err != nil {
			return nil, fmt.Errorf("reading sealed blocks from %d: %w", from, err)
		}
		h.number, h.timestamp, h.firstSeq, h.depositFirst = uint64(num), uint64(ts), uint64(first), uint64(dfirst)
		h.stateRoot = common.BytesToHash(root)
		if want := from + uint64(len(out)); h.number != want {
			break // not yet sealed: stop at the gap
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

// blockHeaderAt returns sealed block n; store.ErrNotFound if it is not sealed.
func (s *source) blockHeaderAt(ctx context.Context, n uint64) (*blockHeader, error) {
	hs, err := s.sealedHeaders(ctx, n, 1)
	if err != nil {
		return nil, err
	}
	if len(hs) == 0 {
		return nil, fmt.Errorf("sealed block %d: %w", n, store.ErrNotFound)
	}
	return &hs[0], nil
}

// storedTx is a transaction row: the signed envelope and its stored sender.
type storedTx struct {
	tx     *types.Transaction
	sender common.Address
}

// txs returns the transactions with first ≤ seq < end in order.
func (s *source) txs(ctx context.Context, first, end uint64) ([]storedTx, error) {
	if end <= first {
		return nil, nil
	}
	ctx, cancel := s.ctx(ctx)
	defer cancel()
	rows, err := s.pool.Query(ctx, `SELECT seq, sender, raw FROM l2_transactions WHERE seq >= $1 AND seq < $2 ORDER BY seq`,
		int64(first), int64(end))
	if err != nil {
		return nil, fmt.Errorf("reading transactions %d-%d: %w", first, end-1, err)
	}
	defer rows.Close()
	out := make([]storedTx, 0, end-first)
	for rows.Next() {
		var (
			seq         int64
			sender, raw []byte
		)
		if err := rows.Scan(&seq, &sender, &raw); err != nil {
			return nil, fmt.Errorf("reading transactions %d-%d: %w", first, end-1, err)
		}
		if want := first + uint64(len(out)); uint64(seq) != want {
			return nil, fmt.Errorf("transaction seq %d missing (found %d)", want, seq)
		}
		tx := new(types.Transaction)
		if err := tx.UnmarshalBinary(raw); err != nil {
			return nil, fmt.Errorf("decoding transaction seq %d: %w", seq, err)
		}
		out = append(out, storedTx{tx: tx, sender: common.BytesToAddress(sender)})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading transactions %d-%d: %w", first, end-1, err)
	}
	if uint64(len(out)) != end-first {
		return nil, fmt.Errorf("transactions %d-%d: found %d", first, end-1, len(out))
	}
	return out, nil
}

// deposits returns the deposits first ≤ queue index < end in order.
func (s *source) deposits(ctx context.Context, first, end uint64) ([]l2.Deposit, error) {
	if end <= first {
		return nil, nil
	}
	ctx, cancel := s.ctx(ctx)
	defer cancel()
	rows, err := s.pool.Query(ctx, `SELECT queue_index, recipient, amount, l1_timestamp, forced_tx FROM l1_deposits
		WHERE queue_index >= $1 AND queue_index < $2 ORDER BY queue_index`, int64(first), int64(end))
	if err != nil {
		return nil, fmt.Errorf("reading deposits %d-%d: %w", first, end-1, err)
	}
	defer rows.Close()
	var out []l2.Deposit
	for rows.Next() {
		var (
			idx, ts int64
			rcpt    []byte
			amount  pgtype.Numeric
			forced  []byte
		)
		if err := rows.Scan(&idx, &rcpt, &amount, &ts, &forced); err != nil {
			return nil, fmt.Errorf("reading deposits %d-%d: %w", first, end-1, err)
		}
		a, err := numericUint256(amount)
		if err != nil {
			return nil, fmt.Errorf("deposit %d amount: %w", idx, err)
		}
		if want := first + uint64(len(out)); uint64(idx) != want {
			return nil, fmt.Errorf("deposit %d missing (found %d)", want, idx)
		}
		d := l2.Deposit{Index: uint64(idx), Recipient: common.BytesToAddress(rcpt), Amount: a, L1Timestamp: uint64(ts)}
		if forced != nil {
			if d.Forced, err = l2.UnmarshalForcedTx(forced); err != nil {
				return nil, fmt.Errorf("queue entry %d: %w", idx, err)
			}
		}
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading deposits %d-%d: %w", first, end-1, err)
	}
	if uint64(len(out)) != end-first {
		return nil, fmt.Errorf("deposits %d-%d: found %d", first, end-1, len(out))
	}
	return out, nil
}

// fullBlock is a sealed block with its items and the senders of its
// transactions (for replay without signature recovery).
type fullBlock struct {
	Block
	senders []common.Address // per item; zero for deposits
}

// blocks returns up to limit consecutive sealed blocks from number from on,
// with their deposits and transactions.
func (s *source) blocks(ctx context.Context, from uint64, limit int) ([]fullBlock, error) {
	hs, err := s.sealedHeaders(ctx, from, limit)
	if err != nil || len(hs) == 0 {
		return nil, err
	}
	first, last := hs[0], hs[len(hs)-1]
	txs, err := s.txs(ctx, first.firstSeq, last.firstSeq+uint64(last.txCount))
	if err != nil {
		return nil, err
	}
	deps, err := s.deposits(ctx, first.depositFirst, last.depositFirst+uint64(last.depositCount))
	if err != nil {
		return nil, err
	}
	out := make([]fullBlock, len(hs))
	for i, h := range hs {
		fb := fullBlock{Block: Block{Block: l2.Block{Number: h.number, Timestamp: h.timestamp}, StateRoot: h.stateRoot, SealedAt: h.sealedAt}}
		n := h.depositCount + h.txCount
		fb.Items = make([]l2.Item, 0, n)
		fb.senders = make([]common.Address, 0, n)
		// A valid forced transaction is both a queue entry and a transaction
		// row of its block; the batch carries it as the queue record only.
		forced := map[common.Hash]bool{}
		for j := 0; j < h.depositCount; j++ {
			k := h.depositFirst + uint64(j) - first.depositFirst
			if k >= uint64(len(deps)) {
				return nil, fmt.Errorf("block %d: deposit %d outside the range read", h.number, h.depositFirst+uint64(j))
			}
			fb.Items = append(fb.Items, l2.Item{Deposit: &deps[k]})
			fb.senders = append(fb.senders, common.Address{})
			if f := deps[k].Forced; f != nil {
				if s.chainID == 0 {
					return nil, errors.New("reading a forced transaction before the chain parameters")
				}
				forced[f.Tx(s.chainID).Hash()] = true
			}
		}
		for j := 0; j < h.txCount; j++ {
			k := h.firstSeq + uint64(j) - first.firstSeq
			if k >= uint64(len(txs)) {
				return nil, fmt.Errorf("block %d: transaction seq %d outside the range read", h.number, h.firstSeq+uint64(j))
			}
			if forced[txs[k].tx.Hash()] {
				continue
			}
			fb.Items = append(fb.Items, l2.Item{Tx: txs[k].tx})
			fb.senders = append(fb.senders, txs[k].sender)
		}
		out[i] = fb
	}
	return out, nil
}

// snapshotAtOrBefore returns the newest state snapshot at or before block
// whose leaves hash to its block's root, or nil.
func (s *source) snapshotAtOrBefore(ctx context.Context, block uint64) (*l2.State, uint64, error) {
	qctx, cancel := s.ctx(ctx)
	rows, err := s.pool.Query(qctx, `SELECT block_number FROM l2_state_snapshots WHERE block_number <= $1 ORDER BY block_number DESC`, int64(block))
	if err != nil {
		cancel()
		return nil, 0, fmt.Errorf("listing state snapshots: %w", err)
	}
	nums, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	cancel()
	if err != nil {
		return nil, 0, fmt.Errorf("listing state snapshots: %w", err)
	}
	for _, n := range nums {
		h, err := s.blockHeaderAt(ctx, uint64(n))
		if err != nil {
			continue
		}
		sctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
		var data, root []byte
		err = s.pool.QueryRow(sctx, `SELECT state_root, data FROM l2_state_snapshots WHERE block_number = $1`, n).Scan(&root, &data)
		cancel()
		if err != nil || common.BytesToHash(root) != h.stateRoot {
			continue
		}
		st := l2.NewState()
		if st.Tree().SetLeaves(data) != nil || st.Root() != h.stateRoot {
			continue
		}
		return st, uint64(n), nil
	}
	return nil, 0, nil
}

// stateAt rebuilds the L2 state after sealed block n: the newest usable
// snapshot at or before it (else the empty genesis state), then the blocks
// after it replayed with their stored senders. The root is checked against
// every replayed block's.
func (s *source) stateAt(ctx context.Context, p *l2.Params, n uint64) (*l2.State, *blockHeader, error) {
	target, err := s.blockHeaderAt(ctx, n)
	if err != nil {
		return nil, nil, err
	}
	st, from, err := s.snapshotAtOrBefore(ctx, n)
	if err != nil {
		return nil, nil, err
	}
	if st == nil {
		st, from = l2.NewState(), 0
		g, err := s.blockHeaderAt(ctx, 0)
		if err != nil {
			return nil, nil, err
		}
		if g.stateRoot != (common.Hash{}) {
			return nil, nil, ErrDevGenesis
		}
	}
	const page = 500
	for next := from + 1; next <= n; {
		bs, err := s.blocks(ctx, next, int(min(uint64(page), n-next+1)))
		if err != nil {
			return nil, nil, err
		}
		if len(bs) == 0 {
			return nil, nil, fmt.Errorf("replaying to block %d: block %d not sealed", n, next)
		}
		for _, b := range bs {
			for i, it := range b.Items {
				if it.Deposit != nil {
					_, _ = st.ApplyQueued(p, it.Deposit) // a skipped forced transaction changes nothing
					continue
				}
				if err := st.ApplyTransfer(p, it.Tx, b.senders[i]); err != nil {
					return nil, nil, fmt.Errorf("replaying block %d item %d: %w", b.Number, i, err)
				}
			}
			if root := st.Root(); root != b.StateRoot {
				return nil, nil, fmt.Errorf("block %d: replayed root %s, stored %s: %w", b.Number, root, b.StateRoot, ErrStateMismatch)
			}
			next = b.Number + 1
		}
	}
	return st, target, nil
}
