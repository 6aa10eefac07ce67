package main

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"time"

	"github.com/rollup-dev/rollup/userflow"
)

func runClaim(ctx context.Context, args []string) error {
	var (
		conn    userConn
		txArg   string
		asJSON  bool
		timeout time.Duration
	)
	fs := conn.flagSet("claim", "of the L1 account sending the claim (anyone may; the withdrawal is paid to its L2 sender)", &asJSON, "print JSON")
	fs.StringVar(&txArg, "tx", "", "hash of the L2 withdrawal transaction (or give it as the argument)")
	fs.DurationVar(&timeout, "timeout", 30*time.Minute, "give up waiting for finality after this long")
	setUsage(fs, "usage: rollup claim TXHASH --key HEX [flags]\n\n"+
		"Waits (with a live display) until the withdrawal's batch is final on L1, asks the\n"+
		"sequencer for its proof (rollup_getProof), reads the batch record from its\n"+
		"BatchAppended event and calls Bridge.claimWithdrawal. A claimed withdrawal is\n"+
		"reported, not claimed twice.\n\n")
	pos, err := parseUserFlags(fs, args, 1, nil)
	if err != nil {
		return err
	}
	h, err := txHashArg(fs, pos, txArg, "the withdrawal's transaction hash")
	if err != nil {
		return err
	}
	key, err := conn.parseKey()
	if err != nil {
		return err
	}
	l2, err := conn.dialL2(ctx)
	if err != nil {
		return err
	}
	defer l2.Close()
	l1, err := conn.dialL1(ctx)
	if err != nil {
		return err
	}
	defer l1.Close()
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()

	var progress func(*userflow.Life)
	if !asJSON {
		progress = newLifeDisplay(os.Stdout, false).show
	}
	res, err := userflow.Claim(ctx, l2, l1, key, h, progress)
	if err != nil {
		return err
	}
	if asJSON {
		return printJSON(os.Stdout, res)
	}
	format := userflow.FormatAmount
	balance := func() (*big.Int, error) { return l1.BalanceOf(ctx, res.Recipient) }
	if res.Token != nil {
		meta, err := l2.Token(ctx, *res.Token)
		if err != nil {
			return err
		}
		format = func(v *big.Int) string { return userflow.FormatTokenAmount(v, meta.Decimals, meta.Symbol) }
		if res.L1Token != nil {
			balance = func() (*big.Int, error) { return l1.TokenBalanceOf(ctx, *res.L1Token, res.Recipient) }
		}
	}
	if res.AlreadyClaimed {
		fmt.Printf("already claimed: %s paid to %s on L1 in %s (block %d)\n", format(res.Amount.Big()), res.Recipient.Hex(), res.ClaimTx.Hex(), res.L1Block)
		return nil
	}
	bal, _ := balance()
	fmt.Printf("claimed: %s paid to %s on L1 in %s (block %d), proven against batch %d\n  L1 balance of %s: %s\n",
		format(res.Amount.Big()), res.Recipient.Hex(), res.ClaimTx.Hex(), res.L1Block, res.Batch, res.Recipient.Hex(), format(bal))
	return nil
}
