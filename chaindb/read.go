package chaindb

import (
	"time"

	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/store"
)

// Querier is what reads need: a pool, a connection or a transaction.
type Querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

func withTimeout(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, store.DefaultQueryTimeout)
}

const blockColumns = `number, hash, parent_hash, timestamp, first_seq, tx_count, deposit_first, deposit_count, state_root,
    tx_root, receipt_root, withdrawals_root, gas_used, logs_bloom`

// scanBlock scans blockColumns, then any extra columns into extra.
func scanBlock(row pgx.Row, extra ...any) (*chain.Block, error) {
	var (
		b                        chain.Block
		number, ts, first, dfrst int64
		hash, parent, root       []byte
		txRoot, rcptRoot, wRoot  []byte
		gas                      *int64
		bloom                    []byte
	)
	if err := row.Scan(append([]any{&number, &hash, &parent, &ts, &first, &b.TxCount, &dfrst, &b.DepositCount, &root,
		&txRoot, &rcptRoot, &wRoot, &gas, &bloom}, extra...)...); err != nil {
		return nil, store.MapError(err)
	}
	if gas != nil {
		b.Gas = uint64(*gas)
	} else {
		b.Gas = uint64(b.TxCount) * chain.TransferGas
	}
	b.Bloom = types.BytesToBloom(bloom)
	b.Number, b.Timestamp, b.FirstSeq, b.DepositFirst = uint64(number), uint64(ts), uint64(first), uint64(dfrst)
	b.Hash, b.ParentHash = common.BytesToHash(hash), common.BytesToHash(parent)
	b.WithdrawalsRoot = rootOrEmpty(wRoot, types.EmptyWithdrawalsHash)
	if root != nil {
		b.Sealed, b.StateRoot = true, common.BytesToHash(root)
		b.TxRoot, b.ReceiptRoot = rootOrEmpty(txRoot, types.EmptyTxsHash), rootOrEmpty(rcptRoot, types.EmptyReceiptsHash)
	}
	return &b, nil
}

// rootOrEmpty reads a stored trie root, NULL being the empty trie's.
func rootOrEmpty(b []byte, empty common.Hash) common.Hash {
	if b == nil {
		return empty
	}
	return common.BytesToHash(b)
}

// BlockByNumber returns block n (open or sealed), store.ErrNotFound if none.
func BlockByNumber(ctx context.Context, q Querier, n uint64) (*chain.Block, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	b, err := scanBlock(q.QueryRow(ctx, `SELECT `+blockColumns+` FROM l2_blocks WHERE number = $1`, int64(n)))
	if err != nil {
		return nil, fmt.Errorf("reading block %d: %w", n, err)
	}
	return b, nil
}

// BlockByHash returns the block with hash h, store.ErrNotFound if none.
func BlockByHash(ctx context.Context, q Querier, h common.Hash) (*chain.Block, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	b, err := scanBlock(q.QueryRow(ctx, `SELECT `+blockColumns+` FROM l2_blocks WHERE hash = $1`, h[:]))
	if err != nil {
		return nil, fmt.Errorf("reading block %s: %w", h, err)
	}
	return b, nil
}

// LastBlock returns the highest block, open or sealed; store.ErrNotFound on an
// empty database.
func LastBlock(ctx context.Context, q Querier) (*chain.Block, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	b, err := scanBlock(q.QueryRow(ctx, `SELECT `+blockColumns+` FROM l2_blocks ORDER BY number DESC LIMIT 1`))
	if err != nil {
		return nil, fmt.Errorf("reading last block: %w", err)
	}
	return b, nil
}

