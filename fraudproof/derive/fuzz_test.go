package derive_test

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/l1client/contracts"
)

// FuzzDecodeAppendBatch feeds arbitrary calldata, as a hostile L1 could carry
// it, to the appendBatch decoder: it never panics, and whatever it accepts
// packs back to calldata that decodes to the same header and data.
func FuzzDecodeAppendBatch(f *testing.F) {
	r := contracts.Rollup
	h := contracts.BatchHeader{Index: 3, NumSteps: 7}
	h.Prev.StateRoot = common.HexToHash("0x01")
	h.Post.StateRoot = common.HexToHash("0x02")
	h.Post.DepositsConsumed = 4
	f.Add(r.PackAppendBatch(h, []byte{1, 0, 0, 0, 0, 0, 0, 8}))
	f.Add(r.PackAppendBatch(contracts.BatchHeader{}, nil))
	f.Add([]byte{0x01, 0x02, 0x03, 0x04})
	f.Fuzz(func(t *testing.T, input []byte) {
		hdr, data, err := contracts.DecodeAppendBatch(input)
		if err != nil {
			return
		}
		again, data2, err := contracts.DecodeAppendBatch(r.PackAppendBatch(hdr, data))
		require.NoError(t, err)
		require.Equal(t, hdr, again)
		require.True(t, bytes.Equal(data, data2))
	})
}

// FuzzDecodeInfo feeds arbitrary event data to the BatchAppended record
// decoder: it never panics, and a record it accepts encodes back to data that
// decodes to the same record.
func FuzzDecodeInfo(f *testing.F) {
	info := contracts.BatchInfo{Index: 1, Proposer: common.HexToAddress("0xabc"), DataLen: 100, NumSteps: 5, DepositLimit: 2}
	info.Post.StateRoot = common.HexToHash("0x05")
	b, err := contracts.EncodeInfo(info)
	require.NoError(f, err)
	f.Add(b)
	f.Add(make([]byte, 32*20))
	f.Add(new(big.Int).Lsh(big.NewInt(1), 300).Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := contracts.DecodeInfo(data)
		if err != nil {
			return
		}
		enc, err := contracts.EncodeInfo(got)
		require.NoError(t, err)
		again, err := contracts.DecodeInfo(enc)
		require.NoError(t, err)
		require.Equal(t, got, again)
	})
}

// FuzzDecodeLog feeds logs with a known event signature but arbitrary other
// topics and data, as a hostile or buggy contract at a watched address could
// emit them, to the event decoder: it returns an error or an event, never
// panics.
func FuzzDecodeLog(f *testing.F) {
	f.Add(uint8(0), uint8(3), make([]byte, 32*24))
	f.Add(uint8(1), uint8(1), make([]byte, 64))
	f.Add(uint8(2), uint8(0), []byte{1, 2, 3})
	f.Add(uint8(4), uint8(2), make([]byte, 96))
	events := []struct {
		abi  string
		name string
	}{
		{"rollup", "BatchAppended"}, {"rollup", "BatchesReverted"}, {"bridge", "DepositQueued"},
		{"bridge", "TokenDepositQueued"}, {"bridge", "TokenRegistered"}, {"bridge", "TransactionForced"},
		{"game", "GameOpened"}, {"game", "GameResolved"},
	}
	f.Fuzz(func(t *testing.T, which, ntopics uint8, data []byte) {
		e := events[int(which)%len(events)]
		var id common.Hash
		switch e.abi {
		case "rollup":
			id = contracts.Rollup.GetABI().Events[e.name].ID
		case "bridge":
			id = contracts.Bridge.GetABI().Events[e.name].ID
		default:
			id = contracts.Game.GetABI().Events[e.name].ID
		}
		topics := []common.Hash{id}
		for i := 0; i < int(ntopics%5); i++ {
			topics = append(topics, common.BytesToHash(data[:min(len(data), 32)]))
		}
		ev, err := contracts.Decode(&types.Log{Topics: topics, Data: data})
		if err == nil && ev == nil {
			t.Fatalf("a known event signature decoded to nothing")
		}
		if err == nil && ev.GameOpened != nil && ev.GameOpened.Id == nil {
			t.Fatalf("GameOpened decoded without its indexed fields")
		}
		if err == nil {
			// A queue event decodes to an entry or to an out-of-range error.
			if _, _, ok, qerr := ev.QueueEntry(); qerr != nil && (!ok || !errors.Is(qerr, contracts.ErrQueueEntryRange)) {
				t.Fatalf("queue entry error %v", qerr)
			}
		}
	})
}
