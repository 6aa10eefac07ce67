// Package verify checks batch claims against the honest execution of the step
// machine (docs/protocol.md §6, §7). It is pure: the caller feeds it the
// deposits and batch records it read from L1, in L1 order, and gets a verdict
// per batch and, for any verified batch, the machine state at any step and the
// one-step proof witness of any step.
//
// A Chain holds the canonical batches from a base (genesis, or a snapshot
// taken after a batch) on:
//
//	base state ──batch b──▶ end(b) ──batch b+1──▶ end(b+1) ── …
//
// Each verified batch keeps a copy-on-write snapshot of the state it starts
// from, so machine hashes at any step can be recomputed by replay. A batch is
// Valid when running its claimed numSteps steps from its start reaches exactly
// its claimed end hash (§7), Invalid otherwise, and Unverified when it starts
// from a state the chain does not hold (an earlier batch is Invalid and still
// current, or its data could not be read): an honest challenger disputes the
// earliest Invalid batch, whose loss reverts every later one.
//
// A Chain is not safe for concurrent use.
package verify

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"

	"github.com/rollup-dev/rollup/l1client/contracts"
	"github.com/rollup-dev/rollup/l2"
	"github.com/rollup-dev/rollup/l2/blob"
)

// Verdict is the result of checking a batch's claim.
type Verdict uint8

const (
	// Unverified: the batch starts from a state the chain does not hold.
	Unverified Verdict = iota
	// Valid: the claim is the honest result.
	Valid
	// Invalid: the claim is not the honest result; the batch can be disputed.
	Invalid
)

func (v Verdict) String() string {
	switch v {
	case Valid:
		return "valid"
	case Invalid:
		return "invalid"
	}
	return "unverified"
}

// ParseVerdict is the inverse of Verdict.String.
func ParseVerdict(s string) (Verdict, error) {
	switch s {
	case "valid":
		return Valid, nil
	case "invalid":
		return Invalid, nil
	case "unverified":
		return Unverified, nil
	}
	return Unverified, fmt.Errorf("verify: unknown verdict %q", s)
}

// Errors.
var (
	// ErrOutOfOrder: a deposit or batch does not follow the last one.
	ErrOutOfOrder = errors.New("verify: out of order")
	// ErrBelowBase: the operation reaches below the chain's base snapshot.
	ErrBelowBase = errors.New("verify: below the chain's base")
	// ErrNoState: the batch was not verified, so its states are unknown.
	ErrNoState = errors.New("verify: batch starts from an unknown state")
	// ErrDataMismatch: the batch data does not match the record's chunk root
	// or length.
	ErrDataMismatch = errors.New("verify: batch data does not match its record")
)

// Record is what L1 says about a batch: the record emitted in BatchAppended,
// its stored hash, and what carried its data (nil when it could not be read):
// the data of a calldata batch, the 131,072-byte blob of a blob batch.
type Record struct {
	Info contracts.BatchInfo
	Hash common.Hash
	Data []byte
}

// Index returns the batch index.
func (r *Record) Index() uint64 { return r.Info.Index }

// CheckData reports whether carried is what the record commits to: the data
// of a calldata batch, or the blob of a blob batch (its versioned hash, and
// the length of the data it carries, docs/protocol.md §5.5).
func (r *Record) CheckData(carried []byte) error {
	_, _, err := r.batchData(carried)
	return err
}

// batchData returns the batch data carried by carried and, for a blob batch,
// the blob, once they are checked against the record.
func (r *Record) batchData(carried []byte) ([]byte, *kzg4844.Blob, error) {
	if !r.Info.Blob {
		if uint64(len(carried)) != uint64(r.Info.DataLen) || l2.ChunkRoot(carried) != r.Info.DataRoot {
			return nil, nil, ErrDataMismatch
		}
		return carried, nil, nil
	}
	var b kzg4844.Blob
	if len(carried) != len(b) {
		return nil, nil, ErrDataMismatch
	}
	copy(b[:], carried)
	if err := blob.Verify([]kzg4844.Blob{b}, []common.Hash{r.Info.DataRoot}); err != nil {
		return nil, nil, fmt.Errorf("%w: %v", ErrDataMismatch, err)
	}
	data, err := blob.BatchData(&b)
	if err != nil || uint64(len(data)) != uint64(r.Info.DataLen) {
		return nil, nil, ErrDataMismatch // appendBlobBatches read the same length from the same blob
	}
	return data, &b, nil
}

