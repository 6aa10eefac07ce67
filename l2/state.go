package l2

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/rollup-dev/rollup/l2/smt"
)

// Deposit is an entry of the Bridge's deposit queue (§4).
type Deposit struct {
	// Index is the entry's position in the L1 queue (0, 1, 2, …).
	Index     uint64
	Recipient common.Address
	Amount    *uint256.Int
	// L1Timestamp is the timestamp of the L1 block that queued the entry.
	L1Timestamp uint64
	// Forced, when set, makes the entry a forced transaction instead of a
	// deposit (Recipient and Amount are then zero): the queue holds both
	// kinds in one order (§4).
	Forced *ForcedTx
}

// State is the L2 state: accounts and withdrawals in the sparse Merkle tree
// (§3). It is not safe for concurrent use; Copy gives an independent snapshot.
type State struct {
	tree *smt.Tree
	k    *keccaker
}

// NewState returns the empty state, whose root is zero.
func NewState() *State {
	return &State{tree: smt.New(), k: &keccaker{st: newKeccak()}}
}

// Tree exposes the underlying tree, for snapshots and restores. Writing to it
// bypasses the protocol rules.
func (s *State) Tree() *smt.Tree { return s.tree }

// Root returns the state root, hashing pending updates.
func (s *State) Root() common.Hash { return s.tree.Root() }

// Prove returns the state proof of key against Root().
func (s *State) Prove(key common.Hash) smt.Proof { return s.tree.Prove(key) }

// Copy returns an independent snapshot of the state in O(1) after computing
// the root (see smt.Tree.Copy).
func (s *State) Copy() *State {
	return &State{tree: s.tree.Copy(), k: &keccaker{st: newKeccak()}}
}

// Account returns the balance and nonce of addr; an absent account has both
// zero.
func (s *State) Account(addr common.Address) (balance uint256.Int, nonce uint64) {
	a, b, _ := s.tree.Get(s.k.accountKey(addr))
	return a, b.Uint64()
}

// Withdrawal returns the withdrawal written by sender's transfer with the
// given nonce, if any.
func (s *State) Withdrawal(sender common.Address, nonce uint64) (amount uint256.Int, recipient common.Address, ok bool) {
	a, b, ok := s.tree.Get(s.k.withdrawalKey(sender, nonce))
	if !ok {
		return amount, recipient, false
	}
	return a, common.Address(b.Bytes20()), true
}

// ApplyDeposit credits a consumed deposit to its recipient (§4).
func (s *State) ApplyDeposit(d Deposit) {
	s.applyDeposit(&d, nil)
}

func (s *State) applyDeposit(d *Deposit, w *witnessRecorder) {
	key := s.k.accountKey(d.Recipient)
	w.prove(s, key)
	bal, nonce, _ := s.tree.Get(key)
	if d.Amount != nil {
		bal.Add(&bal, d.Amount)
	}
	s.tree.Set(key, &bal, &nonce)
}

// ApplyTransfer checks a transfer against the state (nonce, balance) and
// executes it (§2.3, §4). sender must come from ValidateTx; ApplyTransfer
// repeats the cheap stateless checks but not the signature recovery. On error
// the state is unchanged.
func (s *State) ApplyTransfer(p *Params, tx *types.Transaction, sender common.Address) error {
	t, err := transferFromTx(p, tx)
	if err != nil {
		return err
	}
	feeKey := s.k.accountKey(p.FeeRecipient)
	return s.applyTransfer(p, &t, sender, feeKey, nil)
}

// applyTransfer runs rules 4 and 5 of §6.2 and the three updates of §2.3,
// recording state proofs in w when it is not nil.
func (s *State) applyTransfer(p *Params, t *transfer, sender common.Address, feeKey common.Hash, w *witnessRecorder) error {
	senderKey := s.k.accountKey(sender)
	w.prove(s, senderKey)
	bal, nonce, _ := s.tree.Get(senderKey)

	// Rule 4: nonce.
	if !nonce.IsUint64() || nonce.Uint64() > t.nonce {
		return ErrNonceTooLow
	}
	if nonce.Uint64() < t.nonce {
		return ErrNonceTooHigh
	}
	if t.nonce == ^uint64(0) {
		return ErrNonceMax
	}
	// Rule 5: cost and balance.
	fee, cost, err := t.cost(p)
	if err != nil {
		return err
	}
	if bal.Lt(&cost) {
		return ErrInsufficientFunds
	}

	// Update 1: the sender.
	bal.Sub(&bal, &cost)
	nonce.SetUint64(t.nonce + 1)
	s.tree.Set(senderKey, &bal, &nonce)

	// Update 2: the recipient, or the withdrawal leaf.
	if t.to == WithdrawalAddress {
		key := s.k.withdrawalKey(sender, t.nonce)
		w.prove(s, key)
		var recipient uint256.Int
		recipient.SetBytes20(sender[:])
		s.tree.Set(key, &t.value, &recipient)
	} else {
		key := s.k.accountKey(t.to)
		w.prove(s, key)
		rb, rn, _ := s.tree.Get(key)
		rb.Add(&rb, &t.value)
		s.tree.Set(key, &rb, &rn)
	}

	// Update 3: the fee recipient.
	w.prove(s, feeKey)
	fb, fn, _ := s.tree.Get(feeKey)
	fb.Add(&fb, &fee)
	s.tree.Set(feeKey, &fb, &fn)
	return nil
}
