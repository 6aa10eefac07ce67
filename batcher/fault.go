package batcher

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rollup-dev/rollup/l2"
)

// FaultKind names a way of making a batch's claim wrong, for demonstrations
// and tests of the dispute game. Fault injection is off unless configured.
type FaultKind string

const (
	// FaultBadRoot claims a wrong post-state root (the true root hashed with
	// a marker); every intermediate machine state is honest, so the dispute
	// ends at the last step.
	FaultBadRoot FaultKind = "bad-root"
	// FaultBadStep claims the result of a run in which one step in the middle
	// of the batch (by default the transfer nearest the middle) is treated as
	// a skip: from that step on the proposer's machine states differ from the
	// honest ones, so a proposer playing its own trace (Fault.MachineStateAt)
	// makes the bisection go down to that step.
	FaultBadStep FaultKind = "bad-step"
	// FaultBadNumSteps claims half the step count with the true end state:
	// after that many steps the machine is in the middle of the batch, not at
	// its end.
	FaultBadNumSteps FaultKind = "bad-numsteps"
)

// Fault injects one wrong claim into batch Batch. A batch is faulted at most
// once: when a lost game reverts it, the rebuild is honest.
type Fault struct {
	Kind  FaultKind
	Batch uint64
	// Step is the step FaultBadStep mis-executes; 0 chooses the applied
	// transfer nearest the middle of the batch.
	Step uint64
}

// Check names an invalid field.
func (f Fault) Check() error {
	switch f.Kind {
	case FaultBadRoot, FaultBadStep, FaultBadNumSteps:
		return nil
	}
	return fmt.Errorf("batcher: unknown fault kind %q (want %s, %s or %s)", f.Kind, FaultBadRoot, FaultBadStep, FaultBadNumSteps)
}

func (f Fault) String() string {
	if f.Kind == FaultBadStep && f.Step != 0 {
		return fmt.Sprintf("%s@%d:%d", f.Kind, f.Batch, f.Step)
	}
	return fmt.Sprintf("%s@%d", f.Kind, f.Batch)
}

// ParseFault reads the String form: KIND@BATCH or bad-step@BATCH:STEP.
func ParseFault(s string) (Fault, error) {
	kind, rest, ok := strings.Cut(s, "@")
	if !ok {
		return Fault{}, fmt.Errorf("fault %q: want KIND@BATCH", s)
	}
	f := Fault{Kind: FaultKind(kind)}
	batch, step, hasStep := strings.Cut(rest, ":")
	var err error
	if f.Batch, err = strconv.ParseUint(batch, 10, 64); err != nil {
		return Fault{}, fmt.Errorf("fault %q: batch: %w", s, err)
	}
	if hasStep {
		if f.Step, err = strconv.ParseUint(step, 10, 64); err != nil {
			return Fault{}, fmt.Errorf("fault %q: step: %w", s, err)
		}
	}
	return f, f.Check()
}

// badRoot is the wrong root FaultBadRoot claims for a true root.
func badRoot(root common.Hash) common.Hash {
	return crypto.Keccak256Hash(root[:], []byte("rollup/fault/bad-root"))
}

// claim computes the faulty claim of a verified batch.
// It returns the fault as applied (FaultBadStep with its step resolved).
func (f Fault) claim(p *l2.Params, data []byte, prev l2.L2State, st *l2.State, res *Verified) (l2.L2State, uint64, Fault, error) {
	switch f.Kind {
	case FaultBadRoot:
		c := res.Post
		c.StateRoot = badRoot(c.StateRoot)
		return c, res.NumSteps, f, nil
	case FaultBadNumSteps:
		return res.Post, res.NumSteps / 2, f, nil
	case FaultBadStep:
		c, err := l2.NewBatchContext(p, data, res.Post.DepositsConsumed, res.Deposits)
		if err != nil {
			return l2.L2State{}, 0, f, err
		}
		if f.Step == 0 {
			if f.Step, err = middleTransfer(p, data); err != nil {
				return l2.L2State{}, 0, f, err
			}
		}
		if f.Step >= res.NumSteps {
			return l2.L2State{}, 0, f, fmt.Errorf("step %d beyond the batch's %d steps", f.Step, res.NumSteps)
		}
		ms, err := f.runFaulty(c, st.Copy(), c.Start(prev), res.NumSteps)
		if err != nil {
			return l2.L2State{}, 0, f, err
		}
		if ms.L2State() == res.Post {
			return l2.L2State{}, 0, f, fmt.Errorf("skipping step %d changes nothing", f.Step)
		}
		return ms.L2State(), res.NumSteps, f, nil
	}
	return l2.L2State{}, 0, f, f.Check()
}

// middleTransfer returns the index of the transfer record nearest the middle
// of the batch (the record index is the step index in a well-formed batch).
func middleTransfer(p *l2.Params, data []byte) (uint64, error) {
	dec, err := l2.DecodeBatch(p, data)
	if err != nil {
		return 0, err
	}
	best, bestDist := -1, len(dec.Records)
	mid := len(dec.Records) / 2
	for i, r := range dec.Records {
		if r.Kind != l2.RecordTransfer {
			continue
		}
		d := i - mid
		if d < 0 {
			d = -d
		}
		if d < bestDist {
			best, bestDist = i, d
		}
	}
	if best < 0 {
		return 0, errors.New("the batch has no transfer to mis-execute")
	}
	return uint64(best), nil
}

// runFaulty runs k steps from start like l2.Run, except that step f.Step only
// moves the cursor past its record (a skip) instead of applying it. st must
// hold start.StateRoot; it ends holding the state after the k steps.
func (f Fault) runFaulty(c *l2.BatchContext, st *l2.State, start l2.MachineState, k uint64) (l2.MachineState, error) {
	if k <= f.Step {
		ms, _, err := l2.Run(c, st, start, k)
		return ms, err
	}
	ms, _, err := l2.Run(c, st, start, f.Step)
	if err != nil {
		return ms, err
	}
	next, _ := l2.Step(c, st.Copy(), ms)
	ms.Cursor = next.Cursor
	ms, _, err = l2.Run(c, st, ms, k-f.Step-1)
	return ms, err
}

// MachineStateAt returns the machine state a proposer that injected this
// fault claims after k steps of its batch, given the batch's context, the
// true pre-state (st, not modified) and its start machine state. It is what a
// defender playing the faulty proposer's side answers in the bisection: for
// FaultBadStep its trace leaves the honest one at the mis-executed step; for
// the other kinds every intermediate state is honest and only the claimed
// end differs. step is the FaultBadStep step resolved when the batch was
// built (Batch.Fault.Step).
func (f Fault) MachineStateAt(c *l2.BatchContext, st *l2.State, start l2.MachineState, k uint64) (l2.MachineState, error) {
	if f.Kind != FaultBadStep {
		ms, _, err := l2.Run(c, st.Copy(), start, k)
		return ms, err
	}
	return f.runFaulty(c, st.Copy(), start, k)
}
