package txmgr

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"

	"github.com/rollup-dev/rollup/store"
)

// outboxRow is one nonce of the outbox with its attempts, oldest first.
type outboxRow struct {
	nonce    uint64
	key      string
	to       *common.Address
	data     []byte
	value    *big.Int
	gasLimit uint64
	// sidecar holds the blobs of a blob transaction (nil otherwise); the
	// attempts are stored without it.
	sidecar  *types.BlobTxSidecar
	attempts []*types.Transaction
}

func num(v *big.Int) pgtype.Numeric { return pgtype.Numeric{Int: new(big.Int).Set(v), Valid: true} }

func fromNum(n pgtype.Numeric) *big.Int {
	if !n.Valid || n.Int == nil {
		return new(big.Int)
	}
	v := new(big.Int).Set(n.Int)
	for i := int32(0); i < n.Exp; i++ {
		v.Mul(v, big.NewInt(10))
	}
	return v
}

func addrBytes(a *common.Address) []byte {
	if a == nil {
		return nil
	}
	return a.Bytes()
}

func nullKey(k string) *string {
	if k == "" {
		return nil
	}
	return &k
}

func (m *Manager) dbCtx(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, m.cfg.DBTimeout)
}

// insertRow records a new nonce and its first signed attempt in one transaction.
func insertRow(ctx context.Context, q pgx.Tx, sender common.Address, r *outboxRow, first *types.Transaction) error {
	var sidecar []byte
	if r.sidecar != nil {
		var err error
		if sidecar, err = rlp.EncodeToBytes(r.sidecar); err != nil {
			return fmt.Errorf("encoding the blobs of nonce %d: %w", r.nonce, err)
		}
	}
	if _, err := q.Exec(ctx, `INSERT INTO l1_txs (sender, nonce, idem_key, to_address, data, value, gas_limit, blob_sidecar)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
		sender.Bytes(), int64(r.nonce), nullKey(r.key), addrBytes(r.to), r.data, num(r.value), int64(r.gasLimit), sidecar); err != nil {
		return fmt.Errorf("recording nonce %d: %w", r.nonce, err)
	}
	return insertAttempt(ctx, q, sender, first)
}

func insertAttempt(ctx context.Context, q pgx.Tx, sender common.Address, tx *types.Transaction) error {
	raw, err := tx.WithoutBlobTxSidecar().MarshalBinary() // the blobs are stored once, with the nonce
	if err != nil {
		return err
	}
	if _, err := q.Exec(ctx, `INSERT INTO l1_tx_attempts (sender, nonce, tx_hash, raw, gas_tip_cap, gas_fee_cap)
		VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
		sender.Bytes(), int64(tx.Nonce()), tx.Hash().Bytes(), raw, num(tx.GasTipCap()), num(tx.GasFeeCap())); err != nil {
		return fmt.Errorf("recording attempt %s of nonce %d: %w", tx.Hash(), tx.Nonce(), err)
	}
	return nil
}

// recordNew writes a new nonce with its first attempt.
func (m *Manager) recordNew(ctx context.Context, r *outboxRow, first *types.Transaction) error {
	ctx, cancel := m.dbCtx(ctx)
	defer cancel()
	return pgx.BeginFunc(ctx, m.pool, func(tx pgx.Tx) error { return insertRow(ctx, tx, m.from, r, first) })
}

// recordAttempt writes a fee-bumped attempt before it is broadcast.
func (m *Manager) recordAttempt(ctx context.Context, t *types.Transaction) error {
	ctx, cancel := m.dbCtx(ctx)
	defer cancel()
	return pgx.BeginFunc(ctx, m.pool, func(tx pgx.Tx) error { return insertAttempt(ctx, tx, m.from, t) })
}

// recordConfirmed marks a nonce confirmed with its receipt.
func (m *Manager) recordConfirmed(ctx context.Context, nonce uint64, r *types.Receipt) error {
	ctx, cancel := m.dbCtx(ctx)
	defer cancel()
	price := r.EffectiveGasPrice
	if price == nil {
		price = new(big.Int)
	}
	_, err := m.pool.Exec(ctx, `UPDATE l1_txs SET state = 'confirmed', receipt_tx_hash = $3, receipt_block_number = $4,
		receipt_block_hash = $5, receipt_status = $6, gas_used = $7, effective_gas_price = $8, updated_at = now()
		WHERE sender = $1 AND nonce = $2`,
		m.from.Bytes(), int64(nonce), r.TxHash.Bytes(), r.BlockNumber.Int64(), r.BlockHash.Bytes(),
		int16(r.Status), int64(r.GasUsed), num(price))
	if err != nil {
		return fmt.Errorf("recording confirmation of nonce %d: %w", nonce, err)
	}
	return nil
}

