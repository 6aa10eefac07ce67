package blob

import (
	"math/big"
	"math/bits"

	"github.com/ethereum/go-ethereum/crypto/kzg4844"
)

// A blob is a polynomial in evaluation form (EIP-4844): field element i is its
// value at ω^bitrev(i), where ω is the primitive 4,096th root of unity
// 7^((r−1)/4096) of the BLS12-381 scalar field (r its modulus) and bitrev
// reverses the 12 bits of i. The point-evaluation precompile (0x0a) proves the
// value at a point against the commitment of a versioned hash, so a one-step
// proof can read one field element (31 bytes of the stream) for about 50,000
// gas without the blob on chain.

// Modulus is r, the BLS12-381 scalar field modulus.
var Modulus, _ = new(big.Int).SetString("52435875175126190479447740508185965837690552500527637822603658699938581184513", 10)

// rootOfUnity is ω.
var rootOfUnity = func() *big.Int {
	e := new(big.Int).Sub(Modulus, big.NewInt(1))
	e.Div(e, big.NewInt(ElementsPerBlob))
	return new(big.Int).Exp(big.NewInt(7), e, Modulus)
}()

// RootOfUnity returns ω (the on-chain reader raises it to bitrev(i)).
func RootOfUnity() *big.Int { return new(big.Int).Set(rootOfUnity) }

// BitReverse reverses the 12 bits of a field element index.
func BitReverse(i int) int { return int(bits.Reverse16(uint16(i)) >> 4) }

// EvaluationPoint returns the point whose value is field element i.
func EvaluationPoint(i int) kzg4844.Point {
	z := new(big.Int).Exp(rootOfUnity, big.NewInt(int64(BitReverse(i))), Modulus)
	var p kzg4844.Point
	z.FillBytes(p[:])
	return p
}

// ElementProof proves field element i of b: the evaluation point, the value
// (the element itself) and the KZG proof, which with the blob's commitment
// and versioned hash are the point-evaluation precompile's input.
func ElementProof(b *kzg4844.Blob, i int) (kzg4844.Point, kzg4844.Claim, kzg4844.Proof, error) {
	z := EvaluationPoint(i)
	proof, y, err := kzg4844.ComputeProof(b, z)
	return z, y, proof, err
}
