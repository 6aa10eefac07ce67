package rpc

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// The chain's logs are the Transfer logs of token calls (protocol §2.4). They
// are read from the transactions that emitted them, by block range and
// address; topics are matched here.

// maxLogs bounds the logs one eth_getLogs (or filter poll) answers, like the
// result limits of public Ethereum endpoints.
const maxLogs = 10_000

// ErrTooManyLogs: a logs query matched more than its limit.
var ErrTooManyLogs = errors.New("query returned more than 10000 results: ask for a smaller block range")

// logQuery is a compiled logs filter: addresses (any when empty) and topics
// by position, each position any of its hashes (any when empty).
type logQuery struct {
	addresses []common.Address
	topics    [][]common.Hash
}

// compile parses the address and topics fields as geth does: an address or a
// list; per topic position null, a hash or a list of hashes (up to 4
// positions).
func (f *logFilter) compile() (*logQuery, error) {
	q := &logQuery{}
	if len(f.Address) > 0 && string(f.Address) != "null" {
		var one common.Address
		if err := json.Unmarshal(f.Address, &one); err == nil {
			q.addresses = []common.Address{one}
		} else if err := json.Unmarshal(f.Address, &q.addresses); err != nil {
			return nil, invalidParams("invalid logs filter: address must be an address or a list of addresses")
		}
	}
	if len(f.Topics) > 4 {
		return nil, invalidParams("invalid logs filter: at most 4 topic positions")
	}
	for i, t := range f.Topics {
		var pos []common.Hash
		switch v := t.(type) {
		case nil:
		case string:
			h, err := parseHash(v)
			if err != nil {
				return nil, invalidParams("invalid logs filter: topic %d: %v", i, err)
			}
			pos = []common.Hash{h}
		case []any:
			for _, e := range v {
				if e == nil {
					pos = nil // a null in the list matches anything
					break
				}
				s, ok := e.(string)
				if !ok {
					return nil, invalidParams("invalid logs filter: topic %d: not a hash", i)
				}
				h, err := parseHash(s)
				if err != nil {
					return nil, invalidParams("invalid logs filter: topic %d: %v", i, err)
				}
				pos = append(pos, h)
			}
		default:
			return nil, invalidParams("invalid logs filter: topic %d: not a hash or a list", i)
		}
		q.topics = append(q.topics, pos)
	}
	return q, nil
}

func parseHash(s string) (common.Hash, error) {
	var h common.Hash
	if err := h.UnmarshalText([]byte(s)); err != nil {
		return h, fmt.Errorf("%q is not a 32-byte hash", s)
	}
	return h, nil
}

// match reports whether l passes q's topics (addresses are matched by the
// backend's query).
func (q *logQuery) match(l *types.Log) bool {
	if len(q.topics) > len(l.Topics) {
		return false
	}
	for i, pos := range q.topics {
		if len(pos) == 0 {
			continue
		}
		found := false
		for _, h := range pos {
			if l.Topics[i] == h {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// logs returns the logs of sealed blocks from..to that q matches.
func (a *ethAPI) logs(ctx context.Context, q *logQuery, from, to uint64) ([]*types.Log, error) {
	all, err := a.b.Logs(ctx, from, to, q.addresses, maxLogs)
	if errors.Is(err, ErrTooManyLogs) {
		return nil, &Error{Code: CodeLimitExceeded, Message: err.Error()}
	}
	if err != nil {
		return nil, err
	}
	out := make([]*types.Log, 0, len(all))
	for _, l := range all {
		if q.match(l) {
			out = append(out, l)
		}
	}
	return out, nil
}

// logCursor yields the logs of blocks sealed after the newest it yielded: the
// logs subscription and logs filters read through it.
type logCursor struct {
	q    *logQuery
	last uint64
}

func newLogCursor(b Backend, q *logQuery) *logCursor {
	return &logCursor{q: q, last: b.Heads().Latest}
}

// next returns the matching logs of the blocks sealed since the last call,
// at most about maxLogs.
func (c *logCursor) next(ctx context.Context, a *ethAPI) ([]*types.Log, error) {
	latest := a.b.Heads().Latest
	if latest <= c.last {
		return nil, nil
	}
	to := min(latest, c.last+uint64(a.limits.MaxLogsRange))
	out, err := a.logs(ctx, c.q, c.last+1, to)
	if err != nil {
		return nil, err
	}
	c.last = to
	return out, nil
}
