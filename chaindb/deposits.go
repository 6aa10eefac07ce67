package chaindb

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/l2"
	"github.com/rollup-dev/rollup/store"
)

const depositColumns = `queue_index, l1_block_number, l1_block_hash, l1_tx_hash, l1_log_index, l1_sender, recipient, amount, l1_timestamp, l2_block, forced_tx, token`

func scanDeposit(row pgx.Row) (*chain.Deposit, error) {
	var (
		d                   chain.Deposit
		idx, l1n, ts        int64
		logIdx              int32
		bh, txh, from, rcpt []byte
		amount              pgtype.Numeric
		l2b                 *int64
		forced, token       []byte
	)
	if err := row.Scan(&idx, &l1n, &bh, &txh, &logIdx, &from, &rcpt, &amount, &ts, &l2b, &forced, &token); err != nil {
		return nil, store.MapError(err)
	}
	d.QueueIndex, d.L1BlockNumber, d.L1Timestamp, d.L1LogIndex = uint64(idx), uint64(l1n), uint64(ts), uint(logIdx)
	d.L1BlockHash, d.L1TxHash = common.BytesToHash(bh), common.BytesToHash(txh)
	d.L1Sender, d.Recipient = common.BytesToAddress(from), common.BytesToAddress(rcpt)
	var err error
	if d.Amount, err = numericToBig(amount); err != nil {
		return nil, fmt.Errorf("deposit %d amount: %w", idx, err)
	}
	if l2b != nil {
		v := uint64(*l2b)
		d.L2Block = &v
	}
	if token != nil {
		d.Token = common.BytesToAddress(token)
	}
	if forced != nil {
		if d.Forced, err = l2.UnmarshalForcedTx(forced); err != nil {
			return nil, fmt.Errorf("queue entry %d: %w", idx, err)
		}
	}
	return &d, nil
}

func collectDeposits(rows pgx.Rows, err error) ([]chain.Deposit, error) {
	if err != nil {
		return nil, fmt.Errorf("reading deposits: %w", err)
	}
	defer rows.Close()
	var out []chain.Deposit
	for rows.Next() {
		d, err := scanDeposit(rows)
		if err != nil {
			return nil, fmt.Errorf("reading deposits: %w", err)
		}
		out = append(out, *d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading deposits: %w", err)
	}
	return out, nil
}

// InsertDeposits records deposits followed from L1. A deposit index seen
// again (after an L1 reorg moved it) is overwritten unless an L2 block already
// consumed it.
func InsertDeposits(ctx context.Context, tx pgx.Tx, ds []chain.Deposit) error {
	for i := range ds {
		d := &ds[i]
		var forced, token []byte
		amount := d.Amount
		if d.Forced != nil {
			forced, amount = d.Forced.MarshalBinary(), new(big.Int)
		}
		if d.Token != (common.Address{}) {
			token = d.Token.Bytes()
		}
		_, err := tx.Exec(ctx, `INSERT INTO l1_deposits (queue_index, l1_block_number, l1_block_hash, l1_tx_hash, l1_log_index, l1_sender, recipient, amount, l1_timestamp, forced_tx, token)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
			ON CONFLICT (queue_index) DO UPDATE SET l1_block_number = EXCLUDED.l1_block_number, l1_block_hash = EXCLUDED.l1_block_hash,
				l1_tx_hash = EXCLUDED.l1_tx_hash, l1_log_index = EXCLUDED.l1_log_index, l1_sender = EXCLUDED.l1_sender,
				recipient = EXCLUDED.recipient, amount = EXCLUDED.amount, l1_timestamp = EXCLUDED.l1_timestamp, forced_tx = EXCLUDED.forced_tx,
				token = EXCLUDED.token
			WHERE l1_deposits.l2_block IS NULL`,
			int64(d.QueueIndex), int64(d.L1BlockNumber), d.L1BlockHash[:], d.L1TxHash[:], int32(d.L1LogIndex),
			d.L1Sender[:], d.Recipient[:], bigToNumeric(amount), int64(d.L1Timestamp), forced, token)
		if err != nil {
			return fmt.Errorf("recording deposit %d: %w", d.QueueIndex, err)
		}
	}
	return nil
}

// DeleteDepositsAbove deletes the deposits from L1 blocks above block that no
// L2 block consumed (an L1 reorg), and returns how many it deleted and how
// many consumed ones it had to keep.
func DeleteDepositsAbove(ctx context.Context, tx pgx.Tx, block uint64) (deleted, kept int64, err error) {
	tag, err := tx.Exec(ctx, `DELETE FROM l1_deposits WHERE l1_block_number > $1 AND l2_block IS NULL`, int64(block))
	if err != nil {
		return 0, 0, fmt.Errorf("deleting deposits above L1 block %d: %w", block, err)
	}
	if err := tx.QueryRow(ctx, `SELECT count(*) FROM l1_deposits WHERE l1_block_number > $1`, int64(block)).Scan(&kept); err != nil {
		return 0, 0, fmt.Errorf("counting consumed deposits above L1 block %d: %w", block, err)
	}
	return tag.RowsAffected(), kept, nil
}

// ConfirmedDeposits returns up to limit deposits with queue index ≥ from whose
// L1 block is at or below maxL1Block, in queue order.
func ConfirmedDeposits(ctx context.Context, q Querier, from, maxL1Block uint64, limit int) ([]chain.Deposit, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	return collectDeposits(q.Query(ctx, `SELECT `+depositColumns+` FROM l1_deposits
		WHERE queue_index >= $1 AND l1_block_number <= $2 ORDER BY queue_index LIMIT $3`, int64(from), int64(min(maxL1Block, 1<<63-1)), limit))
}

// DepositsRange returns the deposits first ≤ queue index < end in order.
func DepositsRange(ctx context.Context, q Querier, first, end uint64) ([]chain.Deposit, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	return collectDeposits(q.Query(ctx, `SELECT `+depositColumns+` FROM l1_deposits
		WHERE queue_index >= $1 AND queue_index < $2 ORDER BY queue_index`, int64(first), int64(end)))
}

// Deposits returns up to limit deposits with queue index < before, newest first.
func Deposits(ctx context.Context, q Querier, before uint64, limit int) ([]chain.Deposit, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	return collectDeposits(q.Query(ctx, `SELECT `+depositColumns+` FROM l1_deposits
		WHERE queue_index < $1 ORDER BY queue_index DESC LIMIT $2`, int64(min(before, 1<<63-1)), limit))
}

// DepositByIndex returns deposit index, store.ErrNotFound if unknown.
func DepositByIndex(ctx context.Context, q Querier, index uint64) (*chain.Deposit, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	d, err := scanDeposit(q.QueryRow(ctx, `SELECT `+depositColumns+` FROM l1_deposits WHERE queue_index = $1`, int64(index)))
	if err != nil {
		return nil, fmt.Errorf("reading deposit %d: %w", index, err)
	}
	return d, nil
}

// DepositsSeen returns one more than the highest recorded queue index (0 if none).
func DepositsSeen(ctx context.Context, q Querier) (uint64, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	var v int64
	if err := q.QueryRow(ctx, `SELECT coalesce(max(queue_index) + 1, 0) FROM l1_deposits`).Scan(&v); err != nil {
		return 0, fmt.Errorf("counting deposits: %w", err)
	}
	return uint64(v), nil
}
