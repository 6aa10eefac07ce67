package e2e

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/cmd/rollup/devnet"
	"github.com/rollup-dev/rollup/internal/etherstest"
	"github.com/rollup-dev/rollup/l1client/beacon"
	"github.com/rollup-dev/rollup/l2/blob"
	"github.com/rollup-dev/rollup/userflow"
)

// TestDevnet_InProcessL1 runs the whole path on the devnet's in-process L1,
// then stops the devnet and starts it again on the same data directory: the
// L1 chain, balances and finality carry over and the chain goes on.
func TestDevnet_InProcessL1(t *testing.T) {
	cfg := testConfig(t, 6*time.Second)
	d := startDevnet(t, cfg)
	l2, l1 := dial(t, d.L2URL(), d.L1URL(), d.Deployment())
	others := []common.Address{d.Deployment().FeeRecipient}
	wholePath(t, l2, l1, d.Accounts(), others, func() { screenshot(t, d.L2URL(), "status-page-window-open.png") })
	screenshot(t, d.L2URL(), "status-page.png")

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	a := d.Accounts()
	balances := map[common.Address]string{}
	for _, acct := range a {
		b, err := l2.Balance(ctx, acct.Address)
		require.NoError(t, err)
		balances[acct.Address] = b.String()
	}
	head, err := l1.Head(ctx)
	require.NoError(t, err)
	dep := d.Deployment()
	require.NoError(t, d.Stop(ctx))

	// Resume on the same data directory and database.
	cfg.HTTPAddr, cfg.L1HTTPAddr, cfg.L1BeaconAddr = "127.0.0.1:0", "127.0.0.1:0", "127.0.0.1:0"
	d2 := startDevnet(t, cfg)
	require.True(t, d2.Resumed())
	require.Equal(t, dep.Contracts, d2.Deployment().Contracts)
	require.Empty(t, d2.Funded(), "a resumed devnet does not fund again")
	l2, l1 = dial(t, d2.L2URL(), d2.L1URL(), d2.Deployment())
	head2, err := l1.Head(ctx)
	require.NoError(t, err)
	require.GreaterOrEqual(t, head2.Number.Uint64(), head.Number.Uint64())
	// The in-process L1 serves the beacon API: the head's slot, found from
	// its timestamp, has exactly the blobs of the head block's transactions
	// (blob batches, if one was mined there).
	bc := beacon.NewClient(d2.L1BeaconURL(), 0)
	slot, err := bc.Slot(ctx, head2.Number.Uint64(), head2.Time)
	require.NoError(t, err)
	scs, err := bc.Sidecars(ctx, slot)
	require.NoError(t, err)
	l1c, err := ethclient.DialContext(ctx, d2.L1URL())
	require.NoError(t, err)
	defer l1c.Close()
	blk, err := l1c.BlockByNumber(ctx, head2.Number)
	require.NoError(t, err)
	var want []common.Hash
	for _, tx := range blk.Transactions() {
		want = append(want, tx.BlobHashes()...)
	}
	require.Len(t, scs, len(want))
	for i := range scs {
		require.Equal(t, want[i], blob.VersionedHash(&scs[i].Commitment))
	}
	for _, acct := range a {
		b, err := l2.Balance(ctx, acct.Address)
		require.NoError(t, err)
		require.Equal(t, balances[acct.Address], b.String(), "L2 balance of %s after the restart", acct.Address)
	}
	sent, err := l2.Send(ctx, userflow.Transfer{Key: a[5].Key, To: a[6].Address, Value: ether(1)})
	require.NoError(t, err)
	life, err := userflow.Watch(ctx, l2, l1, sent.Tx.Hash(), 200*time.Millisecond, func(l *userflow.Life) bool { return l.Final }, nil)
	require.NoError(t, err)
	require.True(t, life.Final)

	// A wallet and app on ethers v6 against the devnet.
	etherstest.Run(t, d2.L2URL(), a[9].Key, d2.Deployment().L2ChainID)

	// An idle chain still makes blocks: a wallet waiting for two
	// confirmations of the last transfer gets them.
	ec := ethclient.NewClient(l2.RPC)
	rcpt, err := ec.TransactionReceipt(ctx, sent.Tx.Hash())
	require.NoError(t, err)
	require.Eventually(t, func() bool {
		n, err := ec.BlockNumber(ctx)
		return err == nil && n >= rcpt.BlockNumber.Uint64()+2
	}, 30*time.Second, 100*time.Millisecond, "the idle L2 chain advances")
}

// TestDevnet_RefusesALostL1 starts a devnet on a data directory whose
// deployment is not on the L1 (the chain was deleted): Start says so.
func TestDevnet_RefusesALostL1(t *testing.T) {
	cfg := testConfig(t, 6*time.Second)
	cfg.L2Funding = ether(1)
	cfg.Accounts = 1
	d := startDevnet(t, cfg)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	require.NoError(t, d.Stop(ctx))
	require.NoError(t, removeL1Chain(cfg.DataDir))

	d2, err := devnet.New(cfg)
	require.NoError(t, err)
	err = d2.Start(ctx)
	require.ErrorIs(t, err, devnet.ErrL1Lost)
	require.ErrorContains(t, err, "start over with a fresh data directory")
}
