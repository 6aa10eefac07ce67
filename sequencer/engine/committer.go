package engine

import (
	"context"
	"sync"
	"time"

	"go.uber.org/zap"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/chaindb"
	"github.com/rollup-dev/rollup/l2"
)

// commitQueue passes work from the executor to the committer: the executor
// fills next while the committer writes the previous group.
type commitQueue struct {
	mu      sync.Mutex
	work    *sync.Cond // signalled when next gains work or the queue closes
	space   *sync.Cond // signalled when the committer takes next
	next    *groupBuf
	writing *groupBuf // the group being written, for failAll
	spare   *groupBuf
	maxTxs  int
	closed  bool
}

// groupBuf is one commit group and what to do once it is durable.
type groupBuf struct {
	g       chaindb.Group
	entries []*entry
	// queued are the queue records the group acknowledges (transactions
	// waiting for an earlier nonce).
	queued []*entry
	// events are the block opens and seals in execution order.
	events []blockEvent
	// history holds, for each of g.Sealed, the sealed state and the accounts
	// the block changed; the committer reads their history rows off the
	// executor.
	history []sealHistory
}

type sealHistory struct {
	state   *l2.State
	touched map[common.Address]struct{}
	leaves  map[common.Hash]struct{}
}

// fillHistory sets the history rows of the group's seals.
func (b *groupBuf) fillHistory() {
	for i, h := range b.history {
		b.g.Sealed[i].Accounts = chaindb.AccountsOf(h.state, h.touched)
		b.g.Sealed[i].Leaves = chaindb.LeavesOf(h.state, h.leaves)
	}
}

type blockEvent struct {
	block chain.Block
	seal  bool
}

func (b *groupBuf) reset() {
	b.g.Reset()
	clear(b.entries)
	b.entries = b.entries[:0]
	clear(b.queued)
	b.queued = b.queued[:0]
	b.events = b.events[:0]
	clear(b.history)
	b.history = b.history[:0]
}

func (q *commitQueue) init(maxTxs int) {
	q.work = sync.NewCond(&q.mu)
	q.space = sync.NewCond(&q.mu)
	q.next = &groupBuf{}
	q.spare = &groupBuf{}
	q.maxTxs = maxTxs
}

// addTx queues an executed transaction, preceded by the record of the block
// it opens (if open is not nil), waiting while the next group is full. It
// reports false (and answers the waiters) when the queue is closed.
func (q *commitQueue) addTx(en *entry, open *chain.Block) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.next.entries) >= q.maxTxs && !q.closed {
		q.space.Wait()
	}
	if q.closed {
		for _, w := range en.waiters {
			w.reply(nil, ErrStopped)
		}
		en.waiters = nil
		return false
	}
	if open != nil {
		q.next.g.Opened = append(q.next.g.Opened, *open)
		q.next.events = append(q.next.events, blockEvent{block: *open})
	}
	t := &en.tx
	row := chaindb.TxRow{
		Seq: t.Seq, Hash: t.Hash, BlockNumber: t.BlockNumber, Index: t.Index,
		Sender: t.Sender, Nonce: t.Nonce, To: t.To, Raw: t.Raw, Failed: t.Failed, CumulativeGas: t.CumulativeGas,
		Withdrawal: !t.Failed && l2.WithdrawalOf(t.Tx, t.Sender) != nil,
	}
	if t.EmitsLog() {
		li := t.LogIndex
		row.LogIndex = &li
	}
	q.next.g.Txs = append(q.next.g.Txs, row)
	q.next.entries = append(q.next.entries, en)
	q.work.Signal()
	return true
}

func (q *commitQueue) addOpen(b chain.Block) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		return
	}
	q.next.g.Opened = append(q.next.g.Opened, b)
	q.next.events = append(q.next.events, blockEvent{block: b})
	q.work.Signal()
}

func (q *commitQueue) addSeal(b chain.Block, state *l2.State, touched map[common.Address]struct{}, leaves map[common.Hash]struct{}) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		return
	}
	q.next.g.Sealed = append(q.next.g.Sealed, chaindb.Seal{Block: b})
	q.next.history = append(q.next.history, sealHistory{state: state, touched: touched, leaves: leaves})
	q.next.events = append(q.next.events, blockEvent{block: b, seal: true})
	q.work.Signal()
}

// addQueued queues the record of a transaction entering the queue of future
// nonces; its waiters are answered once the row is committed.
func (q *commitQueue) addQueued(en *entry, row *chaindb.QueuedTx) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		for _, w := range en.waiters {
			w.reply(nil, ErrStopped)
		}
		en.waiters = nil
		return
	}
	q.next.g.Queue = append(q.next.g.Queue, chaindb.QueueOp{Tx: row})
	q.next.queued = append(q.next.queued, en)
	q.work.Signal()
}

// addDequeued queues the delete of a transaction that left the queue of
// future nonces.
func (q *commitQueue) addDequeued(h common.Hash) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		return
	}
	q.next.g.Queue = append(q.next.g.Queue, chaindb.QueueOp{Hash: h})
	q.work.Signal()
}

