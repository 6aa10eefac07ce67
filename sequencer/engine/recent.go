package engine

import (
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rollup-dev/rollup/chain"
)

// recentTxs keeps the newest acknowledged transactions in memory, so receipt
// and transaction look-ups and resubmissions rarely need the database. Only
// committed transactions are added.
type recentTxs struct {
	mu   sync.RWMutex
	m    map[common.Hash]*chain.Tx
	ring []common.Hash
	pos  int
}

func newRecentTxs(size int) *recentTxs {
	r := &recentTxs{m: make(map[common.Hash]*chain.Tx, size)}
	r.ring = make([]common.Hash, size)
	return r
}

func (r *recentTxs) add(t *chain.Tx) {
	if len(r.ring) == 0 {
		return
	}
	r.mu.Lock()
	if old := r.ring[r.pos]; old != (common.Hash{}) {
		delete(r.m, old)
	}
	r.ring[r.pos] = t.Hash
	r.pos = (r.pos + 1) % len(r.ring)
	r.m[t.Hash] = t
	r.mu.Unlock()
}

func (r *recentTxs) get(h common.Hash) *chain.Tx {
	r.mu.RLock()
	t := r.m[h]
	r.mu.RUnlock()
	return t
}
