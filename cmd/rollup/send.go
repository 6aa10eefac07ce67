package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rollup-dev/rollup/userflow"
)

// sentJSON is what send and withdraw print with --json.
type sentJSON struct {
	Hash    common.Hash    `json:"hash"`
	From    common.Address `json:"from"`
	To      common.Address `json:"to"`
	Value   string         `json:"value"`
	Fee     string         `json:"fee"`
	Nonce   uint64         `json:"nonce"`
	L2Block uint64         `json:"l2Block"`
	Status  uint64         `json:"status"`
	// Token and Amount (base units) describe a token call, whose To is
	// the call's recipient.
	Token  *common.Address `json:"token,omitempty"`
	Amount string          `json:"amount,omitempty"`
	// Life is the transaction's status after --wait.
	Life *userflow.Life `json:"life,omitempty"`
}

func sentView(s *userflow.Sent) sentJSON {
	v := sentJSON{Hash: s.Tx.Hash(), From: s.From, To: *s.Tx.To(), Value: s.Tx.Value().String(), Fee: s.Fee.String(),
		Nonce: s.Tx.Nonce(), L2Block: s.Receipt.BlockNumber.Uint64(), Status: s.Receipt.Status}
	if s.Token != nil {
		tok := s.Token.L2
		v.Token, v.Amount, v.To = &tok, s.Amount.String(), s.To
	}
	return v
}

func runSend(ctx context.Context, args []string) error {
	var (
		conn   userConn
		to     common.Address
		value  valueArgs
		nonce  int64
		asJSON bool
		wait   string
		force  bool
	)
	fs := conn.flagSet("send", "of the sender", &asJSON, "print JSON")
	fs.Var(addrFlag{&to}, "to", "recipient address (required)")
	value.register(fs, "send this bridged token instead of ETH: its L2 address or its L1 address (transfer(address,uint256) on the token)")
	fs.Int64Var(&nonce, "nonce", -1, "nonce (default: the sender's next)")
	forceFlag(fs, &force)
	fs.StringVar(&wait, "wait", "", "after sending, follow the transaction with a live display until: batched, posted or final")
	setUsage(fs, "usage: rollup send --to ADDR --value AMOUNT --key HEX [--token ADDR] [flags]\n\n")
	if _, err := parseUserFlags(fs, args, 0, nil); err != nil {
		return err
	}
	if to == (common.Address{}) {
		return errors.New("--to is required")
	}
	t := userflow.Transfer{To: to}
	if !value.isToken() {
		v, err := value.eth()
		if err != nil {
			return err
		}
		t.Value = v
	}
	if nonce >= 0 {
		n := uint64(nonce)
		t.Nonce = &n
	}
	l2, sent, err := conn.send(ctx, t, &value, force, asJSON, "transaction")
	if err != nil {
		return err
	}
	defer l2.Close()
	return reportSent(ctx, fs, &conn, l2, sent, asJSON, wait)
}

// reportSent prints an acknowledged transaction and, with --wait, follows it.
func reportSent(ctx context.Context, fs *flag.FlagSet, conn *userConn, l2 *userflow.L2, sent *userflow.Sent, asJSON bool, wait string) error {
	out := sentView(sent)
	if !asJSON {
		what, amount, to := "transfer", userflow.FormatAmount(sent.Tx.Value()), out.To
		if userflow.IsWithdrawal(sent.Tx) {
			what = "withdrawal"
		}
		if t := sent.Token; t != nil {
			w := userflow.WithdrawalOf(sent.Tx, sent.From)
			amount, to = userflow.FormatTokenAmount(sent.Amount, t.Decimals, t.Symbol), sent.To
			if w != nil {
				what = "token withdrawal"
			} else {
				what = "token transfer"
			}
		}
		fmt.Printf("%s %s\n  %s from %s to %s, fee %s, nonce %d\n  executed in L2 block %d and durable (status %d)\n",
			what, out.Hash.Hex(), amount, out.From.Hex(), to.Hex(),
			userflow.FormatAmount(sent.Fee), out.Nonce, out.L2Block, out.Status)
		if out.Status == 0 {
			fmt.Println("  the token call reverted on L2: the fee was paid, no token moved (is the balance enough?)")
		}
	}
	if wait == "" {
		if asJSON {
			return printJSON(os.Stdout, out)
		}
		fmt.Printf("  follow it: rollup status %s --follow\n", out.Hash.Hex())
		return nil
	}
	stop, err := stopCondition(wait)
	if err != nil {
		return fmt.Errorf("--wait: %w", err)
	}
	l1, err := optionalL1(ctx, fs, conn)
	if err != nil {
		return err
	}
	if l1 != nil {
		defer l1.Close()
	}
	var disp *lifeDisplay
	show := func(*userflow.Life) {}
	if !asJSON {
		disp = newLifeDisplay(os.Stdout, false)
		show = disp.show
	}
	life, err := userflow.Watch(ctx, l2, l1, out.Hash, 500*time.Millisecond, stop, show)
	if err != nil {
		return err
	}
	if asJSON {
		out.Life = life
		return printJSON(os.Stdout, out)
	}
	disp.final(life)
	return nil
}
