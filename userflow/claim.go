package userflow

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rollup-dev/rollup/l1client/contracts"
	"github.com/rollup-dev/rollup/l1client/deploy"

	"github.com/rollup-dev/rollup/chain"
)

// Claimed is the result of a claim.
type Claimed struct {
	Withdrawal common.Hash    `json:"withdrawal"`
	Sender     common.Address `json:"sender"`
	Nonce      uint64         `json:"nonce"`
	Amount     *deploy.Wei    `json:"amount"`
	Batch      uint64         `json:"batch"`
	// ClaimTx is the L1 transaction that paid the withdrawal.
	ClaimTx common.Hash `json:"claimTransaction"`
	L1Block uint64      `json:"l1Block"`
	// AlreadyClaimed: it had been claimed before (ClaimTx is that claim).
	AlreadyClaimed bool `json:"alreadyClaimed"`
}

// ErrNotWithdrawal means the transaction is not a withdrawal.
var ErrNotWithdrawal = errors.New("not a withdrawal: its recipient is not the withdrawal address")

// Claim waits until the withdrawal made by L2 transaction h is final (its
// batch finalized on L1), builds its proof with rollup_getProof against that
// batch, reads the batch's record from its BatchAppended event, and calls
// Bridge.claimWithdrawal from key's account (anyone may pay the gas; the
// withdrawal is paid to its L2 sender). progress, when set, sees every change
// of the withdrawal's life while waiting. A withdrawal claimed before is
// reported, not claimed twice.
func Claim(ctx context.Context, c2 *L2, c1 *L1, key *ecdsa.PrivateKey, h common.Hash, progress func(*Life)) (*Claimed, error) {
	tx, err := c2.Transaction(ctx, h)
	if err != nil {
		return nil, err
	}
	if tx == nil {
		return nil, fmt.Errorf("%s: %w", h, ErrUnknownTx)
	}
	if !IsWithdrawal(tx.Tx) {
		return nil, fmt.Errorf("%s: %w", h, ErrNotWithdrawal)
	}
	out := &Claimed{Withdrawal: h, Sender: tx.From, Nonce: tx.Tx.Nonce(), Amount: deploy.NewWei(tx.Tx.Value())}
	ready := func(l *Life) bool {
		return l.Withdrawal.Claimed || (l.Status == chain.StatusFinal && l.Withdrawal.Withdrawable)
	}
	life, err := Watch(ctx, c2, c1, h, c1.Poll*2, ready, progress)
	if err != nil {
		return nil, fmt.Errorf("waiting for the withdrawal to be final: %w", err)
	}
	out.Batch = *life.Batch
	if life.Withdrawal.Claimed {
		return c1.describeClaim(ctx, out, life.Withdrawal.Key)
	}

	proof, err := c2.WithdrawalProof(ctx, h, &out.Batch)
	if err != nil {
		return nil, err
	}
	if !proof.Included || proof.Withdrawal.Amount.ToInt().Cmp(out.Amount.Big()) != 0 {
		return nil, fmt.Errorf("the proof of batch %d does not include the withdrawal of %s", out.Batch, out.Amount.Big())
	}
	info, err := c1.BatchInfo(ctx, out.Batch)
	if err != nil {
		return nil, err
	}
	if common.Hash(info.Info.Post.StateRoot) != proof.StateRoot {
		return nil, fmt.Errorf("batch %d on L1 claims state root %x, the sequencer proves against %s",
			out.Batch, info.Info.Post.StateRoot, proof.StateRoot)
	}
	siblings := make([][32]byte, len(proof.Siblings))
	for i, s := range proof.Siblings {
		siblings[i] = s
	}
	data := contracts.Bridge.PackClaimWithdrawal(info.Info, out.Sender, out.Nonce, out.Amount.Big(), siblings)
	ctx2, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	ctx = ctx2
	ltx, r, err := c1.SendCall(ctx, key, c1.Deployment.Contracts.Bridge, data, nil)
	if err != nil {
		// Someone else may have claimed it meanwhile.
		if done, cerr := c1.WithdrawalClaimed(ctx, out.Sender, out.Nonce); cerr == nil && done {
			return c1.describeClaim(ctx, out, WithdrawalKey(out.Sender, out.Nonce))
		}
		return nil, fmt.Errorf("claiming on L1: %w", err)
	}
	out.ClaimTx, out.L1Block = ltx.Hash(), r.BlockNumber.Uint64()
	if !claimedIn(c1, r, WithdrawalKey(out.Sender, out.Nonce)) {
		return nil, fmt.Errorf("claim %s mined without a WithdrawalClaimed event", ltx.Hash())
	}
	return out, nil
}

func (c *L1) describeClaim(ctx context.Context, out *Claimed, key common.Hash) (*Claimed, error) {
	ev, err := c.ClaimOf(ctx, key)
	if err != nil {
		return nil, err
	}
	if ev == nil {
		return nil, errors.New("withdrawal reported claimed but no WithdrawalClaimed event found")
	}
	out.AlreadyClaimed = true
	out.ClaimTx, out.L1Block, out.Batch = ev.Raw.TxHash, ev.Raw.BlockNumber, ev.BatchIndex
	return out, nil
}

func claimedIn(c *L1, r *types.Receipt, key common.Hash) bool {
	for _, l := range r.Logs {
		if l.Address != c.Deployment.Contracts.Bridge {
			continue
		}
		if ev, err := contracts.Bridge.UnpackWithdrawalClaimedEvent(l); err == nil && common.Hash(ev.Key) == key {
			return true
		}
	}
	return false
}
