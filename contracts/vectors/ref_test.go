package vectors

import (
	"bytes"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// A reference implementation of the hashes of docs/protocol.md, written from the
// text, independent of the Solidity contracts and of the l2 package.

func word(x uint64) []byte { return common.LeftPadBytes(new(big.Int).SetUint64(x).Bytes(), 32) }

func refMachineHash(root common.Hash, cursor, deposits, number, ts uint64) common.Hash {
	return crypto.Keccak256Hash(root[:], word(cursor), word(deposits), word(number), word(ts))
}

func refClaimHash(root common.Hash, deposits, number, ts uint64) common.Hash {
	return crypto.Keccak256Hash(root[:], word(deposits), word(number), word(ts))
}

func refLeafHash(key common.Hash, a, b *big.Int) common.Hash {
	return crypto.Keccak256Hash([]byte{0}, key[:], common.LeftPadBytes(a.Bytes(), 32), common.LeftPadBytes(b.Bytes(), 32))
}

func refNodeHash(l, r common.Hash) common.Hash { return crypto.Keccak256Hash([]byte{1}, l[:], r[:]) }

type refLeaf struct {
	key  common.Hash
	a, b *big.Int
}

func bit(k common.Hash, i int) int { return int(k[i/8]>>(7-i%8)) & 1 }

// refRoot is the compact sparse Merkle root (§3.2) by recursion.
func refRoot(ls []refLeaf, depth int) common.Hash {
	switch len(ls) {
	case 0:
		return common.Hash{}
	case 1:
		return refLeafHash(ls[0].key, ls[0].a, ls[0].b)
	}
	var l, r []refLeaf
	for _, x := range ls {
		if bit(x.key, depth) == 0 {
			l = append(l, x)
		} else {
			r = append(r, x)
		}
	}
	return refNodeHash(refRoot(l, depth+1), refRoot(r, depth+1))
}

func refAccountKey(a common.Address) common.Hash { return crypto.Keccak256Hash(a[:]) }

func refWithdrawalKey(sender common.Address, nonce uint64) common.Hash {
	n := new(big.Int).SetUint64(nonce).Bytes()
	return crypto.Keccak256Hash([]byte{0x57}, sender[:], common.LeftPadBytes(n, 8))
}

// refChunkRoot is the chunk root of §7.
func refChunkRoot(data []byte) common.Hash {
	var leaves []common.Hash
	for i := 0; i < len(data); i += 1024 {
		end := min(i+1024, len(data))
		leaves = append(leaves, crypto.Keccak256Hash(data[i:end]))
	}
	p := 1
	for p < len(leaves) {
		p *= 2
	}
	for len(leaves) < p {
		leaves = append(leaves, common.Hash{})
	}
	for len(leaves) > 1 {
		next := make([]common.Hash, len(leaves)/2)
		for i := range next {
			next[i] = crypto.Keccak256Hash(leaves[2*i][:], leaves[2*i+1][:])
		}
		leaves = next
	}
	return leaves[0]
}

// refCuint decodes a cuint (§5.1).
func refCuint(b []byte) (uint64, int, bool) {
	if len(b) == 0 {
		return 0, 0, false
	}
	switch b0 := b[0]; {
	case b0 < 0xF0:
		return uint64(b0), 1, true
	case b0 <= 0xFD:
		if len(b) < 2 {
			return 0, 0, false
		}
		return 240 + uint64(b0-0xF0)*256 + uint64(b[1]), 2, true
	case b0 == 0xFE:
		if len(b) < 3 {
			return 0, 0, false
		}
		return 3824 + uint64(b[1])<<8 + uint64(b[2]), 3, true
	default:
		if len(b) < 9 {
			return 0, 0, false
		}
		return new(big.Int).SetBytes(b[1:9]).Uint64(), 9, true
	}
}

var two256 = new(big.Int).Lsh(big.NewInt(1), 256)

// refAmount decodes an amount (§5.1).
func refAmount(b []byte) (*big.Int, int, bool) {
	if len(b) == 0 {
		return nil, 0, false
	}
	b0 := int(b[0])
	ten := big.NewInt(10)
	if b0 <= 0xE0 {
		v := new(big.Int).Mul(big.NewInt(int64(b0%9+1)), new(big.Int).Exp(ten, big.NewInt(int64(b0/9)), nil))
		return v, 1, true
	}
	if len(b) < 2 {
		return nil, 0, false
	}
	if b0 < 0xFF {
		k := (b0-0xE1)*256 + int(b[1])
		if k >= 7020 {
			return nil, 0, false
		}
		v := new(big.Int).Mul(big.NewInt(int64(10+k%90)), new(big.Int).Exp(ten, big.NewInt(int64(k/90)), nil))
		if v.Cmp(two256) >= 0 {
			return nil, 0, false
		}
		return v, 2, true
	}
	l := int(b[1])
	if l > 32 || len(b) < 2+l {
		return nil, 0, false
	}
	return new(big.Int).SetBytes(b[2 : 2+l]), 2 + l, true
}

// refLegacySigningHash and refEIP1559SigningHash use go-ethereum's signers (§2.2).
func refLegacySigningHash(chainID int64, nonce uint64, gasPrice *big.Int, gas uint64, to common.Address, value *big.Int) common.Hash {
	tx := types.NewTx(&types.LegacyTx{Nonce: nonce, GasPrice: gasPrice, Gas: gas, To: &to, Value: value})
	return types.NewEIP155Signer(big.NewInt(chainID)).Hash(tx)
}

func refEIP1559SigningHash(chainID int64, nonce uint64, tip, feeCap *big.Int, gas uint64, to common.Address, value *big.Int) common.Hash {
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(chainID), Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: &to, Value: value})
	return types.NewLondonSigner(big.NewInt(chainID)).Hash(tx)
}

var _ = bytes.Equal
