package engine

import (
	"context"
	"errors"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"go.uber.org/zap"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/chaindb"
	"github.com/rollup-dev/rollup/l2"
)

// executorState is owned by the executor goroutine.
type executorState struct {
	nextSeq  uint64
	last     chain.Block // newest sealed block
	open     *openBlock  // nil when no block is open
	consumed uint64      // deposits consumed (the next deposit's queue index)
	future   futureQueue
	// inflight are the executed transactions not yet known to be committed,
	// by hash (for resubmissions) and in order (for pruning).
	inflight  map[common.Hash]*entry
	inflightQ []*entry
	// sinceSnapshot counts transactions sealed since the last snapshot job.
	sinceSnapshot int
	sealTimer     *time.Timer
	lastSealAt    time.Time
}

// openBlock is the block taking items. It is announced to the committer with
// its first item (or at once when empty blocks are configured).
type openBlock struct {
	chain.Block
	openedAt  time.Time
	announced bool
	// size bounds the bytes the block takes in a batch; the block is sealed
	// before it would outgrow an empty batch, since batches never split blocks.
	size *l2.BlockSizer
	// touched are the accounts the block changed, leaves its token leaves
	// (its history rows).
	touched map[common.Address]struct{}
	leaves  map[common.Hash]struct{}
}

func (ob *openBlock) touch(addrs ...common.Address) {
	for _, a := range addrs {
		ob.touched[a] = struct{}{}
	}
}

func (ob *openBlock) touchLeaves(keys []common.Hash) {
	for _, k := range keys {
		ob.leaves[k] = struct{}{}
	}
}

// entry is an executed transaction waiting for its group to commit.
type entry struct {
	tx       chain.Tx
	received time.Time
	// waiters and acked are guarded by commitQueue.mu.
	waiters []*submission
	acked   bool
}

// maxDrain bounds how many submissions the executor takes before it looks at
// its timers again.
const maxDrain = 512

func (e *Engine) runExecutor(ctx context.Context) {
	x := &e.exec
	x.sealTimer = time.NewTimer(time.Hour)
	x.sealTimer.Stop()
	defer x.sealTimer.Stop()
	x.lastSealAt = time.Now()
	sweep := time.NewTicker(min(e.cfg.BlockTime, 200*time.Millisecond))
	defer sweep.Stop()
	e.releaseReady()
	for {
		select {
		case <-ctx.Done():
			if e.Err() == nil {
				e.seal() // a clean stop leaves no block open
			}
			return
		case s := <-e.inbox:
			e.handle(s)
			for i := 1; i < maxDrain; i++ {
				select {
				case s = <-e.inbox:
					e.handle(s)
					continue
				default:
				}
				break
			}
		case <-x.sealTimer.C:
			e.seal()
		case <-e.depositSignal:
			e.maybeOpenForDeposits()
		case now := <-sweep.C:
			for _, w := range x.future.expire(now) {
				e.metrics.futureDropped.WithLabelValues("expired").Inc()
				e.cq.addDequeued(w.c.Hash)
			}
			e.maybeOpenForDeposits()
			if e.cfg.EmptyBlocks > 0 && x.open == nil && now.Sub(x.lastSealAt) >= e.cfg.EmptyBlocks {
				e.openBlock(now, true)
			}
			e.metrics.futureQueued.Set(float64(x.future.len()))
		}
		e.pruneInflight()
	}
}

// nonceOf returns the account nonce of addr. Executor only.
func (e *Engine) nonceOf(addr common.Address) uint64 {
	_, n := e.state.Account(addr)
	return n
}

// handle routes one submission: resubmissions join the original, past nonces
// are looked up, future nonces are queued, the next nonce executes.
func (e *Engine) handle(s *submission) {
	x := &e.exec
	e.metrics.inboxDepth.Set(float64(len(e.inbox)))
	if en := x.inflight[s.c.Hash]; en != nil {
		e.metrics.known.Inc()
		e.cq.attach(en, s)
		return
	}
	if w := x.future.get(s.c.Hash); w != nil {
		e.metrics.known.Inc()
		e.cq.attach(w.rec, s)
		return
	}
	balance, nonce := e.state.Account(s.c.Sender)
	switch txNonce := s.c.Tx.Nonce(); {
	case txNonce < nonce:
		e.lookupKnown(s)
	case txNonce > nonce:
		e.enqueue(s, &balance, nonce)
	default:
		e.executeChain(s.c, s.received, []*submission{s})
	}
}

