package e2e

import (
	"context"
	"encoding/json"
	"math/big"
	"net/http"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/l1client/devkeys"
	"github.com/rollup-dev/rollup/l2"
	"github.com/rollup-dev/rollup/userflow"
)

// TestDevnet_ForcedWithdrawal: the sequencer censors a user (it refuses the
// user's withdrawal); the user forces the withdrawal through the L1 Bridge;
// the sequencer has to execute it, the next batch carries it as a queue
// record, and once final the user claims it on L1. Supply adds up. The same
// holds for a token withdrawal.
func TestDevnet_ForcedWithdrawal(t *testing.T) {
	cfg := testConfig(t, 10*time.Second)
	cfg.Accounts = 3
	cfg.NoToken = false
	users, err := devkeys.Accounts(3)
	require.NoError(t, err)
	victim := users[2]
	cfg.FaultCensor = []common.Address{victim.Address}
	d := startDevnet(t, cfg)
	l2c, l1c := dial(t, d.L2URL(), d.L1URL(), d.Deployment())
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()

	// The sequencer drops the victim's withdrawal.
	_, err = l2c.Withdraw(ctx, victim.Key, ether(2))
	require.ErrorContains(t, err, "censors")

	l1Before, err := l1c.Eth.BalanceAt(ctx, victim.Address, nil)
	require.NoError(t, err)
	sent, err := l2c.Send(ctx, userflow.Transfer{Key: victim.Key, To: l2.WithdrawalAddress, Value: ether(2), Force: l1c})
	require.NoError(t, err)
	require.Equal(t, uint64(1), sent.Receipt.Status)
	t.Logf("forced withdrawal %s executed in L2 block %d", sent.Tx.Hash(), sent.Receipt.BlockNumber)
	// The REST API lists the queue entry as a forced transaction.
	resp, err := http.Get(d.L2URL() + "/v1/deposits")
	require.NoError(t, err)
	var list struct {
		Deposits []struct {
			Kind     string       `json:"kind"`
			ForcedTx *common.Hash `json:"forcedTransaction"`
			L2Block  *uint64      `json:"l2Block"`
		} `json:"deposits"`
	}
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&list))
	resp.Body.Close()
	require.NotEmpty(t, list.Deposits)
	newest := list.Deposits[0]
	require.Equal(t, "forcedTransaction", newest.Kind)
	require.Equal(t, sent.Tx.Hash(), *newest.ForcedTx)
	require.NotNil(t, newest.L2Block)

	claimed, err := userflow.Claim(ctx, l2c, l1c, victim.Key, sent.Tx.Hash(), nil)
	require.NoError(t, err)
	t.Logf("claimed in batch %d, L1 tx %s", claimed.Batch, claimed.ClaimTx)
	l1After, err := l1c.Eth.BalanceAt(ctx, victim.Address, nil)
	require.NoError(t, err)
	gained := new(big.Int).Sub(l1After, l1Before)
	// 2 ETH back, less the L1 gas of forcing and claiming
	require.Equal(t, 1, gained.Cmp(ether(1)), "the victim got its withdrawal on L1 (gained %s wei)", gained)
	accounts := []common.Address{d.Deployment().FeeRecipient}
	for _, a := range d.Accounts() {
		accounts = append(accounts, a.Address)
	}
	checkSupply(t, ctx, l2c, l1c, accounts, new(big.Int))

	// A token withdrawal, censored too, forced through L1 and claimed.
	l1Token := *d.Deployment().DevToken
	token := l2.TokenAddress(l1Token)
	call := &userflow.TokenCall{Token: token, Withdraw: true}
	_, err = l2c.Send(ctx, userflow.Transfer{Key: victim.Key, To: victim.Address, Value: big.NewInt(30e6), Call: call})
	require.ErrorContains(t, err, "censors")
	tokL1Before, err := l1c.TokenBalanceOf(ctx, l1Token, victim.Address)
	require.NoError(t, err)
	tokL2Before, err := l2c.TokenBalance(ctx, token, victim.Address)
	require.NoError(t, err)
	sent, err = l2c.Send(ctx, userflow.Transfer{Key: victim.Key, To: victim.Address, Value: big.NewInt(30e6), Call: call, Force: l1c})
	require.NoError(t, err)
	require.Equal(t, uint64(1), sent.Receipt.Status)
	require.Len(t, sent.Receipt.Logs, 1, "the forced withdraw emits its Transfer")
	tokL2After, err := l2c.TokenBalance(ctx, token, victim.Address)
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Sub(tokL2Before, big.NewInt(30e6)), tokL2After)
	claimed, err = userflow.Claim(ctx, l2c, l1c, victim.Key, sent.Tx.Hash(), nil)
	require.NoError(t, err)
	require.NotNil(t, claimed.L1Token)
	tokL1After, err := l1c.TokenBalanceOf(ctx, l1Token, victim.Address)
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Add(tokL1Before, big.NewInt(30e6)), tokL1After, "the forced token withdrawal was paid on L1")
}
