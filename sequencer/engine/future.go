package engine

import (
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// futureQueue holds transactions whose nonce is ahead of their sender's
// account nonce until the gap fills. It is bounded per sender, in total and in
// time. Only the executor uses it.
type futureQueue struct {
	bySender map[common.Address]map[uint64]*waitingTx
	byHash   map[common.Hash]*waitingTx
	total    int
}

type waitingTx struct {
	s        *submission
	deadline time.Time
	// dups are resubmissions of the same transaction; they get the same answer.
	dups []*submission
}

func (q *futureQueue) init() {
	q.bySender = make(map[common.Address]map[uint64]*waitingTx)
	q.byHash = make(map[common.Hash]*waitingTx)
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

// add queues s, or returns why it cannot wait.
func (q *futureQueue) add(s *submission, perSender, total int, wait time.Duration) error {
	sender, nonce := s.c.Sender, s.c.Tx.Nonce()
	m := q.bySender[sender]
	if m[nonce] != nil {
		return ErrNonceQueued
	}
	if len(m) >= perSender {
		return ErrSenderQueueFull
	}
	if q.total >= total {
		return ErrFutureFull
	}
	if m == nil {
		m = make(map[uint64]*waitingTx)
		q.bySender[sender] = m
	}
	w := &waitingTx{s: s, deadline: s.received.Add(wait)}
	m[nonce] = w
	q.byHash[s.c.Hash] = w
	q.total++
	return nil
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