func (e *Engine) futureLimits() futureLimits {
	return futureLimits{perSender: e.cfg.FutureNonces, total: e.cfg.FutureTotal, lifetime: e.cfg.FutureLifetime}
}

// enqueue queues s, whose nonce is ahead of its sender's account nonce, and
// acknowledges it once its queue row is committed.
func (e *Engine) enqueue(s *submission, balance *uint256.Int, nonce uint64) {
	x := &e.exec
	cost, _, err := l2.TxCost(&e.cfg.Params, s.c.Tx)
	var w, evicted *waitingTx
	if err == nil {
		w, evicted, err = x.future.add(s.c, s.received, &cost, balance, nonce, e.futureLimits())
	}
	if err != nil {
		e.metrics.rejected.WithLabelValues(futureRejectLabel(err)).Inc()
		s.reply(nil, err)
		return
	}
	if evicted != nil {
		e.metrics.futureDropped.WithLabelValues("evicted").Inc()
		e.cq.addDequeued(evicted.c.Hash)
	}
	w.rec = &entry{tx: queuedTx(s.c), received: s.received, waiters: []*submission{s}}
	e.cq.addQueued(w.rec, &chaindb.QueuedTx{Hash: s.c.Hash, Sender: s.c.Sender, Nonce: s.c.Tx.Nonce(), Raw: s.c.Raw, Received: s.received})
	e.metrics.futureQueued.Set(float64(x.future.len()))
}

// queuedTx is the acknowledgement of a queued transaction: no sequence
// number and no block yet (chain.Tx.Queued).
func queuedTx(c *chain.Candidate) chain.Tx {
	return chain.Tx{Hash: c.Hash, Sender: c.Sender, Nonce: c.Tx.Nonce(), To: *c.Tx.To(), Raw: c.Raw}
}

// executeChain executes c and then every queued transaction of the same
// sender that its nonce unlocks.
func (e *Engine) executeChain(c *chain.Candidate, received time.Time, waiters []*submission) {
	x := &e.exec
	for {
		if !e.execute(c, received, waiters) {
			return
		}
		w := x.future.take(c.Sender, c.Tx.Nonce()+1)
		if w == nil {
			return
		}
		e.releaseQueued(w)
		c, received, waiters = w.c, time.Now(), nil
	}
}

// releaseQueued deletes the queue row of w, which leaves the queue to execute.
func (e *Engine) releaseQueued(w *waitingTx) {
	e.cq.addDequeued(w.c.Hash)
	e.metrics.futureQueued.Set(float64(e.exec.future.len()))
}

// releaseReady executes the queued transactions whose nonce is their sender's
// account nonce (after a restart, when the gap filled before the crash).
func (e *Engine) releaseReady() {
	x := &e.exec
	for _, sender := range x.future.senders() {
		if w := x.future.take(sender, e.nonceOf(sender)); w != nil {
			e.releaseQueued(w)
			e.executeChain(w.c, time.Now(), nil)
		}
	}
}

