package chaindb

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

// BatchRow is a batch as the batcher keeps it: a row of the batches table
// (migration 020_batcher.sql and later).
type BatchRow struct {
	ID           int64
	Index        uint64
	Status       chain.BatchStatus
	FirstBlock   uint64
	LastBlock    uint64
	Data         []byte
	Header       contracts.BatchHeader
	HonestRoot   common.Hash
	HonestSteps  uint64
	Fault        string
	TxCount      int
	DepositCount int
	Full         bool

	SendKey      string
	SendAttempts int
	SentBlock    uint64 // 0: unknown

	// L1 inclusion, while known.
	L1TxHash      *common.Hash
	L1Block       uint64
	L1BlockHash   *common.Hash
	L1Timestamp   uint64
	BatchHash     common.Hash
	Info          *contracts.BatchInfo
	Confirmations uint64

	OpenedAt, ClosedAt, SentAt time.Time
	// Retry: no send before this (after an error); in memory only.
	Retry time.Time
}

func (r *BatchRow) Included() bool { return r.L1BlockHash != nil }

// Claim is the post-state the row's header claims.
func (r *BatchRow) Claim() contracts.ABIState { return r.Header.Post }

// BatchRows is the batcher's access to the batches table: it writes the rows
// and reads them whole; the sequencer reads their public part through
// BatchByIndex and the other functions of batches.go.
type BatchRows struct {
	pool    *pgxpool.Pool
	timeout time.Duration
}

// NewBatchRows returns the access to the batches table; timeout bounds each
// query (0: store.DefaultQueryTimeout).
func NewBatchRows(pool *pgxpool.Pool, timeout time.Duration) *BatchRows {
	if timeout <= 0 {
		timeout = store.DefaultQueryTimeout
	}
	return &BatchRows{pool: pool, timeout: timeout}
}

func (s *BatchRows) ctx(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, s.timeout)
}

// rowColumns leaves out the data of included batches (reloaded by
// ensureData when a reorg drops one), so that many unfinished batches in a
// long dispute window do not hold their data in memory.
const rowColumns = `id, batch_index, status, first_block, last_block, CASE WHEN l1_block_hash IS NULL THEN data END, header, honest_post_state_root, honest_num_steps,
	coalesce(fault, ''), tx_count, deposit_count, full_batch, coalesce(send_key, ''), send_attempts, coalesce(l1_sent_block, 0),
	l1_tx_hash, coalesce(l1_block_number, 0), l1_block_hash, coalesce(l1_timestamp, 0), l1_batch_hash, l1_batch_info,
	coalesce(l1_confirmations, 0), coalesce(opened_at, created_at), coalesce(closed_at, created_at), coalesce(sent_at, created_at)`

func (s *BatchRows) scan(r pgx.Row) (*BatchRow, error) {
	var (
		b                                      BatchRow
		id, idx, first, last, steps, sent, l1n int64
		l1ts, conf                             int64
		status                                 string
		hdr, honest, l1tx, l1bh, bhash, info   []byte
	)
	if err := r.Scan(&id, &idx, &status, &first, &last, &b.Data, &hdr, &honest, &steps, &b.Fault, &b.TxCount, &b.DepositCount,
		&b.Full, &b.SendKey, &b.SendAttempts, &sent, &l1tx, &l1n, &l1bh, &l1ts, &bhash, &info, &conf,
		&b.OpenedAt, &b.ClosedAt, &b.SentAt); err != nil {
		return nil, store.MapError(err)
	}
	b.ID, b.Index, b.Status = id, uint64(idx), chain.BatchStatus(status)
	b.FirstBlock, b.LastBlock, b.HonestSteps, b.SentBlock = uint64(first), uint64(last), uint64(steps), uint64(sent)
	b.HonestRoot = common.BytesToHash(honest)
	h, err := contracts.DecodeHeader(hdr)
	if err != nil {
		return nil, fmt.Errorf("batch %d (row %d): decoding header: %w", idx, id, err)
	}
	b.Header = h
	if l1tx != nil {
		v := common.BytesToHash(l1tx)
		b.L1TxHash = &v
	}
	if l1bh != nil {
		v := common.BytesToHash(l1bh)
		b.L1BlockHash = &v
		b.L1Block = uint64(l1n)
	}
	b.L1Timestamp, b.Confirmations = uint64(l1ts), uint64(conf)
	b.BatchHash = common.BytesToHash(bhash)
	if info != nil {
		i, err := contracts.DecodeInfo(info)
		if err != nil {
			return nil, fmt.Errorf("batch %d (row %d): decoding batch info: %w", idx, id, err)
		}
		b.Info = &i
	}
	return &b, nil
}

