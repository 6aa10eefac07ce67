package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"math/big"

	l2pkg "github.com/rollup-dev/rollup/l2"
	"github.com/rollup-dev/rollup/userflow"
)

func init() {
	register(command{
		name:    "withdraw",
		summary: "withdraw from L2 to L1 (claim it with rollup claim once its batch is final)",
		run:     runWithdraw,
	})
}

func runWithdraw(ctx context.Context, args []string) error {
	var (
		conn   userConn
		value  *big.Int
		asJSON bool
		wait   string
		force  bool
	)
	fs := flag.NewFlagSet("withdraw", flag.ContinueOnError)
	conn.l2Flags(fs)
	conn.l1Flags(fs)
	conn.keyFlag(fs, "of the L2 account withdrawing (the same address is paid on L1)")
	fs.Var(amountFlag{&value}, "value", "amount with a unit: 1.5eth, 20gwei, 1000wei (required)")
	fs.BoolVar(&asJSON, "json", false, "print JSON")
	fs.BoolVar(&force, "force", false, "submit the signed transaction on L1 (Bridge.forceTransaction, paid by the same key on L1) "+
		"instead of to the sequencer, which must then include it within the inclusion window: for a sequencer that ignores you")
	fs.StringVar(&wait, "wait", "", "after sending, follow the withdrawal with a live display until: batched, posted, final or withdrawable")
	setUsage(fs, "usage: rollup withdraw --value AMOUNT --key HEX [flags]\n\n"+
		"Sends AMOUNT to the withdrawal address 0x5757…5757 on L2. Once the batch carrying it\n"+
		"is final on L1, rollup claim pays it to the same address on L1.\n\n")
	if _, err := parseUserFlags(fs, args, 0, nil); err != nil {
		return err
	}
	if value == nil || value.Sign() == 0 {
		return errors.New("--value is required (e.g. 1eth)")
	}
	l2, sent, err := conn.send(ctx, userflow.Transfer{To: l2pkg.WithdrawalAddress, Value: value}, force, asJSON, "withdrawal")
	if err != nil {
		return err
	}
	defer l2.Close()
	if !asJSON && wait == "" {
		defer fmt.Printf("  claim it on L1 once final: rollup claim %s --key <HEX>\n", sent.Tx.Hash().Hex())
	}
	return reportSent(ctx, fs, &conn, l2, sent, asJSON, wait)
}