// Batch is a batch on the chain with its verdict.
type Batch struct {
	Record
	Verdict Verdict
	// Reason explains an Invalid or Unverified verdict.
	Reason string
	// Prev is the honest state the batch starts from (its claimed prev when
	// verified); Post and Steps the honest result and step count. Zero when
	// Unverified.
	Prev  l2.L2State
	Post  l2.L2State
	Steps uint64

	start *l2.State // state before the batch (nil when Unverified)
	end   *l2.State // honest state after the batch (nil when Unverified)
	ctx   *l2.BatchContext
	trace []l2.MachineState // built on demand
}

// Claim returns the L2 state the batch claims to end in.
func (b *Batch) Claim() l2.L2State { return contracts.L2StateFromABI(b.Info.Post) }

// Verified reports whether the batch's states are known.
func (b *Batch) Verified() bool { return b.start != nil }

// Chain is the verified chain of batches and the deposit queue.
type Chain struct {
	params   *l2.Params
	deposits []l2.Deposit

	base      uint64     // index of the first batch held
	baseState *l2.State  // state after batch base-1 (genesis for 0)
	baseL2    l2.L2State // its L2 state
	batches   []*Batch
	// retired holds reverted batches by hash until Forget: a game on a
	// reverted batch is still played to its end (docs/protocol.md §8).
	retired map[common.Hash]*Batch
}

// NewChain returns a chain at genesis.
func NewChain(p *l2.Params) (*Chain, error) {
	if err := p.Check(); err != nil {
		return nil, err
	}
	return &Chain{params: p, baseState: l2.NewState(), baseL2: p.Genesis()}, nil
}

// NewChainAt returns a chain whose first batch will be base, starting from
// state (the honest state after batch base−1, whose L2 state is l2s), with the
// deposit queue deposits. The chain owns state.
func NewChainAt(p *l2.Params, base uint64, l2s l2.L2State, state *l2.State, deposits []l2.Deposit) (*Chain, error) {
	if err := p.Check(); err != nil {
		return nil, err
	}
	if state.Root() != l2s.StateRoot {
		return nil, fmt.Errorf("verify: snapshot root %s, state holds %s", l2s.StateRoot, state.Root())
	}
	for i, d := range deposits {
		if d.Index != uint64(i) {
			return nil, fmt.Errorf("%w: deposit %d at position %d", ErrOutOfOrder, d.Index, i)
		}
	}
	return &Chain{params: p, deposits: append([]l2.Deposit(nil), deposits...), base: base, baseState: state, baseL2: l2s}, nil
}

// Params returns the chain parameters.
func (c *Chain) Params() *l2.Params { return c.params }

// Base returns the index of the first batch the chain holds.
func (c *Chain) Base() uint64 { return c.base }

// Next returns the index the next batch must have.
func (c *Chain) Next() uint64 { return c.base + uint64(len(c.batches)) }

// Deposits returns the number of deposits known.
func (c *Chain) Deposits() uint64 { return uint64(len(c.deposits)) }

// Deposit returns deposit i.
func (c *Chain) Deposit(i uint64) (l2.Deposit, bool) {
	if i >= uint64(len(c.deposits)) {
		return l2.Deposit{}, false
	}
	return c.deposits[i], true
}

// AddDeposit appends the next queued deposit.
func (c *Chain) AddDeposit(d l2.Deposit) error {
	if d.Index != uint64(len(c.deposits)) {
		return fmt.Errorf("%w: deposit %d, expected %d", ErrOutOfOrder, d.Index, len(c.deposits))
	}
	c.deposits = append(c.deposits, d)
	return nil
}

// TruncateDeposits forgets deposits n and later (after an L1 reorg).
func (c *Chain) TruncateDeposits(n uint64) {
	if n < uint64(len(c.deposits)) {
		c.deposits = c.deposits[:n]
	}
}