// recordSuperseded marks oldNonce as taken by a foreign transaction and records
// the candidate again at r.nonce with its first attempt, in one transaction.
func (m *Manager) recordSuperseded(ctx context.Context, oldNonce uint64, r *outboxRow, first *types.Transaction) error {
	ctx, cancel := m.dbCtx(ctx)
	defer cancel()
	return pgx.BeginFunc(ctx, m.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `UPDATE l1_txs SET state = 'superseded', superseded_by = $3, updated_at = now()
			WHERE sender = $1 AND nonce = $2`, m.from.Bytes(), int64(oldNonce), int64(r.nonce)); err != nil {
			return fmt.Errorf("marking nonce %d superseded: %w", oldNonce, err)
		}
		return insertRow(ctx, tx, m.from, r, first)
	})
}

// loadPending returns the sender's pending rows in nonce order, with attempts.
func (m *Manager) loadPending(ctx context.Context) ([]*outboxRow, error) {
	ctx, cancel := m.dbCtx(ctx)
	defer cancel()
	rows, err := m.pool.Query(ctx, `SELECT nonce, coalesce(idem_key, ''), to_address, data, value, gas_limit, blob_sidecar
		FROM l1_txs WHERE sender = $1 AND state = 'pending' ORDER BY nonce`, m.from.Bytes())
	if err != nil {
		return nil, fmt.Errorf("loading pending transactions: %w", err)
	}
	var out []*outboxRow
	byNonce := map[uint64]*outboxRow{}
	for rows.Next() {
		var (
			r      outboxRow
			nonce  int64
			to     []byte
			value  pgtype.Numeric
			gasLim int64
			blobs  []byte
		)
		if err := rows.Scan(&nonce, &r.key, &to, &r.data, &value, &gasLim, &blobs); err != nil {
			rows.Close()
			return nil, fmt.Errorf("loading pending transactions: %w", err)
		}
		if blobs != nil {
			r.sidecar = new(types.BlobTxSidecar)
			if err := rlp.DecodeBytes(blobs, r.sidecar); err != nil {
				rows.Close()
				return nil, fmt.Errorf("decoding the blobs of nonce %d: %w", nonce, err)
			}
		}
		r.nonce, r.value, r.gasLimit = uint64(nonce), fromNum(value), uint64(gasLim)
		if to != nil {
			a := common.BytesToAddress(to)
			r.to = &a
		}
		out = append(out, &r)
		byNonce[r.nonce] = &r
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("loading pending transactions: %w", err)
	}
	if len(out) == 0 {
		return nil, nil
	}
	arows, err := m.pool.Query(ctx, `SELECT a.nonce, a.raw FROM l1_tx_attempts a
		JOIN l1_txs t ON t.sender = a.sender AND t.nonce = a.nonce
		WHERE a.sender = $1 AND t.state = 'pending' ORDER BY a.nonce, a.created_at, a.gas_fee_cap`, m.from.Bytes())
	if err != nil {
		return nil, fmt.Errorf("loading attempts: %w", err)
	}
	defer arows.Close()
	for arows.Next() {
		var nonce int64
		var raw []byte
		if err := arows.Scan(&nonce, &raw); err != nil {
			return nil, fmt.Errorf("loading attempts: %w", err)
		}
		tx := new(types.Transaction)
		if err := tx.UnmarshalBinary(raw); err != nil {
			return nil, fmt.Errorf("decoding attempt of nonce %d: %w", nonce, err)
		}
		if r := byNonce[uint64(nonce)]; r != nil {
			if r.sidecar != nil {
				tx = tx.WithBlobTxSidecar(r.sidecar)
			}
			r.attempts = append(r.attempts, tx)
		}
	}
	return out, arows.Err()
}

// nextNonceInDB is one above the highest nonce ever recorded for the sender.
func (m *Manager) nextNonceInDB(ctx context.Context) (uint64, error) {
	ctx, cancel := m.dbCtx(ctx)
	defer cancel()
	var n int64
	if err := m.pool.QueryRow(ctx, `SELECT coalesce(max(nonce) + 1, 0) FROM l1_txs WHERE sender = $1`,
		m.from.Bytes()).Scan(&n); err != nil {
		return 0, fmt.Errorf("reading highest recorded nonce: %w", err)
	}
	return uint64(n), nil
}

