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
	// Amount is in wei, or in the token's base units for a token withdrawal.
	Amount    *deploy.Wei    `json:"amount"`
	Recipient common.Address `json:"recipient"`
	// Token and L1Token name the token of a token withdrawal.
	Token   *common.Address `json:"token,omitempty"`
	L1Token *common.Address `json:"l1Token,omitempty"`
	Batch   uint64          `json:"batch"`
	// ClaimTx is the L1 transaction that paid the withdrawal.
	ClaimTx common.Hash `json:"claimTransaction"`
	L1Block uint64      `json:"l1Block"`
	// AlreadyClaimed: it had been claimed before (ClaimTx is that claim).
	AlreadyClaimed bool `json:"alreadyClaimed"`
}

// ErrNotWithdrawal means the transaction is not a withdrawal.
var ErrNotWithdrawal = errors.New("not a withdrawal: neither a transfer to the withdrawal address nor a token's withdraw(address,uint256)")

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
	w := WithdrawalOf(tx.Tx, tx.From)
	if w == nil {
		return nil, fmt.Errorf("%s: %w", h, ErrNotWithdrawal)
	}
	if w.Token != (common.Address{}) && tx.Block != 0 && tx.Status != 1 {
		return nil, fmt.Errorf("%s: the withdraw call reverted on L2: nothing to claim", h)
	}
	out := &Claimed{Withdrawal: h, Sender: tx.From, Nonce: tx.Tx.Nonce(), Amount: deploy.NewWei(w.Amount), Recipient: w.Recipient}
	if w.Token != (common.Address{}) {
		tok := w.Token
		out.Token = &tok
	}
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
	if out.Token != nil {
		if proof.Withdrawal.L1Token == nil || proof.Withdrawal.Recipient != w.Recipient {
			return nil, fmt.Errorf("the sequencer's proof of %s is not the token withdrawal's", h)
		}
		out.L1Token = proof.Withdrawal.L1Token
		data = contracts.Bridge.PackClaimTokenWithdrawal(info.Info, *out.L1Token, out.Sender, out.Nonce, w.Recipient, out.Amount.Big(), siblings)
	}
	ctx2, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	ctx = ctx2
	ltx, r, err := c1.SendCall(ctx, key, c1.Deployment.Contracts.Bridge, data, nil)
	if err != nil {
		// Someone else may have claimed it meanwhile.
		if done, cerr := c1.Claimed(ctx, w.Key); cerr == nil && done {
			return c1.describeClaim(ctx, out, w.Key)
		}
		return nil, fmt.Errorf("claiming on L1: %w", err)
	}
	out.ClaimTx, out.L1Block = ltx.Hash(), r.BlockNumber.Uint64()
	if !claimedIn(c1, r, w.Key) {
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
	out.ClaimTx, out.L1Block, out.Batch = ev.L1Tx, ev.L1Block, ev.BatchIndex
	return out, nil
}

func claimedIn(c *L1, r *types.Receipt, key common.Hash) bool {
	for _, l := range r.Logs {
		if l.Address != c.Deployment.Contracts.Bridge {
			continue
		}
		if ev := claimEvent(l); ev != nil && ev.Key == key {
			return true
		}
	}
	return false
}