// Blocks returns up to limit blocks with from ≤ number ≤ to, in ascending order.
func Blocks(ctx context.Context, q Querier, from, to uint64, limit int) ([]*chain.Block, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	rows, err := q.Query(ctx, `SELECT `+blockColumns+` FROM l2_blocks WHERE number >= $1 AND number <= $2 ORDER BY number LIMIT $3`,
		int64(from), int64(min(to, 1<<63-1)), limit)
	if err != nil {
		return nil, fmt.Errorf("reading blocks %d-%d: %w", from, to, err)
	}
	defer rows.Close()
	var out []*chain.Block
	for rows.Next() {
		b, err := scanBlock(rows)
		if err != nil {
			return nil, fmt.Errorf("reading blocks %d-%d: %w", from, to, err)
		}
		out = append(out, b)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading blocks %d-%d: %w", from, to, err)
	}
	return out, nil
}

const txColumns = `t.seq, t.hash, t.block_number, b.hash, t.block_index, t.sender, t.nonce, t.recipient, t.raw, t.failed,
    t.cumulative_gas, t.log_index, b.timestamp`
const txFrom = ` FROM l2_transactions t JOIN l2_blocks b ON b.number = t.block_number`

func scanTx(row pgx.Row) (*chain.Tx, error) {
	var (
		t                        chain.Tx
		seq, block, nonce        int64
		hash, bhash, sender, rcp []byte
		cum                      *int64
		logIdx                   *int32
		bts                      int64
	)
	if err := row.Scan(&seq, &hash, &block, &bhash, &t.Index, &sender, &nonce, &rcp, &t.Raw, &t.Failed, &cum, &logIdx, &bts); err != nil {
		return nil, store.MapError(err)
	}
	if cum != nil {
		t.CumulativeGas = uint64(*cum)
	} else {
		t.CumulativeGas = uint64(t.Index+1) * chain.TransferGas
	}
	if logIdx != nil {
		t.LogIndex = uint(*logIdx)
	}
	t.BlockTimestamp = uint64(bts)
	t.Seq, t.BlockNumber, t.Nonce = uint64(seq), uint64(block), uint64(nonce)
	t.Hash, t.BlockHash = common.BytesToHash(hash), common.BytesToHash(bhash)
	t.Sender, t.To = common.BytesToAddress(sender), common.BytesToAddress(rcp)
	return &t, nil
}

// TxByHash returns the acknowledged transaction with hash h, store.ErrNotFound
// if none.
func TxByHash(ctx context.Context, q Querier, h common.Hash) (*chain.Tx, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	t, err := scanTx(q.QueryRow(ctx, `SELECT `+txColumns+txFrom+` WHERE t.hash = $1`, h[:]))
	if err != nil {
		return nil, fmt.Errorf("reading transaction %s: %w", h, err)
	}
	return t, nil
}

// TxBySenderNonce returns the transaction of sender with nonce, store.ErrNotFound if none.
func TxBySenderNonce(ctx context.Context, q Querier, sender common.Address, nonce uint64) (*chain.Tx, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	t, err := scanTx(q.QueryRow(ctx, `SELECT `+txColumns+txFrom+` WHERE t.sender = $1 AND t.nonce = $2`, sender[:], int64(nonce)))
	if err != nil {
		return nil, fmt.Errorf("reading transaction %s/%d: %w", sender, nonce, err)
	}
	return t, nil
}

// TxsBySeq returns the transactions with first ≤ seq < end in order.
func TxsBySeq(ctx context.Context, q Querier, first, end uint64) ([]*chain.Tx, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	return collectTxs(q.Query(ctx, `SELECT `+txColumns+txFrom+` WHERE t.seq >= $1 AND t.seq < $2 ORDER BY t.seq`, int64(first), int64(end)))
}

// TxsBySender returns up to limit transactions of sender with nonce < beforeNonce,
// newest first.
func TxsBySender(ctx context.Context, q Querier, sender common.Address, beforeNonce uint64, limit int) ([]*chain.Tx, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	return collectTxs(q.Query(ctx, `SELECT `+txColumns+txFrom+` WHERE t.sender = $1 AND t.nonce < $2 ORDER BY t.nonce DESC LIMIT $3`,
		sender[:], int64(min(beforeNonce, 1<<63-1)), limit))
}

