package batcher

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"go.uber.org/zap"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/l1client/contracts"
	"github.com/rollup-dev/rollup/l1client/txmgr"
)

const (
	// recordWait bounds how long send waits for the transaction manager to
	// record a candidate (give it a nonce) before handing it the next one.
	recordWait = 10 * time.Second
	// fundsRetry is how long sending pauses after the manager reported that
	// the key cannot pay for a batch.
	fundsRetry = 10 * time.Second
	// errorRetry is how long a batch whose send failed waits before the next try.
	errorRetry = time.Second
	// rebroadcastEvery bounds how often one dropped transaction is re-broadcast.
	rebroadcastEvery = 5 * time.Second
)

// sendKey is the idempotency key of an appendBatch attempt: the same key is
// never posted twice (txmgr.Candidate.Key), also across restarts.
func sendKey(r *BatchRow, attempt int) string {
	return fmt.Sprintf("batch/%d/row/%d/attempt/%d", r.Index, r.ID, attempt)
}

// send hands the batches not yet on L1 to the transaction manager, in index
// order, each only after the one before it was recorded by the manager (so
// nonces follow indexes), at most MaxInFlight at a time:
//
//   - built: simulated first when it is the next batch L1 expects (a
//     permanent rejection, e.g. not enough stake, is reported before any gas
//     is spent), then recorded as sent under its key and sent;
//   - sent with no send in progress (after a restart or an error): sent again
//     under the same key, which attaches to the manager's transaction if it
//     recorded one and posts it otherwise;
//   - sent, whose transaction reverted, or was mined and then dropped by a
//     reorg without coming back within RepostAfter blocks: posted under a new
//     key. The contract's index check makes a second append impossible.
func (b *Batcher) send(ctx context.Context, v *view) error {
	head := v.head.Number.Uint64()
	now := time.Now()
	var blobFee *big.Int // read at most once per pass (inBlob)
	inflight := 0
	for _, r := range b.rows {
		if r.Status == chain.BatchSent {
			inflight++
		}
	}
	for _, r := range b.rows {
		if r.Included() || (r.Status != chain.BatchBuilt && r.Status != chain.BatchSent) {
			continue
		}
		if r.Index < v.nextIndex {
			continue // on L1 already; reconcile records it
		}
		if job := b.sends[r.ID]; job != nil {
			if job.recorded {
				continue
			}
			st, err := b.mgr.Lookup(ctx, job.key)
			if err != nil {
				return err
			}
			if !st.Found {
				return nil // later batches must wait for this one's nonce
			}
			job.recorded = true
			continue
		}
		if now.Before(b.retryAt(r)) {
			return nil
		}
		switch r.Status {
		case chain.BatchSent:
			st, err := b.mgr.Lookup(ctx, r.SendKey)
			if err != nil {
				return err
			}
			switch {
			case !st.Found || st.State == "pending":
				// Rows that went out together in one blob transaction go again together.
				rows := b.sharingKey(r)
				blob := len(rows) > 1
				if !blob {
					if blob, err = b.inBlob(ctx, r, v.head, &blobFee); err != nil {
						return err
					}
				}
				if ok, err := b.launch(ctx, rows, r.SendKey, blob); err != nil || !ok {
					return err
				}
			case st.ReceiptStatus != types.ReceiptStatusSuccessful:
				// Reverted. Only the batch L1 expects next can be judged: an
				// earlier one may still be in flight.
				if r.Index != v.nextIndex {
					return nil
				}
				if err := b.simulate(ctx, r); err != nil {
					return err
				}
				b.log.Warn("appendBatch transaction reverted on L1; posting the batch again with more gas", zap.Uint64("batch", r.Index),
					zap.Stringer("l1_tx", st.ReceiptTx), zap.Int("attempt", r.SendAttempts))
				if ok, err := b.newAttempt(ctx, r, v.head, &blobFee); err != nil || !ok {
					return err
				}
			default:
				// Mined, then dropped by a reorg. While its nonce is free,
				// repairNonces re-broadcasts the same transaction (a new one
				// would only queue behind it). Once another transaction took
				// the nonce, RepostAfter blocks deep, it cannot come back.
				taken, err := b.nonceTaken(ctx, st.Nonce, head)
				if err != nil || !taken {
					return err
				}
				b.log.Warn("another transaction took the nonce of a batch's dropped L1 transaction; posting the batch again",
					zap.Uint64("batch", r.Index), zap.Stringer("l1_tx", st.ReceiptTx), zap.Uint64("nonce", st.Nonce))
				if ok, err := b.newAttempt(ctx, r, v.head, &blobFee); err != nil || !ok {
					return err
				}
			}
		case chain.BatchBuilt:
			if inflight >= b.cfg.MaxInFlight || now.Before(b.fundsWait) {
				return nil
			}
			if r.Index == v.nextIndex && inflight == 0 {
				if err := b.simulate(ctx, r); err != nil {
					return err
				}
			}
			key, attempts := r.SendKey, r.SendAttempts
			if key == "" {
				attempts = 1
				key = sendKey(r, attempts)
			}
			blob, err := b.inBlob(ctx, r, v.head, &blobFee)
			if err != nil {
				return err
			}
			rows := []*BatchRow{r}
			if blob && r.SendKey == "" {
				if rows, err = b.blobGroup(ctx, r, v, b.cfg.MaxInFlight-inflight, &blobFee); err != nil {
					return err
				}
			}
			for _, x := range rows {
				if err := b.db.MarkSending(ctx, x, key, attempts, head); err != nil {
					return err
				}
			}
			inflight += len(rows)
			if ok, err := b.launch(ctx, rows, key, blob); err != nil || !ok {
				return err
			}
			if len(rows) > 1 {
				return nil // the next pass goes on after the group
			}
		}
	}
	return nil
}

