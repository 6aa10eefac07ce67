package txmgr

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"go.uber.org/zap"
)

// tracker drives one outbox nonce until it is confirmed. Only its own goroutine
// touches its fields, except done/receipt/err, which are read after done closes.
type tracker struct {
	m       *Manager
	row     *outboxRow
	hasSlot bool
	// blob: the nonce's candidate carries blobs (fixed for the tracker's life).
	blob bool

	firstSent time.Time
	lastSent  time.Time // last broadcast the node accepted
	lastTry   time.Time
	accepted  bool // the latest attempt was accepted by the node
	needBump  bool // the node asked for higher fees
	tipOnly   bool // ... for a higher tip only (not a replacement)
	lastOut   publishOutcome

	// latestAtSubmit is the attempt in flight when Submit answered (for
	// Handle.Status); the tracker's goroutine owns row.attempts.
	latestAtSubmit *types.Transaction

	done    chan struct{}
	receipt *types.Receipt
	err     error
}

func (m *Manager) newTracker(r *outboxRow) *tracker {
	t := &tracker{m: m, row: r, blob: r.sidecar != nil, done: make(chan struct{})}
	if n := len(r.attempts); n > 0 {
		t.latestAtSubmit = r.attempts[n-1]
	}
	return t
}

func (t *tracker) latest() *types.Transaction {
	if len(t.row.attempts) == 0 {
		return nil
	}
	return t.row.attempts[len(t.row.attempts)-1]
}

func (t *tracker) log() *zap.Logger { return t.m.logger.With(zap.Uint64("nonce", t.row.nonce)) }

// run publishes (new) or re-checks (resumed) the nonce, then polls until it is
// confirmed or the manager stops.
func (t *tracker) run(ctx context.Context, fresh bool) {
	if fresh {
		t.publish(ctx, t.latest())
	} else if err := t.resume(ctx); err != nil {
		t.log().Warn("resuming transaction", zap.Error(err))
	}
	ticker := time.NewTicker(t.m.cfg.PollInterval)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			t.finish(nil, ErrStopped, "")
			return
		case <-ticker.C:
		}
		finished, err := t.step(ctx)
		if finished {
			return
		}
		if err != nil && ctx.Err() == nil {
			t.log().Warn("tracking L1 transaction", zap.Error(err))
		}
	}
}

// resume handles a nonce found pending in the outbox at Start: if it is not
// already mined, its latest attempt is broadcast again (or signed, if none).
func (t *tracker) resume(ctx context.Context) error {
	if t.latest() == nil {
		f, _, err := t.m.estimateFees(ctx, t.row.sidecar != nil)
		if err != nil {
			return err
		}
		tx, err := t.m.sign(t.row, f)
		if err != nil {
			return err
		}
		if err := t.m.recordAttempt(ctx, tx); err != nil {
			return err
		}
		t.row.attempts = append(t.row.attempts, tx)
	}
	nonce, err := t.chainNonce(ctx, nil)
	if err != nil {
		return err
	}
	if nonce > t.row.nonce {
		return nil // used: step finds out by whom
	}
	t.publish(ctx, t.latest())
	return nil
}

func (t *tracker) finish(r *types.Receipt, err error, outcome string) {
	t.receipt, t.err = r, err
	t.m.unregister(t)
	if t.hasSlot {
		<-t.m.slots
		t.hasSlot = false
	}
	if outcome != "" {
		t.m.metrics.txs.WithLabelValues(outcome).Inc()
	}
	close(t.done)
}

func (t *tracker) chainNonce(ctx context.Context, block *big.Int) (uint64, error) {
	rctx, cancel := context.WithTimeout(ctx, t.m.cfg.RPCTimeout)
	defer cancel()
	n, err := t.m.client.NonceAt(rctx, t.m.from, block)
	if err != nil {
		return 0, fmt.Errorf("fetching L1 nonce: %w", err)
	}
	return n, nil
}

