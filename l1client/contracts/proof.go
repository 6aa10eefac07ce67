// Machine and L2 states, batch contexts and headers, and the one-step proof
// witness of l2.StepWithWitness in the OneStepProver's Witness layout.
//
// The conversions are lossless. The OneStepProver reads deposits from the
// Bridge, so of l2.Witness.Deposit only a forced transaction has a
// counterpart: its ABI encoding, which the prover checks against the hash the
// Bridge stored.

package contracts

import (
	"fmt"
	"math"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/holiman/uint256"

	"github.com/rollup-dev/rollup/contracts/bindings"
	"github.com/rollup-dev/rollup/l2"
	"github.com/rollup-dev/rollup/l2/blob"
	"github.com/rollup-dev/rollup/l2/smt"
)

// MachineState converts a machine state to its ABI form.
func MachineState(m l2.MachineState) bindings.MachineState {
	return bindings.MachineState{
		StateRoot:        m.StateRoot,
		Cursor:           m.Cursor,
		DepositsConsumed: m.DepositsConsumed,
		BlockNumber:      m.BlockNumber,
		Timestamp:        m.Timestamp,
	}
}

// MachineStateFromABI converts an ABI machine state back.
func MachineStateFromABI(m bindings.MachineState) l2.MachineState {
	return l2.MachineState{
		StateRoot:        m.StateRoot,
		Cursor:           m.Cursor,
		DepositsConsumed: m.DepositsConsumed,
		BlockNumber:      m.BlockNumber,
		Timestamp:        m.Timestamp,
	}
}

// L2State converts an L2 state (a batch boundary) to its ABI form.
func L2State(s l2.L2State) bindings.L2State {
	return bindings.L2State{
		StateRoot:        s.StateRoot,
		DepositsConsumed: s.DepositsConsumed,
		BlockNumber:      s.BlockNumber,
		Timestamp:        s.Timestamp,
	}
}

// L2StateFromABI converts an ABI L2 state back.
func L2StateFromABI(s bindings.L2State) l2.L2State {
	return l2.L2State{
		StateRoot:        s.StateRoot,
		DepositsConsumed: s.DepositsConsumed,
		BlockNumber:      s.BlockNumber,
		Timestamp:        s.Timestamp,
	}
}

// Header builds the header appendBatch takes (docs/protocol.md §7).
func Header(index uint64, prev, post l2.L2State, numSteps uint64) bindings.BatchHeader {
	return bindings.BatchHeader{Index: index, Prev: L2State(prev), Post: L2State(post), NumSteps: numSteps}
}

// Context returns the part of a batch record the one-step prover runs in.
func Context(info bindings.BatchInfo) bindings.BatchContext {
	return bindings.BatchContext{
		DataRoot:     info.DataRoot,
		Blob:         info.Blob,
		DataLen:      info.DataLen,
		FeeCount:     info.FeeCount,
		AddrCount:    info.AddrCount,
		DepositLimit: info.DepositLimit,
	}
}

// StartState returns the machine state a batch record starts from: its
// claimed previous state (given, since the record holds only its hash) at
// recordsStart.
func StartState(info bindings.BatchInfo, prev l2.L2State) l2.MachineState {
	return prev.Machine(uint64(info.RecordsStart))
}

// EndState returns the machine state a batch record claims: its post state
// with the cursor at the end of the data.
func EndState(info bindings.BatchInfo) l2.MachineState {
	return L2StateFromABI(info.Post).Machine(uint64(info.DataLen))
}

// Witness converts a step witness to the OneStepProver's Witness: the chunks
// with their indexes and sibling hashes (or, for a blob batch, the blob's
// commitment and the field elements with their KZG proofs), and the state
// proofs in update order.
// It panics on a chunk index above 2^32 − 1, which no batch of at most
// MAX_BATCH_BYTES has.
func Witness(w *l2.Witness) bindings.Witness {
	out := bindings.Witness{
		Chunks: make([]bindings.ChunkProof, len(w.Chunks)),
		Proofs: make([]bindings.StateProof, len(w.StateProofs)),
	}
	for i, c := range w.Chunks {
		if c.Index > math.MaxUint32 {
			panic("contracts: chunk index above 2^32 - 1")
		}
		out.Chunks[i] = bindings.ChunkProof{
			Index:    uint32(c.Index),
			Data:     append([]byte{}, c.Data...),
			Siblings: hashes(c.Proof),
		}
	}
	for i, sp := range w.StateProofs {
		out.Proofs[i] = StateProof(&sp.Proof)
	}
	out.BlobCommitment, out.Elements = []byte{}, make([]bindings.BlobElement, len(w.Elements))
	if w.BlobCommitment != nil {
		out.BlobCommitment = append(out.BlobCommitment, w.BlobCommitment[:]...)
	}
	for i, e := range w.Elements {
		out.Elements[i] = bindings.BlobElement{Index: e.Index, Value: e.Value, Proof: append([]byte{}, e.Proof[:]...)}
	}
	if w.Deposit != nil && w.Deposit.Forced != nil {
		out.ForcedTx = EncodeForcedTx(w.Deposit.Forced)
	} else {
		out.ForcedTx = []byte{}
	}
	return out
}

// StateProof converts a sparse Merkle proof (docs/protocol.md §3.3).
func StateProof(p *smt.Proof) bindings.StateProof {
	return bindings.StateProof{
		Siblings:    hashes(p.Siblings),
		LeafPresent: p.LeafPresent,
		LeafKey:     p.LeafKey,
		LeafA:       p.LeafA.ToBig(),
		LeafB:       p.LeafB.ToBig(),
	}
}

// StateProofFromABI converts an ABI state proof back. ok is false when a leaf
// value does not fit in 256 bits or is negative.
func StateProofFromABI(p bindings.StateProof) (out smt.Proof, ok bool) {
	out.Siblings = make([]common.Hash, len(p.Siblings))
	for i, s := range p.Siblings {
		out.Siblings[i] = s
	}
	out.LeafPresent = p.LeafPresent
	out.LeafKey = p.LeafKey
	if !setBig(&out.LeafA, p.LeafA) || !setBig(&out.LeafB, p.LeafB) {
		return out, false
	}
	return out, true
}

// WithdrawalSiblings returns the siblings of an inclusion proof as
// Bridge.claimWithdrawal takes them.
func WithdrawalSiblings(p *smt.Proof) [][32]byte { return hashes(p.Siblings) }

func hashes(h []common.Hash) [][32]byte {
	out := make([][32]byte, len(h))
	for i := range h {
		out[i] = h[i]
	}
	return out
}

func setBig(z *uint256.Int, b *big.Int) bool {
	if b == nil {
		z.Clear()
		return true
	}
	if b.Sign() < 0 {
		return false
	}
	return !z.SetFromBig(b)
}

// BlobHeadOf returns what Rollup.appendBlobBatches reads a blob batch's header
// from: field element 0 of its blob b, the blob's commitment and the
// element's KZG proof (docs/protocol.md §5.5).
func BlobHeadOf(b *kzg4844.Blob) (BlobHead, error) {
	commitment, err := kzg4844.BlobToCommitment(b)
	if err != nil {
		return bindings.BlobHead{}, fmt.Errorf("contracts: blob commitment: %w", err)
	}
	_, y, proof, err := blob.ElementProof(b, 0)
	if err != nil {
		return bindings.BlobHead{}, fmt.Errorf("contracts: proof of blob element 0: %w", err)
	}
	return bindings.BlobHead{Value: y, Commitment: commitment[:], Proof: proof[:]}, nil
}
