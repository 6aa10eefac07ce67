package batcher

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"go.uber.org/zap"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/l1client/contracts"
	"github.com/rollup-dev/rollup/store"
)

// statusPollsPerTick bounds the Rollup.status calls of one poll; with more
// unfinished batches they are polled in turn.
const statusPollsPerTick = 32

// canonicalChecker answers whether a block is in the canonical chain, with
// one header look-up per block number per poll.
type canonicalChecker struct {
	l1      L1
	head    uint64
	timeout time.Duration
	hashes  map[uint64]common.Hash
}

func (c *canonicalChecker) is(ctx context.Context, n uint64, h common.Hash) (bool, error) {
	if n > c.head {
		return false, nil
	}
	if got, ok := c.hashes[n]; ok {
		return got == h, nil
	}
	rctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	hdr, err := c.l1.HeaderByNumber(rctx, new(big.Int).SetUint64(n))
	if err != nil {
		return false, fmt.Errorf("reading L1 block %d: %w", n, err)
	}
	c.hashes[n] = hdr.Hash()
	return hdr.Hash() == h, nil
}

// reconcile brings every unfinished row in line with L1, the source of
// truth:
//
//   - an inclusion whose block is no longer canonical is forgotten (an L1
//     reorg; the batch is 'sent' again and send re-posts it if needed);
//   - a batch that L1 holds (found through its transaction's receipt or its
//     BatchAppended event, block hashes checked) is recorded as included,
//     after checking that L1's record is the batch built here;
//   - an included batch moves to confirmed, challenged and final as L1 says;
//   - a batch whose append is canonical but whose index is at or above the
//     contract's next index, with a BatchesReverted event covering it, was
//     reverted by a lost dispute: it and every later batch are marked
//     reverted and the builder restarts from the first of them;
//   - finally L1's last accepted claim must be this batcher's claim of batch
//     nextIndex − 1 (or genesis), else another proposer posted and the
//     batcher stops posting (ErrConflict).
func (b *Batcher) reconcile(ctx context.Context, v *view) error {
	head := v.head.Number.Uint64()
	cc := &canonicalChecker{l1: b.deps.L1, head: head, timeout: b.cfg.RPCTimeout, hashes: map[uint64]common.Hash{}}
	var (
		conflict   error
		revertFrom = ^uint64(0)
		nIncluded  int
	)
	for _, r := range b.rows {
		if r.Included() {
			nIncluded++
		}
	}
	b.statusRR++
	pos := 0
	for _, r := range b.rows {
		if r.Status == chain.BatchFinal || r.Status == chain.BatchReverted {
			continue
		}
		if r.Included() {
			if head < r.L1Block+b.cfg.ReorgWindow {
				ok, err := cc.is(ctx, r.L1Block, *r.L1BlockHash)
				if err != nil {
					return err
				}
				if !ok {
					if err := b.forgetInclusion(ctx, r); err != nil {
						return err
					}
					continue
				}
			}
			if r.Index >= v.nextIndex {
				rev, err := b.rc.revertedSince(ctx, r.Index, r.L1Block, head)
				if err != nil {
					return err
				}
				if rev {
					revertFrom = min(revertFrom, r.Index)
				}
				continue
			}
			groups := (nIncluded + statusPollsPerTick - 1) / statusPollsPerTick
			poll := r.Status == chain.BatchChallenged || pos%groups == b.statusRR%groups
			pos++
			if err := b.advance(ctx, r, v, poll); err != nil {
				return err
			}
			continue
		}
		// A built row with a key went back to 'built' after a send error that
		// recorded nothing; look for it all the same.
		if r.Status != chain.BatchSent && (r.Status != chain.BatchBuilt || r.SendKey == "") {
			continue
		}
		a, rcpt, err := b.findInclusion(ctx, r, v, cc)
		if err != nil {
			return err
		}
		if a == nil {
			continue
		}
		if err := b.ensureData(ctx, r); err != nil {
			return err
		}
		if !matches(a.Info, r.Header, r.Data) {
			conflict = fmt.Errorf("%w: L1 transaction %s appended batch %d with another content than the batcher built (proposer %s)",
				ErrConflict, a.TxHash, r.Index, a.Info.Proposer)
			continue
		}
		if r.Index >= v.nextIndex {
			rev, err := b.rc.revertedSince(ctx, r.Index, a.Block, head)
			if err != nil {
				return err
			}
			if rev {
				revertFrom = min(revertFrom, r.Index)
			}
			continue
		}
		if err := b.recordInclusion(ctx, r, a, rcpt, v); err != nil {
			return err
		}
	}
	b.dropFinal()
	if revertFrom != ^uint64(0) {
		return b.revertFrom(ctx, revertFrom, v)
	}
	if conflict == nil {
		conflict = b.checkLastClaim(ctx, v)
	}
	if conflict != nil && (b.conflict == nil || b.conflict.Error() != conflict.Error()) {
		b.log.Error("L1 disagrees with the batcher's batches; posting stops until this is resolved", zap.Error(conflict))
	}
	if conflict == nil && b.conflict != nil {
		b.log.Info("L1 agrees with the batcher's batches again; posting resumes")
	}
	b.conflict = conflict
	return nil
}

