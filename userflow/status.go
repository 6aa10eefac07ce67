package userflow

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/internal/poll"
	"github.com/rollup-dev/rollup/l1client/deploy"
	"github.com/rollup-dev/rollup/l2"
)

// Life is the whole life of an L2 transaction as far as it has gone: what the
// sequencer says (L2 block, batch, L1 transaction, confirmations, dispute
// deadline) and, when an L1 connection is given, what L1 says (the batch's
// history there, whether a withdrawal was claimed). It is what `rollup status`
// prints and, with --json, writes.
type Life struct {
	Hash common.Hash `json:"hash"`
	// Kind is "transfer", "withdrawal", "tokenTransfer", "tokenWithdrawal"
	// or "tokenCall" (a token call that reverted).
	Kind string         `json:"kind"`
	From common.Address `json:"from"`
	// To and Value are the recipient and the amount: of ETH, or for a token
	// transfer of Token, in its base units.
	To    common.Address `json:"to"`
	Value *deploy.Wei    `json:"value"`
	Token *Token         `json:"token,omitempty"`
	// Reverted: a token call whose receipt has status 0 (fee paid, nothing moved).
	Reverted bool   `json:"reverted,omitempty"`
	Nonce    uint64 `json:"nonce"`
	// Status is the sequencer's: soft, posted, final or reverted.
	Status      string `json:"status"`
	L2Block     uint64 `json:"l2Block"`
	BlockSealed bool   `json:"l2BlockSealed"`
	// Batch is the batch carrying the transaction, nil until one is built.
	Batch       *uint64      `json:"batch"`
	BatchStatus string       `json:"batchStatus,omitempty"`
	L1Tx        *common.Hash `json:"l1Transaction"`
	L1Block     *uint64      `json:"l1Block"`
	// L1Confirmations counts L1 blocks from the batch's block to the head.
	L1Confirmations *uint64 `json:"l1Confirmations"`
	// ChallengeableUntil is the unix time (L1 clock) the dispute window of
	// the batch ends; nil until the batch is on L1.
	ChallengeableUntil *uint64 `json:"challengeableUntil"`
	// Final is true once the batch is final.
	Final bool `json:"final"`
	// Withdrawal describes a withdrawal's way to L1; nil for transfers.
	Withdrawal *WithdrawalLife `json:"withdrawal,omitempty"`
	// History is the batch's story on L1 (appended, challenged, reverted,
	// appended again, final), when L1 was consulted.
	History []Event `json:"history,omitempty"`
	// L1Time is the L1 head's timestamp when the status was read (zero
	// without L1); deadlines are on the L1 clock.
	L1Time uint64 `json:"l1Time,omitempty"`
}

// WithdrawalLife is the L1 side of a withdrawal.
type WithdrawalLife struct {
	// Amount is in wei, or in the token's base units for a token withdrawal.
	Amount *deploy.Wei `json:"amount"`
	Key    common.Hash `json:"key"`
	// Token is the L2 token of a token withdrawal; Recipient is who is paid
	// on L1.
	Token     *common.Address `json:"token,omitempty"`
	Recipient common.Address  `json:"recipient"`
	// Symbol and Decimals are the token's, for display.
	Symbol   string `json:"symbol,omitempty"`
	Decimals uint8  `json:"decimals,omitempty"`
	// Withdrawable: the batch is final on L1 and the withdrawal is unclaimed.
	Withdrawable bool `json:"withdrawable"`
	// Claimed: the Bridge paid it; ClaimTx is the claim's L1 transaction.
	Claimed bool         `json:"claimed"`
	ClaimTx *common.Hash `json:"claimTransaction,omitempty"`
	// L1Checked is false when no L1 connection was given: Withdrawable and
	// Claimed are then unknown.
	L1Checked bool `json:"l1Checked"`
}

// ErrUnknownTx means the sequencer does not know the transaction.
var ErrUnknownTx = errors.New("the sequencer does not know this transaction")