// step is one poll: confirm, detect a foreign use of the nonce, or resubmit.
func (t *tracker) step(ctx context.Context) (bool, error) {
	m := t.m
	nonce, err := t.chainNonce(ctx, nil)
	if err != nil {
		return false, err
	}
	if nonce <= t.row.nonce {
		return false, t.maybeResubmit(ctx)
	}
	// The nonce is used on chain: by one of our attempts, or by someone else.
	r, err := t.findReceipt(ctx)
	if err != nil {
		return false, err
	}
	rctx, cancel := context.WithTimeout(ctx, m.cfg.RPCTimeout)
	defer cancel()
	head, err := m.client.BlockNumber(rctx)
	if err != nil {
		return false, fmt.Errorf("fetching L1 head: %w", err)
	}
	depth := m.cfg.Confirmations
	if r != nil {
		if r.BlockNumber == nil || head+1 < r.BlockNumber.Uint64()+depth {
			return false, nil // mined, not deep enough yet
		}
		h, err := m.client.HeaderByNumber(rctx, r.BlockNumber)
		if err != nil {
			return false, fmt.Errorf("fetching L1 block %s: %w", r.BlockNumber, err)
		}
		if h.Hash() != r.BlockHash {
			return false, nil // reorged away; the next poll looks again
		}
		if err := m.recordConfirmed(ctx, t.row.nonce, r); err != nil {
			return false, err
		}
		t.confirmed(ctx, r)
		return true, nil
	}
	// None of our attempts has a receipt. Only when the nonce is used at
	// confirmation depth is it certainly someone else's transaction.
	if head+1 < depth {
		return false, nil
	}
	deep, err := t.chainNonce(ctx, new(big.Int).SetUint64(head+1-depth))
	if err != nil {
		return false, err
	}
	if deep <= t.row.nonce {
		return false, nil
	}
	if r, err := t.findReceipt(ctx); err != nil || r != nil {
		return false, err
	}
	return false, t.reassign(ctx)
}

func (t *tracker) confirmed(ctx context.Context, r *types.Receipt) {
	m := t.m
	if !t.firstSent.IsZero() {
		m.metrics.confirmSec.Observe(time.Since(t.firstSent).Seconds())
	}
	m.metrics.gasUsed.Add(float64(r.GasUsed))
	if r.EffectiveGasPrice != nil {
		fee := new(big.Int).Mul(r.EffectiveGasPrice, new(big.Int).SetUint64(r.GasUsed))
		f, _ := new(big.Float).SetInt(fee).Float64()
		m.metrics.feesWei.Add(f)
	}
	m.checkBalance(ctx)
	if r.Status != types.ReceiptStatusSuccessful {
		t.log().Error("L1 transaction reverted", zap.Stringer("tx", r.TxHash), zap.Stringer("block", r.BlockNumber))
		t.finish(r, fmt.Errorf("%w: %s (nonce %d)", ErrReverted, r.TxHash, t.row.nonce), outcomeReverted)
		return
	}
	t.log().Info("L1 transaction confirmed", zap.Stringer("tx", r.TxHash), zap.Stringer("block", r.BlockNumber),
		zap.Int("attempts", len(t.row.attempts)), zap.Uint64("gas_used", r.GasUsed))
	t.finish(r, nil, outcomeConfirmed)
}

// findReceipt looks for a receipt of any attempt, newest first.
func (t *tracker) findReceipt(ctx context.Context) (*types.Receipt, error) {
	for i := len(t.row.attempts) - 1; i >= 0; i-- {
		rctx, cancel := context.WithTimeout(ctx, t.m.cfg.RPCTimeout)
		r, err := t.m.client.TransactionReceipt(rctx, t.row.attempts[i].Hash())
		cancel()
		switch {
		case err == nil && r != nil:
			return r, nil
		case err == nil, errors.Is(err, ethereum.NotFound), isIndexing(err):
		default:
			return nil, fmt.Errorf("fetching receipt of %s: %w", t.row.attempts[i].Hash(), err)
		}
	}
	return nil, nil
}

// maybeResubmit re-broadcasts or bumps an unmined nonce on schedule.
func (t *tracker) maybeResubmit(ctx context.Context) error {
	m := t.m
	now := time.Now()
	switch {
	case t.needBump, t.accepted && now.Sub(t.lastSent) >= m.cfg.ResubmitInterval:
		return t.bump(ctx)
	case !t.accepted && t.lastOut == pubInsufficientFunds && now.Sub(t.lastTry) < m.cfg.ResubmitInterval:
		return nil
	case !t.accepted:
		t.publish(ctx, t.latest())
	}
	return nil
}

// bump signs, records and broadcasts a new attempt with higher fees.
func (t *tracker) bump(ctx context.Context) error {
	m := t.m
	prev := t.latest()
	est, _, err := m.estimateFees(ctx, t.row.sidecar != nil)
	if err != nil && !errors.Is(err, ErrFeeCapTooLow) {
		return err
	}
	if err != nil {
		est = fees{tip: new(big.Int), feeCap: new(big.Int)}
	}
	next, capped := m.bumpFees(fees{tip: prev.GasTipCap(), feeCap: prev.GasFeeCap(), blobFeeCap: prev.BlobGasFeeCap()}, est, t.needBump && t.tipOnly)
	if capped {
		m.metrics.capReached.Inc()
		// At a cap a replacement may be refused, but a node that dropped or
		// refused the previous attempt still takes a higher tip.
		if next.tip.Cmp(prev.GasTipCap()) <= 0 && next.feeCap.Cmp(prev.GasFeeCap()) <= 0 {
			t.log().Warn("fee caps reached; re-sending without a bump", zap.Stringer("tip", prev.GasTipCap()),
				zap.Stringer("fee_cap", prev.GasFeeCap()))
			t.needBump = false
			t.publish(ctx, prev)
			return nil
		}
	}
	tx, err := m.sign(t.row, next)
	if err != nil {
		return err
	}
	if err := m.recordAttempt(ctx, tx); err != nil {
		return err
	}
	t.row.attempts = append(t.row.attempts, tx)
	m.metrics.bumps.Inc()
	t.needBump = false
	t.log().Info("re-sending with bumped fees", zap.Stringer("tx", tx.Hash()), zap.Stringer("tip", next.tip),
		zap.Stringer("fee_cap", next.feeCap), zap.Int("attempt", len(t.row.attempts)))
	t.publish(ctx, tx)
	return nil
}

