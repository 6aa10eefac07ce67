package batcher

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// outbox reads the L1 transaction manager's outbox (l1_txs, l1_tx_attempts of
// store/migrations/002_l1_tx_outbox.sql) to learn what became of a send key
// across restarts. It never writes those tables.
type outbox struct {
	pool    *pgxpool.Pool
	sender  common.Address
	timeout time.Duration
}

// sendState is what the outbox knows of one key.
type sendState struct {
	found bool
	// state is pending, confirmed or superseded (l1_txs.state).
	state string
	nonce uint64
	// latest is the newest signed attempt.
	latest common.Hash
	// receipt is set once confirmed: its transaction and status.
	receiptTx     common.Hash
	receiptStatus uint64
}

func (o *outbox) ctx(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, o.timeout)
}

// byKey returns the outbox row of key (the live one, not superseded).
func (o *outbox) byKey(ctx context.Context, key string) (sendState, error) {
	ctx, cancel := o.ctx(ctx)
	defer cancel()
	var (
		s               sendState
		nonce           int64
		receipt, latest []byte
		status          *int16
	)
	err := o.pool.QueryRow(ctx, `SELECT t.nonce, t.state, t.receipt_tx_hash, t.receipt_status,
			(SELECT a.tx_hash FROM l1_tx_attempts a WHERE a.sender = t.sender AND a.nonce = t.nonce
			 ORDER BY a.created_at DESC, a.gas_fee_cap DESC LIMIT 1)
		FROM l1_txs t WHERE t.sender = $1 AND t.idem_key = $2 AND t.state <> 'superseded'`,
		o.sender.Bytes(), key).Scan(&nonce, &s.state, &receipt, &status, &latest)
	if errors.Is(err, pgx.ErrNoRows) {
		return s, nil
	}
	if err != nil {
		return s, fmt.Errorf("reading the outbox entry %q: %w", key, err)
	}
	s.found, s.nonce = true, uint64(nonce)
	s.latest = common.BytesToHash(latest)
	s.receiptTx = common.BytesToHash(receipt)
	if status != nil {
		s.receiptStatus = uint64(*status)
	}
	return s, nil
}

// forgotten returns the confirmed transactions of the sender with nonce ≥
// from (the node's nonce): transactions the node no longer has mined, which
// only a deep L1 reorg can cause. Re-broadcasting them restores the nonce
// sequence (later transactions would otherwise wait forever).
func (o *outbox) forgotten(ctx context.Context, from uint64) ([]*types.Transaction, error) {
	ctx, cancel := o.ctx(ctx)
	defer cancel()
	rows, err := o.pool.Query(ctx, `SELECT a.raw FROM l1_txs t
		JOIN l1_tx_attempts a ON a.sender = t.sender AND a.nonce = t.nonce AND a.tx_hash = t.receipt_tx_hash
		WHERE t.sender = $1 AND t.state = 'confirmed' AND t.nonce >= $2 ORDER BY t.nonce`, o.sender.Bytes(), int64(from))
	if err != nil {
		return nil, fmt.Errorf("reading confirmed transactions from nonce %d: %w", from, err)
	}
	defer rows.Close()
	var out []*types.Transaction
	for rows.Next() {
		var raw []byte
		if err := rows.Scan(&raw); err != nil {
			return nil, fmt.Errorf("reading confirmed transactions: %w", err)
		}
		tx := new(types.Transaction)
		if err := tx.UnmarshalBinary(raw); err != nil {
			return nil, fmt.Errorf("decoding a confirmed transaction: %w", err)
		}
		out = append(out, tx)
	}
	return out, rows.Err()
}