// Unfinished returns the rows that are neither reverted nor final, in index
// order.
func (s *BatchRows) Unfinished(ctx context.Context) ([]*BatchRow, error) {
	ctx, cancel := s.ctx(ctx)
	defer cancel()
	rows, err := s.pool.Query(ctx, `SELECT `+rowColumns+` FROM batches
		WHERE status IN ('built', 'sent', 'included', 'confirmed', 'challenged') ORDER BY batch_index`)
	if err != nil {
		return nil, fmt.Errorf("reading unfinished batches: %w", err)
	}
	defer rows.Close()
	var out []*BatchRow
	for rows.Next() {
		r, err := s.scan(rows)
		if err != nil {
			return nil, fmt.Errorf("reading unfinished batches: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// LastLive returns the live row with the highest index; store.ErrNotFound if none.
func (s *BatchRows) LastLive(ctx context.Context) (*BatchRow, error) {
	ctx, cancel := s.ctx(ctx)
	defer cancel()
	r, err := s.scan(s.pool.QueryRow(ctx, `SELECT `+rowColumns+` FROM batches WHERE status <> 'reverted'
		ORDER BY batch_index DESC LIMIT 1`))
	if err != nil {
		return nil, fmt.Errorf("reading the newest batch: %w", err)
	}
	return r, nil
}

// LiveAt returns the live row with index; store.ErrNotFound if none.
func (s *BatchRows) LiveAt(ctx context.Context, index uint64) (*BatchRow, error) {
	ctx, cancel := s.ctx(ctx)
	defer cancel()
	r, err := s.scan(s.pool.QueryRow(ctx, `SELECT `+rowColumns+` FROM batches WHERE status <> 'reverted' AND batch_index = $1`, int64(index)))
	if err != nil {
		return nil, fmt.Errorf("reading batch %d: %w", index, err)
	}
	return s.withData(ctx, r, index)
}

// ByL1Hash returns the row, live or reverted, that L1 recorded with hash h:
// a game on a reverted batch is still played to its end.
func (s *BatchRows) ByL1Hash(ctx context.Context, index uint64, h common.Hash) (*BatchRow, error) {
	ctx, cancel := s.ctx(ctx)
	defer cancel()
	r, err := s.scan(s.pool.QueryRow(ctx, `SELECT `+rowColumns+` FROM batches WHERE batch_index = $1 AND l1_batch_hash = $2
		ORDER BY id DESC LIMIT 1`, int64(index), h.Bytes()))
	if err != nil {
		return nil, fmt.Errorf("reading batch %d with hash %s: %w", index, h, err)
	}
	return s.withData(ctx, r, index)
}

func (s *BatchRows) withData(ctx context.Context, r *BatchRow, index uint64) (*BatchRow, error) {
	if r.Data == nil {
		if err := s.pool.QueryRow(ctx, `SELECT data FROM batches WHERE id = $1`, r.ID).Scan(&r.Data); err != nil {
			return nil, fmt.Errorf("reading the data of batch %d: %w", index, err)
		}
	}
	return r, nil
}

// FaultsUsed returns the indexes of every batch, live or reverted, that was
// built with a fault.
func (s *BatchRows) FaultsUsed(ctx context.Context) (map[uint64]bool, error) {
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

// Insert records a closed batch as 'built' and sets its ID and status. r
// carries what a built batch has: index, blocks, data, header, honest root
// and steps, fault, counts, fullness and the times it opened and closed.
func (s *BatchRows) Insert(ctx context.Context, r *BatchRow) error {
	enc, err := contracts.EncodeHeader(r.Header)
	if err != nil {
		return fmt.Errorf("encoding header of batch %d: %w", r.Index, err)
	}
	var fault *string
	if r.Fault != "" {
		fault = &r.Fault
	}
	ctx, cancel := s.ctx(ctx)
	defer cancel()
	h := r.Header
	err = s.pool.QueryRow(ctx, `INSERT INTO batches (batch_index, first_block, last_block, status, data, data_size, num_steps,
			tx_count, deposit_count, prev_state_root, post_state_root, deposits_consumed, header, honest_post_state_root,
			honest_num_steps, fault, full_batch, opened_at, closed_at)
		VALUES ($1, $2, $3, 'built', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) RETURNING id`,
		int64(r.Index), int64(r.FirstBlock), int64(r.LastBlock), r.Data, len(r.Data), int64(h.NumSteps),
		r.TxCount, r.DepositCount, h.Prev.StateRoot[:], h.Post.StateRoot[:], int64(h.Post.DepositsConsumed), enc,
		r.HonestRoot[:], int64(r.HonestSteps), fault, r.Full, r.OpenedAt, r.ClosedAt).Scan(&r.ID)
	if err != nil {
		return fmt.Errorf("recording batch %d: %w", r.Index, err)
	}
	r.Status = chain.BatchBuilt
	return nil
}

// MarkSending records the key of a send attempt before it is handed to the
// transaction manager.
func (s *BatchRows) MarkSending(ctx context.Context, r *BatchRow, key string, attempts int, head uint64) error {
	ctx, cancel := s.ctx(ctx)
	defer cancel()
	_, err := s.pool.Exec(ctx, `UPDATE batches SET status = 'sent', send_key = $2, send_attempts = $3,
		l1_sent_block = coalesce(l1_sent_block, $4), sent_at = coalesce(sent_at, now()), last_error = NULL, updated_at = now()
		WHERE id = $1`, r.ID, key, attempts, int64(head))
	if err != nil {
		return fmt.Errorf("recording the send of batch %d: %w", r.Index, err)
	}
	r.Status, r.SendKey, r.SendAttempts = chain.BatchSent, key, attempts
	if r.SentBlock == 0 {
		r.SentBlock = head
		r.SentAt = time.Now()
	}
	return nil
}

// SetError records the last error met while posting a row; with unsend the
// row goes back to 'built' (nothing of it can be on L1).
func (s *BatchRows) SetError(ctx context.Context, r *BatchRow, msg string, unsend bool) error {
	ctx, cancel := s.ctx(ctx)
	defer cancel()
	status := r.Status
	if unsend {
		status = chain.BatchBuilt
	}
	_, err := s.pool.Exec(ctx, `UPDATE batches SET status = $2, last_error = $3, updated_at = now() WHERE id = $1`, r.ID, string(status), msg)
	if err != nil {
		return fmt.Errorf("recording an error of batch %d: %w", r.Index, err)
	}
	r.Status = status
	return nil
}

// SetSentTx records the hash of the latest signed attempt of a sent batch.
func (s *BatchRows) SetSentTx(ctx context.Context, r *BatchRow, tx common.Hash) error {
	ctx, cancel := s.ctx(ctx)
	defer cancel()
	if _, err := s.pool.Exec(ctx, `UPDATE batches SET l1_tx_hash = $2, updated_at = now() WHERE id = $1 AND l1_block_hash IS NULL`,
		r.ID, tx[:]); err != nil {
		return fmt.Errorf("recording the L1 transaction of batch %d: %w", r.Index, err)
	}
	r.L1TxHash = &tx
	return nil
}

// Inclusion is where a batch's BatchAppended is on L1.
type Inclusion struct {
	TxHash    common.Hash
	Block     uint64
	BlockHash common.Hash
	// BatchHash is the hash the Rollup stores: keccak(InfoABI).
	BatchHash common.Hash
	Info      contracts.BatchInfo
	InfoABI   []byte
}

// MarkIncluded records where a batch's BatchAppended is on L1.
func (s *BatchRows) MarkIncluded(ctx context.Context, r *BatchRow, a *Inclusion, status chain.BatchStatus, confirmations uint64, window uint64,
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
		r.ID, string(status), a.TxHash[:], int64(a.Block), a.BlockHash[:], int64(a.Info.L1Timestamp),
		int64(a.Info.L1Timestamp+window), a.BatchHash[:], a.InfoABI, int64(confirmations), gas, price)
	if err != nil {
		return fmt.Errorf("recording the inclusion of batch %d: %w", r.Index, err)
	}
	tx, bh, info := a.TxHash, a.BlockHash, a.Info
	r.Status, r.L1TxHash, r.L1Block, r.L1BlockHash = status, &tx, a.Block, &bh
	r.L1Timestamp, r.BatchHash, r.Info, r.Confirmations = a.Info.L1Timestamp, a.BatchHash, &info, confirmations
	return nil
}

// SetStatus moves an included row between included, confirmed, challenged
// and final.
func (s *BatchRows) SetStatus(ctx context.Context, r *BatchRow, status chain.BatchStatus, confirmations uint64) error {
	ctx, cancel := s.ctx(ctx)
	defer cancel()
	_, err := s.pool.Exec(ctx, `UPDATE batches SET status = $2, l1_confirmations = $3,
		final_at = CASE WHEN $2 = 'final' THEN coalesce(final_at, now()) ELSE final_at END, updated_at = now() WHERE id = $1`,
		r.ID, string(status), int64(confirmations))
	if err != nil {
		return fmt.Errorf("recording status %s of batch %d: %w", status, r.Index, err)
	}
	r.Status, r.Confirmations = status, confirmations
	return nil
}

// MarkDropped forgets the inclusion of a batch whose L1 block left the
// canonical chain: it is 'sent' again.
func (s *BatchRows) MarkDropped(ctx context.Context, r *BatchRow) error {
	ctx, cancel := s.ctx(ctx)
	defer cancel()
	_, err := s.pool.Exec(ctx, `UPDATE batches SET status = 'sent', l1_block_number = NULL, l1_block_hash = NULL,
		l1_timestamp = NULL, challenge_deadline = NULL, l1_batch_hash = NULL, l1_batch_info = NULL, l1_confirmations = NULL,
		last_error = 'dropped by an L1 reorg', updated_at = now() WHERE id = $1`, r.ID)
	if err != nil {
		return fmt.Errorf("recording the reorg of batch %d: %w", r.Index, err)
	}
	r.Status, r.L1BlockHash, r.L1Block, r.L1Timestamp, r.Info, r.Confirmations = chain.BatchSent, nil, 0, 0, nil, 0
	return nil
}

// MarkReverted marks every live row with index ≥ from reverted.
func (s *BatchRows) MarkReverted(ctx context.Context, from uint64, reason string) (int64, error) {
	ctx, cancel := s.ctx(ctx)
	defer cancel()
	tag, err := s.pool.Exec(ctx, `UPDATE batches SET status = 'reverted', last_error = $2, updated_at = now()
		WHERE status <> 'reverted' AND batch_index >= $1`, int64(from), reason)
	if err != nil {
		return 0, fmt.Errorf("marking batches from %d reverted: %w", from, err)
	}
	return tag.RowsAffected(), nil
}

// StatusCounts returns how many rows have each status.
func (s *BatchRows) StatusCounts(ctx context.Context) (map[chain.BatchStatus]int, error) {
	ctx, cancel := s.ctx(ctx)
	defer cancel()
	rows, err := s.pool.Query(ctx, `SELECT status, count(*) FROM batches GROUP BY status`)
	if err != nil {
		return nil, fmt.Errorf("counting batches: %w", err)
	}
	defer rows.Close()
	out := map[chain.BatchStatus]int{}
	for rows.Next() {
		var st string
		var n int
		if err := rows.Scan(&st, &n); err != nil {
			return nil, fmt.Errorf("counting batches: %w", err)
		}
		out[chain.BatchStatus(st)] = n
	}
	return out, rows.Err()
}
