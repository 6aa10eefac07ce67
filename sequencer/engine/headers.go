package engine

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/l2"
)

// headerChain derives the Ethereum headers of sealed blocks in the committer,
// off the executor: it collects the open block's transactions group by group
// and, at the seal, sets the block's roots, parent hash and hash.
type headerChain struct {
	items  chain.BlockItems
	parent common.Hash // hash of the newest sealed block
}

// fill completes the headers of g's sealed blocks, in execution order, in the
// seal events and in g's seal records.
func (h *headerChain) fill(g *groupBuf, p *l2.Params) {
	j, sealed := 0, 0
	for k := range g.events {
		ev := &g.events[k]
		if !ev.seal {
			continue
		}
		for ; j < len(g.entries) && g.entries[j].tx.BlockNumber <= ev.block.Number; j++ {
			_ = h.items.AddTx(&g.entries[j].tx) // decoded by the executor
		}
		h.items.Seal(&ev.block, h.parent, p)
		h.items.Reset()
		h.parent = ev.block.Hash
		g.g.Sealed[sealed].Block = ev.block
		sealed++
	}
	for ; j < len(g.entries); j++ {
		_ = h.items.AddTx(&g.entries[j].tx)
	}
}

// sealedHashes remembers the hashes of the newest sealed blocks, so that a
// recent transaction's block hash needs no database read.
type sealedHashes struct {
	ring  []common.Hash
	first uint64 // block number of ring[first % len]
	next  uint64 // one past the newest recorded block
}

const sealedHashesKept = 4096

func (s *sealedHashes) add(number uint64, h common.Hash) {
	if s.ring == nil {
		s.ring = make([]common.Hash, sealedHashesKept)
		s.first, s.next = number, number
	}
	if number != s.next { // not the next block: start afresh
		clear(s.ring)
		s.first = number
	}
	s.ring[number%sealedHashesKept] = h
	s.next = number + 1
	if s.next-s.first > sealedHashesKept {
		s.first = s.next - sealedHashesKept
	}
}

func (s *sealedHashes) get(number uint64) (common.Hash, bool) {
	if s.ring == nil || number < s.first || number >= s.next {
		return common.Hash{}, false
	}
	return s.ring[number%sealedHashesKept], true
}
