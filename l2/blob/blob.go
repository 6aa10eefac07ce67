// Package blob is the layout of batch data in EIP-4844 blobs: how a batch's
// bytes are packed into field elements, read back strictly, located for a
// one-step read, and committed to with KZG (go-ethereum's kzg4844).
//
// Layout (docs/protocol.md §5.5): a blob is 4,096 field
// elements of 32 bytes, big-endian, each below the BLS12-381 scalar modulus.
// The first byte of every element is zero and the other 31 carry data, so any
// byte string is a valid blob and byte k of the stream sits in element k/31 at
// byte 1 + k%31. The stream of a batch's blobs, taken in order, is
//
//	version (1 byte, 0) ‖ length (4 bytes, big-endian) ‖ data ‖ zero padding
//
// A decoder refuses a non-zero first byte, an unknown version, a length past
// the blobs' capacity and non-zero padding, so each batch has exactly one
// encoding.
package blob

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
)

const (
	// ElementsPerBlob is the number of field elements of a blob.
	ElementsPerBlob = 4096
	// BytesPerElement is the data a field element carries.
	BytesPerElement = 31
	// BytesPerBlob is the stream bytes one blob carries.
	BytesPerBlob = ElementsPerBlob * BytesPerElement
	// HeaderBytes is the version and length that start the stream.
	HeaderBytes = 5
	// Version is the layout's version byte.
	Version = 0
)

// Errors of Decode.
var (
	ErrNoBlobs   = errors.New("blob: no blobs")
	ErrHighByte  = errors.New("blob: a field element's first byte is not zero")
	ErrVersion   = errors.New("blob: unknown layout version")
	ErrLength    = errors.New("blob: length beyond the blobs' capacity")
	ErrPadding   = errors.New("blob: non-zero bytes after the data")
	ErrTooMany   = errors.New("blob: more blobs than the data needs")
	ErrHashes    = errors.New("blob: the blobs do not match their versioned hashes")
	ErrHashCount = errors.New("blob: as many blobs as versioned hashes are needed")
)

// Count returns how many blobs n bytes of data take.
func Count(n int) int { return (HeaderBytes + n + BytesPerBlob - 1) / BytesPerBlob }

// Capacity returns the most data count blobs carry.
func Capacity(count int) int { return count*BytesPerBlob - HeaderBytes }

// Locate returns where byte k of the stream (the header's bytes first) is:
// its blob, its field element and its byte within the element's 32.
func Locate(k int) (blob, element, byteInElement int) {
	return k / BytesPerBlob, (k % BytesPerBlob) / BytesPerElement, 1 + k%BytesPerElement
}

// Encode packs data into the fewest blobs.
func Encode(data []byte) []kzg4844.Blob {
	stream := make([]byte, HeaderBytes, HeaderBytes+len(data))
	stream[0] = Version
	binary.BigEndian.PutUint32(stream[1:HeaderBytes], uint32(len(data)))
	stream = append(stream, data...)
	blobs := make([]kzg4844.Blob, Count(len(data)))
	for k := 0; k < len(stream); k += BytesPerElement {
		b, e, _ := Locate(k)
		copy(blobs[b][e*32+1:e*32+32], stream[k:min(k+BytesPerElement, len(stream))])
	}
	return blobs
}

// Decode reads the data back from blobs, strictly: it refuses every byte
// string Encode would not have written.
func Decode(blobs []kzg4844.Blob) ([]byte, error) {
	if len(blobs) == 0 {
		return nil, ErrNoBlobs
	}
	stream := make([]byte, 0, len(blobs)*BytesPerBlob)
	for i := range blobs {
		for e := 0; e < ElementsPerBlob; e++ {
			el := blobs[i][e*32 : e*32+32]
			if el[0] != 0 {
				return nil, fmt.Errorf("%w (blob %d, element %d)", ErrHighByte, i, e)
			}
			stream = append(stream, el[1:]...)
		}
	}
	if stream[0] != Version {
		return nil, fmt.Errorf("%w %d", ErrVersion, stream[0])
	}
	n := uint64(binary.BigEndian.Uint32(stream[1:HeaderBytes]))
	if n > uint64(Capacity(len(blobs))) {
		return nil, fmt.Errorf("%w: %d bytes in %d blobs", ErrLength, n, len(blobs))
	}
	if Count(int(n)) != len(blobs) {
		return nil, fmt.Errorf("%w: %d bytes in %d blobs", ErrTooMany, n, len(blobs))
	}
	end := HeaderBytes + int(n)
	for k := end; k < len(stream); k++ {
		if stream[k] != 0 {
			return nil, fmt.Errorf("%w (stream byte %d)", ErrPadding, k)
		}
	}
	return stream[HeaderBytes:end:end], nil
}

