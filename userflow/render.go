package userflow

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/rollup-dev/rollup/chain"
)

// Marks of the status display.
const (
	markDone    = "✔"
	markWaiting = "…"
	markTodo    = "·"
	markBad     = "✘"
)

// Render writes l for people: one line per stage of the transaction's life
// (L2 block, batch, L1 transaction, dispute window, finality and, for a
// withdrawal, the claim), then the batch's history on L1 when known. now is
// the wall clock used for countdowns when no L1 time was read.
func Render(w io.Writer, l *Life, now time.Time) {
	what := fmt.Sprintf("transfer of %s from %s to %s", FormatAmount(valueOf(l.Value)), l.From.Hex(), l.To.Hex())
	switch w := l.Withdrawal; {
	case w != nil && w.Token != nil:
		what = fmt.Sprintf("token withdrawal of %s from %s (paid on L1 to %s)", FormatTokenAmount(w.Amount.Big(), w.Decimals, w.Symbol),
			l.From.Hex(), w.Recipient.Hex())
	case w != nil:
		what = fmt.Sprintf("withdrawal of %s from %s (paid on L1 to the same address)", FormatAmount(valueOf(l.Value)), l.From.Hex())
	case l.Token != nil && l.Kind == "tokenTransfer":
		what = fmt.Sprintf("token transfer of %s from %s to %s", FormatTokenAmount(valueOf(l.Value), l.Token.Decimals, l.Token.Symbol),
			l.From.Hex(), l.To.Hex())
	case l.Kind == "tokenCall":
		what = fmt.Sprintf("token call from %s that reverted on L2 (its fee was paid, no token moved)", l.From.Hex())
	}
	fmt.Fprintf(w, "%s\n  %s, nonce %d\n", l.Hash.Hex(), what, l.Nonce)

	line := func(mark, stage, text string) { fmt.Fprintf(w, "  %s %-8s %s\n", mark, stage, text) }

	sealed := "open block, sealed within the block time"
	if l.BlockSealed {
		sealed = "sealed"
	}
	line(markDone, "L2", fmt.Sprintf("executed in block %d (%s): status %s", l.L2Block, sealed, l.Status))

	switch {
	case l.Batch == nil:
		line(markWaiting, "batch", "waiting for the batcher to put its block in a batch")
	case l.Status == chain.StatusReverted:
		line(markBad, "batch", fmt.Sprintf("%d was reverted by a lost dispute; its blocks are being posted again", *l.Batch))
	default:
		line(markDone, "batch", fmt.Sprintf("%d (%s)", *l.Batch, l.BatchStatus))
	}

	switch {
	case l.L1Tx == nil && l.Batch != nil && l.Status != chain.StatusReverted:
		line(markWaiting, "L1", "waiting for the batch to be sent to L1")
	case l.L1Tx == nil:
		line(markTodo, "L1", "not yet on L1")
	case l.L1Block == nil:
		line(markWaiting, "L1", fmt.Sprintf("appendBatch %s sent, waiting to be mined", l.L1Tx.Hex()))
	default:
		conf := ""
		if l.L1Confirmations != nil {
			conf = fmt.Sprintf(", %d confirmation%s", *l.L1Confirmations, plural(uint64(*l.L1Confirmations)))
		}
		line(markDone, "L1", fmt.Sprintf("appendBatch %s in block %d%s", l.L1Tx.Hex(), *l.L1Block, conf))
	}

	clock := now
	if l.L1Time != 0 {
		clock = time.Unix(int64(l.L1Time), 0)
	}
	switch {
	case l.ChallengeableUntil == nil:
		line(markTodo, "window", "dispute window starts when the batch is on L1")
	case l.Final && l.repostedAfterRevert():
		line(markDone, "window", fmt.Sprintf("closed at %s unchallenged for the batch posted again", fmtTime(*l.ChallengeableUntil)))
	case l.Final:
		line(markDone, "window", fmt.Sprintf("closed at %s without a successful challenge", fmtTime(*l.ChallengeableUntil)))
	case l.BatchStatus == string(chain.BatchChallenged):
		line(markWaiting, "window", "challenged: a dispute game is open on the batch")
	default:
		left := time.Unix(int64(*l.ChallengeableUntil), 0).Sub(clock).Round(time.Second)
		if left > 0 {
			line(markWaiting, "window", fmt.Sprintf("challengeable until %s (%s left)", fmtTime(*l.ChallengeableUntil), left))
		} else {
			line(markWaiting, "window", fmt.Sprintf("closed at %s; waiting for the batch to be finalized on L1", fmtTime(*l.ChallengeableUntil)))
		}
	}

	if l.Final {
		line(markDone, "final", "yes: the batch is final on L1")
	} else {
		line(markTodo, "final", "not yet")
	}

	if wl := l.Withdrawal; wl != nil {
		switch {
		case !wl.L1Checked:
			line(markTodo, "claim", "unknown (give --l1-rpc and --deployment to check L1)")
		case wl.Claimed:
			line(markDone, "claim", fmt.Sprintf("claimed on L1 in %s", wl.ClaimTx.Hex()))
		case wl.Withdrawable:
			line(markWaiting, "claim", fmt.Sprintf("withdrawable now: rollup claim --tx %s", l.Hash.Hex()))
		default:
			line(markTodo, "claim", "withdrawable once final")
		}
	}
	if len(l.History) > 0 {
		fmt.Fprintf(w, "  history of batch %d on L1:\n", *l.Batch)
		for _, e := range l.History {
			fmt.Fprintf(w, "    block %-6d %s\n", e.L1Block, e.Text)
		}
	}
}

// repostedAfterRevert reports whether the L1 history has the batch reverted
// and appended again.
func (l *Life) repostedAfterRevert() bool {
	reverted := false
	for _, e := range l.History {
		if e.Kind == "reverted" {
			reverted = true
		}
		if e.Kind == "appended" && reverted {
			return true
		}
	}
	return false
}

// Lines counts the lines Render writes, for redrawing in place.
func Lines(s string) int { return strings.Count(s, "\n") }

func fmtTime(unix uint64) string {
	return time.Unix(int64(unix), 0).UTC().Format("15:04:05 UTC")
}

func plural(n uint64) string {
	if n == 1 {
		return ""
	}
	return "s"
}
