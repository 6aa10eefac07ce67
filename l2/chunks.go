package l2

import (
	"github.com/ethereum/go-ethereum/common"
)

// This file implements the chunk commitment of §7: a Merkle root over the
// keccak hashes of the CHUNK_SIZE-byte chunks of a batch.

// NumChunks returns ⌈len(data) / CHUNK_SIZE⌉.
func NumChunks(dataLen int) int { return (dataLen + ChunkSize - 1) / ChunkSize }

// Chunk returns chunk i of data (the last chunk may be shorter).
func Chunk(data []byte, i int) []byte {
	end := (i + 1) * ChunkSize
	if end > len(data) {
		end = len(data)
	}
	return data[i*ChunkSize : end]
}

// chunkLeaves returns the chunk hashes padded with zero hashes to a power of
// two.
func chunkLeaves(data []byte) []common.Hash {
	n := NumChunks(len(data))
	p := 1
	for p < n {
		p <<= 1
	}
	leaves := make([]common.Hash, p)
	for i := 0; i < n; i++ {
		leaves[i] = keccak(Chunk(data, i))
	}
	return leaves
}

func hashPair(l, r common.Hash) common.Hash {
	var buf [64]byte
	copy(buf[:32], l[:])
	copy(buf[32:], r[:])
	return keccak(buf[:])
}

// ChunkRoot returns the chunk root of data (§7). Empty data, which appendBatch
// never accepts, has the zero root.
func ChunkRoot(data []byte) common.Hash {
	if len(data) == 0 {
		return common.Hash{}
	}
	level := chunkLeaves(data)
	for len(level) > 1 {
		for i := 0; i < len(level)/2; i++ {
			level[i] = hashPair(level[2*i], level[2*i+1])
		}
		level = level[:len(level)/2]
	}
	return level[0]
}

// ChunkProof returns the log2(P) sibling hashes of chunk i, from the leaf up.
func ChunkProof(data []byte, i int) []common.Hash {
	level := chunkLeaves(data)
	var proof []common.Hash
	for len(level) > 1 {
		proof = append(proof, level[i^1])
		for j := 0; j < len(level)/2; j++ {
			level[j] = hashPair(level[2*j], level[2*j+1])
		}
		level = level[:len(level)/2]
		i >>= 1
	}
	return proof
}

// VerifyChunk reports whether chunk is chunk index of the data committed to by
// root, given its proof.
func VerifyChunk(root common.Hash, index uint64, chunk []byte, proof []common.Hash) bool {
	if len(proof) < 64 && index>>uint(len(proof)) != 0 {
		return false
	}
	h := keccak(chunk)
	for _, s := range proof {
		if index&1 == 0 {
			h = hashPair(h, s)
		} else {
			h = hashPair(s, h)
		}
		index >>= 1
	}
	return h == root
}