// BatchData reads the data of a blob batch as the protocol defines it
// (docs/protocol.md §5.5) and as Rollup.appendBlobBatches and the one-step
// prover read it: bytes 1..31 of each element, in order, from stream byte 5 for
// the stream's dataLen bytes. The first byte of each element and the padding
// are not part of the batch, so a blob Decode refuses still has a meaning; only
// a version other than 0 or a dataLen beyond one blob's capacity (which
// appendBlobBatches refuses, with every dataLen above MAX_BATCH_BYTES) is an
// error.
func BatchData(b *kzg4844.Blob) ([]byte, error) {
	stream := make([]byte, BytesPerBlob)
	for e := 0; e < ElementsPerBlob; e++ {
		copy(stream[e*BytesPerElement:], b[e*32+1:e*32+32])
	}
	if stream[0] != Version {
		return nil, fmt.Errorf("%w %d", ErrVersion, stream[0])
	}
	n := uint64(binary.BigEndian.Uint32(stream[1:HeaderBytes]))
	if n > uint64(Capacity(1)) {
		return nil, fmt.Errorf("%w: %d bytes in one blob", ErrLength, n)
	}
	return stream[HeaderBytes : HeaderBytes+int(n) : HeaderBytes+int(n)], nil
}

// Sidecar builds the sidecar of blobs: commitments and, for version 0 (EIP-4844,
// Cancun and Prague), one proof per blob; for version 1 (EIP-7594, Osaka),
// the cell proofs.
func Sidecar(blobs []kzg4844.Blob, version byte) (*types.BlobTxSidecar, error) {
	commitments := make([]kzg4844.Commitment, len(blobs))
	var proofs []kzg4844.Proof
	for i := range blobs {
		c, err := kzg4844.BlobToCommitment(&blobs[i])
		if err != nil {
			return nil, fmt.Errorf("blob %d: commitment: %w", i, err)
		}
		commitments[i] = c
		switch version {
		case types.BlobSidecarVersion0:
			p, err := kzg4844.ComputeBlobProof(&blobs[i], c)
			if err != nil {
				return nil, fmt.Errorf("blob %d: proof: %w", i, err)
			}
			proofs = append(proofs, p)
		case types.BlobSidecarVersion1:
			ps, err := kzg4844.ComputeCellProofs(&blobs[i])
			if err != nil {
				return nil, fmt.Errorf("blob %d: cell proofs: %w", i, err)
			}
			proofs = append(proofs, ps...)
		default:
			return nil, fmt.Errorf("blob: unknown sidecar version %d", version)
		}
	}
	return types.NewBlobTxSidecar(version, blobs, commitments, proofs), nil
}

// VersionedHash is the EIP-4844 versioned hash of a commitment.
func VersionedHash(c *kzg4844.Commitment) common.Hash {
	return kzg4844.CalcBlobHashV1(sha256.New(), c)
}

// Verify checks that blobs are the ones the versioned hashes name, in order,
// by computing their commitments; it trusts nothing it is given beyond them.
func Verify(blobs []kzg4844.Blob, hashes []common.Hash) error {
	if len(blobs) != len(hashes) {
		return fmt.Errorf("%w: %d blobs, %d hashes", ErrHashCount, len(blobs), len(hashes))
	}
	for i := range blobs {
		c, err := kzg4844.BlobToCommitment(&blobs[i])
		if err != nil {
			return fmt.Errorf("blob %d: %w", i, err)
		}
		if VersionedHash(&c) != hashes[i] {
			return fmt.Errorf("%w (blob %d)", ErrHashes, i)
		}
	}
	return nil
}