// confirmedByKey finds a confirmed row with the key: its receipt transaction hash.
func (m *Manager) confirmedByKey(ctx context.Context, key string) (common.Hash, uint64, error) {
	ctx, cancel := m.dbCtx(ctx)
	defer cancel()
	var hash []byte
	var nonce int64
	err := m.pool.QueryRow(ctx, `SELECT receipt_tx_hash, nonce FROM l1_txs
		WHERE sender = $1 AND idem_key = $2 AND state = 'confirmed'`, m.from.Bytes(), key).Scan(&hash, &nonce)
	if err != nil {
		return common.Hash{}, 0, store.MapError(err)
	}
	return common.BytesToHash(hash), uint64(nonce), nil
}

// SendState is what the outbox knows of one idempotency key.
type SendState struct {
	// Found is false when no live row (pending or confirmed) has the key.
	Found bool
	// State is pending or confirmed (l1_txs.state).
	State string
	Nonce uint64
	// Latest is the newest signed attempt.
	Latest common.Hash
	// ReceiptTx and ReceiptStatus are set once confirmed.
	ReceiptTx     common.Hash
	ReceiptStatus uint64
}

// Lookup returns what became of the send with key, across restarts: its live
// outbox row (not superseded), or Found false.
func (m *Manager) Lookup(ctx context.Context, key string) (SendState, error) {
	ctx, cancel := m.dbCtx(ctx)
	defer cancel()
	var (
		s               SendState
		nonce           int64
		receipt, latest []byte
		status          *int16
	)
	err := m.pool.QueryRow(ctx, `SELECT t.nonce, t.state, t.receipt_tx_hash, t.receipt_status,
			(SELECT a.tx_hash FROM l1_tx_attempts a WHERE a.sender = t.sender AND a.nonce = t.nonce
			 ORDER BY a.created_at DESC, a.gas_fee_cap DESC LIMIT 1)
		FROM l1_txs t WHERE t.sender = $1 AND t.idem_key = $2 AND t.state <> 'superseded'`,
		m.from.Bytes(), key).Scan(&nonce, &s.State, &receipt, &status, &latest)
	if errors.Is(err, pgx.ErrNoRows) {
		return s, nil
	}
	if err != nil {
		return s, fmt.Errorf("reading the outbox entry %q: %w", key, err)
	}
	s.Found, s.Nonce = true, uint64(nonce)
	s.Latest = common.BytesToHash(latest)
	s.ReceiptTx = common.BytesToHash(receipt)
	if status != nil {
		s.ReceiptStatus = uint64(*status)
	}
	return s, nil
}

// ConfirmedFrom returns the confirmed transactions with nonce ≥ from, in
// nonce order: after a deep L1 reorg, the ones the node no longer has mined,
// whose re-broadcast restores the nonce sequence.
func (m *Manager) ConfirmedFrom(ctx context.Context, from uint64) ([]*types.Transaction, error) {
	ctx, cancel := m.dbCtx(ctx)
	defer cancel()
	rows, err := m.pool.Query(ctx, `SELECT a.raw, t.blob_sidecar FROM l1_txs t
		JOIN l1_tx_attempts a ON a.sender = t.sender AND a.nonce = t.nonce AND a.tx_hash = t.receipt_tx_hash
		WHERE t.sender = $1 AND t.state = 'confirmed' AND t.nonce >= $2 ORDER BY t.nonce`, m.from.Bytes(), int64(from))
	if err != nil {
		return nil, fmt.Errorf("reading confirmed transactions from nonce %d: %w", from, err)
	}
	defer rows.Close()
	var out []*types.Transaction
	for rows.Next() {
		var raw, blobs []byte
		if err := rows.Scan(&raw, &blobs); err != nil {
			return nil, fmt.Errorf("reading confirmed transactions: %w", err)
		}
		tx := new(types.Transaction)
		if err := tx.UnmarshalBinary(raw); err != nil {
			return nil, fmt.Errorf("decoding a confirmed transaction: %w", err)
		}
		if blobs != nil {
			// A blob transaction is only accepted with its blobs.
			sc := new(types.BlobTxSidecar)
			if err := rlp.DecodeBytes(blobs, sc); err != nil {
				return nil, fmt.Errorf("decoding the blobs of nonce %d: %w", tx.Nonce(), err)
			}
			tx = tx.WithBlobTxSidecar(sc)
		}
		out = append(out, tx)
	}
	return out, rows.Err()
}