// Batch returns the batch at index, if the chain holds it.
func (c *Chain) Batch(index uint64) (*Batch, bool) {
	if index < c.base || index >= c.Next() {
		return nil, false
	}
	return c.batches[index-c.base], true
}

// ByHash returns the held batch whose record hash is h, current or reverted
// and not yet forgotten.
func (c *Chain) ByHash(h common.Hash) (*Batch, bool) {
	for i := len(c.batches) - 1; i >= 0; i-- {
		if c.batches[i].Hash == h {
			return c.batches[i], true
		}
	}
	b, ok := c.retired[h]
	return b, ok
}

// predecessor returns the honest state that a batch with the given index and
// previous claim starts from, when the chain holds it: the base, a held Valid
// batch, or a held reverted Valid batch (pass its hash as retired; zero for
// none). ok is false otherwise.
func (c *Chain) predecessor(index uint64, prevClaim common.Hash, retired common.Hash) (start *l2.State, prev l2.L2State, ok bool) {
	if retired != (common.Hash{}) {
		p, held := c.retired[retired]
		if !held || p.Verdict != Valid || p.Info.Index+1 != index || p.Post.ClaimHash() != prevClaim {
			return nil, l2.L2State{}, false
		}
		return p.end, p.Post, true
	}
	if index == c.base && c.baseL2.ClaimHash() == prevClaim {
		return c.baseState, c.baseL2, true
	}
	if p, held := c.Batch(index - 1); held && index > 0 && p.Verdict == Valid && p.Post.ClaimHash() == prevClaim {
		return p.end, p.Post, true
	}
	return nil, l2.L2State{}, false
}

// AddRetired verifies a reverted batch r, for a game still played on it after
// a restart, and holds it with the reverted batches (ByHash finds it). It
// starts from the chain's base or a held Valid batch whose claim r names as
// previous, or, when after is not zero, from the held reverted Valid batch
// with hash after (an earlier batch reverted with it). ErrNoState: the chain
// holds no such start.
func (c *Chain) AddRetired(r Record, after common.Hash) (*Batch, error) {
	start, prev, ok := c.predecessor(r.Info.Index, r.Info.PrevClaim, after)
	if !ok {
		return nil, fmt.Errorf("reverted batch %d: %w", r.Info.Index, ErrNoState)
	}
	b := &Batch{Record: r}
	if err := c.verifyFrom(b, start, prev); err != nil {
		return nil, fmt.Errorf("verifying reverted batch %d: %w", r.Info.Index, err)
	}
	if c.retired == nil {
		c.retired = map[common.Hash]*Batch{}
	}
	c.retired[r.Hash] = b
	return b, nil
}

// Retired returns the hashes of the reverted batches still held.
func (c *Chain) Retired() []common.Hash {
	out := make([]common.Hash, 0, len(c.retired))
	for h := range c.retired {
		out = append(out, h)
	}
	return out
}

// Forget drops the reverted batch with hash h.
func (c *Chain) Forget(h common.Hash) { delete(c.retired, h) }

// Batches returns the held batches in index order.
func (c *Chain) Batches() []*Batch { return append([]*Batch(nil), c.batches...) }

// Tip returns the honest state after the last held batch and its L2 state, or
// ok = false when that batch is not Valid. The state is a copy.
func (c *Chain) Tip() (st *l2.State, s l2.L2State, ok bool) {
	if len(c.batches) == 0 {
		return c.baseState.Copy(), c.baseL2, true
	}
	b := c.batches[len(c.batches)-1]
	if b.Verdict != Valid {
		return nil, l2.L2State{}, false
	}
	return b.end.Copy(), b.Post, true
}

// StateAfter returns a copy of the honest state after batch index, which must
// be Valid (or base − 1).
func (c *Chain) StateAfter(index uint64) (*l2.State, l2.L2State, error) {
	if c.base > 0 && index == c.base-1 {
		return c.baseState.Copy(), c.baseL2, nil
	}
	b, ok := c.Batch(index)
	if !ok {
		return nil, l2.L2State{}, ErrBelowBase
	}
	if b.Verdict != Valid {
		return nil, l2.L2State{}, ErrNoState
	}
	return b.end.Copy(), b.Post, nil
}

