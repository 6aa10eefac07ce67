package chaindb

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// ReplayTx is what replaying a stored transaction needs.
type ReplayTx struct {
	Seq    uint64
	Sender common.Address
	Raw    []byte
}

// ReplayTxs calls fn for every transaction with first ≤ seq < end (end 0: no
// bound), in order, reading in pages.
func ReplayTxs(ctx context.Context, q Querier, first, end uint64, fn func(*ReplayTx) error) error {
	const page = 20_000
	upper := int64(1<<63 - 1)
	if end > 0 {
		upper = int64(end)
	}
	next := int64(first)
	for {
		pctx, cancel := withTimeout(ctx)
		rows, err := q.Query(pctx, `SELECT seq, sender, raw FROM l2_transactions WHERE seq >= $1 AND seq < $2 ORDER BY seq LIMIT $3`, next, upper, page)
		if err != nil {
			cancel()
			return fmt.Errorf("reading transactions from %d: %w", next, err)
		}
		n := 0
		var t ReplayTx
		for rows.Next() {
			var seq int64
			var sender []byte
			if err := rows.Scan(&seq, &sender, &t.Raw); err != nil {
				rows.Close()
				cancel()
				return fmt.Errorf("reading transactions from %d: %w", next, err)
			}
			t.Seq, t.Sender = uint64(seq), common.BytesToAddress(sender)
			if err := fn(&t); err != nil {
				rows.Close()
				cancel()
				return err
			}
			next = seq + 1
			n++
		}
		rows.Close()
		cancel()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("reading transactions from %d: %w", next, err)
		}
		if n < page {
			return nil
		}
	}
}

// MaxSeq returns the highest stored sequence number, 0 if none.
func MaxSeq(ctx context.Context, q Querier) (uint64, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	var v int64
	if err := q.QueryRow(ctx, `SELECT coalesce(max(seq), 0) FROM l2_transactions`).Scan(&v); err != nil {
		return 0, fmt.Errorf("reading the last sequence number: %w", err)
	}
	return uint64(v), nil
}

// SealBlock seals an open block directly, with the history rows of the
// accounts it changed (used by recovery for the block that was open when the
// previous process stopped).
func SealBlock(ctx context.Context, pool *pgxpool.Pool, s *Seal) error {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	var b pgx.Batch
	queueSeal(&b, s)
	number := s.Number
	return pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
		br := tx.SendBatch(ctx, &b)
		tag, err := br.Exec()
		if err == nil && tag.RowsAffected() != 1 {
			err = errors.New("block missing or already sealed")
		}
		for i := 1; err == nil && i < b.Len(); i++ {
			_, err = br.Exec()
		}
		if cerr := br.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("sealing block %d: %w", number, err)
		}
		return nil
	})
}