// publish broadcasts tx and classifies the node's answer. A transaction
// whose lower nonces include an unmined one of the other kind is not sent
// yet (waitsForOtherKind); the next poll tries again.
func (t *tracker) publish(ctx context.Context, tx *types.Transaction) {
	m := t.m
	var err error
	out := pubWaitKind
	if wait, werr := m.waitsForOtherKind(ctx, tx.Nonce(), t.blob); werr != nil || !wait {
		rctx, cancel := context.WithTimeout(ctx, m.cfg.RPCTimeout)
		err = m.client.SendTransaction(rctx, tx)
		cancel()
		out = classifyPublish(err)
	}
	m.metrics.publishes.WithLabelValues(string(out)).Inc()
	now := time.Now()
	repeated := out == t.lastOut
	t.lastTry, t.lastOut = now, out
	switch out {
	case pubOK, pubAlreadyKnown, pubNonceTooLow:
		// nonce too low: used on chain; step finds out whether by us.
		t.accepted = true
		t.lastSent = now
		if t.firstSent.IsZero() {
			t.firstSent = now
		}
	case pubUnderpriced, pubFeeTooLow:
		t.accepted = false
		t.needBump = true
		t.tipOnly = out == pubUnderpriced && !strings.Contains(err.Error(), "replacement")
		t.log().Debug("node wants higher fees", zap.Stringer("tx", tx.Hash()), zap.Error(err))
	case pubWaitKind:
		t.accepted = false
		if !repeated {
			t.log().Debug("waiting for the lower nonces of the other kind (blob or not) to be mined before sending",
				zap.Stringer("tx", tx.Hash()), zap.Bool("blob", t.blob))
		}
	case pubInsufficientFunds:
		t.accepted = false
		if repeated {
			return
		}
		t.log().Error("L1 node refuses the transaction for lack of funds; fund the sender, it will be re-sent",
			zap.Stringer("tx", tx.Hash()), zap.Error(err))
	default:
		t.accepted = false
		if ctx.Err() == nil && !repeated {
			t.log().Warn("broadcasting L1 transaction", zap.Stringer("tx", tx.Hash()), zap.Error(err))
		}
	}
}

// reassign moves the candidate of a nonce that a foreign transaction used to a
// fresh nonce, recording both in one database transaction.
func (t *tracker) reassign(ctx context.Context) error {
	m := t.m
	m.submitMu.Lock()
	defer m.submitMu.Unlock()
	rctx, cancel := context.WithTimeout(ctx, m.cfg.RPCTimeout)
	pending, err := m.client.PendingNonceAt(rctx, m.from)
	cancel()
	if err != nil {
		return fmt.Errorf("fetching L1 nonce: %w", err)
	}
	f, _, err := m.estimateFees(ctx, t.row.sidecar != nil)
	if err != nil {
		return err
	}
	m.mu.Lock()
	newNonce := max(m.next, pending)
	m.mu.Unlock()
	old := t.row.nonce
	row := *t.row
	row.nonce, row.attempts = newNonce, nil
	tx, err := m.sign(&row, f)
	if err != nil {
		return err
	}
	if err := m.recordSuperseded(ctx, old, &row, tx); err != nil {
		return err
	}
	row.attempts = []*types.Transaction{tx}
	m.mu.Lock()
	delete(m.trackers, old)
	t.row = &row
	m.trackers[newNonce] = t
	if row.key != "" {
		m.byKey[row.key] = t
	}
	m.next = newNonce + 1
	m.mu.Unlock()
	m.metrics.nonce.Set(float64(newNonce + 1))
	m.metrics.txs.WithLabelValues(outcomeNonceTaken).Inc()
	m.logger.Error("the signing key is used outside the transaction manager: another transaction took this nonce; "+
		"the candidate moves to a new nonce (give the manager a key of its own)",
		zap.Uint64("taken_nonce", old), zap.Uint64("new_nonce", newNonce))
	t.accepted, t.needBump, t.lastSent = false, false, time.Time{}
	t.publish(ctx, tx)
	return nil
}
