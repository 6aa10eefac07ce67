package engine

import (
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rollup-dev/rollup/chain"
)

// recentTxs keeps the newest acknowledged transactions and the hashes of the
// newest sealed blocks in memory, so receipt and transaction look-ups and
// resubmissions rarely need the database. Only committed transactions and
// blocks are added.
type recentTxs struct {
	mu     sync.RWMutex
	m      map[common.Hash]*chain.Tx
	ring   []common.Hash
	pos    int
	blocks sealedHashes
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

func (r *recentTxs) addBlock(number uint64, h common.Hash) {
	r.mu.Lock()
	r.blocks.add(number, h)
	r.mu.Unlock()
}

// get returns a copy of the transaction with hash h and whether its block is
// sealed (BlockHash is then set); nil when it is not in memory, or when its
// block was sealed too long ago for the block hash to be.
func (r *recentTxs) get(h common.Hash, latest uint64) *chain.Tx {
	r.mu.RLock()
	defer r.mu.RUnlock()
	t := r.m[h]
	if t == nil {
		return nil
	}
	c := *t
	if c.BlockNumber <= latest {
		bh, ok := r.blocks.get(c.BlockNumber)
		if !ok {
			return nil
		}
		c.BlockHash = bh
	}
	return &c
}
