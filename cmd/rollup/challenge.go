package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"go.uber.org/zap"

	"github.com/rollup-dev/rollup/fraudproof"
	"github.com/rollup-dev/rollup/l1client/txmgr"
	"github.com/rollup-dev/rollup/store"
	"github.com/rollup-dev/rollup/userflow"
)

func runChallenge(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("challenge", flag.ContinueOnError)
	var (
		conn        userConn
		databaseURL string
		timeout     time.Duration
	)
	conn.l1Flags(fs)
	conn.keyFlag(fs, "of the challenger: pays the bond")
	fs.StringVar(&databaseURL, "database-url", "", "PostgreSQL URL of the transaction outbox (default: $DATABASE_URL)")
	fs.DurationVar(&timeout, "timeout", 2*time.Minute, "time limit for the challenge to be confirmed")
	setUsage(fs, "usage: rollup challenge BATCH --key HEX [flags]\n\n"+
		"Opens a game on the current batch BATCH. The game is played by `rollup challenger` running with\n"+
		"the same key (started before or after; with both running on one key their transaction managers\n"+
		"share the nonce and one transaction may be re-sent); without it, the challenger's clock runs out\n"+
		"and the bond is lost.\n"+
		"Every flag falls back to ROLLUP_<FLAG>; --database-url to DATABASE_URL.\n\n")
	pos, err := parseUserFlags(fs, args, 1, map[string]string{"database-url": "DATABASE_URL"})
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		fs.Usage()
		return errors.New("BATCH is required")
	}
	index, err := strconv.ParseUint(pos[0], 10, 64)
	if err != nil {
		return fmt.Errorf("BATCH %q is not a batch index", pos[0])
	}
	key, err := conn.parseKey()
	if err != nil {
		return err
	}
	if databaseURL == "" {
		return errors.New("--database-url (or DATABASE_URL) is required: transactions go through the outbox")
	}
	d, err := loadDeployment(conn.deployment)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	log := zap.NewNop()
	pool, err := store.Open(ctx, databaseURL, log)
	if err != nil {
		return err
	}
	defer pool.Close()
	client, err := ethclient.DialContext(ctx, conn.l1RPC)
	if err != nil {
		return fmt.Errorf("connecting to L1 at %s: %w", conn.l1RPC, err)
	}
	defer client.Close()
	mgr, err := txmgr.New(txmgr.Config{Name: "challenge", PrivateKey: key}, txmgr.Deps{Client: client, Pool: pool, Logger: log})
	if err != nil {
		return err
	}
	if err := mgr.Start(ctx); err != nil {
		return err
	}
	defer func() { _ = mgr.Stop() }()
	id, err := fraudproof.OpenChallenge(ctx, client, d, mgr, index)
	if err != nil {
		return err
	}
	fmt.Printf("opened game %d on batch %d with a bond of %s from %s\n", id, index, userflow.FormatAmount(d.ChallengerBond.Big()), mgr.From())
	return nil
}
