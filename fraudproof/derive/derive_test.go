package derive_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/fraudproof/derive"
	"github.com/rollup-dev/rollup/l1client/contracts"
)

func TestAppendBatchCalldata(t *testing.T) {
	h := contracts.BatchHeader{Index: 7, Prev: contracts.ABIState{StateRoot: common.HexToHash("0x01"), BlockNumber: 3},
		Post: contracts.ABIState{StateRoot: common.HexToHash("0x02"), DepositsConsumed: 5, Timestamp: 9}, NumSteps: 42}
	data := []byte{1, 0, 0, 0, 0, 0, 0, 8, 0, 1}
	input := contracts.Rollup.PackAppendBatch(h, data)
	gotH, gotData, err := contracts.DecodeAppendBatch(input)
	require.NoError(t, err)
	require.Equal(t, h, gotH)
	require.Equal(t, data, gotData)

	_, _, err = contracts.DecodeAppendBatch(contracts.Rollup.PackNextIndex())
	require.ErrorIs(t, err, derive.ErrNotAppendBatch)
	_, _, err = contracts.DecodeAppendBatch(input[:40])
	require.ErrorIs(t, err, derive.ErrNotAppendBatch)
}

func TestBatchInfoEncoding(t *testing.T) {
	info := contracts.BatchInfo{Index: 3, Proposer: common.HexToAddress("0xabc"), L1Timestamp: 99, DataRoot: common.HexToHash("0x55"),
		Blob: true, DataLen: 1000, RecordsStart: 60, FeeCount: 2, AddrCount: 1, DepositLimit: 4, NumSteps: 17,
		PrevClaim: common.HexToHash("0x66"), Post: contracts.ABIState{StateRoot: common.HexToHash("0x77"), DepositsConsumed: 4, BlockNumber: 8, Timestamp: 100},
		StartHash: common.HexToHash("0x88"), EndHash: common.HexToHash("0x99")}
	b, err := contracts.EncodeInfo(info)
	require.NoError(t, err)
	require.Len(t, b, 18*32, "a static tuple: 18 words")
	require.Equal(t, byte(1), b[4*32+31], "blob, the fifth word, after the data root")
	back, err := contracts.DecodeInfo(b)
	require.NoError(t, err)
	require.Equal(t, info, back)
	require.NotEqual(t, common.Hash{}, crypto.Keccak256Hash(b))
}
