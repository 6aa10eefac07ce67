package sequencer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"runtime"
	"slices"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/chaindb"
	"github.com/rollup-dev/rollup/l2"
	"github.com/rollup-dev/rollup/sequencer/engine"
	"github.com/rollup-dev/rollup/sequencer/rest"
	"github.com/rollup-dev/rollup/sequencer/rpc"
	"github.com/rollup-dev/rollup/store"
)

// backend answers the JSON-RPC and REST APIs from the current engine (state,
// heads, recent transactions) and the database (everything else).
type backend struct {
	s *Service
	// historyFrom caches the chain's first block with account history (+1;
	// 0: not read yet).
	historyFrom atomic.Uint64
}

var (
	_ rpc.Backend  = (*backend)(nil)
	_ rest.Backend = (*backend)(nil)
)

func (b *backend) ChainID() uint64              { return b.s.cfg.ChainID }
func (b *backend) Params() *l2.Params           { return &b.s.params }
func (b *backend) BaseFee() *big.Int            { return new(big.Int).Set(b.s.cfg.BaseFee) }
func (b *backend) FeeRecipient() common.Address { return b.s.cfg.FeeRecipient }
func (b *backend) ClientVersion() string {
	return fmt.Sprintf("rollup-sequencer/%s/%s-%s/%s", b.s.cfg.Version, runtime.GOOS, runtime.GOARCH, runtime.Version())
}

func (b *backend) engine() (*engine.Engine, error) {
	eng := b.s.engine()
	if eng == nil {
		return nil, engine.ErrUnavailable
	}
	return eng, nil
}

func (b *backend) Heads() rpc.Heads {
	var h rpc.Heads
	if eng := b.s.engine(); eng != nil {
		latest, open := eng.Heads()
		h.Latest = latest.Number
		if open != nil {
			h.Pending, h.HasPending = open.Number, true
		}
	}
	l1 := b.s.heads.Load()
	h.Safe, h.Finalized = min(l1.safe, h.Latest), min(l1.final, h.Latest)
	return h
}

func (b *backend) Account(addr common.Address) (*big.Int, uint64, error) {
	eng, err := b.engine()
	if err != nil {
		return nil, 0, err
	}
	bal, nonce := eng.Account(addr)
	return bal, nonce, nil
}

// historyStart returns the chain's first block with history.
func (b *backend) historyStart(ctx context.Context) (uint64, error) {
	from := b.historyFrom.Load()
	if from == 0 {
		c, err := chaindb.LoadChain(ctx, b.s.pool)
		if err != nil {
			return 0, err
		}
		from = c.HistoryFrom + 1
		b.historyFrom.Store(from)
	}
	return from - 1, nil
}

// AccountAt reads addr as of sealed block n from the account history.
func (b *backend) AccountAt(ctx context.Context, addr common.Address, n uint64) (*big.Int, uint64, error) {
	from, err := b.historyStart(ctx)
	if err != nil {
		return nil, 0, err
	}
	bal, nonce, err := chaindb.AccountAt(ctx, b.s.pool, from, addr, n)
	if errors.Is(err, chaindb.ErrNoHistory) {
		return nil, 0, rpc.ErrNoHistory
	}
	return bal, nonce, err
}

// CheckTx decodes raw and applies the protocol's admission rules (signature
// recovery included); it runs in the HTTP goroutines, in parallel.
func (b *backend) CheckTx(raw []byte) (*chain.Candidate, error) {
	if len(raw) > b.s.cfg.MaxTxBytes {
		return nil, fmt.Errorf("oversized data: transaction of %d bytes, at most %d", len(raw), b.s.cfg.MaxTxBytes)
	}
	if len(raw) > 0 && raw[0] <= 0x7f && raw[0] != types.DynamicFeeTxType {
		return nil, l2.ErrTxTypeNotSupported // a typed envelope of another type
	}
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(raw); err != nil {
		if errors.Is(err, types.ErrTxTypeNotSupported) {
			return nil, l2.ErrTxTypeNotSupported
		}
		return nil, fmt.Errorf("invalid transaction encoding: %w", err)
	}
	sender, err := l2.ValidateTx(&b.s.params, tx)
	if err != nil {
		return nil, err
	}
	if err := b.checkTokenCall(tx); err != nil {
		return nil, err
	}
	if slices.Contains(b.s.cfg.FaultCensor, sender) {
		return nil, errCensored
	}
	return &chain.Candidate{Tx: tx, Raw: raw, Hash: tx.Hash(), Sender: sender}, nil
}