// execute applies c to the state in the open block and hands it to the
// committer, whose acknowledgement answers waiters; it reports whether c
// executed.
func (e *Engine) execute(c *chain.Candidate, received time.Time, waiters []*submission) bool {
	x := &e.exec
	now := time.Now()
	if x.open != nil && !x.open.announced {
		x.open = nil // opened for a rejected transaction: open afresh
	}
	if x.open != nil && (!x.open.size.Fits(c.Tx) || (e.cfg.MaxBlockBytes > 0 && x.open.size.Bound() >= e.cfg.MaxBlockBytes)) {
		e.seal() // full: the block reached its byte bound, or one more transfer could not be batched with it
	}
	if x.open == nil {
		e.openBlock(now, false)
	}
	e.stateMu.Lock()
	res, err := e.state.ApplyTransfer(&e.cfg.Params, c.Tx, c.Sender)
	e.stateMu.Unlock()
	if err != nil {
		e.metrics.rejected.WithLabelValues(rejectLabel(err)).Inc()
		if waiters == nil { // it came from the queue, acknowledged as queued
			e.metrics.futureDropped.WithLabelValues("invalid").Inc()
			e.log.Info("a queued transaction no longer executes; dropped", zap.Stringer("hash", c.Hash), zap.Error(err))
		}
		for _, w := range waiters {
			w.reply(nil, err)
		}
		return false
	}
	ob := x.open
	ob.size.AddTx(c.Tx)
	ob.touch(c.Sender, *c.Tx.To(), e.cfg.Params.FeeRecipient)
	if res.Reverted == nil {
		ob.touchLeaves(l2.TokenLeaves(c.Tx, c.Sender))
	}
	var open *chain.Block
	if !ob.announced {
		// The block's record goes to the committer with its first
		// transaction, so no empty block is ever written.
		b := ob.Block // as opened: no transaction yet
		open = &b
		e.markAnnounced(ob)
	}
	en := &entry{
		tx: chain.Tx{
			Seq:         x.nextSeq,
			Hash:        c.Hash,
			BlockNumber: ob.Number,
			Index:       ob.TxCount,
			Sender:      c.Sender,
			Nonce:       c.Tx.Nonce(),
			To:          *c.Tx.To(),
			Raw:         c.Raw,
		},
		received: received,
		waiters:  waiters,
	}
	ob.addReceipt(&en.tx, c.Tx, res.Reverted != nil)
	e.countTokenCall(c.Tx, res)
	x.nextSeq++
	ob.TxCount++
	x.inflight[en.tx.Hash] = en
	x.inflightQ = append(x.inflightQ, en)
	e.metrics.executed.Inc()
	if !e.cq.addTx(en, open) {
		return false // closed: the engine is stopping
	}
	if ob.TxCount >= e.cfg.MaxBlockTxs {
		e.seal()
	}
	return true
}

// futureRejectLabel labels a transaction that could not wait for its nonce gap.
func futureRejectLabel(err error) string {
	var gap *nonceGapError
	switch {
	case errors.Is(err, l2.ErrInsufficientFunds):
		return "future_unfunded"
	case errors.As(err, &gap):
		return "future_nonce_too_high"
	}
	return "future_queue_full"
}

func rejectLabel(err error) string {
	switch {
	case errors.Is(err, l2.ErrInsufficientFunds):
		return "insufficient_funds"
	case errors.Is(err, l2.ErrNonceTooLow):
		return "nonce_too_low"
	case errors.Is(err, l2.ErrNonceMax):
		return "nonce_max"
	}
	return "other"
}

// lookupKnown answers a transaction whose nonce is already used: if it is the
// very transaction that used it, the resubmission gets its receipt; otherwise
// "nonce too low". The look-up runs off the executor.
func (e *Engine) lookupKnown(s *submission) {
	select {
	case e.lookupSem <- struct{}{}:
	default:
		e.metrics.rejected.WithLabelValues("nonce_too_low").Inc()
		s.reply(nil, l2.ErrNonceTooLow)
		return
	}
	go func() {
		defer func() { <-e.lookupSem }()
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		t, err := chaindb.TxByHash(ctx, e.pool, s.c.Hash)
		switch {
		case err == nil:
			e.metrics.known.Inc()
			s.reply(t, nil)
		case chaindb.IsNotFound(err):
			e.metrics.rejected.WithLabelValues("nonce_too_low").Inc()
			s.reply(nil, l2.ErrNonceTooLow)
		default:
			e.log.Warn("looking up a resubmitted transaction", zap.Error(err))
			s.reply(nil, l2.ErrNonceTooLow)
		}
	}()
}

