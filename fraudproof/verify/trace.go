package verify

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rollup-dev/rollup/l2"
)

// Trace answers for one batch what a game needs: the machine hash after any
// number of steps and the one-step proof of any step. Honest traces come from
// Chain.Trace; Tampered builds the trace of a proposer that executes one step
// wrongly.
type Trace interface {
	// Steps is the number of steps to halt on this trace.
	Steps() uint64
	// StateAt returns the machine state after k steps (k beyond Steps: the
	// halted state); HashAt its hash.
	StateAt(k uint64) l2.MachineState
	HashAt(k uint64) common.Hash
	// Proof returns the trace's machine state after k steps, the witness of
	// the next step from it, and the state that step honestly leads to.
	Proof(k uint64) (pre l2.MachineState, w *l2.Witness, post l2.MachineState, err error)
}

// Trace returns the honest trace of a verified batch. The machine states of
// every step are computed once and cached with the batch.
func (c *Chain) Trace(b *Batch) (Trace, error) {
	if !b.Verified() {
		return nil, ErrNoState
	}
	if b.ctx == nil { // restored from a checkpoint
		ctx, err := c.context(b)
		if err != nil {
			return nil, fmt.Errorf("tracing batch %d: %w", b.Info.Index, err)
		}
		b.ctx = ctx
	}
	if b.trace == nil {
		states, err := l2.Trace(b.ctx, b.start.Copy(), b.ctx.Start(b.Prev))
		if err != nil {
			return nil, fmt.Errorf("tracing batch %d: %w", b.Info.Index, err)
		}
		b.trace = states
	}
	return &trace{ctx: b.ctx, start: b.start, states: b.trace}, nil
}

// trace is a run of a batch: honest, or with one tampered step.
type trace struct {
	ctx    *l2.BatchContext
	start  *l2.State
	states []l2.MachineState // states[k] is the state after k steps
	// tamper, when set, changes the result of step tamperAt (see Tampered).
	tamperAt uint64
	tamper   Tamper
}

func (t *trace) Steps() uint64 { return uint64(len(t.states) - 1) }

func (t *trace) StateAt(k uint64) l2.MachineState {
	if k >= uint64(len(t.states)) {
		k = uint64(len(t.states) - 1)
	}
	return t.states[k]
}

func (t *trace) HashAt(k uint64) common.Hash { return t.StateAt(k).Hash() }

func (t *trace) Proof(k uint64) (l2.MachineState, *l2.Witness, l2.MachineState, error) {
	st := t.start.Copy()
	ms := t.states[0]
	var err error
	if t.tamper == nil {
		ms, _, err = l2.Run(t.ctx, st, ms, k)
		if err != nil {
			return l2.MachineState{}, nil, l2.MachineState{}, err
		}
	} else {
		for i := uint64(0); i < k; i++ {
			next, out := l2.Step(t.ctx, st, ms)
			if out.Kind == l2.Fault {
				return l2.MachineState{}, nil, l2.MachineState{}, fmt.Errorf("step %d: %w", i, out.Reason)
			}
			if i == t.tamperAt {
				t.tamper(st, &next)
				next.StateRoot = st.Root()
			}
			ms = next
		}
	}
	post, out, w, err := l2.StepWithWitness(t.ctx, st, ms)
	if err != nil {
		return l2.MachineState{}, nil, l2.MachineState{}, err
	}
	if out.Kind == l2.Fault {
		return l2.MachineState{}, nil, l2.MachineState{}, fmt.Errorf("step %d: %w", k, out.Reason)
	}
	return ms, w, post, nil
}

// Tamper changes the result of one step: it gets the state and the machine
// state right after the honest step and may change either.
type Tamper func(st *l2.State, ms *l2.MachineState)

// Tampered runs a batch as a faulty proposer would: honestly up to step k
// (counting from 0), then tamper on the result of step k, then honestly on
// from the tampered state. It returns the trace of that run, the L2 state it
// ends in and its step count; with tamper nil it is the honest run. Step k
// must be a step the run takes before halting. The trace's Proof gives, from
// the run's state after j steps, the honest result of the next step, which
// the run's own state after step k does not match. Deposits must hold every
// deposit below depositLimit.
func Tampered(p *l2.Params, data []byte, depositLimit uint64, deposits l2.DepositSource, start *l2.State, prev l2.L2State, k uint64, tamper Tamper) (Trace, l2.L2State, uint64, error) {
	ctx, err := l2.NewBatchContext(p, data, depositLimit, deposits)
	if err != nil {
		return nil, l2.L2State{}, 0, err
	}
	st := start.Copy()
	ms := ctx.Start(prev)
	t := &trace{ctx: ctx, start: start.Copy(), states: []l2.MachineState{ms}, tamperAt: k, tamper: tamper}
	for i := uint64(0); ; i++ {
		next, out := l2.Step(ctx, st, ms)
		switch out.Kind {
		case l2.Fault:
			return nil, l2.L2State{}, 0, fmt.Errorf("step %d: %w", i, out.Reason)
		case l2.Halt:
			if tamper != nil && i <= k {
				return nil, l2.L2State{}, 0, fmt.Errorf("verify: step %d to tamper is beyond the batch's %d steps", k, i)
			}
			return t, ms.L2State(), t.Steps(), nil
		}
		if tamper != nil && i == k {
			tamper(st, &next)
			next.StateRoot = st.Root()
		}
		ms = next
		t.states = append(t.states, ms)
	}
}
