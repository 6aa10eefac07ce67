package e2e

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/l1client/devkeys"
	"github.com/rollup-dev/rollup/userflow"
)

// wholePath drives the path every user takes, through the public APIs only:
// a deposit from L1 to a new L2 account, transfers (from that account too),
// a withdrawal whose batch is posted and becomes final, and its claim on L1;
// supply is conserved before and after the claim. accounts are funded on L1
// and L2; others lists every other L2 account holding funds (the fee
// recipient).
// onPosted, when set, runs while the withdrawal's batch is inside its window.
func wholePath(t *testing.T, l2 *userflow.L2, l1 *userflow.L1, accounts []devkeys.Account, others []common.Address, onPosted func()) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	t0 := time.Now()
	step := func(what string) { t.Logf("%6.1fs  %s", time.Since(t0).Seconds(), what) }
	all := append([]common.Address{}, others...)
	for _, a := range accounts {
		all = append(all, a.Address)
	}

	// Deposit to an account L2 has never seen.
	newKey, err := crypto.GenerateKey()
	require.NoError(t, err)
	newcomer := crypto.PubkeyToAddress(newKey.PublicKey)
	all = append(all, newcomer)
	dep, err := l1.Deposit(ctx, accounts[2].Key, newcomer, ether(5))
	require.NoError(t, err)
	_, err = l2.WaitDeposit(ctx, dep.Index, nil)
	require.NoError(t, err)
	bal, err := l2.Balance(ctx, newcomer)
	require.NoError(t, err)
	require.Equal(t, ether(5).String(), bal.String())
	step("deposit credited on L2")

	// Transfers between dev accounts and from the newcomer.
	var last *userflow.Sent
	for i := range 12 {
		from, to := accounts[i%3], accounts[3+i%4]
		last, err = l2.Send(ctx, userflow.Transfer{Key: from.Key, To: to.Address, Value: big.NewInt(int64(1e17) + int64(i))})
		require.NoError(t, err)
		require.EqualValues(t, 1, last.Receipt.Status)
	}
	back, err := l2.Send(ctx, userflow.Transfer{Key: newKey, To: accounts[0].Address, Value: ether(1)})
	require.NoError(t, err)
	require.EqualValues(t, 1, back.Receipt.Status)
	step("13 transfers acknowledged")

	// A withdrawal: posted on L1 in a batch, then final, then claimed.
	w := accounts[4]
	wd, err := l2.Withdraw(ctx, w.Key, ether(3))
	require.NoError(t, err)
	life, err := userflow.Watch(ctx, l2, l1, wd.Tx.Hash(), 200*time.Millisecond,
		func(l *userflow.Life) bool { return l.Status == chain.StatusPosted || l.Final }, nil)
	require.NoError(t, err)
	require.NotNil(t, life.Batch)
	require.NotNil(t, life.L1Block)
	require.NotNil(t, life.ChallengeableUntil)
	step("withdrawal posted on L1 in a batch")
	checkSupply(t, ctx, l2, l1, all, ether(3))
	if onPosted != nil {
		onPosted()
	}

	before, err := l1.BalanceOf(ctx, w.Address)
	require.NoError(t, err)
	claimed, err := userflow.Claim(ctx, l2, l1, w.Key, wd.Tx.Hash(), nil)
	require.NoError(t, err)
	require.False(t, claimed.AlreadyClaimed)
	step("withdrawal final and claimed on L1")
	after, err := l1.BalanceOf(ctx, w.Address)
	require.NoError(t, err)
	r, err := l1.Eth.TransactionReceipt(ctx, claimed.ClaimTx)
	require.NoError(t, err)
	gas := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	want := new(big.Int).Sub(new(big.Int).Add(before, ether(3)), gas)
	require.Equal(t, want.String(), after.String(), "the claim pays the withdrawn amount on L1")

	// A second claim is refused on L1 and reported as done.
	again, err := userflow.Claim(ctx, l2, l1, w.Key, wd.Tx.Hash(), nil)
	require.NoError(t, err)
	require.True(t, again.AlreadyClaimed)
	require.Equal(t, claimed.ClaimTx, again.ClaimTx)

	// Everything sent before the withdrawal is final too.
	for _, h := range []common.Hash{last.Tx.Hash(), back.Tx.Hash()} {
		l, err := userflow.ReadLife(ctx, l2, l1, h)
		require.NoError(t, err)
		require.True(t, l.Final, "transaction %s: %s", h, l.Stage())
	}
	wl, err := userflow.ReadLife(ctx, l2, l1, wd.Tx.Hash())
	require.NoError(t, err)
	require.Equal(t, "claimed", wl.Stage())
	require.Equal(t, "finalized", wl.History[len(wl.History)-2].Kind)
	checkSupply(t, ctx, l2, l1, all, new(big.Int))
}