// openBlock opens the next block and consumes the confirmed deposits waiting
// (at most MaxBlockDeposits), which are the block's first items.
func (e *Engine) openBlock(now time.Time, announce bool) {
	x := &e.exec
	ts := max(uint64(now.Unix()), x.last.Timestamp)
	number := x.last.Number + 1
	ob := &openBlock{
		Block: chain.Block{
			Number:       number,
			Timestamp:    ts,
			FirstSeq:     x.nextSeq,
			DepositFirst: x.consumed,
		},
		openedAt: now,
		size:     l2.NewBlockSizer(),
		touched:  map[common.Address]struct{}{},
		leaves:   map[common.Hash]struct{}{},
	}
	x.open = ob
	var forced []*entry
	ob.WithdrawalsRoot = types.EmptyWithdrawalsHash
	if deps := e.takeDeposits(e.cfg.MaxBlockDeposits); len(deps) > 0 {
		var items chain.BlockItems
		e.stateMu.Lock()
		for i := range deps {
			ob.size.AddDeposit()
			d := &deps[i]
			items.AddDeposit(d)
			if d.Forced == nil {
				ld := d.L2()
				e.state.ApplyDeposit(ld)
				ob.touch(d.Recipient)
				if leaves := l2.DepositLeaves(&ld); leaves != nil {
					ob.touchLeaves(leaves)
					e.metrics.tokenDeposits.Inc()
				}
				continue
			}
			if en := e.executeForced(ob, d); en != nil {
				forced = append(forced, en)
			}
		}
		e.stateMu.Unlock()
		ob.DepositCount = len(deps)
		ob.WithdrawalsRoot = items.WithdrawalsRoot()
		x.consumed += uint64(len(deps))
		e.metrics.deposits.Add(float64(len(deps)))
		announce = true
	}
	if announce {
		e.announce(ob)
	}
	for _, en := range forced {
		if !e.cq.addTx(en, nil) {
			return
		}
	}
}

// executeForced executes the forced transaction of queue entry d, the next
// item of the open block ob, under the transfer rules (protocol §6.2); a
// valid one becomes the block's next transaction, an invalid one changes no
// account and gets no transaction row. The caller holds stateMu.
func (e *Engine) executeForced(ob *openBlock, d *chain.Deposit) *entry {
	x := &e.exec
	p := &e.cfg.Params
	sender, res, err := e.state.ApplyForced(p, d.Forced)
	if err != nil {
		e.metrics.forced.WithLabelValues("skipped").Inc()
		e.log.Info("forced transaction skipped by the rules", zap.Uint64("queue_index", d.QueueIndex), zap.Error(err))
		return nil
	}
	ob.touch(sender, d.Forced.To, p.FeeRecipient)
	tx := d.Forced.Tx(p.ChainID)
	if res.Reverted == nil {
		ob.touchLeaves(l2.TokenLeaves(tx, sender))
	}
	raw, err := tx.MarshalBinary()
	if err != nil { // a valid transfer always encodes
		e.log.Error("encoding a forced transaction", zap.Uint64("queue_index", d.QueueIndex), zap.Error(err))
		return nil
	}
	en := &entry{tx: chain.Tx{Seq: x.nextSeq, Hash: tx.Hash(), BlockNumber: ob.Number, Index: ob.TxCount,
		Sender: sender, Nonce: d.Forced.Nonce, To: *tx.To(), Raw: raw}, received: time.Now()}
	ob.addReceipt(&en.tx, tx, res.Reverted != nil)
	e.countTokenCall(tx, res)
	x.nextSeq++
	ob.TxCount++
	x.inflight[en.tx.Hash] = en
	x.inflightQ = append(x.inflightQ, en)
	e.metrics.forced.WithLabelValues("executed").Inc()
	e.log.Info("forced transaction executed", zap.Uint64("queue_index", d.QueueIndex), zap.Stringer("tx", en.tx.Hash),
		zap.Uint64("block", ob.Number))
	return en
}

