package smt

import (
	"math/rand"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

func randomKey(r *rand.Rand) common.Hash {
	var k common.Hash
	r.Read(k[:])
	return k
}

// TestLeavesRoundTrip: a tree rebuilt from its encoded leaves has its root.
func TestLeavesRoundTrip(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	tr := New()
	for i := 0; i < 500; i++ {
		tr.Set(randomKey(r), uint256.NewInt(r.Uint64()), uint256.NewInt(uint64(i)))
	}
	data := tr.AppendLeaves(nil)
	require.Len(t, data, 500*LeafSize)
	back := New()
	require.NoError(t, back.SetLeaves(data))
	require.Equal(t, tr.Root(), back.Root())
	require.Equal(t, 500, back.Len())
	require.Error(t, back.SetLeaves(data[:LeafSize+1]))
}

// TestChanges: the changes of a copy after updates, new leaves and splits,
// applied to another copy of the base, give the same tree, and cost only
// the leaves touched.
func TestChanges(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	base := New()
	var keys []common.Hash
	for i := 0; i < 2000; i++ {
		k := randomKey(r)
		keys = append(keys, k)
		base.Set(k, uint256.NewInt(uint64(i)), uint256.NewInt(1))
	}
	for round := 0; round < 20; round++ {
		next := base.Copy()
		touched := map[common.Hash]bool{}
		for i := 0; i < 1+r.Intn(50); i++ {
			var k common.Hash
			if r.Intn(3) == 0 {
				k = randomKey(r)
				keys = append(keys, k)
			} else {
				k = keys[r.Intn(len(keys))]
			}
			touched[k] = true
			next.Set(k, uint256.NewInt(r.Uint64()), uint256.NewInt(uint64(round)))
		}
		// Rewriting a leaf with its own values is not a change.
		k := keys[r.Intn(len(keys))]
		if !touched[k] {
			a, b, _ := next.Get(k)
			next.Set(k, &a, &b)
		}
		ch := next.AppendChanges(nil, base)
		require.Zero(t, len(ch)%LeafSize)
		require.LessOrEqual(t, len(ch)/LeafSize, 2*len(touched), "only touched leaves (and leaves pushed down by a split)")
		for off := 0; off < len(ch); off += LeafSize {
			key := common.BytesToHash(ch[off : off+32])
			if !touched[key] {
				a, b, ok := base.Get(key)
				na, nb, _ := next.Get(key)
				require.True(t, ok && a == na && b == nb, "an untouched leaf in the changes must be unchanged")
			}
		}
		replayed := base.Copy()
		require.NoError(t, replayed.SetLeaves(ch))
		require.Equal(t, next.Root(), replayed.Root())
		require.Equal(t, next.Len(), replayed.Len())
		require.Empty(t, base.AppendChanges(nil, base))
		base = next
	}
	require.Equal(t, base.AppendLeaves(nil), base.AppendChanges(nil, nil), "from nothing, the changes are every leaf")
}
