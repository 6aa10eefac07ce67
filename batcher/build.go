package batcher

import (
	"cmp"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rollup-dev/rollup/l2"
)

// Block is a sealed L2 block as the builder sees it: the codec's view of the
// block, the state root the sequencer recorded after it, and when it was
// sealed (the age of a batch counts from its first block's seal).
type Block struct {
	l2.Block
	StateRoot common.Hash
	SealedAt  time.Time
}

// Policy decides when the open batch closes.
type Policy struct {
	// TargetBytes closes the batch once it holds at least this many bytes
	// (default DefaultTargetBytes). A block that does not fit closes the batch
	// too, whatever its size.
	TargetBytes int
	// MaxAge closes a non-empty batch once its first block was sealed this long
	// ago (default DefaultMaxAge).
	MaxAge time.Duration
}

const (
	// DefaultTargetBytes is 98% of MAX_BATCH_BYTES: a batch that reached it is
	// closed at once instead of waiting for a block that would not fit.
	DefaultTargetBytes = l2.MaxBatchBytes * 98 / 100
	// DefaultMaxAge is the longest a block waits in an open batch.
	DefaultMaxAge = 10 * time.Second
)

func (p Policy) withDefaults() Policy {
	p.TargetBytes = cmp.Or(p.TargetBytes, DefaultTargetBytes)
	p.MaxAge = cmp.Or(p.MaxAge, DefaultMaxAge)
	return p
}

// Check names the first invalid field.
func (p Policy) Check() error {
	p = p.withDefaults()
	switch {
	case p.TargetBytes < 64 || p.TargetBytes > l2.MaxBatchBytes:
		return fmt.Errorf("batcher: TargetBytes %d out of range [64, %d]", p.TargetBytes, l2.MaxBatchBytes)
	case p.MaxAge < 0:
		return fmt.Errorf("batcher: MaxAge %s is negative", p.MaxAge)
	}
	return nil
}

// Batch is a closed and verified batch with the claim to post. For an honest
// batch Claim equals Post and ClaimSteps equals NumSteps; fault injection
// (see Fault) makes them differ.
type Batch struct {
	Index uint64
	Data  []byte
	// Prev is the claimed pre-state: the previous batch's claim (genesis for
	// batch 0), which is what the Rollup contract checks against its last
	// accepted claim.
	Prev l2.L2State
	// Post and NumSteps are the true post-state and step count, from replaying
	// the batch on the true pre-state.
	Post     l2.L2State
	NumSteps uint64
	// Claim and ClaimSteps are what the header claims.
	Claim      l2.L2State
	ClaimSteps uint64
	// Fault is the fault injected into the claim, nil for an honest batch.
	Fault *Fault

	FirstBlock, LastBlock uint64
	Transfers, Deposits   int
	// OpenedAt is the seal time of the first block; ClosedAt when the batch
	// closed; Full whether it closed on size (else on age or Flush).
	OpenedAt, ClosedAt time.Time
	Full               bool
}

// Fill is the batch's size as a fraction of MAX_BATCH_BYTES.
func (b *Batch) Fill() float64 { return float64(len(b.Data)) / l2.MaxBatchBytes }

// Honest reports whether the claim is the true post-state and step count.
func (b *Batch) Honest() bool { return b.Claim == b.Post && b.ClaimSteps == b.NumSteps }

// Start is where a Builder begins: the index of the next batch, the true
// L2 state before it (with the full state in State, whose root must be
// Prev.StateRoot) and the claim the previous batch made (PrevClaim, equal to
// Prev unless that batch was fault-injected).
type Start struct {
	Index     uint64
	Prev      l2.L2State
	PrevClaim l2.L2State
	State     *l2.State
	// FaultsUsed are the batch indexes whose fault was already injected once
	// (a rebuild after a revert must be honest).
	FaultsUsed map[uint64]bool
}

// Builder turns sealed L2 blocks, given in order, into closed and verified
// batches. It is the batcher's pure core: no I/O, no clock (the caller passes
// the time), not safe for concurrent use.
//
//	          Add(block)                    Add(block) that does not fit
//	empty ───────────────▶ open ─────────────────────────────────────────▶ closed + open
//	  ▲                     │ size ≥ TargetBytes, or Tick after MaxAge, or Flush
//	  └──── closed ◀────────┘
//
// Closing encodes the batch, decodes it again and checks it against the
// blocks, replays it with the step machine from the true pre-state and
// requires the sequencer's state root at the last block; only then does the
// builder move on (state, claim, index).
type Builder struct {
	p      *l2.Params
	policy Policy
	faults map[uint64]Fault
	used   map[uint64]bool

	index     uint64
	prev      l2.L2State
	prevClaim l2.L2State
	st        *l2.State

	bb     *l2.BatchBuilder
	blocks []Block
}