// findInclusion looks for the canonical BatchAppended of a sent row: first in
// the receipt of its transaction as the transaction manager recorded it
// (which finds a batch even when a later revert moved the next index below
// it), then among the Rollup's events when the next index shows the batch is
// on L1.
func (b *Batcher) findInclusion(ctx context.Context, r *BatchRow, v *view, cc *canonicalChecker) (*appended, *types.Receipt, error) {
	head := v.head.Number.Uint64()
	if r.SendKey != "" {
		st, err := b.mgr.Lookup(ctx, r.SendKey)
		if err != nil {
			return nil, nil, err
		}
		hash := st.ReceiptTx
		if st.Found && st.State != "confirmed" {
			hash = st.Latest
		}
		if st.Found && (st.State != "confirmed" || st.ReceiptStatus == types.ReceiptStatusSuccessful) {
			rcpt, err := b.receipt(ctx, hash)
			if err != nil {
				return nil, nil, err
			}
			if rcpt != nil && rcpt.Status == types.ReceiptStatusSuccessful {
				ok, err := cc.is(ctx, rcpt.BlockNumber.Uint64(), rcpt.BlockHash)
				if err != nil {
					return nil, nil, err
				}
				if ok {
					a, _, err := b.rc.appendedInReceipt(rcpt, r.Index)
					if err != nil || a != nil {
						return a, rcpt, err
					}
				}
			}
		}
	}
	if r.Index >= v.nextIndex {
		return nil, nil, nil
	}
	from := b.cfg.StartBlock
	if r.SentBlock > b.cfg.ReorgWindow {
		from = max(from, r.SentBlock-b.cfg.ReorgWindow)
	}
	rctx, cancel := context.WithTimeout(ctx, b.cfg.RPCTimeout)
	evs, err := b.rc.appendedEvents(rctx, r.Index, from, head)
	cancel()
	if err != nil {
		return nil, nil, err
	}
	for i := len(evs) - 1; i >= 0; i-- {
		a := evs[i]
		if a.removed {
			continue
		}
		ok, err := cc.is(ctx, a.Block, a.BlockHash)
		if err != nil {
			return nil, nil, err
		}
		if !ok {
			continue
		}
		rcpt, err := b.receipt(ctx, a.TxHash)
		if err != nil {
			return nil, nil, err
		}
		return a, rcpt, nil
	}
	return nil, nil, nil
}

// receipt returns the receipt of tx, nil if the node does not know it.
func (b *Batcher) receipt(ctx context.Context, tx common.Hash) (*types.Receipt, error) {
	if tx == (common.Hash{}) {
		return nil, nil
	}
	rctx, cancel := context.WithTimeout(ctx, b.cfg.RPCTimeout)
	defer cancel()
	r, err := b.deps.L1.TransactionReceipt(rctx, tx)
	if errors.Is(err, ethereum.NotFound) || (err != nil && isIndexing(err)) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading the receipt of %s: %w", tx, err)
	}
	return r, nil
}

func isIndexing(err error) bool {
	return err != nil && strings.Contains(strings.ToLower(err.Error()), "indexing is in progress")
}