// errCensored answers a sender of Config.FaultCensor.
var errCensored = errors.New("FAULT INJECTION: this sequencer censors your address; force the transaction through L1 (rollup send --force)")

func (b *backend) SubmitTx(ctx context.Context, c *chain.Candidate) (func(context.Context) (*chain.Tx, error), error) {
	eng, err := b.engine()
	if err != nil {
		return nil, err
	}
	return eng.Submit(ctx, c)
}

// block returns block n as readers may see it: the durable part of the open
// block from memory, sealed blocks from the database; nil beyond the head.
func (b *backend) BlockByNumber(ctx context.Context, n uint64) (*chain.Block, error) {
	eng, err := b.engine()
	if err != nil {
		return nil, err
	}
	latest, open := eng.Heads()
	if open != nil && n == open.Number {
		o := *open
		return &o, nil
	}
	if n > latest.Number {
		return nil, nil
	}
	if n == latest.Number {
		l := latest
		return &l, nil
	}
	blk, err := chaindb.BlockByNumber(ctx, b.s.pool, n)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	return blk, err
}

func (b *backend) BlockByHash(ctx context.Context, h common.Hash) (*chain.Block, error) {
	eng, err := b.engine()
	if err != nil {
		return nil, err
	}
	latest, open := eng.Heads()
	if open != nil && h == open.Hash {
		o := *open
		return &o, nil
	}
	blk, err := chaindb.BlockByHash(ctx, b.s.pool, h)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	if err != nil || blk.Number > latest.Number || !blk.Sealed {
		return nil, err
	}
	return blk, nil
}

func (b *backend) Withdrawals(ctx context.Context, blk *chain.Block) (types.Withdrawals, error) {
	out := types.Withdrawals{}
	if blk.DepositCount == 0 {
		return out, nil
	}
	deps, err := chaindb.DepositsRange(ctx, b.s.pool, blk.DepositFirst, blk.DepositsConsumed())
	if err != nil {
		return nil, err
	}
	for i := range deps {
		if deps[i].Forced == nil && !deps[i].IsToken() {
			out = append(out, chain.DepositWithdrawal(&deps[i]))
		}
	}
	return out, nil
}

func (b *backend) BlockTxs(ctx context.Context, blk *chain.Block) ([]*chain.Tx, error) {
	if blk.TxCount == 0 {
		return nil, nil
	}
	return chaindb.TxsBySeq(ctx, b.s.pool, blk.FirstSeq, blk.NextSeq())
}

func (b *backend) Tx(ctx context.Context, h common.Hash) (*chain.Tx, error) {
	eng, err := b.engine()
	if err != nil {
		return nil, err
	}
	if t := eng.RecentTx(h); t != nil {
		c := *t
		return &c, nil
	}
	t, err := chaindb.TxByHash(ctx, b.s.pool, h)
	if errors.Is(err, store.ErrNotFound) {
		return b.queuedTx(ctx, h)
	}
	if err != nil {
		return nil, err
	}
	if t.Seq > eng.DurableSeq() { // committed a moment ago, not yet published
		return nil, nil
	}
	if latest, _ := eng.Heads(); t.BlockNumber > latest.Number {
		t.BlockHash = common.Hash{} // sealed a moment ago, not yet published
	}
	return t, nil
}

