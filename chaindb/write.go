package chaindb

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/store"
)

// TxRow is a transaction as the committer writes it.
type TxRow struct {
	Seq         uint64
	Hash        common.Hash
	BlockNumber uint64
	Index       int
	Sender      common.Address
	Nonce       uint64
	To          common.Address
	Raw         []byte
	// Failed, CumulativeGas and LogIndex are the receipt's (chain.Tx).
	Failed        bool
	CumulativeGas uint64
	LogIndex      *uint
	// Withdrawal: the transaction wrote a withdrawal leaf (l2.WithdrawalOf).
	Withdrawal bool
}

// Seal records that a block was sealed: its transaction count, state root,
// header roots and hash (the embedded block, sealed).
type Seal struct {
	chain.Block
	// Accounts are the accounts the block changed, as of the block, and
	// Leaves the token leaves.
	Accounts []Account
	Leaves   []Leaf
}

// Group is one commit of the committer: the blocks opened, the transactions
// executed, the deposits consumed and the blocks sealed since the previous
// group, all written atomically.
type Group struct {
	Opened []chain.Block
	Txs    []TxRow
	Sealed []Seal
	// Queue are the changes of the queue of future nonces (l2_queued_txs),
	// applied in order.
	Queue []QueueOp
}

// Empty reports whether the group writes nothing.
func (g *Group) Empty() bool {
	return len(g.Opened) == 0 && len(g.Txs) == 0 && len(g.Sealed) == 0 && len(g.Queue) == 0
}

// Reset empties the group, keeping its buffers.
func (g *Group) Reset() {
	g.Opened = g.Opened[:0]
	g.Txs = g.Txs[:0]
	g.Sealed = g.Sealed[:0]
	clear(g.Queue)
	g.Queue = g.Queue[:0]
}

const insertTxs = `INSERT INTO l2_transactions (seq, hash, block_number, block_index, sender, nonce, recipient, raw, failed, cumulative_gas, log_index,
    withdrawal)
SELECT * FROM unnest($1::bigint[], $2::bytea[], $3::bigint[], $4::integer[], $5::bytea[], $6::bigint[], $7::bytea[], $8::bytea[],
    $9::boolean[], $10::bigint[], $11::integer[], $12::boolean[])`

const insertBlock = `INSERT INTO l2_blocks (number, timestamp, first_seq, deposit_first, deposit_count, withdrawals_root)
VALUES ($1, $2, $3, $4, $5, $6)`

// consumeDeposits marks deposits consumed; if any of them is gone (an L1 reorg
// deleted it) or already consumed, the division by zero aborts the whole group.
const consumeDeposits = `WITH u AS (
    UPDATE l1_deposits SET l2_block = $1 WHERE queue_index >= $2 AND queue_index < $3 AND l2_block IS NULL RETURNING 1)
SELECT 1 / (CASE WHEN count(*) = $3 - $2 THEN 1 ELSE 0 END) FROM u`

const sealBlock = `UPDATE l2_blocks SET tx_count = $2, state_root = $3, hash = $4, parent_hash = $5, tx_root = $6, receipt_root = $7,
    gas_used = $8, logs_bloom = $9, sealed_at = now() WHERE number = $1 AND state_root IS NULL`

// queueSeal queues the seal of s.
func queueSeal(b *pgx.Batch, s *Seal) {
	var bloom []byte
	if s.Bloom != (types.Bloom{}) {
		bloom = s.Bloom.Bytes()
	}
	b.Queue(sealBlock, int64(s.Number), s.TxCount, s.StateRoot[:], s.Hash[:], s.ParentHash[:],
		rootOrNull(s.TxRoot, types.EmptyTxsHash), rootOrNull(s.ReceiptRoot, types.EmptyReceiptsHash), int64(s.Gas), bloom)
	queueHistory(b, s.Number, s.Accounts)
	queueLeafHistory(b, s.Number, s.Leaves)
}

// rootOrNull stores the root of an empty trie as NULL.
func rootOrNull(h, empty common.Hash) []byte {
	if h == empty || h == (common.Hash{}) {
		return nil
	}
	return h.Bytes()
}

// WriteGroup writes g in one implicit transaction and one round trip (a pgx
// batch ends in a single Sync): when it returns nil the group is committed and,
// with synchronous_commit on, on disk. Nothing of g is visible before that.
func WriteGroup(ctx context.Context, conn *pgxpool.Conn, g *Group) error {
	var b pgx.Batch
	queueQueueOps(&b, g.Queue)
	for i := range g.Opened {
		blk := &g.Opened[i]
		b.Queue(insertBlock, int64(blk.Number), int64(blk.Timestamp), int64(blk.FirstSeq), int64(blk.DepositFirst), blk.DepositCount,
			rootOrNull(blk.WithdrawalsRoot, types.EmptyWithdrawalsHash))
		if blk.DepositCount > 0 {
			b.Queue(consumeDeposits, int64(blk.Number), int64(blk.DepositFirst), int64(blk.DepositsConsumed()))
		}
	}
	if n := len(g.Txs); n > 0 {
		seq := make([]int64, n)
		hash := make([][]byte, n)
		block := make([]int64, n)
		index := make([]int32, n)
		sender := make([][]byte, n)
		nonce := make([]int64, n)
		to := make([][]byte, n)
		raw := make([][]byte, n)
		failed := make([]bool, n)
		withdrawal := make([]bool, n)
		cum := make([]int64, n)
		logIdx := make([]*int32, n)
		for i := range g.Txs {
			t := &g.Txs[i]
			seq[i] = int64(t.Seq)
			hash[i] = t.Hash[:]
			block[i] = int64(t.BlockNumber)
			index[i] = int32(t.Index)
			sender[i] = t.Sender[:]
			nonce[i] = int64(t.Nonce)
			to[i] = t.To[:]
			raw[i] = t.Raw
			failed[i] = t.Failed
			withdrawal[i] = t.Withdrawal
			cum[i] = int64(t.CumulativeGas)
			if t.LogIndex != nil {
				v := int32(*t.LogIndex)
				logIdx[i] = &v
			}
		}
		b.Queue(insertTxs, seq, hash, block, index, sender, nonce, to, raw, failed, cum, logIdx, withdrawal)
	}
	for i := range g.Sealed {
		queueSeal(&b, &g.Sealed[i])
	}
	if b.Len() == 0 {
		return nil
	}
	ctx, cancel := context.WithTimeout(ctx, store.DefaultQueryTimeout)
	defer cancel()
	br := conn.SendBatch(ctx, &b)
	for i := 0; i < b.Len(); i++ {
		if _, err := br.Exec(); err != nil {
			_ = br.Close()
			return fmt.Errorf("writing group (%d txs): %w", len(g.Txs), err)
		}
	}
	if err := br.Close(); err != nil {
		return fmt.Errorf("committing group (%d txs): %w", len(g.Txs), err)
	}
	return nil
}
