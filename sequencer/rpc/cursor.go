package rpc

import (
	"context"
	"encoding/json"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rollup-dev/rollup/chain"
)

// headCursor yields the blocks sealed after the newest it yielded; the
// newHeads subscription and the block filter read through it.
type headCursor struct{ last uint64 }

func newHeadCursor(b Backend) headCursor { return headCursor{last: b.Heads().Latest} }

// next returns the blocks sealed since the last call, oldest first, at most
// limit (the newest ones after a longer gap).
func (c *headCursor) next(ctx context.Context, b Backend, limit int) ([]*chain.Block, error) {
	latest := b.Heads().Latest
	if latest <= c.last {
		return nil, nil
	}
	from := max(c.last+1, latest-min(latest, uint64(limit)-1))
	var out []*chain.Block
	for n := from; n <= latest; n++ {
		blk, err := b.BlockByNumber(ctx, n)
		if err != nil || blk == nil {
			return out, err
		}
		out = append(out, blk)
		c.last = n
	}
	return out, nil
}

// txCursor yields the transactions made durable after it was made: the
// newPendingTransactions subscription and the pending transaction filter
// read through it. block is the block being scanned, sent how many of its
// transactions were yielded.
type txCursor struct {
	block uint64
	sent  int
}

// newTxCursor starts at the open block (what it holds already counts as
// yielded), or the next block when none is open.
func newTxCursor(b Backend, timeout time.Duration) txCursor {
	h := b.Heads()
	c := txCursor{block: h.Latest + 1}
	if h.HasPending {
		ctx, cancel := context.WithTimeout(context.Background(), timeout)
		defer cancel()
		if blk, err := b.BlockByNumber(ctx, h.Pending); err == nil && blk != nil {
			if txs, err := b.BlockTxs(ctx, blk); err == nil {
				c.sent = len(txs)
			}
		}
	}
	return c
}

// next returns the hashes of the transactions made durable since the last
// call, in order, at most about limit.
func (c *txCursor) next(ctx context.Context, b Backend, limit int) ([]common.Hash, error) {
	h := b.Heads()
	top := h.Latest
	if h.HasPending {
		top = h.Pending
	}
	var out []common.Hash
	for c.block <= top && len(out) < limit {
		blk, err := b.BlockByNumber(ctx, c.block)
		if err != nil || blk == nil {
			return out, err
		}
		txs, err := b.BlockTxs(ctx, blk)
		if err != nil {
			return out, err
		}
		for ; c.sent < len(txs); c.sent++ {
			out = append(out, txs[c.sent].Hash)
		}
		if !blk.Sealed {
			break // more may come into the open block
		}
		c.block, c.sent = c.block+1, 0
	}
	return out, nil
}

// logFilter is the filter object of eth_getLogs, eth_newFilter and the logs
// subscription (compiled by logFilter.compile).
type logFilter struct {
	FromBlock json.RawMessage `json:"fromBlock"`
	ToBlock   json.RawMessage `json:"toBlock"`
	BlockHash *common.Hash    `json:"blockHash"`
	Address   json.RawMessage `json:"address"`
	Topics    []any           `json:"topics"`
}

// parseLogFilter checks a filter object (absent or null: every log).
func parseLogFilter(raw json.RawMessage) (*logFilter, error) {
	var f logFilter
	if len(raw) == 0 || string(raw) == "null" {
		return &f, nil
	}
	if err := json.Unmarshal(raw, &f); err != nil {
		return nil, invalidParams("invalid logs filter: %v", err)
	}
	if f.BlockHash != nil && (len(f.FromBlock) > 0 || len(f.ToBlock) > 0) {
		return nil, invalidParams("invalid logs filter: blockHash excludes fromBlock and toBlock")
	}
	return &f, nil
}

// logFilterParam reads the one parameter of eth_getLogs and eth_newFilter, a
// filter object, and compiles it.
func logFilterParam(p json.RawMessage) (*logFilter, *logQuery, error) {
	var raw json.RawMessage
	if err := parseParams(p, 1, &raw); err != nil {
		return nil, nil, err
	}
	f, err := parseLogFilter(raw)
	if err != nil {
		return nil, nil, err
	}
	q, err := f.compile()
	if err != nil {
		return nil, nil, err
	}
	return f, q, nil
}
