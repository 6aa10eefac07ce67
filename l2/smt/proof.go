package smt

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// MaxDepth is the depth of the conceptual tree and the most siblings a proof
// can have.
const MaxDepth = 256

// Proof errors.
var (
	// ErrProofTooDeep: a proof has more than MaxDepth siblings.
	ErrProofTooDeep = errors.New("smt: proof deeper than 256")
	// ErrProofPrefix: the proof's leaf does not share the first d bits of the key.
	ErrProofPrefix = errors.New("smt: proof leaf is not on the key's path")
	// ErrProofRoot: the proof does not hash to the root.
	ErrProofRoot = errors.New("smt: proof does not match the root")
)

// Proof describes the path from the root to where a key lives or would live
// (docs/protocol.md §3.3). Siblings[i] is the hash of the child at depth i+1
// that is not on the key's path; the path ends at depth len(Siblings), at the
// leaf (LeafKey, LeafA, LeafB) when LeafPresent, else at an empty subtree.
type Proof struct {
	Siblings    []common.Hash
	LeafPresent bool
	LeafKey     common.Hash
	LeafA       uint256.Int
	LeafB       uint256.Int
}

// Depth returns the depth at which the proof's path ends.
func (p *Proof) Depth() int { return len(p.Siblings) }

// Size returns the proof's size in bytes as a flat encoding: 32 bytes per
// sibling, one flag byte, and 96 bytes of leaf when a leaf is present.
func (p *Proof) Size() int {
	n := 32*len(p.Siblings) + 1
	if p.LeafPresent {
		n += 96
	}
	return n
}

// Value returns what a valid proof says about key: its values and whether the
// leaf exists. An absent key reads as (0, 0).
func (p *Proof) Value(key common.Hash) (a, b uint256.Int, included bool) {
	if p.LeafPresent && p.LeafKey == key {
		return p.LeafA, p.LeafB, true
	}
	return a, b, false
}

// Prove returns the proof for key against the current root (computing the
// root first if needed).
func (t *Tree) Prove(key common.Hash) Proof {
	t.Root()
	var p Proof
	n := t.root
	for depth := 0; n != nil && n.leaf == nil; depth++ {
		if Bit(&key, depth) == 0 {
			p.Siblings = append(p.Siblings, childHash(n.right))
			n = n.left
		} else {
			p.Siblings = append(p.Siblings, childHash(n.left))
			n = n.right
		}
	}
	if n != nil {
		p.LeafPresent = true
		p.LeafKey = n.leaf.key
		p.LeafA = n.leaf.a
		p.LeafB = n.leaf.b
	}
	return p
}

// VerifyProof checks p for key against root (§3.3 steps 1 to 4). It returns nil
// when the proof is valid; p.Value(key) then gives the proven values.
func VerifyProof(root, key common.Hash, p *Proof) error {
	if err := checkShape(key, p); err != nil {
		return err
	}
	h := getHasher()
	defer putHasher(h)
	var cur common.Hash
	if p.LeafPresent {
		cur = h.leaf(&p.LeafKey, &p.LeafA, &p.LeafB)
	}
	if fold(h, key, p.Siblings, cur) != root {
		return ErrProofRoot
	}
	return nil
}

// UpdateFromProof returns the root after setting key to (a, b), given a valid
// proof p for key against root: the algorithm of §3.3 the one-step prover runs.
func UpdateFromProof(root, key common.Hash, p *Proof, a, b *uint256.Int) (common.Hash, error) {
	if err := VerifyProof(root, key, p); err != nil {
		return common.Hash{}, err
	}
	h := getHasher()
	defer putHasher(h)
	nw := h.leaf(&key, a, b)
	if !p.LeafPresent || p.LeafKey == key {
		return fold(h, key, p.Siblings, nw), nil
	}
	d := len(p.Siblings)
	j := firstDiff(&key, &p.LeafKey, d)
	old := h.leaf(&p.LeafKey, &p.LeafA, &p.LeafB)
	var cur common.Hash
	if Bit(&key, j) == 0 {
		cur = h.node(&nw, &old)
	} else {
		cur = h.node(&old, &nw)
	}
	var zero common.Hash
	for i := j - 1; i >= d; i-- {
		if Bit(&key, i) == 0 {
			cur = h.node(&cur, &zero)
		} else {
			cur = h.node(&zero, &cur)
		}
	}
	return fold(h, key, p.Siblings, cur), nil
}

// checkShape applies §3.3 step 1 and the depth limit.
func checkShape(key common.Hash, p *Proof) error {
	d := len(p.Siblings)
	if d > MaxDepth {
		return ErrProofTooDeep
	}
	if p.LeafPresent && firstDiffOrLen(&key, &p.LeafKey, 0) < d {
		return fmt.Errorf("%w (depth %d)", ErrProofPrefix, d)
	}
	return nil
}

// firstDiffOrLen is firstDiff that returns 256 for equal keys.
func firstDiffOrLen(x, y *common.Hash, from int) int {
	if *x == *y {
		return MaxDepth
	}
	return firstDiff(x, y, from)
}

// fold applies §3.3 step 3: hashes cur up the path of key with siblings.
func fold(h *hasher, key common.Hash, siblings []common.Hash, cur common.Hash) common.Hash {
	for i := len(siblings) - 1; i >= 0; i-- {
		if Bit(&key, i) == 0 {
			cur = h.node(&cur, &siblings[i])
		} else {
			cur = h.node(&siblings[i], &cur)
		}
	}
	return cur
}