// countTokenCall counts an executed token call by method and outcome.
func (e *Engine) countTokenCall(tx *types.Transaction, res l2.Result) {
	data := tx.Data()
	if len(data) < 4 {
		return
	}
	method := "transfer"
	if [4]byte(data[:4]) == l2.WithdrawSelector {
		method = "withdraw"
	}
	outcome := "ok"
	if res.Reverted != nil {
		outcome = "reverted"
		e.metrics.reverted.Inc()
	}
	e.metrics.tokenCalls.WithLabelValues(method, outcome).Inc()
}

// addReceipt completes the receipt fields of t, the block's next transaction
// (tx decoded, failed if it is a token call that reverted), and counts its gas
// and log in the block.
func (ob *openBlock) addReceipt(t *chain.Tx, tx *types.Transaction, failed bool) {
	t.Tx, t.Failed, t.BlockTimestamp = tx, failed, ob.Timestamp
	ob.Gas += chain.TxGas(tx)
	t.CumulativeGas = ob.Gas
	if t.EmitsLog() {
		t.LogIndex = uint(ob.Logs)
		ob.Logs++
	}
}

// announce hands the open block to the committer (a block with deposits, or
// an empty block when configured) and arms the seal timer.
func (e *Engine) announce(ob *openBlock) {
	if ob.announced {
		return
	}
	e.markAnnounced(ob)
	e.cq.addOpen(ob.Block)
}

// markAnnounced records that the committer has (or is about to get) the open
// block, and arms the seal timer.
func (e *Engine) markAnnounced(ob *openBlock) {
	ob.announced = true
	e.exec.sealTimer.Reset(max(time.Until(ob.openedAt.Add(e.cfg.BlockTime)), 0))
}

// maybeOpenForDeposits opens a block when deposits wait and none is open.
func (e *Engine) maybeOpenForDeposits() {
	if e.exec.open != nil {
		return
	}
	e.depositMu.Lock()
	n := len(e.depositReady)
	e.depositMu.Unlock()
	if n > 0 {
		e.openBlock(time.Now(), false)
	}
}

// seal closes the open block with its state root.
func (e *Engine) seal() {
	x := &e.exec
	ob := x.open
	if ob == nil {
		return
	}
	x.sealTimer.Stop()
	if !ob.announced {
		// Opened for a transaction that was then rejected: nothing to seal.
		x.open = nil
		return
	}
	start := time.Now()
	e.stateMu.Lock()
	root := e.state.Root()
	cp := e.state.Copy()
	e.stateMu.Unlock()
	e.metrics.sealSeconds.Observe(time.Since(start).Seconds())
	ob.Sealed, ob.StateRoot = true, root
	e.cq.addSeal(ob.Block, cp, ob.touched, ob.leaves) // cp is never changed: the committer reads it
	x.last = ob.Block
	x.open = nil
	x.lastSealAt = start
	e.metrics.blockTxs.Observe(float64(ob.TxCount))
	e.sealedState.Store(&sealedState{block: ob.Number, state: cp})
	x.sinceSnapshot += ob.TxCount + ob.DepositCount
	if SnapshotDue(x.sinceSnapshot, e.cfg.SnapshotEvery, cp.Tree().Len()) {
		job := snapshotJob{block: ob.Block, lastSeq: x.nextSeq - 1, consumed: x.consumed, state: cp}
		select {
		case e.snapshots <- job:
			x.sinceSnapshot = 0
		default: // the previous snapshot is still being written; try at the next seal
		}
	}
}

// pruneInflight forgets executed transactions that are committed.
func (e *Engine) pruneInflight() {
	x := &e.exec
	durable := e.view.Load().durableSeq
	i := 0
	for i < len(x.inflightQ) && x.inflightQ[i].tx.Seq <= durable {
		delete(x.inflight, x.inflightQ[i].tx.Hash)
		x.inflightQ[i] = nil
		i++
	}
	if i > 0 {
		x.inflightQ = x.inflightQ[i:]
		if cap(x.inflightQ) > 4096 && len(x.inflightQ) < cap(x.inflightQ)/4 {
			x.inflightQ = append([]*entry(nil), x.inflightQ...)
		}
	}
}