// simulate runs a row's appendBatch as a call; a rejection is recorded on
// the row, delays its next try and is returned with the contract's reason.
// A batch that goes in a blob is simulated in its calldata form all the same:
// both carriers append under the same rules (Rollup._append), and the blob
// head the batcher encodes is valid by construction.
func (b *Batcher) simulate(ctx context.Context, r *BatchRow) error {
	if err := b.ensureData(ctx, r); err != nil {
		return err
	}
	rctx, cancel := context.WithTimeout(ctx, b.cfg.RPCTimeout)
	err := b.rc.simulateAppend(rctx, b.from, contracts.Rollup.PackAppendBatch(r.Header, r.Data))
	cancel()
	if err != nil {
		b.setRetry(r, 5*time.Second)
		_ = b.db.SetError(ctx, r, err.Error(), false)
		return fmt.Errorf("batch %d would be rejected by the Rollup contract: %w", r.Index, err)
	}
	return nil
}

// nonceTaken reports whether the key's nonce was used on L1 at least
// RepostAfter blocks below head.
func (b *Batcher) nonceTaken(ctx context.Context, nonce, head uint64) (bool, error) {
	if head < b.cfg.RepostAfter {
		return false, nil
	}
	rctx, cancel := context.WithTimeout(ctx, b.cfg.RPCTimeout)
	defer cancel()
	n, err := b.deps.L1.NonceAt(rctx, b.from, new(big.Int).SetUint64(head-b.cfg.RepostAfter))
	if err != nil {
		return false, fmt.Errorf("reading the L1 nonce: %w", err)
	}
	return n > nonce, nil
}

// newAttempt posts a batch under a new key, alone.
func (b *Batcher) newAttempt(ctx context.Context, r *BatchRow, head *types.Header, blobFee **big.Int) (bool, error) {
	blob, err := b.inBlob(ctx, r, head, blobFee)
	if err != nil {
		return false, err
	}
	attempts := r.SendAttempts + 1
	key := sendKey(r, attempts)
	if err := b.db.MarkSending(ctx, r, key, attempts, head.Number.Uint64()); err != nil {
		return false, err
	}
	b.metrics.reposts.Inc()
	return b.launch(ctx, []*BatchRow{r}, key, blob)
}

// sharingKey returns the sent rows whose send key is r's, in index order:
// the batches one blob transaction carries together (r alone otherwise).
func (b *Batcher) sharingKey(r *BatchRow) []*BatchRow {
	var rows []*BatchRow
	for _, x := range b.rows {
		if x.Status == chain.BatchSent && x.SendKey == r.SendKey && !x.Included() {
			rows = append(rows, x)
		}
	}
	if len(rows) == 0 || rows[0] != r {
		return []*BatchRow{r}
	}
	return rows
}

