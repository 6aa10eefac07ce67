package l2

import (
	"math/rand"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/l2/blob"
	"github.com/rollup-dev/rollup/l2/smt"
)

// checkWitness verifies a step's witness without trusting the code that built
// it. preState is (a copy of) the state before the step, postState the state
// after it.
//   - Every chunk is proven against the chunk root, once, in index order; for
//     a blob batch every field element is proven against the blob's
//     commitment by point evaluation, once, in index order, and there are no
//     chunks.
//   - The step gives the same result on data whose unwitnessed bytes are
//     scrambled, so the chunks hold every byte the step reads.
//   - The state proofs chain from the pre-state root to the post-state root,
//     each against the root the previous update left, and there are as many
//     as the outcome needs.
func checkWitness(t *testing.T, c *BatchContext, preState, postState *State, pre, post MachineState, out Outcome, w *Witness) {
	t.Helper()
	require.Equal(t, pre, w.Pre)
	root := ChunkRoot(c.Data)
	require.Equal(t, root, c.ChunkRoot())
	covered := make([]bool, len(c.Data))
	if c.IsBlob() {
		require.Empty(t, w.Chunks)
		require.Equal(t, c.BlobCommitment(), *w.BlobCommitment)
		require.Equal(t, c.DataRoot(), blob.VersionedHash(w.BlobCommitment))
		for i, el := range w.Elements {
			if i > 0 {
				require.Greater(t, el.Index, w.Elements[i-1].Index)
			}
			require.NoError(t, kzg4844.VerifyProof(*w.BlobCommitment, blob.EvaluationPoint(int(el.Index)), el.Value, el.Proof), "element %d", el.Index)
			for j := 1; j < 32; j++ {
				if k := int(el.Index)*blob.BytesPerElement + j - 1 - blob.HeaderBytes; k >= 0 && k < len(c.Data) {
					require.Equal(t, c.Data[k], el.Value[j])
					covered[k] = true
				}
			}
		}
	} else {
		require.Nil(t, w.BlobCommitment)
		require.Empty(t, w.Elements)
	}
	for i, ch := range w.Chunks {
		if i > 0 {
			require.Greater(t, ch.Index, w.Chunks[i-1].Index)
		}
		require.True(t, VerifyChunk(root, ch.Index, ch.Data, ch.Proof), "chunk %d", ch.Index)
		require.Equal(t, Chunk(c.Data, int(ch.Index)), ch.Data)
		for j := range ch.Data {
			covered[int(ch.Index)*ChunkSize+j] = true
		}
	}

	rng := rand.New(rand.NewSource(int64(pre.Cursor)))
	for trial := 0; trial < 3; trial++ {
		data := append([]byte(nil), c.Data...)
		for i := range data {
			if !covered[i] {
				data[i] = byte(rng.Intn(256))
			}
		}
		c2 := &BatchContext{Params: c.Params, Data: data, DepositLimit: c.DepositLimit, Deposits: c.Deposits,
			header: c.header, feeKey: c.feeKey, k: &keccaker{st: newKeccak()}, fees: make([]feeSlot, c.header.FeeCount)}
		st := preState.Copy()
		ms := pre
		out2 := c2.step(st, &ms, nil)
		ms.StateRoot = st.Root()
		require.Equal(t, out, out2, "outcome on scrambled data (trial %d)", trial)
		require.Equal(t, post, ms, "machine state on scrambled data (trial %d)", trial)
	}

	want := 0
	switch {
	case out.Kind == Apply && out.Record == RecordTransfer:
		want = 3
	case out.Kind == Apply && out.Record == RecordDeposit:
		want = 1
		require.NotNil(t, w.Deposit)
		require.Equal(t, pre.DepositsConsumed, w.Deposit.Index)
	case out.Kind == Skip && out.Record == RecordTransfer && out.Sender != (common.Address{}):
		want = 1 // rules 4 and 5 read the sender
	}
	require.Len(t, w.StateProofs, want, "state proofs for %v", out)
	if out.Kind != Apply || out.Record != RecordDeposit {
		require.Nil(t, w.Deposit)
	}
	if want == 3 {
		require.Equal(t, AccountKey(out.Sender), w.StateProofs[0].Key)
		require.Equal(t, AccountKey(c.Params.FeeRecipient), w.StateProofs[2].Key)
	}

	// The proofs chain. The value a key takes after its update is what the
	// next proof of that key shows, or else its value in the post-state.
	cur := pre.StateRoot
	for i, sp := range w.StateProofs {
		require.NoError(t, smt.VerifyProof(cur, sp.Key, &sp.Proof), "proof %d", i)
		a, b, _ := postState.Tree().Get(sp.Key)
		for _, later := range w.StateProofs[i+1:] {
			if later.Key == sp.Key {
				a, b, _ = later.Proof.Value(sp.Key)
				break
			}
		}
		if out.Kind != Apply {
			continue // a skipped transfer reads the sender and writes nothing
		}
		next, err := smt.UpdateFromProof(cur, sp.Key, &sp.Proof, &a, &b)
		require.NoError(t, err)
		cur = next
	}
	require.Equal(t, post.StateRoot, cur, "the proofs lead to the post-state root")
}
