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
	// Token is the L1 token of a token deposit (Amount is then in that
	// token); zero for an ETH deposit or a forced transaction.
	Token common.Address
}

// Result is what an applied transaction did besides taking its fee and
// nonce.
type Result struct {
	// Reverted is why a token call reverted (§2.4: receipt status 0, no token
	// balance changed); nil when the transaction succeeded.
	Reverted error
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

// Token returns the L2 supply and the L1 address of the L2 token, and whether
// a deposit registered it.
func (s *State) Token(token common.Address) (supply uint256.Int, l1Token common.Address, ok bool) {
	a, b, ok := s.tree.Get(s.k.tokenKey(token))
	return a, common.Address(b.Bytes20()), ok
}

// TokenBalance returns owner's balance of the L2 token.
func (s *State) TokenBalance(token, owner common.Address) uint256.Int {
	a, _, _ := s.tree.Get(s.k.balanceKey(token, owner))
	return a
}

// TokenWithdrawal returns the token withdrawal written by sender's withdraw
// call with the given nonce, if any.
func (s *State) TokenWithdrawal(token, sender common.Address, nonce uint64) (amount uint256.Int, l1Recipient common.Address, ok bool) {
	a, b, ok := s.tree.Get(s.k.tokenWithdrawalKey(token, sender, nonce))
	return a, common.Address(b.Bytes20()), ok
}

// ApplyDeposit credits a consumed deposit to its recipient (§4).
func (s *State) ApplyDeposit(d Deposit) {
	s.applyDeposit(&d, nil)
}

func (s *State) applyDeposit(d *Deposit, w *witnessRecorder) {
	if d.Token != (common.Address{}) {
		s.applyTokenDeposit(d, w)
		return
	}
	key := s.k.accountKey(d.Recipient)
	w.prove(s, key)
	bal, nonce, _ := s.tree.Get(key)
	if d.Amount != nil {
		bal.Add(&bal, d.Amount)
	}
	s.tree.Set(key, &bal, &nonce)
}

// applyTokenDeposit credits a token deposit: the recipient's balance, then
// the token's supply (§4).
func (s *State) applyTokenDeposit(d *Deposit, w *witnessRecorder) {
	var amount, zero, l1 uint256.Int
	if d.Amount != nil {
		amount = *d.Amount
	}
	token := TokenAddress(d.Token)
	key := s.k.balanceKey(token, d.Recipient)
	w.prove(s, key)
	bal, _, _ := s.tree.Get(key)
	bal.Add(&bal, &amount)
	s.tree.Set(key, &bal, &zero)

	key = s.k.tokenKey(token)
	w.prove(s, key)
	supply, _, _ := s.tree.Get(key)
	supply.Add(&supply, &amount)
	l1.SetBytes20(d.Token[:])
	s.tree.Set(key, &supply, &l1)
}

// ApplyTransfer checks a transfer or token call against the state (nonce,
// balance) and executes it (§2.3, §2.4, §4). sender must come from
// ValidateTx; ApplyTransfer repeats the cheap stateless checks but not the
// signature recovery. On error the state is unchanged; a token call that
// reverts is applied (fee and nonce taken) and says so in the Result.
func (s *State) ApplyTransfer(p *Params, tx *types.Transaction, sender common.Address) (Result, error) {
	t, err := transferFromTx(p, tx)
	if err != nil {
		return Result{}, err
	}
	feeKey := s.k.accountKey(p.FeeRecipient)
	reverted, err := s.applyTransfer(p, &t, sender, feeKey, nil)
	return Result{Reverted: reverted}, err
}

// applyTransfer runs rules 4 and 5 of §6.2 and the three updates of §2.3,
// recording state proofs in w when it is not nil. err is the rule that skips
// the transfer (the state is unchanged); reverted is why an applied token call
// reverted.
func (s *State) applyTransfer(p *Params, t *transfer, sender common.Address, feeKey common.Hash, w *witnessRecorder) (reverted, err error) {
	senderKey := s.k.accountKey(sender)
	w.prove(s, senderKey)
	bal, nonce, _ := s.tree.Get(senderKey)

	// Rule 4: nonce.
	if !nonce.IsUint64() || nonce.Uint64() > t.nonce {
		return nil, ErrNonceTooLow
	}
	if nonce.Uint64() < t.nonce {
		return nil, ErrNonceTooHigh
	}
	if t.nonce == ^uint64(0) {
		return nil, ErrNonceMax
	}
	// Rule 5: cost and balance.
	fee, cost, err := t.cost(p)
	if err != nil {
		return nil, err
	}
	if bal.Lt(&cost) {
		return nil, ErrInsufficientFunds
	}

	// Update 1: the sender.
	bal.Sub(&bal, &cost)
	nonce.SetUint64(t.nonce + 1)
	s.tree.Set(senderKey, &bal, &nonce)

	// Update 2: the recipient, the withdrawal leaf, or the token call.
	switch {
	case t.fee.Call == CallTransfer:
		reverted = s.tokenTransfer(t.fee.Token, sender, t.to, &t.value, w)
	case t.fee.Call == CallWithdraw:
		reverted = s.tokenWithdraw(t.fee.Token, sender, t.nonce, t.to, &t.value, w)
	case t.to == WithdrawalAddress:
		key := s.k.withdrawalKey(sender, t.nonce)
		w.prove(s, key)
		var recipient uint256.Int
		recipient.SetBytes20(sender[:])
		s.tree.Set(key, &t.value, &recipient)
	default:
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
	return reverted, nil
}

// tokenTransfer runs transfer(to, amount) of §2.4 for from, returning why it
// reverts.
func (s *State) tokenTransfer(token, from, to common.Address, amount *uint256.Int, w *witnessRecorder) error {
	if to == (common.Address{}) {
		return ErrTransferToZero
	}
	var zero uint256.Int
	key := s.k.balanceKey(token, from)
	w.prove(s, key)
	bal, _, _ := s.tree.Get(key)
	if bal.Lt(amount) {
		return ErrTransferExceedsBalance
	}
	if amount.IsZero() {
		return nil
	}
	bal.Sub(&bal, amount)
	s.tree.Set(key, &bal, &zero)
	key = s.k.balanceKey(token, to)
	w.prove(s, key)
	bal, _, _ = s.tree.Get(key)
	bal.Add(&bal, amount)
	s.tree.Set(key, &bal, &zero)
	return nil
}

// tokenWithdraw runs withdraw(l1Recipient, amount) of §2.4 for sender, whose
// nonce before the call is nonce, returning why it reverts.
func (s *State) tokenWithdraw(token, sender common.Address, nonce uint64, l1Recipient common.Address, amount *uint256.Int, w *witnessRecorder) error {
	switch {
	case l1Recipient == (common.Address{}):
		return ErrWithdrawToZero
	case amount.IsZero():
		return ErrWithdrawZero
	}
	var zero, b uint256.Int
	key := s.k.balanceKey(token, sender)
	w.prove(s, key)
	bal, _, _ := s.tree.Get(key)
	if bal.Lt(amount) {
		return ErrTransferExceedsBalance
	}
	bal.Sub(&bal, amount)
	s.tree.Set(key, &bal, &zero)

	key = s.k.tokenKey(token)
	w.prove(s, key)
	supply, l1, _ := s.tree.Get(key)
	supply.Sub(&supply, amount)
	s.tree.Set(key, &supply, &l1)

	key = s.k.tokenWithdrawalKey(token, sender, nonce)
	w.prove(s, key)
	b.SetBytes20(l1Recipient[:])
	s.tree.Set(key, amount, &b)
	return nil
}