// ReadLife reads the life of transaction h. l1 may be nil (no L1 facts).
func ReadLife(ctx context.Context, c *L2, l1 *L1, h common.Hash) (*Life, error) {
	tx, err := c.Transaction(ctx, h)
	if err != nil {
		return nil, err
	}
	if tx == nil {
		return nil, fmt.Errorf("%s: %w", h, ErrUnknownTx)
	}
	st, err := c.TxStatus(ctx, h)
	if err != nil {
		return nil, err
	}
	if st == nil {
		return nil, fmt.Errorf("%s: %w", h, ErrUnknownTx)
	}
	l := &Life{
		Hash: h, Kind: "transfer", From: tx.From, Value: deploy.NewWei(tx.Tx.Value()), Nonce: tx.Tx.Nonce(),
		Status: st.Status, L2Block: uint64(st.BlockNumber), BlockSealed: st.BlockSealed, Batch: u64(st.BatchIndex),
		L1Tx: st.L1TxHash, L1Block: u64(st.L1BlockNumber), L1Confirmations: u64(st.L1Confirmations),
		ChallengeableUntil: u64(st.ChallengeDeadline), Final: st.Status == chain.StatusFinal,
	}
	if to := tx.Tx.To(); to != nil {
		l.To = *to
	}
	if st.BatchStatus != nil {
		l.BatchStatus = string(*st.BatchStatus)
	}
	if w := WithdrawalOf(tx.Tx, tx.From); w != nil && (w.Token == (common.Address{}) || tx.Status == 1 || !st.BlockSealed) {
		l.Kind = "withdrawal"
		l.Withdrawal = &WithdrawalLife{Amount: deploy.NewWei(w.Amount), Key: w.Key, Recipient: w.Recipient}
		if w.Token != (common.Address{}) {
			tok := w.Token
			l.Kind, l.Withdrawal.Token = "tokenWithdrawal", &tok
			if meta, err := c.Token(ctx, tok); err == nil {
				l.Withdrawal.Symbol, l.Withdrawal.Decimals = meta.Symbol, meta.Decimals
			}
		}
	} else if data := tx.Tx.Data(); len(data) == 68 {
		l.Kind, l.Reverted = "tokenCall", st.BlockSealed && tx.Status == 0
		if [4]byte(data[:4]) == l2.TransferSelector && !l.Reverted {
			l.Kind = "tokenTransfer"
		}
		l.To, l.Value = common.BytesToAddress(data[16:36]), deploy.NewWei(new(big.Int).SetBytes(data[36:68]))
		if meta, err := c.Token(ctx, *tx.Tx.To()); err == nil {
			l.Token = meta
		}
	}
	if l1 == nil {
		return l, nil
	}
	head, err := l1.Head(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading the L1 head: %w", err)
	}
	l.L1Time = head.Time
	if l.Batch != nil {
		if l.History, err = l1.BatchHistory(ctx, *l.Batch); err != nil {
			return nil, err
		}
		fc, err := l1.FinalizedCount(ctx)
		if err != nil {
			return nil, fmt.Errorf("reading the Rollup's finalized count: %w", err)
		}
		finalOnL1 := *l.Batch < fc && l.Status != chain.StatusReverted
		l.Final = l.Final && finalOnL1
		if w := l.Withdrawal; w != nil {
			w.L1Checked = true
			claim, err := l1.ClaimOf(ctx, w.Key)
			if err != nil {
				return nil, err
			}
			if claim != nil {
				w.Claimed, w.ClaimTx = true, &claim.L1Tx
				amount := FormatAmount(claim.Amount)
				if w.Token != nil {
					amount = FormatTokenAmount(claim.Amount, w.Decimals, w.Symbol)
				}
				l.History = append(l.History, Event{L1Block: claim.L1Block, L1Tx: claim.L1Tx, Kind: "claimed",
					Text: fmt.Sprintf("withdrawal of %s claimed: paid to %s on L1", amount, claim.Recipient.Hex())})
			}
			w.Withdrawable = finalOnL1 && l.Status == chain.StatusFinal && !w.Claimed
		}
	}
	return l, nil
}

// Done reports whether nothing more will happen to the transaction: final,
// and for a withdrawal also claimed.
func (l *Life) Done() bool {
	if !l.Final {
		return false
	}
	return l.Withdrawal == nil || l.Withdrawal.Claimed || !l.Withdrawal.L1Checked
}

// Stage is a short summary of where the transaction is, for progress lines.
func (l *Life) Stage() string {
	switch {
	case l.Withdrawal != nil && l.Withdrawal.Claimed:
		return "claimed"
	case l.Withdrawal != nil && l.Withdrawal.Withdrawable:
		return "withdrawable"
	case l.Final:
		return "final"
	case l.Status == chain.StatusReverted || l.revertedOnL1():
		return "reverted"
	case l.BatchStatus == string(chain.BatchChallenged):
		return "challenged"
	case l.Status == chain.StatusPosted:
		return "posted"
	case l.Batch != nil:
		return "batched"
	}
	return "soft"
}

// revertedOnL1 reports whether the L1 history ends with the batch reverted
// and not yet appended again.
func (l *Life) revertedOnL1() bool {
	reverted := false
	for _, e := range l.History {
		switch e.Kind {
		case "appended":
			reverted = false
		case "reverted":
			reverted = true
		}
	}
	return reverted
}

// Watch reads the life of h every interval and calls onChange with each new
// state (the first one included) until until returns true or ctx ends.
func Watch(ctx context.Context, c *L2, l1 *L1, h common.Hash, interval time.Duration,
	until func(*Life) bool, onChange func(*Life)) (*Life, error) {
	if interval <= 0 {
		interval = 500 * time.Millisecond
	}
	var (
		last    string
		l       *Life
		readErr error
	)
	err := poll.Until(ctx, interval, func() (bool, error) {
		l, readErr = ReadLife(ctx, c, l1, h)
		if readErr != nil && ctx.Err() == nil && !errors.Is(readErr, ErrUnknownTx) {
			return false, readErr
		}
		if l == nil {
			return false, nil
		}
		if key := l.changeKey(); key != last && onChange != nil {
			onChange(l)
			last = key
		}
		return until(l), nil
	})
	if err != nil && err == readErr {
		return nil, err
	}
	return l, err
}

// changeKey captures what a progress display shows, so onChange fires on
// visible changes (confirmations and the countdown included).
func (l *Life) changeKey() string {
	k := fmt.Sprintf("%s|%s|%v|%v|%v|%d|%v", l.Status, l.BatchStatus, deref(l.Batch), deref(l.L1Block), deref(l.L1Confirmations), len(l.History), l.Final)
	if l.Withdrawal != nil {
		k += fmt.Sprintf("|%v|%v", l.Withdrawal.Withdrawable, l.Withdrawal.Claimed)
	}
	return k + fmt.Sprintf("|%d", l.L1Time)
}

func deref(p *uint64) any {
	if p == nil {
		return nil
	}
	return *p
}

func u64(p *hexutil.Uint64) *uint64 {
	if p == nil {
		return nil
	}
	v := uint64(*p)
	return &v
}

// valueOf returns a big.Int for a possibly nil amount.
func valueOf(v *deploy.Wei) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v.Big()
}