// attach makes s wait for en's acknowledgement (a resubmission), or answers it
// at once if en is already acknowledged.
func (q *commitQueue) attach(en *entry, s *submission) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if en.acked {
		s.reply(&en.tx, nil)
		return
	}
	en.waiters = append(en.waiters, s)
}

// take returns the next group to write, waiting for one; nil once the queue is
// closed and empty.
func (q *commitQueue) take() *groupBuf {
	q.mu.Lock()
	defer q.mu.Unlock()
	for q.next.g.Empty() && !q.closed {
		q.work.Wait()
	}
	if q.next.g.Empty() {
		return nil
	}
	g := q.next
	q.next, q.spare = q.spare, nil
	if q.next == nil {
		q.next = &groupBuf{}
	}
	q.writing = g
	q.space.Broadcast()
	return g
}

// done returns a written group's buffer for reuse.
func (q *commitQueue) done(g *groupBuf) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.writing = nil
	g.reset()
	q.spare = g
}

// ack marks a committed group's transactions acknowledged and answers their
// waiters.
func (q *commitQueue) ack(g *groupBuf) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for _, list := range [][]*entry{g.entries, g.queued} {
		for _, en := range list {
			en.acked = true
			for _, w := range en.waiters {
				w.reply(&en.tx, nil)
			}
			en.waiters = nil
		}
	}
}

// close stops the queue: the executor can add nothing more; the committer
// writes what is queued and stops.
func (q *commitQueue) close() {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.closed = true
	q.work.Broadcast()
	q.space.Broadcast()
}

// failAll answers every unacknowledged waiter of the queued and written groups
// with err and drops the queued work.
func (q *commitQueue) failAll(err error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.closed = true
	for _, g := range []*groupBuf{q.writing, q.next} {
		if g == nil {
			continue
		}
		for _, list := range [][]*entry{g.entries, g.queued} {
			for _, en := range list {
				if en.acked {
					continue
				}
				for _, w := range en.waiters {
					w.reply(nil, err)
				}
				en.waiters = nil
			}
		}
	}
	q.next.reset()
	q.work.Broadcast()
	q.space.Broadcast()
}

// view is what readers may see: only committed blocks and transactions.
type view struct {
	latest     chain.Block  // newest durable sealed block
	open       *chain.Block // durable part of the open block, nil if none
	durableSeq uint64
	consumed   uint64 // deposits consumed by durable blocks
}

// runCommitter writes groups one at a time, in order, and acknowledges them.
// The first failed write fails the engine.
func (e *Engine) runCommitter(ctx context.Context) {
	conn, err := e.pool.Acquire(ctx)
	if err != nil {
		e.fail(wrapf(err, "acquiring the committer's connection"))
		e.cq.failAll(ErrNotDurable)
		return
	}
	defer conn.Release()
	for {
		g := e.cq.take()
		if g == nil {
			return
		}
		if e.Err() != nil {
			e.cq.failAll(ErrNotDurable)
			return
		}
		start := time.Now()
		e.headers.fill(g, &e.cfg.Params)
		g.fillHistory()
		// Not ctx: a closing engine still finishes the group it started.
		err := chaindb.WriteGroup(context.Background(), conn, &g.g)
		took := time.Since(start)
		if err != nil {
			e.metrics.commitErrors.Inc()
			e.fail(wrapf(err, "committing %d transactions", len(g.entries)))
			e.cq.failAll(ErrNotDurable)
			return
		}
		e.metrics.commitSeconds.Observe(took.Seconds())
		e.metrics.groupTxs.Observe(float64(len(g.entries)))
		e.publish(g)
		e.cq.ack(g)
		now := time.Now()
		for _, en := range g.entries {
			e.metrics.ackSeconds.Observe(now.Sub(en.received).Seconds())
		}
		e.metrics.acked.Add(float64(len(g.entries)))
		if took > time.Second {
			e.log.Warn("slow commit", zap.Duration("took", took), zap.Int("txs", len(g.entries)))
		}
		e.cq.done(g)
	}
}

// publish makes a committed group visible to readers.
func (e *Engine) publish(g *groupBuf) {
	old := e.view.Load()
	v := &view{latest: old.latest, durableSeq: old.durableSeq, consumed: old.consumed}
	if old.open != nil {
		o := *old.open
		v.open = &o
	}
	for _, ev := range g.events {
		if ev.seal {
			v.latest = ev.block
			e.recent.addBlock(ev.block.Number, ev.block.Hash)
			if v.open != nil && v.open.Number == ev.block.Number {
				v.open = nil
			}
			e.metrics.latestBlock.Set(float64(ev.block.Number))
			continue
		}
		b := ev.block
		b.ParentHash = v.latest.Hash
		v.open = &b
		v.consumed = b.DepositsConsumed()
	}
	if v.open != nil {
		for _, en := range g.entries {
			if en.tx.BlockNumber == v.open.Number {
				v.open.TxCount++
			}
		}
	}
	if n := len(g.entries); n > 0 {
		v.durableSeq = g.entries[n-1].tx.Seq
		for _, en := range g.entries {
			e.recent.add(&en.tx)
		}
	}
	e.view.Store(v)
	e.metrics.durableSeq.Set(float64(v.durableSeq))
}
