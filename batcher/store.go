package batcher

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/l1client/contracts"
	"github.com/rollup-dev/rollup/store"
)

// Status is a batch's status in the batches table.
type Status = chain.BatchStatus

// row is a batch as the batcher keeps it (the batches table with the
// columns of 020_batcher.sql).
type row struct {
	id           int64
	index        uint64
	status       Status
	firstBlock   uint64
	lastBlock    uint64
	data         []byte
	header       contracts.BatchHeader
	honestRoot   common.Hash
	honestSteps  uint64
	fault        string
	txCount      int
	depositCount int
	full         bool

	sendKey      string
	sendAttempts int
	sentBlock    uint64 // 0: unknown

	// L1 inclusion, while known.
	l1TxHash      *common.Hash
	l1Block       uint64
	l1BlockHash   *common.Hash
	l1Timestamp   uint64
	batchHash     common.Hash
	info          *contracts.BatchInfo
	confirmations uint64

	openedAt, closedAt, sentAt time.Time
	// retry: no send before this (after an error); in memory only.
	retry time.Time
}

func (r *row) included() bool { return r.l1BlockHash != nil }

// claim is the post-state the row's header claims.
func (r *row) claim() contracts.ABIState { return r.header.Post }

// batches is the batcher's access to the batches table.
type batches struct {
	pool    *pgxpool.Pool
	c       *rollupContract
	timeout time.Duration
}

func (s *batches) ctx(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, s.timeout)
}

// rowColumns leaves out the data of included batches (reloaded by
// ensureData when a reorg drops one), so that many unfinished batches in a
// long dispute window do not hold their data in memory.
const rowColumns = `id, batch_index, status, first_block, last_block, CASE WHEN l1_block_hash IS NULL THEN data END, header, honest_post_state_root, honest_num_steps,
	coalesce(fault, ''), tx_count, deposit_count, full_batch, coalesce(send_key, ''), send_attempts, coalesce(l1_sent_block, 0),
	l1_tx_hash, coalesce(l1_block_number, 0), l1_block_hash, coalesce(l1_timestamp, 0), l1_batch_hash, l1_batch_info,
	coalesce(l1_confirmations, 0), coalesce(opened_at, created_at), coalesce(closed_at, created_at), coalesce(sent_at, created_at)`

func (s *batches) scan(r pgx.Row) (*row, error) {
	var (
		b                                      row
		id, idx, first, last, steps, sent, l1n int64
		l1ts, conf                             int64
		status                                 string
		hdr, honest, l1tx, l1bh, bhash, info   []byte
	)
	if err := r.Scan(&id, &idx, &status, &first, &last, &b.data, &hdr, &honest, &steps, &b.fault, &b.txCount, &b.depositCount,
		&b.full, &b.sendKey, &b.sendAttempts, &sent, &l1tx, &l1n, &l1bh, &l1ts, &bhash, &info, &conf,
		&b.openedAt, &b.closedAt, &b.sentAt); err != nil {
		return nil, store.MapError(err)
	}
	b.id, b.index, b.status = id, uint64(idx), Status(status)
	b.firstBlock, b.lastBlock, b.honestSteps, b.sentBlock = uint64(first), uint64(last), uint64(steps), uint64(sent)
	b.honestRoot = common.BytesToHash(honest)
	h, err := contracts.DecodeHeader(hdr)
	if err != nil {
		return nil, fmt.Errorf("batch %d (row %d): decoding header: %w", idx, id, err)
	}
	b.header = h
	if l1tx != nil {
		v := common.BytesToHash(l1tx)
		b.l1TxHash = &v
	}
	if l1bh != nil {
		v := common.BytesToHash(l1bh)
		b.l1BlockHash = &v
		b.l1Block = uint64(l1n)
	}
	b.l1Timestamp, b.confirmations = uint64(l1ts), uint64(conf)
	b.batchHash = common.BytesToHash(bhash)
	if info != nil {
		i, err := contracts.DecodeInfo(info)
		if err != nil {
			return nil, fmt.Errorf("batch %d (row %d): decoding batch info: %w", idx, id, err)
		}
		b.info = &i
	}
	return &b, nil
}

