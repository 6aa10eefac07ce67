package batcher

import (
	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/chaindb"
)

// Status is a batch's status in the batches table.
type Status = chain.BatchStatus

// BatchRow is a batch as the batcher keeps it; the batches table is
// chaindb's.
type BatchRow = chaindb.BatchRow

// newRow is the row of a closed batch, before it is recorded.
func newRow(b *Batch) *BatchRow {
	r := &BatchRow{
		Index: b.Index, FirstBlock: b.FirstBlock, LastBlock: b.LastBlock,
		Data: b.Data, Header: header(b), HonestRoot: b.Post.StateRoot, HonestSteps: b.NumSteps, TxCount: b.Transfers,
		DepositCount: b.Deposits, Full: b.Full, OpenedAt: b.OpenedAt, ClosedAt: b.ClosedAt,
	}
	if b.Fault != nil {
		r.Fault = b.Fault.String()
	}
	return r
}
