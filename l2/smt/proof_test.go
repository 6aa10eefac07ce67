package smt

import (
	"encoding/binary"
	"math/rand"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

func buildTree(leaves []kv) *Tree {
	tr := New()
	for _, l := range leaves {
		tr.Set(l.key, &l.a, &l.b)
	}
	return tr
}

func TestProofsVerify(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	for _, clustered := range []bool{false, true} {
		leaves := randLeaves(rng, 300, clustered)
		tr := buildTree(leaves[:200])
		root := tr.Root()
		for i, l := range leaves {
			p := tr.Prove(l.key)
			require.NoError(t, VerifyProof(root, l.key, &p))
			a, b, inc := p.Value(l.key)
			if i < 200 {
				require.True(t, inc, "inclusion")
				require.Equal(t, l.a, a)
				require.Equal(t, l.b, b)
			} else {
				require.False(t, inc, "non-inclusion")
				require.True(t, a.IsZero() && b.IsZero())
			}
		}
	}
	// The empty tree proves every key absent with an empty path.
	p := New().Prove(common.Hash{1})
	require.NoError(t, VerifyProof(common.Hash{}, common.Hash{1}, &p))
	require.Equal(t, 0, p.Depth())
	require.False(t, p.LeafPresent)
}

// TestProofsRejectTampering: every single change to a valid proof, its key or
// its root makes verification fail.
func TestProofsRejectTampering(t *testing.T) {
	rng := rand.New(rand.NewSource(6))
	leaves := randLeaves(rng, 300, false)
	tr := buildTree(leaves[:250])
	root := tr.Root()
	for _, l := range leaves {
		good := tr.Prove(l.key)
		clone := func() Proof {
			c := good
			c.Siblings = append([]common.Hash(nil), good.Siblings...)
			return c
		}
		cases := map[string]func() (common.Hash, common.Hash, Proof){
			"wrong root": func() (common.Hash, common.Hash, Proof) {
				r := root
				r[5] ^= 1
				return r, l.key, clone()
			},
			"flipped sibling": func() (common.Hash, common.Hash, Proof) {
				c := clone()
				if len(c.Siblings) == 0 {
					c.Siblings = []common.Hash{{}}
				} else {
					c.Siblings[rng.Intn(len(c.Siblings))][0] ^= 0x40
				}
				return root, l.key, c
			},
			"extra sibling": func() (common.Hash, common.Hash, Proof) {
				c := clone()
				c.Siblings = append(c.Siblings, common.Hash{})
				return root, l.key, c
			},
			"dropped sibling": func() (common.Hash, common.Hash, Proof) {
				c := clone()
				if len(c.Siblings) > 0 {
					c.Siblings = c.Siblings[:len(c.Siblings)-1]
				} else {
					c.LeafPresent = !c.LeafPresent
				}
				return root, l.key, c
			},
			"toggled leaf flag": func() (common.Hash, common.Hash, Proof) {
				c := clone()
				c.LeafPresent = !c.LeafPresent
				if c.LeafPresent {
					c.LeafKey = l.key
				}
				return root, l.key, c
			},
			"changed value": func() (common.Hash, common.Hash, Proof) {
				c := clone()
				if !c.LeafPresent {
					c.LeafPresent, c.LeafKey = true, l.key
				}
				c.LeafA.AddUint64(&c.LeafA, 1)
				return root, l.key, c
			},
			"other key": func() (common.Hash, common.Hash, Proof) {
				k := l.key
				k[31] ^= 1
				if good.LeafPresent && good.LeafKey != l.key {
					// A non-inclusion proof ending at another leaf also proves
					// the absence of keys near l.key; pick the leaf's own key.
					k = good.LeafKey
				}
				return root, k, clone()
			},
		}
		for name, mk := range cases {
			r, k, p := mk()
			if name == "other key" && !good.LeafPresent {
				// Keys sharing the empty subtree are legitimately proven absent.
				continue
			}
			err := VerifyProof(r, k, &p)
			if err == nil {
				// Only acceptable if the proof really says something true.
				a, b, inc := p.Value(k)
				ta, tb, tok := tr.Get(k)
				require.True(t, r == root && inc == tok && a == ta && b == tb, "%s accepted a false statement", name)
			}
		}
	}
}

// TestUpdateFromProofMatchesTree: the proof-based update gives the same root
// as the tree for rewrites, inserts under empty subtrees and inserts that
// split an existing leaf, in a chain of updates each against the last root.
func TestUpdateFromProofMatchesTree(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	for _, clustered := range []bool{false, true} {
		leaves := randLeaves(rng, 600, clustered)
		tr := buildTree(leaves[:300])
		root := tr.Root()
		kinds := map[string]int{}
		for i := 0; i < 600; i++ {
			l := leaves[rng.Intn(len(leaves))]
			p := tr.Prove(l.key)
			switch {
			case p.LeafPresent && p.LeafKey == l.key:
				kinds["update"]++
			case p.LeafPresent:
				kinds["split"]++
			default:
				kinds["empty"]++
			}
			a, b := uint256.NewInt(rng.Uint64()), uint256.NewInt(rng.Uint64())
			got, err := UpdateFromProof(root, l.key, &p, a, b)
			require.NoError(t, err)
			tr.Set(l.key, a, b)
			root = tr.Root()
			require.Equal(t, root, got)
		}
		for _, k := range []string{"update", "split"} {
			require.Positive(t, kinds[k], k)
		}
	}
	// From the empty tree.
	var p Proof
	k := common.Hash{9}
	got, err := UpdateFromProof(common.Hash{}, k, &p, uint256.NewInt(1), uint256.NewInt(2))
	require.NoError(t, err)
	require.Equal(t, LeafHash(k, uint256.NewInt(1), uint256.NewInt(2)), got)

	// An invalid proof is refused.
	p.Siblings = []common.Hash{{1}}
	_, err = UpdateFromProof(common.Hash{}, k, &p, uint256.NewInt(1), uint256.NewInt(2))
	require.ErrorIs(t, err, ErrProofRoot)
	p.Siblings = make([]common.Hash, 257)
	require.ErrorIs(t, VerifyProof(common.Hash{}, k, &p), ErrProofTooDeep)
}

// encodeProof is the flat encoding the fuzz target decodes: flag byte, leaf
// (key, a, b) when present, then the siblings.
func encodeProof(p *Proof) []byte {
	out := []byte{0}
	if p.LeafPresent {
		out[0] = 1
		a, b := p.LeafA.Bytes32(), p.LeafB.Bytes32()
		out = append(append(append(out, p.LeafKey[:]...), a[:]...), b[:]...)
	}
	for _, s := range p.Siblings {
		out = append(out, s[:]...)
	}
	return out
}

func decodeProof(data []byte) (Proof, bool) {
	var p Proof
	if len(data) < 1 {
		return p, false
	}
	p.LeafPresent = data[0]&1 == 1
	data = data[1:]
	if p.LeafPresent {
		if len(data) < 96 {
			return p, false
		}
		copy(p.LeafKey[:], data[:32])
		p.LeafA.SetBytes32(data[32:64])
		p.LeafB.SetBytes32(data[64:96])
		data = data[96:]
	}
	for len(data) >= 32 {
		p.Siblings = append(p.Siblings, common.BytesToHash(data[:32]))
		data = data[32:]
	}
	return p, true
}

// FuzzVerifyProof: arbitrary proofs never panic, and whatever VerifyProof
// accepts against the fixture tree's root is true of that tree.
func FuzzVerifyProof(f *testing.F) {
	rng := rand.New(rand.NewSource(8))
	leaves := randLeaves(rng, 64, false)
	tr := buildTree(leaves[:48])
	root := tr.Root()
	for _, l := range leaves[40:] {
		p := tr.Prove(l.key)
		f.Add(l.key[:], encodeProof(&p), uint64(0))
	}
	f.Add(make([]byte, 32), []byte{1}, uint64(1))
	f.Fuzz(func(t *testing.T, keyBytes, proofBytes []byte, sel uint64) {
		key := common.BytesToHash(keyBytes)
		p, ok := decodeProof(proofBytes)
		if !ok {
			return
		}
		r := root
		if sel%2 == 1 {
			r = common.BytesToHash(proofBytes) // an arbitrary root
		}
		err := VerifyProof(r, key, &p)
		newRoot, uerr := UpdateFromProof(r, key, &p, uint256.NewInt(sel), uint256.NewInt(1))
		require.Equal(t, err == nil, uerr == nil)
		if err != nil || r != root {
			return
		}
		a, b, inc := p.Value(key)
		ta, tb, tok := tr.Get(key)
		require.Equal(t, tok, inc)
		require.Equal(t, ta, a)
		require.Equal(t, tb, b)
		c := tr.Copy()
		c.Set(key, uint256.NewInt(sel), uint256.NewInt(1))
		require.Equal(t, c.Root(), newRoot)
	})
}

func TestProofSizes(t *testing.T) {
	rng := rand.New(rand.NewSource(9))
	tr := New()
	one := uint256.NewInt(1)
	for i := 0; i < 1<<14; i++ {
		tr.Set(randKey(rng), one, one)
	}
	total := 0
	for i := 0; i < 1000; i++ {
		var k common.Hash
		binary.BigEndian.PutUint64(k[:], rng.Uint64())
		p := tr.Prove(k)
		total += p.Depth()
	}
	avg := float64(total) / 1000
	// log2(16384) = 14; compact trees are a little deeper on average.
	require.InDelta(t, 15, avg, 1.5)
}
