package rpc

import (
	"context"
	"encoding/json"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Filter limits (go-ethereum forgets a filter after 5 minutes without a
// poll, too).
const (
	filterTimeout = 5 * time.Minute
	maxFilters    = 10_000
	// maxFilterChanges bounds one eth_getFilterChanges answer.
	maxFilterChanges = 1_000
)

var errFilterNotFound = &Error{Code: CodeInvalidParams, Message: "filter not found"}

// filter is one installed filter: a block, pending-transaction or logs
// filter, and when it was last polled.
type filter struct {
	mu    sync.Mutex // held while a poll reads through the cursors
	kind  string     // "block", "pendingTransactions", "logs"
	heads headCursor
	txs   txCursor
	logs  *logCursor
	query *logQuery
	// from and to are a logs filter's own range (eth_getFilterLogs), resolved
	// when it is polled.
	from, to json.RawMessage
	lastPoll time.Time
}

// filters are the installed filters of a server.
type filters struct {
	mu  sync.Mutex
	all map[string]*filter
	now func() time.Time
}

func newFilters() *filters { return &filters{all: map[string]*filter{}, now: time.Now} }

// expireLocked forgets the filters not polled for filterTimeout.
func (fs *filters) expireLocked() {
	cut := fs.now().Add(-filterTimeout)
	for id, f := range fs.all {
		if f.lastPoll.Before(cut) {
			delete(fs.all, id)
		}
	}
}

func (fs *filters) install(f *filter) (any, error) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	fs.expireLocked()
	if len(fs.all) >= maxFilters {
		return nil, &Error{Code: CodeLimitExceeded, Message: "too many filters installed; uninstall some or poll less of them"}
	}
	f.lastPoll = fs.now()
	id := newSubID()
	fs.all[id] = f
	return id, nil
}

func filterID(p json.RawMessage) (string, error) {
	var id string
	if err := parseParams(p, 1, &id); err != nil {
		return "", err
	}
	return id, nil
}

func (a *ethAPI) newBlockFilter(context.Context, json.RawMessage) (any, error) {
	return a.filters.install(&filter{kind: "block", heads: newHeadCursor(a.b)})
}

func (a *ethAPI) newPendingTransactionFilter(_ context.Context, p json.RawMessage) (any, error) {
	var full bool // geth's optional "full transactions" flag; hashes only here
	if err := parseParams(p, 0, &full); err != nil {
		return nil, err
	}
	if full {
		return nil, invalidParams("full pending transactions are not supported: poll hashes and eth_getTransactionByHash")
	}
	return a.filters.install(&filter{kind: "pendingTransactions", txs: newTxCursor(a.b, a.limits.RequestTimeout)})
}

func (a *ethAPI) newFilter(_ context.Context, p json.RawMessage) (any, error) {
	f, q, err := logFilterParam(p)
	if err != nil {
		return nil, err
	}
	if f.BlockHash != nil {
		return nil, invalidParams("invalid logs filter: a filter cannot name a blockHash: use eth_getLogs")
	}
	return a.filters.install(&filter{kind: "logs", query: q, logs: newLogCursor(a.b, q), from: f.FromBlock, to: f.ToBlock})
}

func (a *ethAPI) uninstallFilter(_ context.Context, p json.RawMessage) (any, error) {
	id, err := filterID(p)
	if err != nil {
		return nil, err
	}
	a.filters.mu.Lock()
	defer a.filters.mu.Unlock()
	_, ok := a.filters.all[id]
	delete(a.filters.all, id)
	return ok, nil
}

// take finds filter id and marks it polled; the caller owns its cursors
// until it calls done (other filters are polled meanwhile).
func (fs *filters) take(id string) (*filter, func(), error) {
	fs.mu.Lock()
	fs.expireLocked()
	f, ok := fs.all[id]
	if ok {
		f.lastPoll = fs.now()
	}
	fs.mu.Unlock()
	if !ok {
		return nil, nil, errFilterNotFound
	}
	f.mu.Lock()
	return f, f.mu.Unlock, nil
}

// poll reads the filter id the parameters name and holds it until done.
func (a *ethAPI) poll(p json.RawMessage) (string, *filter, func(), error) {
	id, err := filterID(p)
	if err != nil {
		return "", nil, nil, err
	}
	f, done, err := a.filters.take(id)
	return id, f, done, err
}

func (a *ethAPI) getFilterChanges(ctx context.Context, p json.RawMessage) (any, error) {
	_, f, done, err := a.poll(p)
	if err != nil {
		return nil, err
	}
	defer done()
	switch f.kind {
	case "block":
		blocks, err := f.heads.next(ctx, a.b, maxFilterChanges)
		out := make([]common.Hash, 0, len(blocks))
		for _, b := range blocks {
			out = append(out, b.Hash)
		}
		if err != nil && len(out) == 0 {
			return nil, err
		}
		return out, nil
	case "pendingTransactions":
		hashes, err := f.txs.next(ctx, a.b, maxFilterChanges)
		if err != nil && len(hashes) == 0 {
			return nil, err
		}
		if hashes == nil {
			hashes = []common.Hash{}
		}
		return hashes, nil
	}
	logs, err := f.logs.next(ctx, a)
	if err != nil {
		return nil, err
	}
	if logs == nil {
		logs = []*types.Log{}
	}
	return logs, nil
}

func (a *ethAPI) getFilterLogs(ctx context.Context, p json.RawMessage) (any, error) {
	id, f, done, err := a.poll(p)
	if err != nil {
		return nil, err
	}
	defer done()
	if f.kind != "logs" {
		return nil, invalidParams("filter %s is not a logs filter", id)
	}
	from, to, err := a.logsRange(f.from, f.to)
	if err != nil {
		return nil, err
	}
	return a.logs(ctx, f.query, from, to)
}
