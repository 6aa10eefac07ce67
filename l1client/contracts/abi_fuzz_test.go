package contracts

import (
	"bytes"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rollup-dev/rollup/l2"
	"github.com/stretchr/testify/require"
)

// FuzzDecodeABI: the batch header, batch record and appendBatch decoders
// answer every input with a value or an error (never a panic), and what they
// accept encodes back to the same bytes.
func FuzzDecodeABI(f *testing.F) {
	h := Header(3, l2.L2State{BlockNumber: 1}, l2.L2State{BlockNumber: 9, DepositsConsumed: 2}, 40)
	enc, err := EncodeHeader(h)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(enc)
	f.Add(Rollup.PackAppendBatch(h, []byte{1, 2, 3}))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		if h, err := DecodeHeader(b); err == nil {
			again, err := EncodeHeader(h)
			if err != nil || len(again) > len(b) || !bytes.Equal(again, b[:len(again)]) {
				t.Fatalf("header %+v does not encode back: %v", h, err)
			}
		}
		if info, err := DecodeInfo(b); err == nil {
			if _, err := EncodeInfo(info); err != nil {
				t.Fatalf("record %+v does not encode: %v", info, err)
			}
		}
		if h, data, err := DecodeAppendBatch(b); err == nil {
			if !bytes.Equal(Rollup.PackAppendBatch(h, data)[:4], b[:4]) {
				t.Fatal("an accepted appendBatch call has another selector")
			}
		}
	})
}

// TestDecodeMissingTopics: a log with fewer (or more) topics than its event's
// indexed inputs is refused, not decoded with nil fields (the queue entry of
// such a DepositQueued used to dereference a nil index).
func TestDecodeMissingTopics(t *testing.T) {
	for _, topics := range [][]common.Hash{{TopicDepositQueued}, {TopicDepositQueued, {1}}, {TopicGameOpened, {1}},
		{TopicTokenDepositQueued, {1}, {2}, {3}, {4}}} {
		ev, err := Decode(&types.Log{Topics: topics, Data: make([]byte, 64)})
		require.ErrorIs(t, err, ErrMalformedLog, "%d topics", len(topics))
		require.Nil(t, ev)
	}
}
