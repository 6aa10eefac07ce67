package smt

import (
	"math/rand"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

type kv struct {
	key  common.Hash
	a, b uint256.Int
}

// refRoot is an obviously correct recursive definition of the compact root.
func refRoot(leaves []kv, depth int) common.Hash {
	switch len(leaves) {
	case 0:
		return common.Hash{}
	case 1:
		return LeafHash(leaves[0].key, &leaves[0].a, &leaves[0].b)
	}
	var l, r []kv
	for _, x := range leaves {
		if Bit(&x.key, depth) == 0 {
			l = append(l, x)
		} else {
			r = append(r, x)
		}
	}
	return NodeHash(refRoot(l, depth+1), refRoot(r, depth+1))
}

func randKey(rng *rand.Rand) common.Hash {
	var k common.Hash
	rng.Read(k[:])
	return k
}

// prefixKey returns a key equal to base in its first n bits and random after.
func prefixKey(rng *rand.Rand, base common.Hash, n int) common.Hash {
	k := randKey(rng)
	for i := 0; i < n; i++ {
		byteI, bit := i/8, byte(0x80>>uint(i%8))
		k[byteI] = k[byteI]&^bit | base[byteI]&bit
	}
	return k
}

func randLeaves(rng *rand.Rand, n int, clustered bool) []kv {
	m := map[common.Hash]kv{}
	base := randKey(rng)
	for len(m) < n {
		k := randKey(rng)
		if clustered {
			k = prefixKey(rng, base, 200+rng.Intn(56))
		}
		m[k] = kv{key: k, a: *uint256.NewInt(rng.Uint64()), b: *uint256.NewInt(uint64(rng.Intn(3)))}
	}
	out := make([]kv, 0, n)
	for _, v := range m {
		out = append(out, v)
	}
	rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

func TestRootSmallCases(t *testing.T) {
	tr := New()
	require.Equal(t, common.Hash{}, tr.Root(), "empty root is zero")

	k1 := crypto.Keccak256Hash([]byte{1})
	a, b := uint256.NewInt(5), uint256.NewInt(7)
	tr.Set(k1, a, b)
	require.Equal(t, LeafHash(k1, a, b), tr.Root(), "a single leaf is the root wherever it sits")

	var x, y common.Hash
	x[0], y[0] = 0x00, 0x80 // differ at bit 0
	tr = New()
	tr.Set(x, a, b)
	tr.Set(y, b, a)
	require.Equal(t, NodeHash(LeafHash(x, a, b), LeafHash(y, b, a)), tr.Root())

	// Keys that differ only at bit 2: two chain nodes with an empty side.
	x, y = common.Hash{}, common.Hash{}
	y[0] = 0x20
	tr = New()
	tr.Set(y, a, b)
	tr.Set(x, a, b)
	zero := common.Hash{}
	want := NodeHash(NodeHash(NodeHash(LeafHash(x, a, b), LeafHash(y, a, b)), zero), zero)
	require.Equal(t, want, tr.Root())

	// Keys that differ only in the last bit.
	y = common.Hash{}
	y[31] = 1
	tr = New()
	tr.Set(x, a, b)
	tr.Set(y, a, b)
	require.Equal(t, refRoot([]kv{{x, *a, *b}, {y, *a, *b}}, 0), tr.Root())
	p := tr.Prove(y)
	require.Equal(t, 256, p.Depth())
	require.NoError(t, VerifyProof(tr.Root(), y, &p))
}

func TestRootMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for _, clustered := range []bool{false, true} {
		for _, n := range []int{1, 2, 3, 10, 100, 1000} {
			leaves := randLeaves(rng, n, clustered)
			tr := New()
			for _, l := range leaves {
				tr.Set(l.key, &l.a, &l.b)
			}
			require.Equal(t, refRoot(leaves, 0), tr.Root(), "n=%d clustered=%v", n, clustered)
			require.Equal(t, n, tr.Len())
			for _, l := range leaves {
				a, b, ok := tr.Get(l.key)
				require.True(t, ok)
				require.Equal(t, l.a, a)
				require.Equal(t, l.b, b)
			}
			_, _, ok := tr.Get(randKey(rng))
			require.False(t, ok)
		}
	}
}

// TestBatchedEqualsOneByOne: hashing after every update or once per batch
// gives the same roots, including rewrites of existing leaves.
func TestBatchedEqualsOneByOne(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	leaves := randLeaves(rng, 2000, false)
	eager, batched := New(), New()
	for round := 0; round < 5; round++ {
		for i := 0; i < 400; i++ {
			l := leaves[rng.Intn(len(leaves))]
			a := uint256.NewInt(rng.Uint64())
			eager.Set(l.key, a, &l.b)
			eager.Root()
			batched.Set(l.key, a, &l.b)
		}
		require.Equal(t, eager.Root(), batched.Root(), "round %d", round)
	}
}

func TestCopyIsIndependent(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	leaves := randLeaves(rng, 500, false)
	tr := New()
	for _, l := range leaves[:400] {
		tr.Set(l.key, &l.a, &l.b)
	}
	// Leave some dirty state before copying.
	tr.Set(leaves[0].key, uint256.NewInt(1), uint256.NewInt(1))
	snap := tr.Copy()
	rootAtCopy := snap.Root()
	require.Equal(t, tr.Root(), rootAtCopy)

	for _, l := range leaves[400:] {
		tr.Set(l.key, &l.a, &l.b)
	}
	tr.Set(leaves[1].key, uint256.NewInt(9), uint256.NewInt(9))
	require.Equal(t, rootAtCopy, snap.Root(), "changes to the original do not reach the copy")

	snap2 := snap.Copy()
	snap.Set(leaves[2].key, uint256.NewInt(3), uint256.NewInt(3))
	require.Equal(t, rootAtCopy, snap2.Root(), "changes to a copy do not reach its copies")
	a, _, _ := snap2.Get(leaves[2].key)
	require.Equal(t, leaves[2].a, a)

	// Both histories still agree with the reference.
	cur := map[common.Hash]kv{}
	tr.ForEach(func(k common.Hash, a, b *uint256.Int) bool {
		cur[k] = kv{k, *a, *b}
		return true
	})
	list := make([]kv, 0, len(cur))
	for _, v := range cur {
		list = append(list, v)
	}
	require.Equal(t, refRoot(list, 0), tr.Root())
	require.Equal(t, 500, tr.Len())
	require.Equal(t, 400, snap2.Len())
}

func TestForEachOrder(t *testing.T) {
	rng := rand.New(rand.NewSource(4))
	tr := New()
	for _, l := range randLeaves(rng, 300, false) {
		tr.Set(l.key, &l.a, &l.b)
	}
	var prev *common.Hash
	count := 0
	tr.ForEach(func(k common.Hash, _, _ *uint256.Int) bool {
		if prev != nil {
			require.Less(t, prev.Cmp(k), 0)
		}
		prev = &k
		count++
		return count < 100
	})
	require.Equal(t, 100, count, "ForEach stops when fn returns false")
}
