package contracts_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/l1client/contracts"
	"github.com/rollup-dev/rollup/l2"
)

func TestRoundTrips(t *testing.T) {
	ms := l2.MachineState{StateRoot: common.HexToHash("0x01"), Cursor: 2, DepositsConsumed: 3, BlockNumber: 4, Timestamp: 5}
	require.Equal(t, ms, contracts.MachineStateFromABI(contracts.MachineState(ms)))
	s := ms.L2State()
	require.Equal(t, s, contracts.L2StateFromABI(contracts.L2State(s)))

	st := l2.NewState()
	for i := 0; i < 50; i++ {
		st.Tree().Set(common.BigToHash(uint256.NewInt(uint64(i*7919)).ToBig()), uint256.NewInt(uint64(i)), new(uint256.Int).SetAllOne())
	}
	for _, key := range []common.Hash{common.BigToHash(uint256.NewInt(7919).ToBig()), common.HexToHash("0xabcdef")} {
		p := st.Prove(key)
		back, ok := contracts.StateProofFromABI(contracts.StateProof(&p))
		require.True(t, ok)
		require.Equal(t, p.Siblings, back.Siblings)
		require.Equal(t, p.LeafPresent, back.LeafPresent)
		require.Equal(t, p.LeafKey, back.LeafKey)
		require.Equal(t, p.LeafA, back.LeafA)
		require.Equal(t, p.LeafB, back.LeafB)
	}
}
