package l2

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"github.com/ethereum/go-ethereum/common"
)

// ErrStateMismatch: the State passed to the step machine does not have the
// machine state's state root.
var ErrStateMismatch = errors.New("state root differs from the machine state's")

// OutcomeKind is the kind of a step's result (§6.2).
type OutcomeKind uint8

const (
	// Halt: the cursor is at or past the end of the data; nothing changes.
	Halt OutcomeKind = iota
	// End: the record is undecodable; the cursor moves to the end of the data.
	End
	// Skip: the record decodes but is invalid; the cursor moves past it.
	Skip
	// Apply: the cursor moves past the record and the record takes effect.
	Apply
	// Fault: the batch context could not supply data the step needs (a deposit
	// below the deposit limit); nothing changes. Not a protocol outcome: the
	// caller's context is incomplete.
	Fault
)

func (k OutcomeKind) String() string {
	switch k {
	case Halt:
		return "halt"
	case End:
		return "end"
	case Skip:
		return "skip"
	case Apply:
		return "apply"
	case Fault:
		return "fault"
	}
	return fmt.Sprintf("outcome(%d)", uint8(k))
}

// RecordKind is the kind of record a step read (§5.3).
type RecordKind uint8

const (
	// RecordNone: no record was read (halt), or its tag was unreadable.
	RecordNone RecordKind = iota
	RecordBlock
	RecordDeposit
	RecordTransfer
	// RecordForced: a queue record whose entry is a forced transaction.
	RecordForced
)

func (k RecordKind) String() string {
	switch k {
	case RecordNone:
		return "none"
	case RecordBlock:
		return "block"
	case RecordDeposit:
		return "deposit"
	case RecordTransfer:
		return "transfer"
	case RecordForced:
		return "forced"
	}
	return fmt.Sprintf("record(%d)", uint8(k))
}

// Outcome describes what one step did.
type Outcome struct {
	Kind   OutcomeKind
	Record RecordKind
	// Reason is the sentinel error behind an End, Skip or Fault; nil otherwise.
	Reason error
	// Sender is the recovered sender of a transfer that got past rule 3.
	Sender common.Address
	// Reverted: an applied token call reverted (§2.4); Reason says why.
	Reverted bool
}

func (o Outcome) String() string {
	if o.Reason != nil {
		return fmt.Sprintf("%s %s: %v", o.Kind, o.Record, o.Reason)
	}
	return fmt.Sprintf("%s %s", o.Kind, o.Record)
}

// DepositSource returns queued deposit i, or false if it does not know it.
type DepositSource func(i uint64) (Deposit, bool)

// BatchContext is what a batch runs in (§6.1): the chain parameters, the data,
// the deposit limit recorded when the batch was appended, and a source for the
// queued deposits. It caches decoded fee entries and the chunk tree, so it is
// not safe for concurrent use; create one per goroutine.
type BatchContext struct {
	Params *Params
	// Data is the batch; it must not change after NewBatchContext.
	Data         []byte
	DepositLimit uint64
	Deposits     DepositSource

	header Header
	feeKey common.Hash
	k      *keccaker
	fees   []feeSlot
	chunks [][]common.Hash // chunk tree levels, leaves first; built on demand
	blob   *blobCarrier    // the blob of a blob batch (SetBlob); nil for calldata
}

// feeSlot caches the decoding of one fee entry.
type feeSlot struct {
	done      bool
	fee       FeeEntry
	err       error
	tab       int // offset of the fee table slot
	start, hi int // bytes of the entry examined
}

// NewBatchContext checks data as appendBatch does (§5.2) and returns the
// context a batch's steps run in.
func NewBatchContext(p *Params, data []byte, depositLimit uint64, deposits DepositSource) (*BatchContext, error) {
	if err := p.Check(); err != nil {
		return nil, err
	}
	h, err := ParseHeader(data)
	if err != nil {
		return nil, err
	}
	if deposits == nil {
		deposits = func(uint64) (Deposit, bool) { return Deposit{}, false }
	}
	return &BatchContext{
		Params:       p,
		Data:         data,
		DepositLimit: depositLimit,
		Deposits:     deposits,
		header:       h,
		feeKey:       AccountKey(p.FeeRecipient),
		k:            &keccaker{st: newKeccak()},
		fees:         make([]feeSlot, h.FeeCount),
	}, nil
}

// Header returns the batch's parsed header.
func (c *BatchContext) Header() Header { return c.header }

// Start returns the machine state a batch starts in from prev (§6.1): cursor
// at recordsStart.
func (c *BatchContext) Start(prev L2State) MachineState {
	return prev.Machine(uint64(c.header.RecordsStart))
}

// EndState returns the machine state a claim of post means: cursor at the end
// of the data (§7, endHash).
func (c *BatchContext) EndState(post L2State) MachineState {
	return post.Machine(uint64(len(c.Data)))
}

