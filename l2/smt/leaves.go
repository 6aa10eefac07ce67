package smt

import (
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// LeafSize is the size of one encoded leaf: key ‖ a ‖ b, 32 bytes each, the
// values big-endian.
const LeafSize = 96

// AppendLeaves appends every leaf of t, in key order, to dst.
func (t *Tree) AppendLeaves(dst []byte) []byte {
	dst = slices.Grow(dst, t.size*LeafSize)
	forEach(t.root, func(key common.Hash, a, b *uint256.Int) bool {
		dst = appendLeaf(dst, &key, a, b)
		return true
	})
	return dst
}

// SetLeaves writes every leaf of data (as AppendLeaves encodes them) into t.
func (t *Tree) SetLeaves(data []byte) error {
	if len(data)%LeafSize != 0 {
		return fmt.Errorf("smt: %d bytes of leaves is not a multiple of %d", len(data), LeafSize)
	}
	var (
		key  common.Hash
		a, b uint256.Int
	)
	for off := 0; off < len(data); off += LeafSize {
		copy(key[:], data[off:off+32])
		a.SetBytes32(data[off+32 : off+64])
		b.SetBytes32(data[off+64 : off+96])
		t.Set(key, &a, &b)
	}
	return nil
}

// AppendChanges appends to dst, encoded as AppendLeaves does, the leaves of t
// that base lacks or holds with other values, where t was made from base by
// Copy and Sets (or the other way round for the nodes they still share).
// SetLeaves of the result on a copy of base gives a tree equal to t. The walk
// skips every subtree the two trees share, so it costs in the size of the
// change, not of the tree.
func (t *Tree) AppendChanges(dst []byte, base *Tree) []byte {
	var b *node
	if base != nil {
		b = base.root
	}
	return appendChanges(dst, b, t.root)
}

func appendChanges(dst []byte, old, n *node) []byte {
	if n == nil || n == old {
		return dst
	}
	if n.leaf != nil {
		if old != nil && old.leaf != nil && old.leaf.key == n.leaf.key && old.leaf.a == n.leaf.a && old.leaf.b == n.leaf.b {
			return dst
		}
		return appendLeaf(dst, &n.leaf.key, &n.leaf.a, &n.leaf.b)
	}
	var ol, or *node
	if old != nil && old.leaf == nil {
		ol, or = old.left, old.right
	}
	// An old leaf where n is internal was pushed down by a split: it is
	// written again, unchanged or not, which SetLeaves takes as a no-op.
	dst = appendChanges(dst, ol, n.left)
	return appendChanges(dst, or, n.right)
}

func appendLeaf(dst []byte, key *common.Hash, a, b *uint256.Int) []byte {
	var v [32]byte
	dst = append(dst, key[:]...)
	a.WriteToArray32(&v)
	dst = append(dst, v[:]...)
	b.WriteToArray32(&v)
	return append(dst, v[:]...)
}