// NewBuilder returns a builder for batch s.Index. faults are injected into
// the claims of the batches they name (each at most once).
func NewBuilder(p *l2.Params, policy Policy, s Start, faults []Fault) (*Builder, error) {
	if err := p.Check(); err != nil {
		return nil, err
	}
	if err := policy.Check(); err != nil {
		return nil, err
	}
	if s.State == nil {
		return nil, errors.New("batcher: Start.State is nil")
	}
	if root := s.State.Root(); root != s.Prev.StateRoot {
		return nil, fmt.Errorf("batcher: start state root %s, want %s: %w", root, s.Prev.StateRoot, ErrStateMismatch)
	}
	b := &Builder{
		p:         p,
		policy:    policy.withDefaults(),
		faults:    map[uint64]Fault{},
		used:      map[uint64]bool{},
		index:     s.Index,
		prev:      s.Prev,
		prevClaim: s.PrevClaim,
		st:        s.State,
	}
	for _, f := range faults {
		if err := f.Check(); err != nil {
			return nil, err
		}
		b.faults[f.Batch] = f
	}
	for i := range s.FaultsUsed {
		b.used[i] = true
	}
	b.bb = l2.NewBatchBuilder(p, s.Prev)
	return b, nil
}

// Next returns the index of the open batch and the true state before it.
func (b *Builder) Next() (uint64, l2.L2State) { return b.index, b.prev }

// TipBlock returns the number of the last block added (open batch included).
func (b *Builder) TipBlock() uint64 {
	n, _, _ := b.bb.Tip()
	return n
}

// Open describes the open batch: its blocks, its exact encoded size and when
// its first block was sealed (zero when empty).
func (b *Builder) Open() (blocks, size int, since time.Time) {
	if len(b.blocks) == 0 {
		return 0, b.bb.Size(), time.Time{}
	}
	return len(b.blocks), b.bb.Size(), b.blocks[0].SealedAt
}

// Deadline is when Tick will close the open batch; ok is false when empty.
func (b *Builder) Deadline() (t time.Time, ok bool) {
	if len(b.blocks) == 0 {
		return time.Time{}, false
	}
	return b.blocks[0].SealedAt.Add(b.policy.MaxAge), true
}

// Add appends a sealed block and returns the batches it closed (none, one,
// or two when the block closed the batch before it and then filled its own).
// On error nothing changes: a block out of sequence, a block the codec cannot
// represent, ErrBlockTooLarge, or ErrVerify while closing.
func (b *Builder) Add(blk Block, now time.Time) ([]*Batch, error) {
	var out []*Batch
	err := b.bb.Add(blk.Block)
	if errors.Is(err, l2.ErrBatchFull) {
		closed, cerr := b.close(now, true)
		if cerr != nil {
			return nil, cerr
		}
		out = append(out, closed)
		err = b.bb.Add(blk.Block)
	}
	if errors.Is(err, l2.ErrBlockTooLarge) {
		return out, fmt.Errorf("block %d: %w (sequencer blocks must stay well below %d bytes)", blk.Number, ErrBlockTooLarge, l2.MaxBatchBytes)
	}
	if err != nil {
		return out, fmt.Errorf("adding block %d to batch %d: %w", blk.Number, b.index, err)
	}
	b.blocks = append(b.blocks, blk)
	if b.bb.Size() >= b.policy.TargetBytes {
		closed, cerr := b.close(now, true)
		if cerr != nil {
			return out, cerr
		}
		out = append(out, closed)
	}
	return out, nil
}

// Tick closes the open batch if its first block was sealed MaxAge ago or more.
func (b *Builder) Tick(now time.Time) (*Batch, error) {
	if d, ok := b.Deadline(); !ok || now.Before(d) {
		return nil, nil
	}
	return b.close(now, false)
}

// Flush closes the open batch whatever its age; nil when it is empty.
func (b *Builder) Flush(now time.Time) (*Batch, error) {
	if len(b.blocks) == 0 {
		return nil, nil
	}
	return b.close(now, false)
}

// close encodes, verifies and claims the open batch and starts the next one.
// On error the open batch stays as it was.
func (b *Builder) close(now time.Time, full bool) (*Batch, error) {
	data := b.bb.Encode()
	res, err := Verify(b.p, data, b.prev, b.st, b.blocks)
	if err != nil {
		return nil, fmt.Errorf("batch %d (blocks %d-%d): %w", b.index, b.blocks[0].Number, b.blocks[len(b.blocks)-1].Number, err)
	}
	out := &Batch{
		Index:      b.index,
		Data:       data,
		Prev:       b.prevClaim,
		Post:       res.Post,
		NumSteps:   res.NumSteps,
		Claim:      res.Post,
		ClaimSteps: res.NumSteps,
		FirstBlock: b.blocks[0].Number,
		LastBlock:  b.blocks[len(b.blocks)-1].Number,
		Transfers:  b.bb.Transfers(),
		Deposits:   int(res.Post.DepositsConsumed - b.prev.DepositsConsumed),
		OpenedAt:   b.blocks[0].SealedAt,
		ClosedAt:   now,
		Full:       full,
	}
	if f, ok := b.faults[b.index]; ok && !b.used[b.index] {
		claim, steps, applied, err := f.claim(b.p, data, b.prev, b.st, res)
		if err != nil {
			return nil, fmt.Errorf("batch %d: injecting fault %s: %w", b.index, f.Kind, err)
		}
		out.Claim, out.ClaimSteps = claim, steps
		out.Fault = &applied
		b.used[b.index] = true
	}
	b.index++
	b.prev = res.Post
	b.prevClaim = out.Claim
	b.st = res.State
	b.bb = l2.NewBatchBuilder(b.p, res.Post)
	b.blocks = nil
	return out, nil
}
