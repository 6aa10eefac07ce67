package batcher

import "errors"

// Sentinel errors of the batcher. Wrapped errors name the batch or block.
var (
	// ErrVerify: a closed batch did not decode back to its blocks, or its
	// replay did not reach the sequencer's state root. Nothing is posted; the
	// batcher stops building until the cause is fixed.
	ErrVerify = errors.New("batch verification failed")
	// ErrBlockTooLarge: a sealed block does not fit in an empty batch. The
	// codec never splits a block, so the batcher cannot make progress; the
	// sequencer must seal smaller blocks.
	ErrBlockTooLarge = errors.New("sealed L2 block does not fit in one batch")
	// ErrStateMismatch: the state the batcher rebuilt from the database does
	// not hash to the root the sequencer recorded.
	ErrStateMismatch = errors.New("rebuilt L2 state does not match the sequencer's state root")
	// ErrDevGenesis: the L2 chain has an unbacked development genesis
	// allocation, so its genesis state is not the empty state the Rollup
	// contract starts from; no batch of it can ever be accepted.
	ErrDevGenesis = errors.New("the L2 chain has a development genesis allocation and cannot settle on L1")
	// ErrParamsMismatch: the L2 chain in the database was created with other
	// parameters than the deployment's.
	ErrParamsMismatch = errors.New("L2 chain parameters differ from the deployment's")
	// ErrConflict: L1 holds a batch at an index the batcher built, with other
	// contents, or more batches than the batcher knows of. Another proposer
	// (escape hatch) or another batcher with the same database posted; the
	// batcher stops posting.
	ErrConflict = errors.New("batch on L1 differs from the batcher's")
	// ErrNotProposer: the Rollup contract does not accept batches from the
	// batcher's key (not the sequencer, or stake below the proposer bond).
	ErrNotProposer = errors.New("the batcher's key may not propose")
	// ErrStopped: the batcher was stopped.
	ErrStopped = errors.New("batcher stopped")
)
