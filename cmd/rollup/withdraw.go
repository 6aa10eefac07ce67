package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	l2pkg "github.com/rollup-dev/rollup/l2"
	"github.com/rollup-dev/rollup/userflow"
)

func runWithdraw(ctx context.Context, args []string) error {
	var (
		conn   userConn
		value  valueArgs
		to     common.Address
		asJSON bool
		wait   string
		force  bool
	)
	fs := conn.flagSet("withdraw", "of the L2 account withdrawing (for ETH the same address is paid on L1)", &asJSON, "print JSON")
	value.register(fs, "withdraw this bridged token instead of ETH: its L2 address or its L1 address (withdraw(address,uint256) on the token)")
	fs.Var(addrFlag{&to}, "to", "with --token: the L1 recipient (default: the sender's address)")
	forceFlag(fs, &force)
	fs.StringVar(&wait, "wait", "", "after sending, follow the withdrawal with a live display until: batched, posted, final or withdrawable")
	setUsage(fs, "usage: rollup withdraw --value AMOUNT --key HEX [--token ADDR [--to L1ADDR]] [flags]\n\n"+
		"Sends AMOUNT to the withdrawal address 0x5757…5757 on L2 (with --token: calls withdraw on\n"+
		"the token). Once the batch carrying it is final on L1, rollup claim pays it on L1.\n\n")
	if _, err := parseUserFlags(fs, args, 0, nil); err != nil {
		return err
	}
	t := userflow.Transfer{To: l2pkg.WithdrawalAddress}
	if value.isToken() {
		if to == (common.Address{}) {
			key, err := conn.parseKey()
			if err != nil {
				return err
			}
			to = crypto.PubkeyToAddress(key.PublicKey)
		}
		t.To, t.Call = to, &userflow.TokenCall{Withdraw: true}
	} else {
		if to != (common.Address{}) {
			return errors.New("--to is for token withdrawals: an ETH withdrawal is paid to its sender")
		}
		v, err := value.eth()
		if err != nil {
			return err
		}
		if v.Sign() == 0 {
			return errors.New("--value must be more than zero")
		}
		t.Value = v
	}
	l2, sent, err := conn.send(ctx, t, &value, force, asJSON, "withdrawal")
	if err != nil {
		return err
	}
	defer l2.Close()
	if !asJSON && wait == "" {
		defer fmt.Printf("  claim it on L1 once final: rollup claim %s --key <HEX>\n", sent.Tx.Hash().Hex())
	}
	return reportSent(ctx, fs, &conn, l2, sent, asJSON, wait)
}