// blobGroup returns r and the built batches that follow it, index after
// index, that go in the same blob transaction: each is new (never sent),
// goes in a blob on its own, and fits in at most BlobsPerTx blobs and room
// more batches in flight.
func (b *Batcher) blobGroup(ctx context.Context, r *BatchRow, v *view, room int, blobFee **big.Int) ([]*BatchRow, error) {
	rows := []*BatchRow{r}
	limit := min(b.cfg.BlobsPerTx, room)
	now := time.Now()
	for _, x := range b.rows {
		if len(rows) >= limit {
			break
		}
		if x.Index <= r.Index {
			continue
		}
		if x.Index != rows[len(rows)-1].Index+1 || x.Status != chain.BatchBuilt || x.SendKey != "" ||
			b.sends[x.ID] != nil || now.Before(b.retryAt(x)) {
			break
		}
		if err := b.ensureData(ctx, x); err != nil {
			return nil, err
		}
		ok, err := b.inBlob(ctx, x, v.head, blobFee)
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		rows = append(rows, x)
	}
	return rows, nil
}

// launch hands batches (one, or several in one blob transaction) to the
// transaction manager under key and waits until the manager recorded them
// (they have a nonce) or answered. It reports whether they were recorded: if
// not, later batches must wait. Under a key the manager recorded already,
// the recorded transaction stands, whatever the carrier chosen now.
func (b *Batcher) launch(ctx context.Context, rows []*BatchRow, key string, blob bool) (bool, error) {
	for _, x := range rows {
		if err := b.ensureData(ctx, x); err != nil {
			return false, err
		}
	}
	r := rows[0]
	c := calldataCarriage(r.Header, r.Data)
	if blob {
		var err error
		if c, err = blobCarriage(rows); err != nil {
			b.setRetry(r, errorRetry)
			return false, err
		}
	}
	to := b.cfg.RollupAddress
	gas := appendGasLimit(c.calldata, r.SendAttempts) + uint64(len(rows)-1)*appendExecBase
	cand := txmgr.Candidate{To: &to, Data: c.calldata, GasLimit: min(gas, maxTxGas), Key: key, Sidecar: c.sidecar}
	job := &sendJob{key: key}
	for _, x := range rows {
		b.sends[x.ID] = job
	}
	id := r.ID
	recorded := make(chan txmgr.SendState, 1)
	b.wg.Add(1)
	go func() {
		defer b.wg.Done()
		h, err := b.mgr.Submit(ctx, cand)
		var rcpt *types.Receipt
		if err == nil {
			recorded <- h.Status()
			rcpt, err = h.Wait(ctx)
		}
		for _, x := range rows {
			select {
			case b.results <- sendResult{rowID: x.ID, index: x.Index, key: key, receipt: rcpt, err: err}:
			case <-ctx.Done():
				return
			}
		}
	}()

	deadline := time.NewTimer(recordWait)
	defer deadline.Stop()
	for {
		select {
		case st := <-recorded:
			job.recorded = true
			for _, x := range rows {
				if st.Latest != (common.Hash{}) && (x.L1TxHash == nil || *x.L1TxHash != st.Latest) {
					if err := b.db.SetSentTx(ctx, x, st.Latest); err != nil {
						return true, err
					}
				}
			}
			b.log.Debug("batch handed to the transaction manager", zap.Uint64("batch", r.Index), zap.Int("batches", len(rows)),
				zap.String("key", key), zap.Stringer("carrier", c),
				zap.Uint64("nonce", st.Nonce), zap.Stringer("l1_tx", st.Latest))
			return true, nil
		case res := <-b.results:
			b.handleResult(ctx, res)
			if res.rowID == id && res.key == key && !res.final {
				return false, nil
			}
		case <-deadline.C:
			return false, nil
		case <-ctx.Done():
			return false, ctx.Err()
		}
	}
}

// drainResults handles the send results that arrived since the last poll.
func (b *Batcher) drainResults(ctx context.Context) {
	for {
		select {
		case res := <-b.results:
			b.handleResult(ctx, res)
		default:
			return
		}
	}
}

