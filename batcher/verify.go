package batcher

import (
	"fmt"

	"github.com/rollup-dev/rollup/l2"
)

// Verified is the result of Verify.
type Verified struct {
	// Post is the L2 state the batch reaches; NumSteps its step count.
	Post     l2.L2State
	NumSteps uint64
	// State is the full state after the batch (a copy; the input is unchanged).
	State *l2.State
	// Records is the number of records of the batch.
	Records int
	// Deposits gives the deposits the batch consumes, by queue index.
	Deposits l2.DepositSource
}

// Verify checks a batch before it is posted, as Arbitrum's poster re-parses
// its batches: data must decode strictly (l2.DecodeBatch) back to exactly the
// given blocks (numbers, timestamps, deposits and the same signed
// transactions in the same order), and the step machine, run from prev on st
// (whose root must be prev.StateRoot), must consume every byte and end at the
// last block's number, timestamp, deposit count and the sequencer's state
// root. st is not modified. Errors wrap ErrVerify.
func Verify(p *l2.Params, data []byte, prev l2.L2State, st *l2.State, blocks []Block) (*Verified, error) {
	if len(blocks) == 0 {
		return nil, fmt.Errorf("%w: no blocks", ErrVerify)
	}
	dec, err := l2.DecodeBatch(p, data)
	if err != nil {
		return nil, fmt.Errorf("%w: decoding: %v", ErrVerify, err)
	}
	deposits := map[uint64]l2.Deposit{}
	for _, b := range blocks {
		for _, it := range b.Items {
			if it.Deposit != nil {
				deposits[it.Deposit.Index] = *it.Deposit
			}
		}
	}
	source := func(i uint64) (l2.Deposit, bool) {
		d, ok := deposits[i]
		return d, ok
	}
	got, err := dec.Blocks(prev, source)
	if err != nil {
		return nil, fmt.Errorf("%w: reassembling blocks: %v", ErrVerify, err)
	}
	if err := sameBlocks(got, blocks); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrVerify, err)
	}

	last := blocks[len(blocks)-1]
	want := l2.L2State{
		StateRoot:        last.StateRoot,
		DepositsConsumed: prev.DepositsConsumed + uint64(len(deposits)),
		BlockNumber:      last.Number,
		Timestamp:        last.Timestamp,
	}
	c, err := l2.NewBatchContext(p, data, want.DepositsConsumed, source)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrVerify, err)
	}
	work := st.Copy()
	if work.Root() != prev.StateRoot {
		return nil, fmt.Errorf("%w: pre-state root %s, want %s", ErrVerify, work.Root(), prev.StateRoot)
	}
	end, steps, err := l2.Replay(c, work, c.Start(prev))
	if err != nil {
		return nil, fmt.Errorf("%w: replay: %v", ErrVerify, err)
	}
	if end.Cursor != uint64(len(data)) {
		return nil, fmt.Errorf("%w: replay halted at cursor %d of %d", ErrVerify, end.Cursor, len(data))
	}
	if got := end.L2State(); got != want {
		return nil, fmt.Errorf("%w: replay reached %+v, the sequencer's blocks end at %+v", ErrVerify, got, want)
	}
	if steps != uint64(len(dec.Records)) {
		return nil, fmt.Errorf("%w: %d steps for %d records", ErrVerify, steps, len(dec.Records))
	}
	return &Verified{Post: want, NumSteps: steps, State: work, Records: len(dec.Records), Deposits: source}, nil
}

// sameBlocks compares the blocks a batch decodes to with the blocks it was
// built from.
func sameBlocks(got []l2.Block, want []Block) error {
	if len(got) != len(want) {
		return fmt.Errorf("batch holds %d blocks, built from %d", len(got), len(want))
	}
	for i := range want {
		g, w := &got[i], &want[i]
		if g.Number != w.Number || g.Timestamp != w.Timestamp {
			return fmt.Errorf("block %d: decoded as number %d time %d, want %d time %d", i, g.Number, g.Timestamp, w.Number, w.Timestamp)
		}
		if len(g.Items) != len(w.Items) {
			return fmt.Errorf("block %d: %d items decoded, %d built", w.Number, len(g.Items), len(w.Items))
		}
		for j := range w.Items {
			gi, wi := g.Items[j], w.Items[j]
			switch {
			case wi.Deposit != nil:
				if gi.Deposit == nil || gi.Deposit.Index != wi.Deposit.Index {
					return fmt.Errorf("block %d item %d: want deposit %d", w.Number, j, wi.Deposit.Index)
				}
			case wi.Tx != nil:
				if gi.Tx == nil || gi.Tx.Hash() != wi.Tx.Hash() {
					return fmt.Errorf("block %d item %d: decoded transaction differs from %s", w.Number, j, wi.Tx.Hash())
				}
			}
		}
	}
	return nil
}
