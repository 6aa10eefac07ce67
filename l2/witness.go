package l2

import (
	"maps"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"

	"github.com/rollup-dev/rollup/l2/smt"
)

// Witness is what the one-step prover needs to execute one step on chain
// (§8): the agreed pre-state, every batch byte the step reads, the state
// proofs and the deposit it reads. It is a plain value; converting it to the
// prover contract's ABI types is the caller's business.
type Witness struct {
	// Pre is the machine state before the step: the preimage of the agreed
	// hash hLo.
	Pre MachineState
	// Chunks are the batch chunks holding every byte the step reads, each
	// once, in ascending index order, with proofs against the batch's chunk
	// root. A record, a fee entry or a dictionary address can span two
	// chunks. The set covers every byte a conforming reader could examine: the
	// record (up to the end of the data when it is truncated), and for a
	// decodable transfer also its dictionary address when the index is in
	// range, its fee table slot and its fee entry (as far as it decodes),
	// whichever check fails first. Empty for a halt.
	Chunks []ChunkWitness
	// Elements are, for a blob batch (BatchContext.SetBlob), the field
	// elements of its blob holding the same bytes, in ascending index order,
	// and Chunks is empty; BlobCommitment is the blob's commitment.
	Elements       []ElementWitness
	BlobCommitment *kzg4844.Commitment
	// StateProofs are the state proofs the step reads, in the order it reads
	// them; each is against the root the previous update left. A transfer
	// that reaches rule 4 has the sender's proof; an applied transfer then has
	// the recipient's (or, for WITHDRAWAL_ADDRESS, the withdrawal leaf's) and
	// the fee recipient's. An applied deposit has the recipient's.
	StateProofs []StateProof
	// Deposit is the deposit an applied deposit record consumes (its Index is
	// the pre-state's depositsConsumed); nil otherwise. The prover checks it
	// against the Bridge's deposit queue.
	Deposit *Deposit
}

// ChunkWitness is one chunk of batch data with its proof.
type ChunkWitness struct {
	// Index is the chunk's position: it holds bytes [Index·1024, Index·1024 +
	// len(Data)).
	Index uint64
	// Data is the chunk (CHUNK_SIZE bytes except for the last chunk).
	Data []byte
	// Proof is the log2(P) sibling hashes from the leaf up (§7).
	Proof []common.Hash
}

// StateProof is a sparse Merkle proof for one state key.
type StateProof struct {
	Key   common.Hash
	Proof smt.Proof
}

// witnessRecorder collects what a step reads. Its methods are no-ops on a nil
// receiver, which is how steps run without a witness.
type witnessRecorder struct {
	ranges  [][2]int
	proofs  []StateProof
	deposit *Deposit
}

func (w *witnessRecorder) read(from, to int) {
	if w == nil || to <= from {
		return
	}
	w.ranges = append(w.ranges, [2]int{from, to})
}

func (w *witnessRecorder) prove(s *State, key common.Hash) {
	if w == nil {
		return
	}
	w.proofs = append(w.proofs, StateProof{Key: key, Proof: s.tree.Prove(key)})
}

func (w *witnessRecorder) readDeposit(d Deposit) {
	if w == nil {
		return
	}
	w.deposit = &d
}

// StepWithWitness executes one step like Step and also returns the witness
// of the one-step proof for it. st must hold ms.StateRoot (checked).
func StepWithWitness(c *BatchContext, st *State, ms MachineState) (MachineState, Outcome, *Witness, error) {
	if st.Root() != ms.StateRoot {
		return ms, Outcome{}, nil, ErrStateMismatch
	}
	pre := ms
	var rec witnessRecorder
	out := c.step(st, &ms, &rec)
	if out.Kind == Apply {
		ms.StateRoot = st.Root()
	}
	w := &Witness{Pre: pre, StateProofs: rec.proofs, Deposit: rec.deposit}
	if c.blob != nil {
		elements, err := c.elements(rec.ranges)
		if err != nil {
			return ms, out, nil, err
		}
		commitment := c.blob.commitment
		w.Elements, w.BlobCommitment = elements, &commitment
		return ms, out, w, nil
	}
	seen := map[int]bool{}
	for _, r := range rec.ranges {
		for i := r[0] / ChunkSize; i <= (r[1]-1)/ChunkSize; i++ {
			seen[i] = true
		}
	}
	for _, i := range slices.Sorted(maps.Keys(seen)) {
		data := Chunk(c.Data, i)
		w.Chunks = append(w.Chunks, ChunkWitness{
			Index: uint64(i),
			Data:  append([]byte(nil), data...),
			Proof: c.chunkProof(i),
		})
	}
	return ms, out, w, nil
}

// ChunkRoot returns the chunk root of the batch (§7).
func (c *BatchContext) ChunkRoot() common.Hash {
	levels := c.chunkLevels()
	return levels[len(levels)-1][0]
}

func (c *BatchContext) chunkLevels() [][]common.Hash {
	if c.chunks == nil {
		level := chunkLeaves(c.Data)
		c.chunks = [][]common.Hash{level}
		for len(level) > 1 {
			next := make([]common.Hash, len(level)/2)
			for i := range next {
				next[i] = hashPair(level[2*i], level[2*i+1])
			}
			c.chunks = append(c.chunks, next)
			level = next
		}
	}
	return c.chunks
}

func (c *BatchContext) chunkProof(i int) []common.Hash {
	levels := c.chunkLevels()
	proof := make([]common.Hash, 0, len(levels)-1)
	for _, level := range levels[:len(levels)-1] {
		proof = append(proof, level[i^1])
		i >>= 1
	}
	return proof
}
