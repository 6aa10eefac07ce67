package main

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/userflow"
)

type depositJSON struct {
	Index     uint64         `json:"index"`
	L1Tx      common.Hash    `json:"l1Transaction"`
	L1Block   uint64         `json:"l1Block"`
	From      common.Address `json:"from"`
	Recipient common.Address `json:"recipient"`
	Amount    string         `json:"amount"`
	// L1Token and L2Token name the token of a token deposit, whose Amount
	// and L2Balance are in its base units.
	L1Token *common.Address `json:"l1Token,omitempty"`
	L2Token *common.Address `json:"l2Token,omitempty"`
	// Credited is false with --no-wait.
	Credited  bool   `json:"credited"`
	L2Balance string `json:"l2Balance,omitempty"`
}

func runDeposit(ctx context.Context, args []string) error {
	var (
		conn    userConn
		to      common.Address
		value   valueArgs
		asJSON  bool
		noWait  bool
		timeout time.Duration
	)
	fs := conn.flagSet("deposit", "of the L1 account paying", &asJSON, "print JSON")
	fs.Var(addrFlag{&to}, "to", "L2 recipient (default: the sender's address)")
	value.register(fs, "deposit this ERC-20 (its L1 address) instead of ETH; the Bridge is approved for the amount when needed")
	fs.BoolVar(&noWait, "no-wait", false, "return once the deposit is mined on L1, without waiting for L2 to credit it")
	fs.DurationVar(&timeout, "timeout", 5*time.Minute, "give up waiting for L2 after this long")
	setUsage(fs, "usage: rollup deposit --value AMOUNT --key HEX [--token L1ADDR] [flags]\n\n")
	if _, err := parseUserFlags(fs, args, 0, nil); err != nil {
		return err
	}
	key, err := conn.parseKey()
	if err != nil {
		return err
	}
	if to == (common.Address{}) {
		to = crypto.PubkeyToAddress(key.PublicKey)
	}
	l1, err := conn.dialL1(ctx)
	if err != nil {
		return err
	}
	defer l1.Close()
	var l2 *userflow.L2
	if !noWait {
		if l2, err = conn.dialL2(ctx); err != nil {
			return err
		}
		defer l2.Close()
	}
	var (
		dep    *userflow.Deposited
		meta   userflow.Token // of a token deposit
		format = userflow.FormatAmount
	)
	if value.isToken() {
		if meta, err = l1.TokenMeta(ctx, value.token); err != nil {
			return fmt.Errorf("--token: %w", err)
		}
		amount, err := userflow.ParseTokenAmount(value.value, meta.Decimals)
		if err != nil {
			return fmt.Errorf("--value: %w", err)
		}
		format = func(v *big.Int) string { return userflow.FormatTokenAmount(v, meta.Decimals, meta.Symbol) }
		dep, err = l1.DepositToken(ctx, key, value.token, to, amount)
	} else {
		amount, verr := value.eth()
		if verr != nil {
			return verr
		}
		dep, err = l1.Deposit(ctx, key, to, amount)
	}
	if err != nil {
		return err
	}
	out := depositJSON{Index: dep.Index, L1Tx: dep.Tx.Hash(), L1Block: dep.Receipt.BlockNumber.Uint64(),
		From: dep.From, Recipient: dep.Recipient, Amount: dep.Amount.String()}
	if value.isToken() {
		l1t, l2t := value.token, meta.L2
		out.L1Token, out.L2Token = &l1t, &l2t
	}
	if !asJSON {
		fmt.Printf("deposit %d of %s to %s queued on L1 in block %d (tx %s)\n",
			dep.Index, format(dep.Amount), dep.Recipient.Hex(), out.L1Block, out.L1Tx.Hex())
	}
	if noWait {
		if asJSON {
			return printJSON(os.Stdout, out)
		}
		return nil
	}
	wctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	tty := isTerminal(os.Stdout) && !asJSON
	var last string
	progress := func(st *chain.SyncStatus) {
		if asJSON {
			return
		}
		msg := fmt.Sprintf("  waiting for L2: %d of %d deposits consumed, L1 head %s", st.DepositsConsumed, st.DepositsSeen, l1HeadOf(st))
		if msg == last {
			return
		}
		last = msg
		if tty {
			fmt.Printf("\r\x1b[K%s", msg)
		} else {
			fmt.Println(msg)
		}
	}
	st, err := l2.WaitDeposit(wctx, dep.Index, progress)
	if tty {
		fmt.Printf("\r\x1b[K")
	}
	if err != nil {
		return err
	}
	var bal *big.Int
	if value.isToken() {
		bal, err = l2.TokenBalance(ctx, meta.L2, to)
	} else {
		bal, err = l2.Balance(ctx, to)
	}
	if err != nil {
		return err
	}
	out.Credited, out.L2Balance = true, bal.String()
	if asJSON {
		return printJSON(os.Stdout, out)
	}
	fmt.Printf("  credited on L2 (%d deposits consumed); L2 balance of %s: %s\n", st.DepositsConsumed, to.Hex(), format(bal))
	return nil
}

func l1HeadOf(st *chain.SyncStatus) string {
	if st.L1Head == nil {
		return "unknown"
	}
	return fmt.Sprint(uint64(st.L1Head.Number))
}