// handleResult records what the transaction manager answered for a send.
func (b *Batcher) handleResult(ctx context.Context, res sendResult) {
	if res.final {
		b.finalizing = false
		b.finishFinalize(ctx, res)
		return
	}
	if job := b.sends[res.rowID]; job != nil && job.key == res.key {
		delete(b.sends, res.rowID)
	}
	var r *BatchRow
	for _, x := range b.rows {
		if x.ID == res.rowID {
			r = x
		}
	}
	err := res.err
	switch {
	case err == nil:
		b.metrics.sends.WithLabelValues("appendBatch", "confirmed").Inc()
	case errors.Is(err, txmgr.ErrStopped), errors.Is(err, context.Canceled), ctx.Err() != nil:
	case errors.Is(err, txmgr.ErrReverted):
		b.metrics.sends.WithLabelValues("appendBatch", "reverted").Inc()
		b.log.Warn("appendBatch transaction reverted", zap.Uint64("batch", res.index), zap.String("key", res.key), zap.Error(err))
	case errors.Is(err, txmgr.ErrInsufficientFunds):
		b.metrics.sends.WithLabelValues("appendBatch", "insufficient_funds").Inc()
		b.fundsWait = time.Now().Add(fundsRetry)
		if r != nil && r.Status == chain.BatchSent {
			_ = b.db.SetError(ctx, r, err.Error(), true)
		}
		if b.errs.should("funds", err) {
			b.log.Error("the batcher's L1 account cannot pay for a batch; fund it, the batch waits and nothing is lost",
				zap.Stringer("account", b.from), zap.Uint64("batch", res.index), zap.Error(err))
		}
	default:
		b.metrics.sends.WithLabelValues("appendBatch", "error").Inc()
		if r != nil {
			b.setRetry(r, errorRetry)
			_ = b.db.SetError(ctx, r, err.Error(), false)
		}
		if b.errs.should("send-result", err) {
			b.log.Warn("sending a batch failed; it is retried", zap.Uint64("batch", res.index), zap.Error(err))
		}
	}
}

// retryAt is when a row may be tried again after an error.
func (b *Batcher) retryAt(r *BatchRow) time.Time { return r.Retry }

func (b *Batcher) setRetry(r *BatchRow, d time.Duration) { r.Retry = time.Now().Add(d) }

// repairNonces re-broadcasts the transactions the manager saw confirmed but
// the node no longer has mined (a reorg deeper than the confirmation depth
// dropped them and the node did not return them to its pool): without them
// every later nonce of the key would wait forever.
func (b *Batcher) repairNonces(ctx context.Context) error {
	pending := false
	for _, r := range b.rows {
		if r.Status == chain.BatchSent {
			pending = true
		}
	}
	if !pending {
		return nil
	}
	rctx, cancel := context.WithTimeout(ctx, b.cfg.RPCTimeout)
	nonce, err := b.deps.L1.NonceAt(rctx, b.from, nil)
	cancel()
	if err != nil {
		return fmt.Errorf("reading the L1 nonce: %w", err)
	}
	txs, err := b.mgr.ConfirmedFrom(ctx, nonce)
	if err != nil {
		return err
	}
	if b.rebroadcast == nil {
		b.rebroadcast = map[uint64]time.Time{}
	}
	for _, tx := range txs {
		if time.Since(b.rebroadcast[tx.Nonce()]) < rebroadcastEvery {
			continue
		}
		b.rebroadcast[tx.Nonce()] = time.Now()
		rctx, cancel := context.WithTimeout(ctx, b.cfg.RPCTimeout)
		err := b.deps.L1.SendTransaction(rctx, tx)
		cancel()
		if err != nil && !strings.Contains(strings.ToLower(err.Error()), "already known") {
			b.log.Debug("re-broadcasting a dropped transaction", zap.Uint64("nonce", tx.Nonce()), zap.Stringer("tx", tx.Hash()), zap.Error(err))
			continue
		}
		b.metrics.rebroadcasts.Inc()
		b.log.Warn("re-broadcast a confirmed L1 transaction that a reorg dropped", zap.Uint64("nonce", tx.Nonce()),
			zap.Stringer("tx", tx.Hash()), zap.Uint64("l1_nonce", nonce))
	}
	return nil
}
