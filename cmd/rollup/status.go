package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/rollup-dev/rollup/userflow"
)

func runStatus(ctx context.Context, args []string) error {
	var (
		conn    userConn
		asJSON  bool
		follow  bool
		until   string
		timeout time.Duration
	)
	fs := conn.flagSet("status", "", &asJSON, "print JSON (with --follow: one object per line, per change)")
	fs.BoolVar(&follow, "follow", false, "keep watching, with a live display, until the transaction is final (a withdrawal: claimed) or --until")
	fs.StringVar(&until, "until", "", "with --follow: stop at this stage: batched, posted, final, withdrawable or claimed (default: final, claimed for a withdrawal)")
	fs.DurationVar(&timeout, "timeout", 0, "with --follow: give up after this long (0: never)")
	setUsage(fs, "usage: rollup status TXHASH [flags]\n\n"+
		"Shows where an L2 transaction is on its way to L1 finality. With an L1 connection\n"+
		"(--l1-rpc and a deployment record, found by default for a local devnet) it adds the\n"+
		"batch's history on L1 (appended, challenged, reverted, final) and a withdrawal's claim.\n\n")
	pos, err := parseUserFlags(fs, args, 1, nil)
	if err != nil {
		return err
	}
	h, err := txHashArg(fs, pos, "", "the transaction hash")
	if err != nil {
		return err
	}
	stop, err := stopCondition(until)
	if err != nil {
		return err
	}
	l2, err := conn.dialL2(ctx)
	if err != nil {
		return err
	}
	defer l2.Close()
	l1, err := optionalL1(ctx, fs, &conn)
	if err != nil {
		return err
	}
	if l1 != nil {
		defer l1.Close()
	}

	if !follow {
		life, err := userflow.ReadLife(ctx, l2, l1, h)
		if err != nil {
			return err
		}
		if asJSON {
			return printJSON(os.Stdout, life)
		}
		userflow.Render(os.Stdout, life, time.Now())
		return nil
	}
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	disp := newLifeDisplay(os.Stdout, asJSON)
	life, err := userflow.Watch(ctx, l2, l1, h, 500*time.Millisecond, stop, disp.show)
	if err != nil {
		return err
	}
	disp.final(life)
	return nil
}

// optionalL1 connects to L1 when a deployment record is at hand: always when
// --deployment or --l1-rpc was given, else only if the default record exists.
func optionalL1(ctx context.Context, fs *flag.FlagSet, conn *userConn) (*userflow.L1, error) {
	explicit := false
	fs.Visit(func(f *flag.Flag) { explicit = explicit || f.Name == "deployment" || f.Name == "l1-rpc" })
	if !explicit {
		if _, err := os.Stat(conn.deployment); err != nil {
			return nil, nil
		}
	}
	return conn.dialL1(ctx)
}

// stopCondition maps --until to a predicate on a transaction's life.
func stopCondition(until string) (func(*userflow.Life) bool, error) {
	switch until {
	case "":
		return (*userflow.Life).Done, nil
	case "batched":
		return func(l *userflow.Life) bool { return l.Batch != nil }, nil
	case "posted":
		return func(l *userflow.Life) bool { return l.L1Block != nil && l.Status != "reverted" }, nil
	case "final":
		return func(l *userflow.Life) bool { return l.Final }, nil
	case "withdrawable":
		return func(l *userflow.Life) bool {
			return l.Withdrawal != nil && (l.Withdrawal.Withdrawable || l.Withdrawal.Claimed)
		}, nil
	case "claimed":
		return func(l *userflow.Life) bool { return l.Withdrawal != nil && l.Withdrawal.Claimed }, nil
	}
	return nil, fmt.Errorf("--until: want batched, posted, final, withdrawable or claimed, not %q", until)
}