// recordInclusion records a found append and observes the latency and gas.
func (b *Batcher) recordInclusion(ctx context.Context, r *BatchRow, a *appended, rcpt *types.Receipt, v *view) error {
	head := v.head.Number.Uint64()
	conf := head - a.Block + 1
	status := chain.BatchIncluded
	switch {
	case r.Index < v.finalizedCount:
		status = chain.BatchFinal
	case conf >= b.cfg.Confirmations:
		status = chain.BatchConfirmed
	}
	var gas, blobGas uint64
	var price *big.Int
	if rcpt != nil && rcpt.TxHash == a.TxHash {
		gas, price, blobGas = rcpt.GasUsed, rcpt.EffectiveGasPrice, rcpt.BlobGasUsed
		// A transaction that carried several batches: each is charged its share.
		if _, n, err := b.rc.appendedInReceipt(rcpt, r.Index); err == nil && n > 1 {
			gas, blobGas = gas/uint64(n), blobGas/uint64(n)
		}
	}
	carrier := "calldata"
	if a.Info.Blob {
		carrier = "blob"
	}
	wasDropped := r.SendAttempts > 1
	if err := b.db.MarkIncluded(ctx, r, &a.Inclusion, status, conf, b.window, gas, price); err != nil {
		return err
	}
	r.Data = nil // reloaded if a reorg drops the batch again
	if !r.ClosedAt.IsZero() && r.SendAttempts == 1 && !wasDropped {
		b.metrics.closeToIncl.Observe(time.Since(r.ClosedAt).Seconds())
		if r.SentBlock > 0 && a.Block >= r.SentBlock {
			b.metrics.closeToInclBlks.Observe(float64(a.Block - r.SentBlock))
		}
	}
	if gas > 0 && r.TxCount > 0 {
		b.metrics.gasUsed.Add(float64(gas))
		b.metrics.gasTransfers.Add(float64(r.TxCount))
		b.metrics.gasPerTransfer.Observe(float64(gas) / float64(r.TxCount))
	}
	b.metrics.carriers.WithLabelValues(carrier).Inc()
	fields := []zap.Field{zap.Uint64("batch", r.Index), zap.Stringer("l1_tx", a.TxHash),
		zap.Uint64("l1_block", a.Block), zap.Stringer("l1_block_hash", a.BlockHash), zap.String("status", string(status)),
		zap.String("carrier", carrier), zap.Uint32("bytes", a.Info.DataLen), zap.Uint64("gas_used", gas)}
	if a.Info.Blob {
		fill := blobFill(int(a.Info.DataLen))
		b.metrics.blobFill.Observe(fill)
		fields = append(fields, zap.Uint64("blob_gas_used", blobGas), zap.String("blob_fill", fmt.Sprintf("%.1f%%", 100*fill)))
		if blobGas > 0 {
			b.metrics.blobGasUsed.Add(float64(blobGas))
			if r.TxCount > 0 {
				b.metrics.blobGasPerTx.Observe(float64(blobGas) / float64(r.TxCount))
			}
		}
	}
	b.log.Info("batch included on L1", append(fields, zap.Duration("since_close", time.Since(r.ClosedAt).Round(time.Millisecond)))...)
	if status == chain.BatchFinal {
		b.lastFinal = r
	}
	return nil
}

// advance moves an included row along confirmed, challenged and final.
func (b *Batcher) advance(ctx context.Context, r *BatchRow, v *view, pollStatus bool) error {
	head := v.head.Number.Uint64()
	conf := head - r.L1Block + 1
	status := r.Status
	switch {
	case r.Index < v.finalizedCount:
		status = chain.BatchFinal
	default:
		if pollStatus {
			rctx, cancel := context.WithTimeout(ctx, b.cfg.RPCTimeout)
			s, err := b.rc.status(rctx, v.head.Number, r.Index)
			cancel()
			if err != nil {
				return fmt.Errorf("reading the status of batch %d: %w", r.Index, err)
			}
			if s == statusChallenged {
				status = chain.BatchChallenged
			} else if status == chain.BatchChallenged {
				status = chain.BatchIncluded
			}
		}
		if status != chain.BatchChallenged {
			status = chain.BatchIncluded
			if conf >= b.cfg.Confirmations {
				status = chain.BatchConfirmed
			}
		}
	}
	if status == r.Status && (conf == r.Confirmations || conf > b.cfg.ReorgWindow) {
		return nil
	}
	old := r.Status
	if err := b.db.SetStatus(ctx, r, status, conf); err != nil {
		return err
	}
	switch {
	case status == old:
	case status == chain.BatchFinal:
		b.lastFinal = r
		b.log.Info("batch final", zap.Uint64("batch", r.Index), zap.Stringer("post_state_root", common.Hash(r.Header.Post.StateRoot)))
	case status == chain.BatchChallenged:
		b.log.Warn("batch challenged on L1", zap.Uint64("batch", r.Index), zap.String("fault", r.Fault))
	case old == chain.BatchChallenged:
		b.log.Info("no open game on batch any more", zap.Uint64("batch", r.Index))
	}
	return nil
}

