package smt

import (
	"math/bits"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// owners hands out tree identities for copy-on-write; 0 is never used.
var owners atomic.Uint64

func newOwner() uint64 { return owners.Add(1) }

// node is a leaf (leaf != nil) or an internal node with at least two leaves
// below it (either child may be nil, meaning an empty subtree).
type node struct {
	hash        common.Hash // valid unless dirty
	left, right *node
	leaf        *leaf
	meta        uint64 // owner<<1 | dirty
}

type leaf struct {
	key  common.Hash
	a, b uint256.Int
}

func (n *node) dirty() bool        { return n.meta&1 != 0 }
func (n *node) owner() uint64      { return n.meta >> 1 }
func (n *node) markDirty()         { n.meta |= 1 }
func (n *node) markClean()         { n.meta &^= 1 }
func makeMeta(owner uint64) uint64 { return owner<<1 | 1 }
func childHash(n *node) common.Hash {
	if n == nil {
		return common.Hash{}
	}
	return n.hash
}

// Tree is a compact sparse Merkle tree. The zero value is not usable; call New.
type Tree struct {
	root  *node
	owner uint64
	size  int
	h     *hasher
}

// New returns an empty tree, whose root is zero.
func New() *Tree {
	return &Tree{owner: newOwner(), h: newHasher()}
}

// Len returns the number of leaves.
func (t *Tree) Len() int { return t.size }

// Get returns the values of key, or (0, 0, false) when key has no leaf.
func (t *Tree) Get(key common.Hash) (a, b uint256.Int, ok bool) {
	n := t.root
	for depth := 0; n != nil; depth++ {
		if n.leaf != nil {
			if n.leaf.key == key {
				return n.leaf.a, n.leaf.b, true
			}
			break
		}
		if Bit(&key, depth) == 0 {
			n = n.left
		} else {
			n = n.right
		}
	}
	return a, b, false
}

// Set writes the leaf (key, a, b), creating it if absent. It marks the path
// dirty and hashes nothing; Root does the hashing.
func (t *Tree) Set(key common.Hash, a, b *uint256.Int) {
	pp := &t.root
	for depth := 0; ; depth++ {
		n := *pp
		if n == nil {
			*pp = t.newLeaf(&key, a, b)
			t.size++
			return
		}
		if n.leaf != nil {
			if n.leaf.key == key {
				n = t.own(n)
				n.leaf.a, n.leaf.b = *a, *b
				n.markDirty()
				*pp = n
				return
			}
			*pp = t.split(n, t.newLeaf(&key, a, b), depth)
			t.size++
			return
		}
		n = t.own(n)
		n.markDirty()
		*pp = n
		if Bit(&key, depth) == 0 {
			pp = &n.left
		} else {
			pp = &n.right
		}
	}
}

// own returns n if this tree owns it, else a private copy of it.
func (t *Tree) own(n *node) *node {
	if n.owner() == t.owner {
		return n
	}
	c := &node{hash: n.hash, left: n.left, right: n.right, meta: t.owner << 1}
	if n.leaf != nil {
		l := *n.leaf
		c.leaf = &l
	}
	return c
}

func (t *Tree) newLeaf(key *common.Hash, a, b *uint256.Int) *node {
	return &node{leaf: &leaf{key: *key, a: *a, b: *b}, meta: makeMeta(t.owner)}
}

// split returns the subtree at depth that holds the existing leaf old and the
// new leaf nw, which share their first depth bits: a chain of internal nodes
// down to the first bit where the keys differ.
func (t *Tree) split(old, nw *node, depth int) *node {
	j := firstDiff(&old.leaf.key, &nw.leaf.key, depth)
	var n *node
	if Bit(&nw.leaf.key, j) == 0 {
		n = &node{left: nw, right: old, meta: makeMeta(t.owner)}
	} else {
		n = &node{left: old, right: nw, meta: makeMeta(t.owner)}
	}
	for i := j - 1; i >= depth; i-- {
		if Bit(&nw.leaf.key, i) == 0 {
			n = &node{left: n, meta: makeMeta(t.owner)}
		} else {
			n = &node{right: n, meta: makeMeta(t.owner)}
		}
	}
	return n
}

// firstDiff returns the first bit index ≥ from where x and y differ; x ≠ y.
func firstDiff(x, y *common.Hash, from int) int {
	for i := from >> 3; i < len(x); i++ {
		d := x[i] ^ y[i]
		if i == from>>3 {
			d &= 0xff >> uint(from&7)
		}
		if d != 0 {
			return i<<3 + bits.LeadingZeros8(d)
		}
	}
	panic("smt: firstDiff of equal keys")
}

// Root returns the root hash, rehashing every dirty node once.
func (t *Tree) Root() common.Hash {
	if t.root == nil {
		return common.Hash{}
	}
	return t.rehash(t.root)
}

func (t *Tree) rehash(n *node) common.Hash {
	if !n.dirty() {
		return n.hash
	}
	if n.leaf != nil {
		n.hash = t.h.leaf(&n.leaf.key, &n.leaf.a, &n.leaf.b)
	} else {
		var l, r common.Hash
		if n.left != nil {
			l = t.rehash(n.left)
		}
		if n.right != nil {
			r = t.rehash(n.right)
		}
		n.hash = t.h.node(&l, &r)
	}
	n.markClean()
	return n.hash
}

// Copy returns an independent tree with the same leaves. It computes the root
// first, then both trees share every node and copy a node before changing it.
func (t *Tree) Copy() *Tree {
	t.Root()
	t.owner = newOwner()
	return &Tree{root: t.root, owner: newOwner(), size: t.size, h: newHasher()}
}

// ForEach calls fn for every leaf in key order until fn returns false. fn must
// not modify the tree, nor keep a, b beyond the call.
func (t *Tree) ForEach(fn func(key common.Hash, a, b *uint256.Int) bool) {
	forEach(t.root, fn)
}

func forEach(n *node, fn func(key common.Hash, a, b *uint256.Int) bool) bool {
	if n == nil {
		return true
	}
	if n.leaf != nil {
		return fn(n.leaf.key, &n.leaf.a, &n.leaf.b)
	}
	return forEach(n.left, fn) && forEach(n.right, fn)
}