// Step executes one step from ms on st, which must hold the state whose root is
// ms.StateRoot, and returns the next machine state. It mutates st only on Apply.
func Step(c *BatchContext, st *State, ms MachineState) (MachineState, Outcome) {
	out := c.step(st, &ms, nil)
	if out.Kind == Apply {
		ms.StateRoot = st.Root()
	}
	return ms, out
}

// step executes one step without hashing the state: ms.StateRoot is left
// stale. w, when not nil, records what the step reads.
func (c *BatchContext) step(st *State, ms *MachineState, w *witnessRecorder) Outcome {
	dataLen := uint64(len(c.Data))
	if ms.Cursor >= dataLen {
		return Outcome{Kind: Halt}
	}
	cursor := int(ms.Cursor)
	r := reader{data: c.Data, off: cursor, hi: cursor}
	tag := r.cuint()
	if r.err != nil {
		w.read(cursor, r.hi)
		return c.end(ms, RecordNone, r.err)
	}
	switch tag {
	case 0:
		dt := r.cuint()
		w.read(cursor, r.hi)
		switch {
		case r.err != nil:
			return c.end(ms, RecordBlock, r.err)
		case ms.BlockNumber == math.MaxUint64:
			return c.end(ms, RecordBlock, ErrBlockNumberOverflow)
		case ms.Timestamp > math.MaxUint64-dt:
			return c.end(ms, RecordBlock, ErrTimestampOverflow)
		}
		ms.Cursor = uint64(r.off)
		ms.BlockNumber++
		ms.Timestamp += dt
		return Outcome{Kind: Apply, Record: RecordBlock}
	case 1:
		w.read(cursor, r.hi)
		if ms.DepositsConsumed >= c.DepositLimit {
			ms.Cursor = uint64(r.off)
			return Outcome{Kind: Skip, Record: RecordDeposit, Reason: ErrDepositLimit}
		}
		d, ok := c.Deposits(ms.DepositsConsumed)
		if !ok || d.Index != ms.DepositsConsumed {
			return Outcome{Kind: Fault, Record: RecordDeposit, Reason: fmt.Errorf("%w: index %d", ErrDepositUnavailable, ms.DepositsConsumed)}
		}
		w.readDeposit(d)
		ms.Cursor = uint64(r.off)
		ms.DepositsConsumed++
		if d.Forced != nil {
			// Consumed whether or not it is valid; an invalid one changes no
			// account (Reason says which rule skipped it).
			sender, reverted, err := st.applyForced(c.Params, d.Forced, c.k, c.feeKey, w)
			if reverted != nil {
				return Outcome{Kind: Apply, Record: RecordForced, Reason: reverted, Sender: sender, Reverted: true}
			}
			return Outcome{Kind: Apply, Record: RecordForced, Reason: err, Sender: sender}
		}
		st.applyDeposit(&d, w)
		return Outcome{Kind: Apply, Record: RecordDeposit}
	}
	return c.stepTransfer(st, ms, &r, tag, w)
}

func (c *BatchContext) end(ms *MachineState, rec RecordKind, reason error) Outcome {
	ms.Cursor = uint64(len(c.Data))
	return Outcome{Kind: End, Record: rec, Reason: reason}
}

// stepTransfer decodes and executes a transfer record (§5.3, §6.2). To give the
// witness every byte any conforming reader might read, it reads the
// dictionary slot and the fee entry before applying the checks in order.
func (c *BatchContext) stepTransfer(st *State, ms *MachineState, r *reader, tag uint64, w *witnessRecorder) Outcome {
	cursor := int(ms.Cursor)
	h := &c.header
	if h.FeeCount == 0 {
		w.read(cursor, r.hi)
		return c.end(ms, RecordTransfer, ErrNoFeeEntries)
	}
	u := tag - 2
	feeIndex := u % uint64(h.FeeCount)
	ri := u / uint64(h.FeeCount)

	var t transfer
	if ri == 0 {
		if b := r.take(20); b != nil {
			copy(t.to[:], b)
		}
	}
	t.nonce = r.cuint()
	r.amount(&t.value)
	sigR := r.take(32)
	sigVS := r.take(32)
	w.read(cursor, r.hi)
	if r.err != nil {
		return c.end(ms, RecordTransfer, r.err)
	}

	dictOK := ri == 0 || ri-1 < uint64(h.AddrCount)
	if ri != 0 && dictOK {
		off := h.DictOffset(int(ri - 1))
		copy(t.to[:], c.Data[off:off+20])
		w.read(off, off+20)
	}
	feeErr := c.feeEntry(int(feeIndex), &t.fee, w)

	ms.Cursor = uint64(r.off)
	skip := func(reason error, sender common.Address) Outcome {
		return Outcome{Kind: Skip, Record: RecordTransfer, Reason: reason, Sender: sender}
	}
	// Rule 1: dictionary index.
	if !dictOK {
		return skip(ErrDictIndex, common.Address{})
	}
	// Rule 2: fee entry.
	if feeErr != nil {
		return skip(feeErr, common.Address{})
	}
	// Rule 3: signature.
	t.r.SetBytes32(sigR)
	t.parity = sigVS[0] >> 7
	t.s.SetBytes32(sigVS)
	t.s[3] &^= 1 << 63
	sender, err := t.sender(c.k, c.Params.ChainID)
	if err != nil {
		return skip(err, common.Address{})
	}
	// Rules 4 and 5, then the updates.
	reverted, err := st.applyTransfer(c.Params, &t, sender, c.feeKey, w)
	if err != nil {
		return skip(err, sender)
	}
	return Outcome{Kind: Apply, Record: RecordTransfer, Sender: sender, Reason: reverted, Reverted: reverted != nil}
}

