package engine

import (
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/l2"
)

// futureQueue holds transactions whose nonce is ahead of their sender's
// account nonce until the gap fills. A queued transaction is acknowledged (its
// hash returned) once its row in l2_queued_txs is committed, and survives a
// restart. The queue is bounded: a nonce at most perSender ahead of the
// account nonce, total transactions over all senders, a lifetime; and a
// sender's queued transactions must be paid for by its balance (so unfunded
// keys cannot fill it). When it is full, the newest transaction of the sender
// holding the most makes room for a sender holding fewer, so an honest
// sender's few transactions are not starved by a flood. Only the executor
// uses it.
type futureQueue struct {
	bySender map[common.Address]map[uint64]*waitingTx
	byHash   map[common.Hash]*waitingTx
	cost     map[common.Address]*uint256.Int // value + fee of a sender's queued transactions
	total    int
}

type waitingTx struct {
	c        *chain.Candidate
	received time.Time
	cost     uint256.Int
	deadline time.Time
	// rec is the queue record: acknowledged when its row is committed;
	// resubmissions wait on it.
	rec *entry
}

func (q *futureQueue) init() {
	q.bySender = make(map[common.Address]map[uint64]*waitingTx)
	q.byHash = make(map[common.Hash]*waitingTx)
	q.cost = make(map[common.Address]*uint256.Int)
}

// get returns the queued transaction with hash h, nil if none.
func (q *futureQueue) get(h common.Hash) *waitingTx { return q.byHash[h] }

// limits bound the queue.
type futureLimits struct {
	perSender, total int
	lifetime         time.Duration
}

// add queues c, received at received and costing cost, for a sender holding
// balance and with account nonce nonce, or returns why it cannot wait. The
// second result is the transaction evicted to make room, if any.
func (q *futureQueue) add(c *chain.Candidate, received time.Time, cost, balance *uint256.Int, nonce uint64, lim futureLimits) (w, evicted *waitingTx, err error) {
	sender, txNonce := c.Sender, c.Tx.Nonce()
	if txNonce-nonce > uint64(lim.perSender) {
		return nil, nil, &nonceGapError{sender: sender, have: txNonce, want: nonce, limit: lim.perSender}
	}
	m := q.bySender[sender]
	if m[txNonce] != nil {
		return nil, nil, ErrNonceQueued
	}
	need := new(uint256.Int).Set(cost)
	if c := q.cost[sender]; c != nil {
		if _, overflow := need.AddOverflow(need, c); overflow {
			return nil, nil, l2.ErrCostOverflow
		}
	}
	if balance.Lt(need) {
		return nil, nil, fmt.Errorf("%w: balance %s, queued transactions and this one cost %s", l2.ErrInsufficientFunds, balance, need)
	}
	if q.total >= lim.total {
		if evicted = q.evictFor(len(m)); evicted == nil {
			return nil, nil, ErrFutureFull
		}
	}
	if m == nil {
		m = make(map[uint64]*waitingTx)
		q.bySender[sender] = m
		q.cost[sender] = new(uint256.Int)
	}
	w = &waitingTx{c: c, received: received, cost: *cost, deadline: received.Add(lim.lifetime)}
	m[txNonce] = w
	q.byHash[c.Hash] = w
	q.cost[sender].Add(q.cost[sender], cost)
	q.total++
	return w, evicted, nil
}

// evictFor makes room for a sender that has queued have transactions: it
// removes and returns the newest transaction of the sender holding the most,
// if that one holds more than have+1.
func (q *futureQueue) evictFor(have int) *waitingTx {
	var top common.Address
	most := 0
	for sender, m := range q.bySender {
		if len(m) > most {
			top, most = sender, len(m)
		}
	}
	if most <= have+1 {
		return nil
	}
	var newest uint64
	for nonce := range q.bySender[top] {
		newest = max(newest, nonce)
	}
	w := q.bySender[top][newest]
	q.remove(w)
	return w
}

// take removes and returns the queued transaction of sender with nonce.
func (q *futureQueue) take(sender common.Address, nonce uint64) *waitingTx {
	w := q.bySender[sender][nonce]
	if w != nil {
		q.remove(w)
	}
	return w
}

func (q *futureQueue) remove(w *waitingTx) {
	sender, nonce := w.c.Sender, w.c.Tx.Nonce()
	m := q.bySender[sender]
	delete(m, nonce)
	if len(m) == 0 {
		delete(q.bySender, sender)
	}
	delete(q.byHash, w.c.Hash)
	if c := q.cost[sender]; c != nil {
		c.Sub(c, &w.cost)
		if len(m) == 0 {
			delete(q.cost, sender)
		}
	}
	q.total--
}

// expire removes and returns the transactions whose lifetime is over.
func (q *futureQueue) expire(now time.Time) []*waitingTx {
	var out []*waitingTx
	for _, m := range q.bySender {
		for _, w := range m {
			if now.Before(w.deadline) {
				continue
			}
			out = append(out, w)
		}
	}
	for _, w := range out {
		q.remove(w)
	}
	return out
}

// senders returns the senders with queued transactions.
func (q *futureQueue) senders() []common.Address {
	out := make([]common.Address, 0, len(q.bySender))
	for s := range q.bySender {
		out = append(out, s)
	}
	return out
}

func (q *futureQueue) len() int { return q.total }
