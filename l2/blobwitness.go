package l2

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"

	"github.com/rollup-dev/rollup/l2/blob"
)

// This file is the carrier of a blob batch (§5.5) for one-step proofs: the
// blob the batch came in, whose field elements a witness holds in place of
// chunks.

// ErrBlobData is returned by SetBlob when the blob does not carry the
// context's data.
var ErrBlobData = errors.New("l2: the blob does not carry the batch's data")

// ElementWitness is one field element of a blob batch's blob with its KZG
// proof at the element's evaluation point.
type ElementWitness struct {
	// Index is the element's position in the blob: it holds stream bytes
	// [31·Index, 31·Index + 31), data byte k being stream byte 5 + k.
	Index uint16
	// Value is the element: a byte the protocol does not read, then 31 bytes
	// of the stream.
	Value [32]byte
	// Proof is the KZG proof of Value at the element's point.
	Proof kzg4844.Proof
}

// blobCarrier is the blob of a blob batch and the element proofs computed so
// far (each costs a KZG proof computation).
type blobCarrier struct {
	blob       kzg4844.Blob
	commitment kzg4844.Commitment
	hash       common.Hash
	proofs     map[int]kzg4844.Proof
}

// SetBlob makes c a blob batch carried by b: its data root becomes b's
// versioned hash and its witnesses hold field elements of b instead of
// chunks. The data b carries as the protocol reads it (blob.BatchData) must be
// c.Data.
func (c *BatchContext) SetBlob(b *kzg4844.Blob) error {
	data, err := blob.BatchData(b)
	if err != nil {
		return err
	}
	if !bytes.Equal(data, c.Data) {
		return ErrBlobData
	}
	commitment, err := kzg4844.BlobToCommitment(b)
	if err != nil {
		return fmt.Errorf("l2: blob commitment: %w", err)
	}
	c.blob = &blobCarrier{blob: *b, commitment: commitment, hash: blob.VersionedHash(&commitment), proofs: map[int]kzg4844.Proof{}}
	return nil
}

// IsBlob reports whether c is a blob batch (SetBlob).
func (c *BatchContext) IsBlob() bool { return c.blob != nil }

// DataRoot returns what the batch record commits the data by (§7): the
// versioned hash of a blob batch's blob, the chunk root of a calldata batch.
func (c *BatchContext) DataRoot() common.Hash {
	if c.blob != nil {
		return c.blob.hash
	}
	return c.ChunkRoot()
}

// BlobCommitment returns the KZG commitment of a blob batch's blob.
func (c *BatchContext) BlobCommitment() kzg4844.Commitment { return c.blob.commitment }

// elements returns the witnesses of the field elements holding the data
// ranges, in ascending index order.
func (c *BatchContext) elements(ranges [][2]int) ([]ElementWitness, error) {
	seen := map[int]bool{}
	for _, r := range ranges {
		for i := (r[0] + blob.HeaderBytes) / blob.BytesPerElement; i <= (r[1]-1+blob.HeaderBytes)/blob.BytesPerElement; i++ {
			seen[i] = true
		}
	}
	out := make([]ElementWitness, 0, len(seen))
	for _, i := range slices.Sorted(maps.Keys(seen)) {
		proof, ok := c.blob.proofs[i]
		if !ok {
			var err error
			if _, _, proof, err = blob.ElementProof(&c.blob.blob, i); err != nil {
				return nil, fmt.Errorf("l2: proof of blob element %d: %w", i, err)
			}
			c.blob.proofs[i] = proof
		}
		w := ElementWitness{Index: uint16(i), Proof: proof}
		copy(w.Value[:], c.blob.blob[32*i:32*i+32])
		out = append(out, w)
	}
	return out, nil
}
