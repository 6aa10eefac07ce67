package smt

import (
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// Domain-separation prefixes of the two hash kinds.
const (
	leafPrefix = 0x00
	nodePrefix = 0x01
)

// hasher computes leaf and node hashes with a reusable keccak state and buffer.
// It is not safe for concurrent use.
type hasher struct {
	st  crypto.KeccakState
	buf [97]byte
	out common.Hash // keeps the digest off the heap (Read takes an interface)
}

func newHasher() *hasher { return &hasher{st: crypto.NewKeccakState()} }

var hasherPool = sync.Pool{New: func() any { return newHasher() }}

func getHasher() *hasher  { return hasherPool.Get().(*hasher) }
func putHasher(h *hasher) { hasherPool.Put(h) }

func (h *hasher) leaf(key *common.Hash, a, b *uint256.Int) common.Hash {
	h.buf[0] = leafPrefix
	copy(h.buf[1:33], key[:])
	a.PutUint256(h.buf[33:65])
	b.PutUint256(h.buf[65:97])
	h.st.Reset()
	h.st.Write(h.buf[:97])
	h.st.Read(h.out[:])
	return h.out
}

func (h *hasher) node(left, right *common.Hash) common.Hash {
	h.buf[0] = nodePrefix
	copy(h.buf[1:33], left[:])
	copy(h.buf[33:65], right[:])
	h.st.Reset()
	h.st.Write(h.buf[:65])
	h.st.Read(h.out[:])
	return h.out
}

// LeafHash returns keccak(0x00 ‖ key ‖ uint256 a ‖ uint256 b), the hash of a
// subtree holding exactly the leaf (key, a, b).
func LeafHash(key common.Hash, a, b *uint256.Int) common.Hash {
	h := getHasher()
	defer putHasher(h)
	return h.leaf(&key, a, b)
}

// NodeHash returns keccak(0x01 ‖ left ‖ right), the hash of a subtree holding
// two or more leaves.
func NodeHash(left, right common.Hash) common.Hash {
	h := getHasher()
	defer putHasher(h)
	return h.node(&left, &right)
}

// Bit returns bit i of key: 0 selects the left child at depth i, 1 the right.
// Bit 0 is the most significant bit of key[0].
func Bit(key *common.Hash, i int) uint {
	return uint(key[i>>3]>>(7-uint(i&7))) & 1
}
