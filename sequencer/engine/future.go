package engine

import (
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/rollup-dev/rollup/l2"
)

// futureQueue holds transactions whose nonce is ahead of their sender's
// account nonce until the gap fills. It is bounded per sender, in total and in
// time, and a sender's queued transactions must be paid for by its balance
// (so unfunded keys cannot fill it). When it is full, the newest transaction
// of the sender holding the most makes room for a sender holding fewer, so an
// honest sender's few transactions are not starved by a flood. Only the
// executor uses it.
type futureQueue struct {
	bySender map[common.Address]map[uint64]*waitingTx
	byHash   map[common.Hash]*waitingTx
	cost     map[common.Address]*uint256.Int // value + fee of a sender's queued transactions
	total    int
}

type waitingTx struct {
	s        *submission
	cost     uint256.Int
	deadline time.Time
	// dups are resubmissions of the same transaction; they get the same answer.
	dups []*submission
}

func (q *futureQueue) init() {
	q.bySender = make(map[common.Address]map[uint64]*waitingTx)
	q.byHash = make(map[common.Hash]*waitingTx)
	q.cost = make(map[common.Address]*uint256.Int)
}

// attach adds s to a queued transaction with the same hash and reports
// whether there was one.
func (q *futureQueue) attach(s *submission) bool {
	w := q.byHash[s.c.Hash]
	if w == nil {
		return false
	}
	w.dups = append(w.dups, s)
	return true
}

// add queues s, whose execution costs cost, for a sender holding balance, or
// returns why it cannot wait.
func (q *futureQueue) add(s *submission, cost, balance *uint256.Int, perSender, total int, wait time.Duration) error {
	sender, nonce := s.c.Sender, s.c.Tx.Nonce()
	m := q.bySender[sender]
	if m[nonce] != nil {
		return ErrNonceQueued
	}
	if len(m) >= perSender {
		return ErrSenderQueueFull
	}
	need := new(uint256.Int).Set(cost)
	if c := q.cost[sender]; c != nil {
		if _, overflow := need.AddOverflow(need, c); overflow {
			return l2.ErrCostOverflow
		}
	}
	if balance.Lt(need) {
		return fmt.Errorf("%w: balance %s, queued transactions and this one cost %s", l2.ErrInsufficientFunds, balance, need)
	}
	if q.total >= total && !q.evictFor(len(m)) {
		return ErrFutureFull
	}
	if m == nil {
		m = make(map[uint64]*waitingTx)
		q.bySender[sender] = m
		q.cost[sender] = new(uint256.Int)
	}
	w := &waitingTx{s: s, cost: *cost, deadline: s.received.Add(wait)}
	m[nonce] = w
	q.byHash[s.c.Hash] = w
	q.cost[sender].Add(q.cost[sender], cost)
	q.total++
	return nil
}

// evictFor makes room for a sender that queues have transactions: it drops
// the newest transaction of the sender holding the most, if that one holds
// more than have+1, and reports whether it did.
func (q *futureQueue) evictFor(have int) bool {
	var top common.Address
	most := 0
	for sender, m := range q.bySender {
		if len(m) > most {
			top, most = sender, len(m)
		}
	}
	if most <= have+1 {
		return false
	}
	var newest uint64
	for nonce := range q.bySender[top] {
		newest = max(newest, nonce)
	}
	w := q.bySender[top][newest]
	q.remove(top, newest, w)
	w.fail(ErrFutureEvicted)
	return true
}

// take removes and returns the queued transaction of sender with nonce.
func (q *futureQueue) take(sender common.Address, nonce uint64) *waitingTx {
	m := q.bySender[sender]
	w := m[nonce]
	if w == nil {
		return nil
	}
	q.remove(sender, nonce, w)
	return w
}

func (q *futureQueue) remove(sender common.Address, nonce uint64, w *waitingTx) {
	m := q.bySender[sender]
	delete(m, nonce)
	if len(m) == 0 {
		delete(q.bySender, sender)
	}
	delete(q.byHash, w.s.c.Hash)
	if c := q.cost[sender]; c != nil {
		c.Sub(c, &w.cost)
		if len(m) == 0 {
			delete(q.cost, sender)
		}
	}
	q.total--
}

// expire removes the transactions whose time is up; nonceOf gives the
// sender's current nonce for the error message.
func (q *futureQueue) expire(now time.Time, nonceOf func(common.Address) uint64) int {
	n := 0
	for sender, m := range q.bySender {
		for nonce, w := range m {
			if now.Before(w.deadline) {
				continue
			}
			q.remove(sender, nonce, w)
			w.fail(&nonceGapError{have: nonce, want: nonceOf(sender)})
			n++
		}
	}
	return n
}

func (w *waitingTx) fail(err error) {
	w.s.reply(nil, err)
	for _, d := range w.dups {
		d.reply(nil, err)
	}
}

// drain answers every queued transaction with err.
func (q *futureQueue) drain(err error) {
	for sender, m := range q.bySender {
		for nonce, w := range m {
			q.remove(sender, nonce, w)
			w.fail(err)
		}
	}
}

func (q *futureQueue) len() int { return q.total }
