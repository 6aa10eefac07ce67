package sequencer

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/chaindb"
	"github.com/rollup-dev/rollup/l2"
	"github.com/rollup-dev/rollup/l2/smt"
	"github.com/rollup-dev/rollup/sequencer/engine"
	"github.com/rollup-dev/rollup/store"
)

// StateProof is the answer of rollup_getProof.
type StateProof = chain.StateProof

// Errors of rollup_getProof.
var (
	errNoBatch       = errors.New("no batch posted yet: proofs are against a batch's post-state root")
	errNotWithdrawal = errors.New("the transaction is not a withdrawal (neither a transfer to the withdrawal address nor a successful withdraw(address,uint256) on a token)")
)

// proofStates caches states rebuilt at batch boundaries (snapshot + replay);
// one rebuild runs at a time.
type proofStates struct {
	mu     sync.Mutex
	states map[uint64]*l2.State
	order  []uint64
}

const proofStatesKept = 2

func newProofStates() *proofStates { return &proofStates{states: map[uint64]*l2.State{}} }

func (b *backend) Proof(ctx context.Context, target chain.ProofTarget, batchIndex *uint64) (any, error) {
	var (
		batch *chain.Batch
		err   error
	)
	if batchIndex != nil {
		batch, err = chaindb.BatchByIndex(ctx, b.s.pool, *batchIndex)
	} else {
		batch, err = chaindb.LastBatchWithStatus(ctx, b.s.pool, chain.BatchFinal)
		if errors.Is(err, store.ErrNotFound) {
			batch, err = chaindb.LastBatchWithStatus(ctx, b.s.pool, chain.BatchIncluded, chain.BatchConfirmed, chain.BatchChallenged)
		}
		if errors.Is(err, store.ErrNotFound) {
			batch, err = chaindb.LastBatch(ctx, b.s.pool)
		}
	}
	if errors.Is(err, store.ErrNotFound) {
		if batchIndex != nil {
			return nil, fmt.Errorf("batch %d not found", *batchIndex)
		}
		return nil, errNoBatch
	}
	if err != nil {
		return nil, err
	}

	out := &StateProof{Batch: hexutil.Uint64(batch.Index), BatchStatus: string(batch.Status), BlockNumber: hexutil.Uint64(batch.LastBlock)}
	var token *common.Address // of a token withdrawal
	switch {
	case target.Account != nil:
		out.Kind, out.Key = "account", l2.AccountKey(*target.Account)
	case target.WithdrawalTx != nil:
		t, err := b.Tx(ctx, *target.WithdrawalTx)
		if err != nil {
			return nil, err
		}
		if t == nil {
			return nil, fmt.Errorf("transaction %s not found", *target.WithdrawalTx)
		}
		target.WithdrawalSender, target.WithdrawalNonce = &t.Sender, &t.Nonce
		if tx, err := t.Decode(); err == nil && !t.Failed && len(tx.Data()) == 68 && [4]byte(tx.Data()[:4]) == l2.WithdrawSelector {
			tok := t.To
			token = &tok
			out.Kind, out.Key = "tokenWithdrawal", l2.TokenWithdrawalKey(tok, t.Sender, t.Nonce)
			break
		}
		if t.To != l2.WithdrawalAddress {
			return nil, errNotWithdrawal
		}
		fallthrough
	case target.WithdrawalSender != nil && target.WithdrawalNonce != nil:
		out.Kind, out.Key = "withdrawal", l2.WithdrawalKey(*target.WithdrawalSender, *target.WithdrawalNonce)
	default:
		return nil, errors.New("nothing to prove: give an address, a withdrawal transaction hash or {sender, nonce}")
	}

	st, release, err := b.stateAt(ctx, batch.LastBlock)
	if err != nil {
		return nil, err
	}
	defer release()
	root := st.Root()
	if root != batch.PostStateRoot {
		return nil, fmt.Errorf("the state after block %d has root %s but batch %d claims %s", batch.LastBlock, root, batch.Index, batch.PostStateRoot)
	}
	p := st.Prove(out.Key)
	out.StateRoot = root
	out.Siblings = p.Siblings
	if out.Siblings == nil {
		out.Siblings = []common.Hash{}
	}
	out.LeafPresent, out.LeafKey = p.LeafPresent, p.LeafKey
	out.LeafA, out.LeafB = (*hexutil.Big)(p.LeafA.ToBig()), (*hexutil.Big)(p.LeafB.ToBig())
	a, bv, included := p.Value(out.Key)
	out.Included = included
	if err := smt.VerifyProof(root, out.Key, &p); err != nil {
		return nil, fmt.Errorf("built an invalid proof: %w", err)
	}
	switch {
	case target.Account != nil:
		out.Account = &chain.ProofAccount{Address: *target.Account, Balance: (*hexutil.Big)(a.ToBig()), Nonce: hexutil.Uint64(bv.Uint64())}
	default:
		out.Withdrawal = &chain.ProofWithdrawal{Sender: *target.WithdrawalSender, Nonce: hexutil.Uint64(*target.WithdrawalNonce),
			Amount: (*hexutil.Big)(a.ToBig()), Recipient: common.Address(bv.Bytes20())}
		if token != nil {
			_, l1, _ := st.Token(*token)
			out.Withdrawal.Token, out.Withdrawal.L1Token = token, &l1
		}
	}
	return out, nil
}

// stateAt returns the state as of sealed block n, read-only, and a function to
// call when done with it.
func (b *backend) stateAt(ctx context.Context, n uint64) (*l2.State, func(), error) {
	eng, err := b.engine()
	if err != nil {
		return nil, nil, err
	}
	ps := b.s.proofs
	ps.mu.Lock() // proofs are rare: one at a time keeps the shared states read-only
	if st, at := eng.SealedState(); at == n {
		return st, ps.mu.Unlock, nil
	}
	if st := ps.states[n]; st != nil {
		return st, ps.mu.Unlock, nil
	}
	latest, _ := eng.Heads()
	if n > latest.Number {
		ps.mu.Unlock()
		return nil, nil, fmt.Errorf("block %d is not sealed yet", n)
	}
	st, err := engine.StateAt(ctx, b.s.pool, b.s.engineConfig(), n)
	if err != nil {
		ps.mu.Unlock()
		return nil, nil, err
	}
	if len(ps.order) >= proofStatesKept {
		delete(ps.states, ps.order[0])
		ps.order = ps.order[1:]
	}
	ps.states[n] = st
	ps.order = append(ps.order, n)
	return st, ps.mu.Unlock, nil
}