func (c *Chain) depositSource() l2.DepositSource {
	return func(i uint64) (l2.Deposit, bool) { return c.Deposit(i) }
}

// Append adds the next batch and verifies it. The deposits it may consume
// (below its deposit limit) must have been added. An error leaves the chain
// unchanged.
func (c *Chain) Append(r Record) (*Batch, error) {
	if r.Info.Index != c.Next() {
		return nil, fmt.Errorf("%w: batch %d, expected %d", ErrOutOfOrder, r.Info.Index, c.Next())
	}
	b := &Batch{Record: r}
	if err := c.verify(b); err != nil {
		return nil, fmt.Errorf("verifying batch %d: %w", r.Info.Index, err)
	}
	c.batches = append(c.batches, b)
	return b, nil
}

func (c *Chain) verify(b *Batch) error {
	if len(c.batches) == 0 {
		return c.verifyFrom(b, c.baseState, c.baseL2)
	}
	p := c.batches[len(c.batches)-1]
	if p.Verdict != Valid {
		b.Reason = fmt.Sprintf("batch %d before it is %s", p.Info.Index, p.Verdict)
		return nil
	}
	return c.verifyFrom(b, p.end, p.Post)
}

// verifyFrom verifies b as the batch after the honest state start (whose L2
// state is prev).
func (c *Chain) verifyFrom(b *Batch, start *l2.State, prev l2.L2State) error {
	if b.Data == nil {
		b.Reason = "batch data unavailable"
		return nil
	}
	if err := b.CheckData(b.Data); err != nil {
		return err
	}
	if b.Info.PrevClaim != prev.ClaimHash() {
		b.Reason = "its previous claim is not the honest state"
		return nil
	}
	ctx, err := c.context(b)
	if err != nil {
		return err
	}
	startMS := ctx.Start(prev)
	if startMS.Hash() != b.Info.StartHash {
		b.Reason = "its start hash is not the honest start"
		return nil
	}
	st := start.Copy()
	final, steps, err := l2.Replay(ctx, st, startMS)
	if err != nil {
		return err
	}
	b.Prev, b.Post, b.Steps = prev, final.L2State(), steps
	b.start, b.end, b.ctx = start, st, ctx
	switch {
	case b.Info.NumSteps < steps:
		b.Verdict = Invalid
		b.Reason = fmt.Sprintf("claims %d steps, the batch takes %d", b.Info.NumSteps, steps)
	case final.Hash() != b.Info.EndHash:
		b.Verdict = Invalid
		b.Reason = diff(b.Claim(), b.Post)
	default:
		b.Verdict = Valid
	}
	return nil
}

// context decodes the batch's header and deposits for execution.
func (c *Chain) context(b *Batch) (*l2.BatchContext, error) {
	if b.Info.DepositLimit > uint64(len(c.deposits)) {
		return nil, fmt.Errorf("deposit limit %d, only %d deposits known", b.Info.DepositLimit, len(c.deposits))
	}
	data, bl, err := b.batchData(b.Data)
	if err != nil {
		return nil, err
	}
	ctx, err := l2.NewBatchContext(c.params, data, b.Info.DepositLimit, c.depositSource())
	if err != nil {
		return nil, fmt.Errorf("batch header: %w", err)
	}
	if bl != nil {
		if err := ctx.SetBlob(bl); err != nil {
			return nil, err
		}
	}
	return ctx, nil
}

// Changes returns the batch's verified checkpoint: the state tree leaves the
// batch changes (smt.Tree.AppendChanges), or nil unless it is Valid.
func (b *Batch) Changes() []byte {
	if b.Verdict != Valid {
		return nil
	}
	return b.end.Tree().AppendChanges(nil, b.start.Tree())
}

// ErrCheckpoint: a stored checkpoint does not lead to the batch's claimed
// state; the batch must be verified again.
var ErrCheckpoint = errors.New("verify: checkpoint does not match the batch")