// forgetInclusion handles an included row whose L1 block left the
// canonical chain.
func (b *Batcher) forgetInclusion(ctx context.Context, r *BatchRow) error {
	block, hash := r.L1Block, *r.L1BlockHash
	if err := b.db.MarkDropped(ctx, r); err != nil {
		return err
	}
	b.metrics.reorgs.Inc()
	b.log.Warn("an L1 reorg dropped the block that included a batch; it is posted again unless the new chain includes it",
		zap.Uint64("batch", r.Index), zap.Uint64("l1_block", block), zap.Stringer("l1_block_hash", hash))
	return nil
}

// dropFinal removes final rows from the cache.
func (b *Batcher) dropFinal() {
	keep := b.rows[:0]
	for _, r := range b.rows {
		if r.Status == chain.BatchFinal {
			b.lastFinal = r
			continue
		}
		keep = append(keep, r)
	}
	for i := len(keep); i < len(b.rows); i++ {
		b.rows[i] = nil
	}
	b.rows = keep
	if b.lastFinal != nil {
		b.lastFinal.Data = nil
	}
}

// revertFrom marks the batches from index on reverted (a lost dispute) and
// rebuilds the builder from the batch before.
func (b *Batcher) revertFrom(ctx context.Context, from uint64, v *view) error {
	n, err := b.db.MarkReverted(ctx, from, "reverted on L1 by a lost dispute")
	if err != nil {
		return err
	}
	b.metrics.reverted.Add(float64(n))
	b.log.Warn("batches reverted on L1 by a lost dispute; building them again from the sealed blocks",
		zap.Uint64("from_batch", from), zap.Int64("batches", n), zap.Uint64("l1_next_index", v.nextIndex),
		zap.Stringer("restored_claim", v.lastClaim))
	b.builder, b.rows = nil, nil
	if err := b.reload(ctx); err != nil {
		return err
	}
	return nil
}

// checkLastClaim requires L1's last accepted claim to be this batcher's claim
// of batch nextIndex − 1 (genesis when nextIndex is 0).
func (b *Batcher) checkLastClaim(ctx context.Context, v *view) error {
	want := b.params.Genesis().ClaimHash()
	if v.nextIndex > 0 {
		idx := v.nextIndex - 1
		var r *BatchRow
		for _, x := range b.rows {
			if x.Index == idx {
				r = x
			}
		}
		if r == nil && b.lastFinal != nil && b.lastFinal.Index == idx {
			r = b.lastFinal
		}
		if r == nil {
			x, err := b.db.LiveAt(ctx, idx)
			if errors.Is(err, store.ErrNotFound) {
				return fmt.Errorf("%w: L1 holds %d batches, the batcher built only up to batch %d", ErrConflict, v.nextIndex, b.nextBuilt()-1)
			}
			if err != nil {
				return err
			}
			x.Data = nil
			r = x
			if r.Status == chain.BatchFinal {
				b.lastFinal = r
			}
		}
		want = contracts.L2StateFromABI(r.Claim()).ClaimHash()
	}
	if want != v.lastClaim {
		return fmt.Errorf("%w: L1's last accepted claim %s is not the batcher's claim %s of batch %d", ErrConflict, v.lastClaim, want, int64(v.nextIndex)-1)
	}
	return nil
}

func (b *Batcher) nextBuilt() uint64 {
	if b.builder == nil {
		return 0
	}
	i, _ := b.builder.Next()
	return i
}

// ensureData loads a row's data if it was dropped from memory.
func (b *Batcher) ensureData(ctx context.Context, r *BatchRow) error {
	if r.Data != nil {
		return nil
	}
	x, err := b.db.LiveAt(ctx, r.Index)
	if err != nil {
		return err
	}
	if x.ID != r.ID {
		return fmt.Errorf("batch %d: row %d is no longer live", r.Index, r.ID)
	}
	r.Data = x.Data
	return nil
}
