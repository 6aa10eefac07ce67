package batcher

import (
	"context"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rollup-dev/rollup/l1client/contracts"
	"github.com/rollup-dev/rollup/l2"
)

// ClaimSource is the proposer's view of its own live batches, for a defender
// answering challenges against them.
type ClaimSource interface {
	// MachineStateAt returns the machine state the proposer claims after k
	// steps of live batch index: the honest state for an honest batch, the
	// faulty trace for a fault-injected one; for k ≥ the claimed step count,
	// the claimed end state. batchHash, when not zero, must be the batch's
	// hash on L1 (so that a reorged or rebuilt batch is not answered for).
	MachineStateAt(ctx context.Context, index uint64, batchHash common.Hash, k uint64) (l2.MachineState, error)
}

// claimSource implements ClaimSource from the batches table and the
// sequencer's blocks. It caches the pre-state of the last batches asked.
type claimSource struct {
	b     *Batcher
	mu    sync.Mutex
	cache map[uint64]*claimCtx
}

type claimCtx struct {
	rowID  int64
	data   []byte
	pre    *l2.State
	start  l2.MachineState
	end    l2.MachineState
	steps  uint64
	fault  *Fault
	limit  uint64
	deps   map[uint64]l2.Deposit
	params *l2.Params
}

const claimCacheSize = 4

func (s *claimSource) MachineStateAt(ctx context.Context, index uint64, batchHash common.Hash, k uint64) (l2.MachineState, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b := s.b
	if b.params == nil {
		return l2.MachineState{}, ErrStopped
	}
	var r *BatchRow
	var err error
	if batchHash == (common.Hash{}) {
		r, err = b.db.LiveAt(ctx, index)
	} else {
		r, err = b.db.ByL1Hash(ctx, index, batchHash)
	}
	if err != nil {
		return l2.MachineState{}, err
	}
	cc := s.cache[index]
	if cc == nil || cc.rowID != r.ID {
		if cc, err = s.load(ctx, r); err != nil {
			return l2.MachineState{}, fmt.Errorf("batch %d: %w", index, err)
		}
		if s.cache == nil || len(s.cache) >= claimCacheSize {
			s.cache = map[uint64]*claimCtx{}
		}
		s.cache[index] = cc
	}
	if k >= cc.steps {
		return cc.end, nil
	}
	src := func(i uint64) (l2.Deposit, bool) { d, ok := cc.deps[i]; return d, ok }
	c, err := l2.NewBatchContext(cc.params, cc.data, cc.limit, src)
	if err != nil {
		return l2.MachineState{}, err
	}
	if cc.fault != nil {
		return cc.fault.MachineStateAt(c, cc.pre, cc.start, k)
	}
	ms, _, err := l2.Run(c, cc.pre.Copy(), cc.start, k)
	return ms, err
}

func (s *claimSource) load(ctx context.Context, r *BatchRow) (*claimCtx, error) {
	b := s.b
	prev := contracts.L2StateFromABI(r.Header.Prev)
	var pre *l2.State
	if r.FirstBlock <= 1 {
		pre = l2.NewState()
	} else {
		st, _, err := b.src.stateAt(ctx, b.params, r.FirstBlock-1)
		if err != nil {
			return nil, err
		}
		pre = st
	}
	if pre.Root() != prev.StateRoot {
		return nil, fmt.Errorf("its claimed pre-state root %s is not the state after block %d (%s): it follows a faulty batch", prev.StateRoot, r.FirstBlock-1, pre.Root())
	}
	post := contracts.L2StateFromABI(r.Header.Post)
	ds, err := b.src.deposits(ctx, prev.DepositsConsumed, max(post.DepositsConsumed, prev.DepositsConsumed))
	if err != nil {
		return nil, err
	}
	cc := &claimCtx{rowID: r.ID, data: r.Data, pre: pre, steps: r.Header.NumSteps, limit: post.DepositsConsumed,
		deps: map[uint64]l2.Deposit{}, params: b.params}
	if r.Info != nil {
		cc.limit = r.Info.DepositLimit
	}
	for _, d := range ds {
		cc.deps[d.Index] = d
	}
	if r.Fault != "" {
		f, err := ParseFault(r.Fault)
		if err != nil {
			return nil, err
		}
		cc.fault = &f
	}
	c, err := l2.NewBatchContext(b.params, cc.data, cc.limit, nil)
	if err != nil {
		return nil, err
	}
	cc.start, cc.end = c.Start(prev), c.EndState(post)
	return cc, nil
}
