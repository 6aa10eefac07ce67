package batcher

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/rollup-dev/rollup/chaindb"
	"github.com/rollup-dev/rollup/l2"
	"github.com/rollup-dev/rollup/store"
)

// source reads what the sequencer wrote, through chaindb, the tables' owner:
// the chain parameters, sealed blocks with their deposits and transactions,
// and state snapshots. It never writes them.
type source struct {
	pool    *pgxpool.Pool
	timeout time.Duration
	// chainID is the L2 chain ID, set once the chain row is read: it names
	// the L2 hash of a forced transaction.
	chainID uint64
}

// chainRow is the chain's parameters and development allocation.
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
	c, err := chaindb.LoadChain(ctx, s.pool)
	if err != nil {
		return nil, fmt.Errorf("reading the L2 chain parameters: %w", err)
	}
	bf, overflow := uint256.FromBig(c.BaseFee)
	if overflow || c.BaseFee.Sign() < 0 {
		return nil, errors.New("reading the L2 base fee: out of uint256 range")
	}
	return &chainRow{params: l2.Params{ChainID: c.ChainID, BaseFee: bf, FeeRecipient: c.FeeRecipient, GenesisTimestamp: c.GenesisTimestamp},
		allocJSON: string(c.GenesisAlloc)}, nil
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
	bs, err := chaindb.SealedBlocks(ctx, s.pool, from, limit)
	if err != nil {
		return nil, err
	}
	out := make([]blockHeader, len(bs))
	for i, b := range bs {
		out[i] = blockHeader{number: b.Number, timestamp: b.Timestamp, firstSeq: b.FirstSeq, txCount: b.TxCount,
			depositFirst: b.DepositFirst, depositCount: b.DepositCount, stateRoot: b.StateRoot, sealedAt: b.SealedAt}
	}
	return out, nil
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
	out := make([]storedTx, 0, end-first)
	err := chaindb.ReplayTxs(ctx, s.pool, first, end, func(t *chaindb.ReplayTx) error {
		if want := first + uint64(len(out)); t.Seq != want {
			return fmt.Errorf("transaction seq %d missing (found %d)", want, t.Seq)
		}
		tx := new(types.Transaction)
		if err := tx.UnmarshalBinary(t.Raw); err != nil {
			return fmt.Errorf("decoding transaction seq %d: %w", t.Seq, err)
		}
		out = append(out, storedTx{tx: tx, sender: t.Sender})
		return nil
	})
	if err != nil {
		return nil, err
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
	ds, err := chaindb.DepositsRange(ctx, s.pool, first, end)
	if err != nil {
		return nil, err
	}
	out := make([]l2.Deposit, 0, len(ds))
	for i := range ds {
		if want := first + uint64(len(out)); ds[i].QueueIndex != want {
			return nil, fmt.Errorf("deposit %d missing (found %d)", want, ds[i].QueueIndex)
		}
		if ds[i].Amount.Sign() < 0 || ds[i].Amount.BitLen() > 256 {
			return nil, fmt.Errorf("deposit %d amount: out of uint256 range", ds[i].QueueIndex)
		}
		out = append(out, ds[i].L2())
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

// stateAt rebuilds the L2 state after sealed block n (chaindb.Rebuild: the
// newest usable snapshot, then the later blocks replayed, every root checked).
func (s *source) stateAt(ctx context.Context, p *l2.Params, n uint64) (*l2.State, *blockHeader, error) {
	target, err := s.blockHeaderAt(ctx, n)
	if err != nil {
		return nil, nil, err
	}
	g, err := s.blockHeaderAt(ctx, 0)
	if err != nil {
		return nil, nil, err
	}
	if g.stateRoot != (common.Hash{}) {
		return nil, nil, ErrDevGenesis
	}
	st, _, _, err := (&chaindb.Rebuild{Params: p, Genesis: l2.NewState}).Replay(ctx, s.pool, &n, false)
	if errors.Is(err, chaindb.ErrRootMismatch) {
		return nil, nil, fmt.Errorf("%w: %w", ErrStateMismatch, err)
	}
	if err != nil {
		return nil, nil, err
	}
	return st, target, nil
}
