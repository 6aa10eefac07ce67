package derive_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/contracts/bindings"
	"github.com/rollup-dev/rollup/fraudproof/derive"
)

func TestAppendBatchCalldata(t *testing.T) {
	h := bindings.BatchHeader{Index: 7, Prev: bindings.L2State{StateRoot: common.HexToHash("0x01"), BlockNumber: 3},
		Post: bindings.L2State{StateRoot: common.HexToHash("0x02"), DepositsConsumed: 5, Timestamp: 9}, NumSteps: 42}
	data := []byte{1, 0, 0, 0, 0, 0, 0, 8, 0, 1}
	input := bindings.NewRollup().PackAppendBatch(h, data)
	gotH, gotData, err := derive.DecodeAppendBatch(input)
	require.NoError(t, err)
	require.Equal(t, h, gotH)
	require.Equal(t, data, gotData)

	_, _, err = derive.DecodeAppendBatch(bindings.NewRollup().PackNextIndex())
	require.ErrorIs(t, err, derive.ErrNotAppendBatch)
	_, _, err = derive.DecodeAppendBatch(input[:40])
	require.ErrorIs(t, err, derive.ErrNotAppendBatch)
}

func TestBatchInfoEncoding(t *testing.T) {
	info := bindings.BatchInfo{Index: 3, Proposer: common.HexToAddress("0xabc"), L1Timestamp: 99, ChunkRoot: common.HexToHash("0x55"),
		DataLen: 1000, RecordsStart: 60, FeeCount: 2, AddrCount: 1, DepositLimit: 4, NumSteps: 17,
		PrevClaim: common.HexToHash("0x66"), Post: bindings.L2State{StateRoot: common.HexToHash("0x77"), DepositsConsumed: 4, BlockNumber: 8, Timestamp: 100},
		StartHash: common.HexToHash("0x88"), EndHash: common.HexToHash("0x99")}
	b, err := derive.EncodeInfo(info)
	require.NoError(t, err)
	require.Len(t, b, 17*32, "a static tuple: 17 words")
	back, err := derive.DecodeInfo(b)
	require.NoError(t, err)
	require.Equal(t, info, back)
	require.NotEqual(t, common.Hash{}, crypto.Keccak256Hash(b))
}
