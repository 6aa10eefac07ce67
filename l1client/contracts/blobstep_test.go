package contracts_test

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/contracts/bindings"
	"github.com/rollup-dev/rollup/l1client/contracts"
	"github.com/rollup-dev/rollup/l1client/deploy"
	"github.com/rollup-dev/rollup/l1client/devchain"
	"github.com/rollup-dev/rollup/l2"
	"github.com/rollup-dev/rollup/l2/blob"
)

// TestBlobStepWitness: the OneStepProver executes a step of a blob batch from
// a witness of proven field elements only, and refuses (reverts on) an
// element whose value, proof or commitment is not the blob's, a missing
// element, chunks in place of elements, and a context whose data root is not
// a versioned hash.
func TestBlobStepWitness(t *testing.T) {
	ctx := context.Background()
	chain, err := devchain.New(devchain.Config{BlockTime: 20 * time.Millisecond, Accounts: 1,
		Balance: new(big.Int).Mul(big.NewInt(1e6), big.NewInt(params.Ether))})
	require.NoError(t, err)
	require.NoError(t, chain.Start())
	t.Cleanup(func() { _ = chain.Stop() })
	client := chain.Client()
	dp := deploy.DevnetParams()
	d, err := deploy.Deploy(ctx, client, deploy.Config{Key: chain.Accounts()[0].Key, Params: dp})
	require.NoError(t, err)
	p := &l2.Params{ChainID: dp.L2ChainID, BaseFee: uint256.MustFromBig(dp.BaseFee), FeeRecipient: dp.FeeRecipient,
		GenesisTimestamp: dp.GenesisTimestamp}

	// recordsStart 100: the block record (tag 0, dt 1) is data bytes 100 and
	// 101, stream bytes 105 and 106, in element 3.
	data := make([]byte, 102)
	copy(data, []byte{l2.CodecVersion, 0, 0, 0, 0, 0, 0, 100})
	data[101] = 1
	c, err := l2.NewBatchContext(p, data, 0, nil)
	require.NoError(t, err)
	calldataCtx, err := l2.NewBatchContext(p, data, 0, nil)
	require.NoError(t, err)
	b := blob.Encode(data)[0]
	require.NoError(t, c.SetBlob(&b))
	st := l2.NewState()
	ms := c.Start(p.Genesis())
	next, out, w, err := l2.StepWithWitness(c, st.Copy(), ms)
	require.NoError(t, err)
	require.Equal(t, l2.Apply, out.Kind)
	require.Len(t, w.Elements, 1)
	require.Equal(t, uint16(3), w.Elements[0].Index)
	_, _, cw, err := l2.StepWithWitness(calldataCtx, st.Copy(), ms)
	require.NoError(t, err)

	abiCtx := bindings.BatchContext{DataRoot: c.DataRoot(), Blob: true, DataLen: uint32(len(data))}
	call := func(bc bindings.BatchContext, wit bindings.Witness) error {
		res, err := proverCall(ctx, client, d.Contracts.OneStepProver, &stepCase{ctx: bc, pre: ms, wit: wit})
		if err == nil {
			require.Equal(t, next, contracts.MachineStateFromABI(res.Post))
		}
		return err
	}
	require.NoError(t, call(abiCtx, contracts.Witness(w)))

	refused := func(name, want string, bc bindings.BatchContext, mutate func(*bindings.Witness)) {
		wit := contracts.Witness(w)
		mutate(&wit)
		err := call(bc, wit)
		require.Error(t, err, name)
		require.True(t, strings.Contains(err.Error(), want), "%s: %v", name, err)
	}
	refused("value", "InvalidBlobElement", abiCtx, func(x *bindings.Witness) { x.Elements[0].Value[20] ^= 1 })
	refused("first byte", "InvalidBlobElement", abiCtx, func(x *bindings.Witness) { x.Elements[0].Value[0] = 1 })
	refused("proof", "InvalidBlobElement", abiCtx, func(x *bindings.Witness) { x.Elements[0].Proof[5] ^= 1 })
	refused("commitment", "InvalidBlobElement", abiCtx, func(x *bindings.Witness) { x.BlobCommitment[7] ^= 1 })
	refused("another element's proof", "InvalidBlobElement", abiCtx, func(x *bindings.Witness) {
		_, _, proof, err := blob.ElementProof(&b, 4)
		require.NoError(t, err)
		x.Elements[0].Proof = proof[:]
	})
	refused("missing element", "MissingChunk", abiCtx, func(x *bindings.Witness) { x.Elements = nil })
	refused("chunks instead", "MissingChunk", abiCtx, func(x *bindings.Witness) { *x = contracts.Witness(cw) })
	notHash := abiCtx
	notHash.DataRoot = calldataCtx.ChunkRoot()
	refused("chunk root as data root", "InvalidBlobElement", notHash, func(*bindings.Witness) {})
	// The calldata context with the calldata witness: the same step.
	require.NoError(t, call(bindings.BatchContext{DataRoot: calldataCtx.ChunkRoot(), DataLen: uint32(len(data))}, contracts.Witness(cw)))
}