// WithdrawalsBySender returns up to limit withdrawals of sender (ETH and
// token, the transactions that wrote a withdrawal leaf) with nonce <
// beforeNonce, newest first.
func WithdrawalsBySender(ctx context.Context, q Querier, sender common.Address, beforeNonce uint64, limit int) ([]*chain.Tx, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	return collectTxs(q.Query(ctx, `SELECT `+txColumns+txFrom+` WHERE t.sender = $1 AND t.withdrawal AND t.nonce < $2 ORDER BY t.nonce DESC LIMIT $3`,
		sender[:], int64(min(beforeNonce, 1<<63-1)), limit))
}

func collectTxs(rows pgx.Rows, err error) ([]*chain.Tx, error) {
	if err != nil {
		return nil, fmt.Errorf("reading transactions: %w", err)
	}
	defer rows.Close()
	var out []*chain.Tx
	for rows.Next() {
		t, err := scanTx(rows)
		if err != nil {
			return nil, fmt.Errorf("reading transactions: %w", err)
		}
		out = append(out, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading transactions: %w", err)
	}
	return out, nil
}

// IsNotFound reports whether err means the row does not exist.
func IsNotFound(err error) bool { return errors.Is(err, store.ErrNotFound) }

// SealedBlock is a sealed block with the time it was sealed.
type SealedBlock struct {
	chain.Block
	SealedAt time.Time
}

// SealedBlocks returns up to limit consecutive sealed blocks from number from
// on, stopping before the first block not sealed yet.
func SealedBlocks(ctx context.Context, q Querier, from uint64, limit int) ([]SealedBlock, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	rows, err := q.Query(ctx, `SELECT `+blockColumns+`, coalesce(sealed_at, opened_at)
		FROM l2_blocks WHERE number >= $1 AND state_root IS NOT NULL ORDER BY number LIMIT $2`, int64(from), limit)
	if err != nil {
		return nil, fmt.Errorf("reading sealed blocks from %d: %w", from, err)
	}
	defer rows.Close()
	var out []SealedBlock
	for rows.Next() {
		var at time.Time
		b, err := scanBlock(rows, &at)
		if err != nil {
			return nil, fmt.Errorf("reading sealed blocks from %d: %w", from, err)
		}
		if b.Number != from+uint64(len(out)) {
			break // not yet sealed: stop at the gap
		}
		out = append(out, SealedBlock{Block: *b, SealedAt: at})
	}
	return out, rows.Err()
}

// ErrTooManyRows: a bounded read matched more rows than its limit.
var ErrTooManyRows = errors.New("more rows than the limit")

// LogTxs returns the transactions of sealed blocks from..to (inclusive) that
// emitted a log, sent to one of addresses (any when empty), in chain order;
// ErrTooManyRows when more than limit match.
func LogTxs(ctx context.Context, q Querier, from, to uint64, addresses []common.Address, limit int) ([]*chain.Tx, error) {
	ctx, cancel := withTimeout(ctx)
	defer cancel()
	addrs := [][]byte{}
	for _, a := range addresses {
		addrs = append(addrs, a.Bytes())
	}
	rows, err := q.Query(ctx, `SELECT `+txColumns+txFrom+`
		WHERE t.block_number >= $1 AND t.block_number <= $2 AND t.log_index IS NOT NULL AND b.state_root IS NOT NULL
		AND (coalesce(cardinality($3::bytea[]), 0) = 0 OR t.recipient = ANY($3::bytea[]))
		ORDER BY t.seq LIMIT $4`, int64(from), int64(min(to, 1<<63-1)), addrs, limit+1)
	if err != nil {
		return nil, fmt.Errorf("reading logs of blocks %d-%d: %w", from, to, err)
	}
	defer rows.Close()
	var out []*chain.Tx
	for rows.Next() {
		t, err := scanTx(rows)
		if err != nil {
			return nil, fmt.Errorf("reading logs of blocks %d-%d: %w", from, to, err)
		}
		out = append(out, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading logs of blocks %d-%d: %w", from, to, err)
	}
	if len(out) > limit {
		return nil, ErrTooManyRows
	}
	return out, nil
}