// unfinished returns the rows that are neither reverted nor final, in index
// order.
func (s *batches) unfinished(ctx context.Context) ([]*row, error) {
	ctx, cancel := s.ctx(ctx)
	defer cancel()
	rows, err := s.pool.Query(ctx, `SELECT `+rowColumns+` FROM batches
		WHERE status IN ('built', 'sent', 'included', 'confirmed', 'challenged') ORDER BY batch_index`)
	if err != nil {
		return nil, fmt.Errorf("reading unfinished batches: %w", err)
	}
	defer rows.Close()
	var out []*row
	for rows.Next() {
		r, err := s.scan(rows)
		if err != nil {
			return nil, fmt.Errorf("reading unfinished batches: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// lastLive returns the live row with the highest index; store.ErrNotFound if none.
func (s *batches) lastLive(ctx context.Context) (*row, error) {
	ctx, cancel := s.ctx(ctx)
	defer cancel()
	r, err := s.scan(s.pool.QueryRow(ctx, `SELECT `+rowColumns+` FROM batches WHERE status <> 'reverted'
		ORDER BY batch_index DESC LIMIT 1`))
	if err != nil {
		return nil, fmt.Errorf("reading the newest batch: %w", err)
	}
	return r, nil
}

// liveAt returns the live row with index; store.ErrNotFound if none.
func (s *batches) liveAt(ctx context.Context, index uint64) (*row, error) {
	ctx, cancel := s.ctx(ctx)
	defer cancel()
	r, err := s.scan(s.pool.QueryRow(ctx, `SELECT `+rowColumns+` FROM batches WHERE status <> 'reverted' AND batch_index = $1`, int64(index)))
	if err != nil {
		return nil, fmt.Errorf("reading batch %d: %w", index, err)
	}
	return s.withData(ctx, r, index)
}

// byL1Hash returns the row, live or reverted, that L1 recorded with hash h:
// a game on a reverted batch is still played to its end.
func (s *batches) byL1Hash(ctx context.Context, index uint64, h common.Hash) (*row, error) {
	ctx, cancel := s.ctx(ctx)
	defer cancel()
	r, err := s.scan(s.pool.QueryRow(ctx, `SELECT `+rowColumns+` FROM batches WHERE batch_index = $1 AND l1_batch_hash = $2
		ORDER BY id DESC LIMIT 1`, int64(index), h.Bytes()))
	if err != nil {
		return nil, fmt.Errorf("reading batch %d with hash %s: %w", index, h, err)
	}
	return s.withData(ctx, r, index)
}

func (s *batches) withData(ctx context.Context, r *row, index uint64) (*row, error) {
	if r.data == nil {
		if err := s.pool.QueryRow(ctx, `SELECT data FROM batches WHERE id = $1`, r.id).Scan(&r.data); err != nil {
			return nil, fmt.Errorf("reading the data of batch %d: %w", index, err)
		}
	}
	return r, nil
}

// faultsUsed returns the indexes of every batch, live or reverted, that was
// built with a fault.
func (s *batches) faultsUsed(ctx context.Context) (map[uint64]bool, error) {
	ctx, cancel := s.ctx(ctx)
	defer cancel()
	rows, err := s.pool.Query(ctx, `SELECT DISTINCT batch_index FROM batches WHERE fault IS NOT NULL`)
	if err != nil {
		return nil, fmt.Errorf("reading injected faults: %w", err)
	}
	idx, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return nil, fmt.Errorf("reading injected faults: %w", err)
	}
	out := map[uint64]bool{}
	for _, i := range idx {
		out[uint64(i)] = true
	}
	return out, nil
}

// insert records a closed batch as 'built' and returns its row.
func (s *batches) insert(ctx context.Context, b *Batch) (*row, error) {
	h := header(b)
	enc, err := contracts.EncodeHeader(h)
	if err != nil {
		return nil, fmt.Errorf("encoding header of batch %d: %w", b.Index, err)
	}
	var fault *string
	if b.Fault != nil {
		f := b.Fault.String()
		fault = &f
	}
	ctx, cancel := s.ctx(ctx)
	defer cancel()
	var id int64
	err = s.pool.QueryRow(ctx, `INSERT INTO batches (batch_index, first_block, last_block, status, data, data_size, num_steps,
			tx_count, deposit_count, prev_state_root, post_state_root, deposits_consumed, header, honest_post_state_root,
			honest_num_steps, fault, full_batch, opened_at, closed_at)
		VALUES ($1, $2, $3, 'built', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) RETURNING id`,
		int64(b.Index), int64(b.FirstBlock), int64(b.LastBlock), b.Data, len(b.Data), int64(b.ClaimSteps),
		b.Transfers, b.Deposits, b.Prev.StateRoot[:], b.Claim.StateRoot[:], int64(b.Claim.DepositsConsumed), enc,
		b.Post.StateRoot[:], int64(b.NumSteps), fault, b.Full, b.OpenedAt, b.ClosedAt).Scan(&id)
	if err != nil {
		return nil, fmt.Errorf("recording batch %d: %w", b.Index, err)
	}
	r := &row{
		id: id, index: b.Index, status: chain.BatchBuilt, firstBlock: b.FirstBlock, lastBlock: b.LastBlock,
		data: b.Data, header: h, honestRoot: b.Post.StateRoot, honestSteps: b.NumSteps, txCount: b.Transfers,
		depositCount: b.Deposits, full: b.Full, openedAt: b.OpenedAt, closedAt: b.ClosedAt,
	}
	if fault != nil {
		r.fault = *fault
	}
	return r, nil
}

// markSending records the key of a send attempt before it is handed to the
// transaction manager.
func (s *batches) markSending(ctx context.Context, r *row, key string, attempts int, head uint64) error {
	ctx, cancel := s.ctx(ctx)
	defer cancel()
	_, err := s.pool.Exec(ctx, `UPDATE batches SET status = 'sent', send_key = $2, send_attempts = $3,
		l1_sent_block = coalesce(l1_sent_block, $4), sent_at = coalesce(sent_at, now()), last_error = NULL, updated_at = now()
		WHERE id = $1`, r.id, key, attempts, int64(head))
	if err != nil {
		return fmt.Errorf("recording the send of batch %d: %w", r.index, err)
	}
	r.status, r.sendKey, r.sendAttempts = chain.BatchSent, key, attempts
	if r.sentBlock == 0 {
		r.sentBlock = head
		r.sentAt = time.Now()
	}
	return nil
}

// setError records the last error met while posting a row; with unsend the
// row goes back to 'built' (nothing of it can be on L1).
func (s *batches) setError(ctx context.Context, r *row, msg string, unsend bool) error {
	ctx, cancel := s.ctx(ctx)
	defer cancel()
	status := r.status
	if unsend {
		status = chain.BatchBuilt
	}
	_, err := s.pool.Exec(ctx, `UPDATE batches SET status = $2, last_error = $3, updated_at = now() WHERE id = $1`, r.id, string(status), msg)
	if err != nil {
		return fmt.Errorf("recording an error of batch %d: %w", r.index, err)
	}
	r.status = status
	return nil
}

// setSentTx records the hash of the latest signed attempt of a sent batch.
func (s *batches) setSentTx(ctx context.Context, r *row, tx common.Hash) error {
	ctx, cancel := s.ctx(ctx)
	defer cancel()
	if _, err := s.pool.Exec(ctx, `UPDATE batches SET l1_tx_hash = $2, updated_at = now() WHERE id = $1 AND l1_block_hash IS NULL`,
		r.id, tx[:]); err != nil {
		return fmt.Errorf("recording the L1 transaction of batch %d: %w", r.index, err)
	}
	r.l1TxHash = &tx
	return nil
}

// markIncluded records where a batch's BatchAppended is on L1.
func (s *batches) markIncluded(ctx context.Context, r *row, a *appended, status Status, confirmations uint64, window uint64,
	gasUsed uint64, gasPrice *big.Int) error {
	ctx, cancel := s.ctx(ctx)
	defer cancel()
	var price pgtype.Numeric
	if gasPrice != nil {
		price = pgtype.Numeric{Int: gasPrice, Valid: true}
	}
	var gas *int64
	if gasUsed > 0 {
		g := int64(gasUsed)
		gas = &g
	}
	_, err := s.pool.Exec(ctx, `UPDATE batches SET status = $2, l1_tx_hash = $3, l1_block_number = $4, l1_block_hash = $5,
		l1_timestamp = $6, challenge_deadline = $7, l1_batch_hash = $8, l1_batch_info = $9, l1_confirmations = $10,
		l1_gas_used = coalesce($11, l1_gas_used), l1_gas_price = coalesce($12, l1_gas_price),
		included_at = now(), last_error = NULL, updated_at = now() WHERE id = $1`,
		r.id, string(status), a.txHash[:], int64(a.block), a.blockHash[:], int64(a.info.L1Timestamp),
		int64(a.info.L1Timestamp+window), a.batchHash[:], a.infoABI, int64(confirmations), gas, price)
	if err != nil {
		return fmt.Errorf("recording the inclusion of batch %d: %w", r.index, err)
	}
	tx, bh, info := a.txHash, a.blockHash, a.info
	r.status, r.l1TxHash, r.l1Block, r.l1BlockHash = status, &tx, a.block, &bh
	r.l1Timestamp, r.batchHash, r.info, r.confirmations = a.info.L1Timestamp, a.batchHash, &info, confirmations
	return nil
}

// setStatus moves an included row between included, confirmed, challenged
// and final.
func (s *batches) setStatus(ctx context.Context, r *row, status Status, confirmations uint64) error {
	ctx, cancel := s.ctx(ctx)
	defer cancel()
	_, err := s.pool.Exec(ctx, `UPDATE batches SET status = $2, l1_confirmations = $3,
		final_at = CASE WHEN $2 = 'final' THEN coalesce(final_at, now()) ELSE final_at END, updated_at = now() WHERE id = $1`,
		r.id, string(status), int64(confirmations))
	if err != nil {
		return fmt.Errorf("recording status %s of batch %d: %w", status, r.index, err)
	}
	r.status, r.confirmations = status, confirmations
	return nil
}

// markDropped forgets the inclusion of a batch whose L1 block left the
// canonical chain: it is 'sent' again.
func (s *batches) markDropped(ctx context.Context, r *row) error {
	ctx, cancel := s.ctx(ctx)
	defer cancel()
	_, err := s.pool.Exec(ctx, `UPDATE batches SET status = 'sent', l1_block_number = NULL, l1_block_hash = NULL,
		l1_timestamp = NULL, challenge_deadline = NULL, l1_batch_hash = NULL, l1_batch_info = NULL, l1_confirmations = NULL,
		last_error = 'dropped by an L1 reorg', updated_at = now() WHERE id = $1`, r.id)
	if err != nil {
		return fmt.Errorf("recording the reorg of batch %d: %w", r.index, err)
	}
	r.status, r.l1BlockHash, r.l1Block, r.l1Timestamp, r.info, r.confirmations = chain.BatchSent, nil, 0, 0, nil, 0
	return nil
}

// markReverted marks every live row with index ≥ from reverted.
func (s *batches) markReverted(ctx context.Context, from uint64, reason string) (int64, error) {
	ctx, cancel := s.ctx(ctx)
	defer cancel()
	tag, err := s.pool.Exec(ctx, `UPDATE batches SET status = 'reverted', last_error = $2, updated_at = now()
		WHERE status <> 'reverted' AND batch_index >= $1`, int64(from), reason)
	if err != nil {
		return 0, fmt.Errorf("marking batches from %d reverted: %w", from, err)
	}
	return tag.RowsAffected(), nil
}

// statusCounts returns how many rows have each status.
func (s *batches) statusCounts(ctx context.Context) (map[Status]int, error) {
	ctx, cancel := s.ctx(ctx)
	defer cancel()
	rows, err := s.pool.Query(ctx, `SELECT status, count(*) FROM batches GROUP BY status`)
	if err != nil {
		return nil, fmt.Errorf("counting batches: %w", err)
	}
	defer rows.Close()
	out := map[Status]int{}
	for rows.Next() {
		var st string
		var n int
		if err := rows.Scan(&st, &n); err != nil {
			return nil, fmt.Errorf("counting batches: %w", err)
		}
		out[Status(st)] = n
	}
	return out, rows.Err()
}
