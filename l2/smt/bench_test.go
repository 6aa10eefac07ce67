package smt

import (
	"math/rand"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

const benchAccounts = 1_000_000

var (
	benchOnce sync.Once
	benchTree *Tree
	benchKeys []common.Hash
)

// benchFixture builds a tree of one million random accounts once per run.
func benchFixture(b *testing.B) (*Tree, []common.Hash) {
	b.Helper()
	benchOnce.Do(func() {
		rng := rand.New(rand.NewSource(42))
		benchTree = New()
		benchKeys = make([]common.Hash, benchAccounts)
		bal := uint256.NewInt(1e18)
		for i := range benchKeys {
			rng.Read(benchKeys[i][:])
			benchTree.Set(benchKeys[i], bal, new(uint256.Int))
		}
		benchTree.Root()
	})
	return benchTree.Copy(), benchKeys
}

// BenchmarkUpdateBatched1M measures leaf updates on a tree of one million
// accounts, rehashing once per batch of 10,000 updates (one op = one update).
// Nine in ten updates rewrite an existing account, one in ten creates one.
func BenchmarkUpdateBatched1M(b *testing.B) {
	tr, keys := benchFixture(b)
	rng := rand.New(rand.NewSource(1))
	var a, nonce uint256.Int
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var k common.Hash
		if i%10 == 9 {
			rng.Read(k[:])
		} else {
			k = keys[rng.Intn(len(keys))]
		}
		a.SetUint64(uint64(i))
		nonce.SetUint64(uint64(i >> 3))
		tr.Set(k, &a, &nonce)
		if i%10_000 == 9_999 {
			tr.Root()
		}
	}
	tr.Root()
}

// BenchmarkRoot1MOneUpdate measures a single update plus the root on 1M leaves.
func BenchmarkRoot1MOneUpdate(b *testing.B) {
	tr, keys := benchFixture(b)
	var a uint256.Int
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a.SetUint64(uint64(i))
		tr.Set(keys[i%len(keys)], &a, &a)
		tr.Root()
	}
}

func BenchmarkGet1M(b *testing.B) {
	tr, keys := benchFixture(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tr.Get(keys[(i*7919)%len(keys)])
	}
}

// BenchmarkProve1M reports the average proof depth and size on 1M accounts.
func BenchmarkProve1M(b *testing.B) {
	tr, keys := benchFixture(b)
	depth, size := 0, 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p := tr.Prove(keys[(i*7919)%len(keys)])
		depth += p.Depth()
		size += p.Size()
	}
	b.ReportMetric(float64(depth)/float64(b.N), "depth")
	b.ReportMetric(float64(size)/float64(b.N), "proof-bytes")
}

func BenchmarkVerify1M(b *testing.B) {
	tr, keys := benchFixture(b)
	root := tr.Root()
	proofs := make([]Proof, 1024)
	for i := range proofs {
		proofs[i] = tr.Prove(keys[i])
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := VerifyProof(root, keys[i%1024], &proofs[i%1024]); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCopy1M(b *testing.B) {
	tr, keys := benchFixture(b)
	var a uint256.Int
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c := tr.Copy()
		a.SetUint64(uint64(i))
		c.Set(keys[i%len(keys)], &a, &a) // the first write copies one path
		c.Root()
	}
}