// queuedTx returns the queued transaction h (waiting for an earlier nonce of
// its sender) as a transaction without a place in the chain, nil if none.
func (b *backend) queuedTx(ctx context.Context, h common.Hash) (*chain.Tx, error) {
	q, err := chaindb.QueuedTxByHash(ctx, b.s.pool, h)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	t := &chain.Tx{Hash: q.Hash, Sender: q.Sender, Nonce: q.Nonce, Raw: q.Raw}
	tx, err := t.Decode()
	if err != nil {
		return nil, fmt.Errorf("queued transaction %s: %w", h, err)
	}
	t.To = *tx.To()
	return t, nil
}

func (b *backend) TxStatus(ctx context.Context, h common.Hash) (*chain.TxStatus, error) {
	t, err := b.Tx(ctx, h)
	if err != nil || t == nil {
		return nil, err
	}
	if t.Queued() {
		return &chain.TxStatus{Hash: t.Hash, Status: chain.StatusQueued}, nil
	}
	st := &chain.TxStatus{
		Hash:             t.Hash,
		Status:           chain.StatusSoft,
		BlockNumber:      hexutil.Uint64(t.BlockNumber),
		TransactionIndex: hexutil.Uint64(t.Index),
		BlockSealed:      !t.Pending(),
	}
	if !t.Pending() {
		bh := t.BlockHash
		st.BlockHash = &bh
	}
	batch, err := chaindb.BatchForBlock(ctx, b.s.pool, t.BlockNumber)
	if errors.Is(err, store.ErrNotFound) {
		return st, nil
	}
	if err != nil {
		return nil, err
	}
	b.fillBatchStatus(st, batch)
	return st, nil
}

// fillBatchStatus adds what the batch says about a transaction's life on L1.
func (b *backend) fillBatchStatus(st *chain.TxStatus, batch *chain.Batch) {
	idx := hexutil.Uint64(batch.Index)
	bs := batch.Status
	st.BatchIndex, st.BatchStatus = &idx, &bs
	st.L1TxHash, st.L1BlockHash = batch.L1TxHash, batch.L1BlockHash
	st.L1BlockNumber = (*hexutil.Uint64)(batch.L1BlockNumber)
	switch {
	case batch.Status == chain.BatchReverted:
		st.Status = chain.StatusReverted
	case batch.Status == chain.BatchFinal:
		st.Status = chain.StatusFinal
	case batch.Status.Posted():
		st.Status = chain.StatusPosted
	}
	if batch.L1BlockNumber != nil && batch.Status != chain.BatchReverted {
		if head := b.s.l1Head(); head != nil && head.Number >= hexutil.Uint64(*batch.L1BlockNumber) {
			c := head.Number - hexutil.Uint64(*batch.L1BlockNumber) + 1
			st.L1Confirmations = &c
		}
	}
	if d := challengeDeadline(batch, b.s.cfg.DisputeWindow); d != nil {
		v := hexutil.Uint64(*d)
		st.ChallengeDeadline = &v
	}
}

// challengeDeadline is the batch's recorded deadline, else its L1 timestamp
// plus the dispute window when both are known.
func challengeDeadline(batch *chain.Batch, window time.Duration) *uint64 {
	if batch.ChallengeDeadline != nil {
		return batch.ChallengeDeadline
	}
	if batch.L1Timestamp != nil && window > 0 {
		d := *batch.L1Timestamp + uint64(window/time.Second)
		return &d
	}
	return nil
}

func (b *backend) Batch(ctx context.Context, index uint64) (*chain.Batch, error) {
	batch, err := chaindb.BatchByIndex(ctx, b.s.pool, index)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if batch.ChallengeDeadline == nil {
		batch.ChallengeDeadline = challengeDeadline(batch, b.s.cfg.DisputeWindow)
	}
	return batch, nil
}