// Restore appends the next batch as Valid without executing it, from the
// checkpoint of an earlier verification: its step count and the leaves it
// changes (Batch.Changes). The batch before it must be Valid (or the base),
// and the changes applied to its end state must give the state root the
// batch claims. Execution, needed only to play a game on the batch, happens
// on demand. An error leaves the chain unchanged; with ErrCheckpoint the
// caller verifies the batch with Append instead.
func (c *Chain) Restore(r Record, steps uint64, changes []byte) (*Batch, error) {
	if r.Info.Index != c.Next() {
		return nil, fmt.Errorf("%w: batch %d, expected %d", ErrOutOfOrder, r.Info.Index, c.Next())
	}
	start, prev := c.baseState, c.baseL2
	if n := len(c.batches); n > 0 {
		p := c.batches[n-1]
		if p.Verdict != Valid {
			return nil, fmt.Errorf("%w: batch %d before it is %s", ErrCheckpoint, p.Info.Index, p.Verdict)
		}
		start, prev = p.end, p.Post
	}
	b := &Batch{Record: r}
	if r.Data == nil || b.CheckData(r.Data) != nil || r.Info.PrevClaim != prev.ClaimHash() || r.Info.NumSteps < steps ||
		r.Info.DepositLimit > uint64(len(c.deposits)) {
		return nil, fmt.Errorf("%w: batch %d", ErrCheckpoint, r.Info.Index)
	}
	claim := b.Claim()
	end := start.Copy()
	if err := end.Tree().SetLeaves(changes); err != nil {
		return nil, fmt.Errorf("%w: batch %d: %v", ErrCheckpoint, r.Info.Index, err)
	}
	if end.Root() != claim.StateRoot {
		return nil, fmt.Errorf("%w: batch %d: the changes give root %s, the batch claims %s", ErrCheckpoint, r.Info.Index, end.Root(), claim.StateRoot)
	}
	b.Verdict, b.Prev, b.Post, b.Steps = Valid, prev, claim, steps
	b.start, b.end = start, end
	c.batches = append(c.batches, b)
	return b, nil
}

// diff names what a claim gets wrong.
func diff(claim, honest l2.L2State) string {
	switch {
	case claim.StateRoot != honest.StateRoot:
		return fmt.Sprintf("claims state root %s, honest %s", claim.StateRoot, honest.StateRoot)
	case claim.DepositsConsumed != honest.DepositsConsumed:
		return fmt.Sprintf("claims %d deposits consumed, honest %d", claim.DepositsConsumed, honest.DepositsConsumed)
	case claim.BlockNumber != honest.BlockNumber:
		return fmt.Sprintf("claims block %d, honest %d", claim.BlockNumber, honest.BlockNumber)
	case claim.Timestamp != honest.Timestamp:
		return fmt.Sprintf("claims timestamp %d, honest %d", claim.Timestamp, honest.Timestamp)
	}
	return "claims another end state"
}

// Revert drops batch from and every later batch (a lost game, or an L1
// reorg). They stay reachable through ByHash until Forget.
func (c *Chain) Revert(from uint64) error {
	if from < c.base {
		return fmt.Errorf("%w: revert to %d, base %d", ErrBelowBase, from, c.base)
	}
	if from < c.Next() {
		if c.retired == nil {
			c.retired = map[common.Hash]*Batch{}
		}
		for _, b := range c.batches[from-c.base:] {
			b.trace = nil
			c.retired[b.Hash] = b
		}
		c.batches = c.batches[:from-c.base]
	}
	return nil
}

// Prune forgets batches below index keepFrom, which must all be Valid (final
// batches), moving the base to keepFrom.
func (c *Chain) Prune(keepFrom uint64) error {
	if keepFrom <= c.base {
		return nil
	}
	if keepFrom > c.Next() {
		keepFrom = c.Next()
	}
	n := keepFrom - c.base
	for _, b := range c.batches[:n] {
		if b.Verdict != Valid {
			return fmt.Errorf("verify: cannot prune %s batch %d", b.Verdict, b.Info.Index)
		}
	}
	last := c.batches[n-1]
	c.baseState, c.baseL2 = last.end, last.Post
	c.batches = append([]*Batch(nil), c.batches[n:]...)
	c.base = keepFrom
	return nil
}