// feeEntry decodes fee entry j into f and applies rule 2's checks. A fee entry
// that does not decode within the data is ErrBadFeeEntry.
func (c *BatchContext) feeEntry(j int, f *FeeEntry, w *witnessRecorder) error {
	s := &c.fees[j]
	if !s.done {
		s.done = true
		h := &c.header
		s.tab = h.FeeTableOffset() + 2*j
		s.start = h.FeeBase() + int(binary.BigEndian.Uint16(c.Data[s.tab:]))
		r := reader{data: c.Data, off: s.start, hi: s.start}
		typ := r.byte1()
		s.fee.Type, s.fee.Call = typ&0x0f, typ>>4
		s.fee.GasLimit = r.cuint()
		switch s.fee.Type {
		case LegacyTxType:
			r.amount(&s.fee.GasFeeCap)
		case DynamicFeeTxType:
			r.amount(&s.fee.GasTipCap)
			r.amount(&s.fee.GasFeeCap)
		}
		if s.fee.Call == CallTransfer || s.fee.Call == CallWithdraw {
			if b := r.take(20); b != nil {
				copy(s.fee.Token[:], b)
			}
		}
		s.hi = r.hi
		if r.err != nil {
			s.err = ErrBadFeeEntry
		} else {
			s.err = s.fee.Check(c.Params)
		}
	}
	w.read(s.tab, s.tab+2)
	w.read(s.start, s.hi)
	*f = s.fee
	return s.err
}

// Replay runs the batch from start until it halts and returns the final
// machine state and the number of steps taken (the batch's step count when
// start is the batch's start state). st must hold start.StateRoot and ends
// holding the final state. The error is ErrStateMismatch or a Fault's reason.
func Replay(c *BatchContext, st *State, start MachineState) (MachineState, uint64, error) {
	return Run(c, st, start, math.MaxUint64)
}

// Run executes up to k steps from start (fewer if the machine halts first:
// further steps would be no-ops) and returns the machine state after them and
// the number of non-halting steps taken.
func Run(c *BatchContext, st *State, start MachineState, k uint64) (MachineState, uint64, error) {
	if st.Root() != start.StateRoot {
		return start, 0, ErrStateMismatch
	}
	ms := start
	var steps uint64
	for ; steps < k; steps++ {
		out := c.step(st, &ms, nil)
		if out.Kind == Halt {
			break
		}
		if out.Kind == Fault {
			ms.StateRoot = st.Root()
			return ms, steps, fmt.Errorf("step %d: %w", steps, out.Reason)
		}
	}
	ms.StateRoot = st.Root()
	return ms, steps, nil
}

// MachineHashAt returns the machine hash after k steps from start, running on
// a copy of st (st is unchanged).
func MachineHashAt(c *BatchContext, st *State, start MachineState, k uint64) (common.Hash, error) {
	ms, _, err := Run(c, st.Copy(), start, k)
	if err != nil {
		return common.Hash{}, err
	}
	return ms.Hash(), nil
}

// Trace runs the batch from start until it halts and returns every machine
// state on the way: states[i] is the state after i steps, states[0] = start,
// and len(states) − 1 is the step count. It hashes the state after every
// step, so it costs more than Replay. st ends holding the final state.
func Trace(c *BatchContext, st *State, start MachineState) ([]MachineState, error) {
	if st.Root() != start.StateRoot {
		return nil, ErrStateMismatch
	}
	states := []MachineState{start}
	ms := start
	for {
		next, out := Step(c, st, ms)
		switch out.Kind {
		case Halt:
			return states, nil
		case Fault:
			return states, fmt.Errorf("step %d: %w", len(states)-1, out.Reason)
		}
		ms = next
		states = append(states, ms)
	}
}