func (b *backend) SyncStatus(ctx context.Context) (*chain.SyncStatus, error) {
	eng, err := b.engine()
	if err != nil {
		return nil, err
	}
	latest, open := eng.Heads()
	st := &chain.SyncStatus{
		Latest:           blockRef(&latest),
		L1Head:           b.s.l1Head(),
		DepositsConsumed: hexutil.Uint64(eng.DepositsConsumed()),
		DurableSeq:       hexutil.Uint64(eng.DurableSeq()),
	}
	if open != nil {
		r := blockRef(open)
		st.Pending = &r
	}
	heads := b.Heads()
	for _, x := range []struct {
		n   uint64
		ref *chain.BlockRef
	}{{heads.Safe, &st.Posted}, {heads.Finalized, &st.Final}} {
		blk, err := b.BlockByNumber(ctx, x.n)
		if err != nil {
			return nil, err
		}
		if blk != nil {
			*x.ref = blockRef(blk)
		}
	}
	seen, err := chaindb.DepositsSeen(ctx, b.s.pool)
	if err != nil {
		return nil, err
	}
	st.DepositsSeen = hexutil.Uint64(seen)
	last, err := chaindb.LastBatch(ctx, b.s.pool)
	if err == nil {
		v := hexutil.Uint64(last.Index)
		st.LastBatch = &v
	} else if !errors.Is(err, store.ErrNotFound) {
		return nil, err
	}
	return st, nil
}

func blockRef(b *chain.Block) chain.BlockRef {
	return chain.BlockRef{Number: hexutil.Uint64(b.Number), Hash: b.Hash, Timestamp: hexutil.Uint64(b.Timestamp)}
}

// refreshBatchHeads reads the newest posted and final batches.
func (s *Service) refreshBatchHeads(ctx context.Context) error {
	h := &l1Heads{}
	posted, err := chaindb.LastBatchWithStatus(ctx, s.pool, chain.BatchIncluded, chain.BatchConfirmed, chain.BatchFinal, chain.BatchChallenged)
	switch {
	case err == nil:
		h.safe = posted.LastBlock
	case !errors.Is(err, store.ErrNotFound):
		return err
	}
	final, err := chaindb.LastBatchWithStatus(ctx, s.pool, chain.BatchFinal)
	switch {
	case err == nil:
		h.final = final.LastBlock
	case !errors.Is(err, store.ErrNotFound):
		return err
	}
	s.heads.Store(h)
	return nil
}

// l1Head is the newest L1 block the deposit follower saw, nil without L1.
func (s *Service) l1Head() *chain.L1Ref {
	if s.deposits == nil {
		return nil
	}
	return s.deposits.head()
}

func (b *backend) TxsBySender(ctx context.Context, sender common.Address, beforeNonce uint64, limit int, withdrawalsOnly bool) ([]*chain.Tx, error) {
	if withdrawalsOnly {
		return chaindb.WithdrawalsBySender(ctx, b.s.pool, sender, beforeNonce, limit)
	}
	return chaindb.TxsBySender(ctx, b.s.pool, sender, beforeNonce, limit)
}

func (b *backend) Batches(ctx context.Context, before uint64, limit int) ([]*chain.Batch, error) {
	bs, err := chaindb.Batches(ctx, b.s.pool, before, limit)
	for _, x := range bs {
		if x.ChallengeDeadline == nil {
			x.ChallengeDeadline = challengeDeadline(x, b.s.cfg.DisputeWindow)
		}
	}
	return bs, err
}

func (b *backend) Deposit(ctx context.Context, index uint64) (*chain.Deposit, error) {
	d, err := chaindb.DepositByIndex(ctx, b.s.pool, index)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	return d, err
}

func (b *backend) Deposits(ctx context.Context, before uint64, limit int) ([]chain.Deposit, error) {
	return chaindb.Deposits(ctx, b.s.pool, before, limit)
}
