package e2e

import (
	"context"
	"math/big"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/internal/anviltest"
	"github.com/rollup-dev/rollup/internal/etherstest"
	"github.com/rollup-dev/rollup/l1client/contracts"
	"github.com/rollup-dev/rollup/l2"
	"github.com/rollup-dev/rollup/userflow"
)

// TestDevnet_Tokens runs a bridged ERC-20's whole life on the devnet: the
// DevToken deployed on L1 and deposited by every dev account at the first
// start, another deposit, transfers on L2 with ethers v6's Contract and with
// cast, a withdraw, its finality and its claim on L1. At every step the
// tokens the Bridge holds on L1 equal the L2 supply plus the withdrawals not
// yet claimed plus the deposits not yet consumed.
func TestDevnet_Tokens(t *testing.T) {
	cfg := testConfig(t, 6*time.Second)
	cfg.NoToken = false
	cfg.Accounts = 6
	d := startDevnet(t, cfg)
	l2c, l1c := dial(t, d.L2URL(), d.L1URL(), d.Deployment())
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	dep := d.Deployment()
	require.NotNil(t, dep.DevToken)
	l1Token := *dep.DevToken
	token := l2.TokenAddress(l1Token)
	a := d.Accounts()
	unit := big.NewInt(1e6) // DUSD has 6 decimals
	dusd := func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), unit) }
	pending := new(big.Int) // withdrawn on L2, not claimed on L1

	// The Bridge's tokens = L2 supply + pending withdrawals + unconsumed deposits.
	conserved := func(step string) {
		t.Helper()
		held, err := l1c.TokenBalanceOf(ctx, l1Token, dep.Contracts.Bridge)
		require.NoError(t, err)
		out, err := l2c.Eth.CallContract(ctx, ethereum.CallMsg{To: &token, Data: contracts.ERC20.PackTotalSupply()}, nil)
		require.NoError(t, err)
		supply, err := contracts.ERC20.UnpackTotalSupply(out)
		require.NoError(t, err)
		want := new(big.Int).Add(supply, pending)
		st, err := l2c.SyncStatus(ctx)
		require.NoError(t, err)
		n, err := l1c.DepositCount(ctx)
		require.NoError(t, err)
		for i := uint64(st.DepositsConsumed); i < n; i++ {
			tok, amount, err := l1c.QueueEntry(ctx, i)
			require.NoError(t, err)
			if tok == l1Token {
				want.Add(want, amount)
			}
		}
		require.Equal(t, want.String(), held.String(), "%s: Bridge's DUSD = L2 supply + pending withdrawals + unconsumed deposits", step)
		var sum big.Int
		for _, acct := range a {
			b, err := l2c.TokenBalance(ctx, token, acct.Address)
			require.NoError(t, err)
			sum.Add(&sum, b)
		}
		require.LessOrEqual(t, sum.Cmp(supply), 0, "%s: the dev accounts hold part of the supply", step)
		t.Logf("%s: Bridge holds %s, L2 supply %s, pending withdrawals %s", step, held, supply, pending)
	}

	// The first start funded every dev account with 1,000 DUSD on L2.
	for _, acct := range a {
		b, err := l2c.TokenBalance(ctx, token, acct.Address)
		require.NoError(t, err)
		require.Equal(t, dusd(1000), b, "%s on L2", acct.Address)
	}
	conserved("after the first start")

	// Another deposit, through the user flow (approve, depositERC20).
	deposited, err := l1c.DepositToken(ctx, a[2].Key, l1Token, a[2].Address, dusd(100))
	require.NoError(t, err)
	conserved("deposit mined on L1")
	_, err = l2c.WaitDeposit(ctx, deposited.Index, nil)
	require.NoError(t, err)
	b, err := l2c.TokenBalance(ctx, token, a[2].Address)
	require.NoError(t, err)
	require.Equal(t, dusd(1100), b)
	conserved("deposit consumed on L2")

	// ethers v6 Contract: transfer, balanceOf, on("Transfer").
	etherstest.RunToken(t, d.L2URL(), a[5].Key, token.Hex(), "DUSD")
	conserved("after the ethers transfer")

	// cast send <token> "transfer(address,uint256)".
	cast := anviltest.Cast(t)
	out, err := exec.CommandContext(ctx, cast, "send", "--rpc-url", d.L2URL(), "--private-key", a[4].KeyHex(), token.Hex(),
		"transfer(address,uint256)", a[3].Address.Hex(), "7000000", "--json").CombinedOutput()
	require.NoError(t, err, "%s", out)
	require.Contains(t, string(out), `"status":"0x1"`)
	b, err = l2c.TokenBalance(ctx, token, a[3].Address)
	require.NoError(t, err)
	require.Equal(t, dusd(1007), b)
	call, err := exec.CommandContext(ctx, cast, "call", "--rpc-url", d.L2URL(), token.Hex(), "balanceOf(address)(uint256)", a[4].Address.Hex()).CombinedOutput()
	require.NoError(t, err, "%s", call)
	require.True(t, strings.HasPrefix(string(call), "993000000"), "%s", call)
	conserved("after the cast transfer")

	// Withdraw 40 DUSD to a[1]'s L1 address, wait for finality, claim.
	l1Before, err := l1c.TokenBalanceOf(ctx, l1Token, a[1].Address)
	require.NoError(t, err)
	sent, err := l2c.Send(ctx, userflow.Transfer{Key: a[1].Key, To: a[1].Address, Value: dusd(40), Call: &userflow.TokenCall{Token: token, Withdraw: true}})
	require.NoError(t, err)
	require.EqualValues(t, 1, sent.Receipt.Status)
	pending.Add(pending, dusd(40))
	conserved("after the withdraw")
	claimed, err := userflow.Claim(ctx, l2c, l1c, a[0].Key, sent.Tx.Hash(), nil)
	require.NoError(t, err)
	require.NotNil(t, claimed.L1Token)
	require.Equal(t, l1Token, *claimed.L1Token)
	pending.Sub(pending, dusd(40))
	l1After, err := l1c.TokenBalanceOf(ctx, l1Token, a[1].Address)
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Add(l1Before, dusd(40)), l1After, "paid on L1")
	conserved("after the claim")

	// A second claim pays nothing.
	again, err := userflow.Claim(ctx, l2c, l1c, a[0].Key, sent.Tx.Hash(), nil)
	require.NoError(t, err)
	require.True(t, again.AlreadyClaimed)
	l1Again, err := l1c.TokenBalanceOf(ctx, l1Token, a[1].Address)
	require.NoError(t, err)
	require.Equal(t, l1After, l1Again)
}
