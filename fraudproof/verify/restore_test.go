package verify_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/fraudproof/verify"
)

// TestRestoreFromCheckpoints: a chain rebuilt from the checkpoints of a
// verified one holds the same states, and its traces (built on demand) equal
// the verified chain's.
func TestRestoreFromCheckpoints(t *testing.T) {
	f := newFixture(t, 3000)
	verified, restored := f.chain(t), f.chain(t)
	prev := f.p.Genesis()
	for i := range f.batches {
		r := f.record(i, prev, f.posts[i], f.steps[i])
		b, err := verified.Append(r)
		require.NoError(t, err)
		require.Equal(t, verify.Valid, b.Verdict)
		changes := b.Changes()
		require.NotEmpty(t, changes)
		rb, err := restored.Restore(r, b.Steps, changes)
		require.NoError(t, err)
		require.Equal(t, verify.Valid, rb.Verdict)
		require.Equal(t, b.Post, rb.Post)
		require.Equal(t, b.Prev, rb.Prev)
		require.Equal(t, changes, rb.Changes())
		prev = f.posts[i]
	}
	_, tip, ok := restored.Tip()
	require.True(t, ok)
	require.Equal(t, prev, tip)
	for i := range f.batches {
		vb, _ := verified.Batch(uint64(i))
		rb, _ := restored.Batch(uint64(i))
		vt, err := verified.Trace(vb)
		require.NoError(t, err)
		rt, err := restored.Trace(rb)
		require.NoError(t, err)
		require.Equal(t, vt.Steps(), rt.Steps())
		for _, k := range []uint64{0, 1, vt.Steps() / 2, vt.Steps()} {
			require.Equal(t, vt.HashAt(k), rt.HashAt(k))
		}
		_, vw, vpost, err := vt.Proof(vt.Steps() / 2)
		require.NoError(t, err)
		_, rw, rpost, err := rt.Proof(rt.Steps() / 2)
		require.NoError(t, err)
		require.Equal(t, vw, rw)
		require.Equal(t, vpost, rpost)
	}
}

// TestRestoreRefusesWrongCheckpoints: changes that do not give the claimed
// root, a batch after one that is not valid, or a step count above the claim
// are refused with ErrCheckpoint, and the chain is unchanged.
func TestRestoreRefusesWrongCheckpoints(t *testing.T) {
	f := newFixture(t, 3000)
	verified := f.chain(t)
	r0 := f.record(0, f.p.Genesis(), f.posts[0], f.steps[0])
	b0, err := verified.Append(r0)
	require.NoError(t, err)
	changes := b0.Changes()

	c := f.chain(t)
	bad := append([]byte(nil), changes...)
	bad[len(bad)-1] ^= 1
	_, err = c.Restore(r0, b0.Steps, bad)
	require.ErrorIs(t, err, verify.ErrCheckpoint)
	_, err = c.Restore(r0, b0.Steps, changes[:len(changes)-96])
	require.ErrorIs(t, err, verify.ErrCheckpoint)
	_, err = c.Restore(r0, b0.Steps, changes[:len(changes)-1])
	require.ErrorIs(t, err, verify.ErrCheckpoint)
	_, err = c.Restore(r0, r0.Info.NumSteps+1, changes)
	require.ErrorIs(t, err, verify.ErrCheckpoint)
	require.Equal(t, uint64(0), c.Next())

	// After an invalid batch nothing is restored.
	wrong := f.record(0, f.p.Genesis(), f.posts[1], f.steps[0])
	b, err := c.Append(wrong)
	require.NoError(t, err)
	require.Equal(t, verify.Invalid, b.Verdict)
	require.Nil(t, b.Changes())
	b1, err := verified.Append(f.record(1, f.posts[0], f.posts[1], f.steps[1]))
	require.NoError(t, err)
	_, err = c.Restore(f.record(1, f.posts[0], f.posts[1], f.steps[1]), b1.Steps, b1.Changes())
	require.ErrorIs(t, err, verify.ErrCheckpoint)
	require.Equal(t, uint64(1), c.Next())
}

// TestAddRetired: a reverted batch is rebuilt from the held batch whose claim
// it names as previous, or from an earlier rebuilt reverted batch, and found
// by hash; without such a start it is refused with ErrNoState.
func TestAddRetired(t *testing.T) {
	f := newFixture(t, 3000)
	require.GreaterOrEqual(t, len(f.batches), 2)
	c := f.chain(t)
	// Batches 0 and 1 as they were before a revert; the chain now holds
	// neither.
	r0 := f.record(0, f.p.Genesis(), f.posts[0], f.steps[0])
	r0.Hash[31] = 0xa0
	r1 := f.record(1, f.posts[0], f.posts[1], f.steps[1])
	r1.Hash[31] = 0xa1
	_, err := c.AddRetired(r1, [32]byte{})
	require.ErrorIs(t, err, verify.ErrNoState, "batch 0 is not held")
	b0, err := c.AddRetired(r0, [32]byte{})
	require.NoError(t, err)
	require.Equal(t, verify.Valid, b0.Verdict)
	b1, err := c.AddRetired(r1, r0.Hash)
	require.NoError(t, err)
	require.Equal(t, verify.Valid, b1.Verdict)
	got, ok := c.ByHash(r1.Hash)
	require.True(t, ok)
	require.Equal(t, f.posts[1], got.Post)
	require.Equal(t, uint64(0), c.Next(), "the current chain is unchanged")
	tr, err := c.Trace(got)
	require.NoError(t, err)
	require.Equal(t, f.steps[1], tr.Steps())
}
