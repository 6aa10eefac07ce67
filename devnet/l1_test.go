package devnet

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap/zaptest"

	"github.com/rollup-dev/rollup/l1client/devkeys"
)

func TestL1_ResumesFromDataDir(t *testing.T) {
	dir := t.TempDir()
	accts := devkeys.MustAccounts(2)
	cfg := l1Config{DataDir: dir, HTTPAddr: "127.0.0.1:0", BlockTime: time.Hour, Accounts: accts, Balance: big.NewInt(params.Ether)}
	ctx := context.Background()

	c, err := newL1(cfg, zaptest.NewLogger(t))
	require.NoError(t, err)
	require.False(t, c.resumed)
	tx := types.MustSignNewTx(accts[0].Key, types.LatestSignerForChainID(big.NewInt(L1ChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(L1ChainID), Nonce: 0, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(params.GWei * 10),
		Gas: 21000, To: &accts[1].Address, Value: big.NewInt(12345),
	})
	require.NoError(t, c.client.SendTransaction(ctx, tx))
	c.Commit()
	c.Commit()
	head, err := c.client.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	require.NoError(t, c.Stop())
	require.NoError(t, c.Stop())

	c, err = newL1(cfg, zaptest.NewLogger(t))
	require.NoError(t, err)
	defer c.Stop()
	require.True(t, c.resumed)
	got, err := c.client.HeaderByNumber(ctx, head.Number)
	require.NoError(t, err)
	require.Equal(t, head.Hash(), got.Hash())
	bal, err := c.client.BalanceAt(ctx, accts[1].Address, nil)
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Add(big.NewInt(params.Ether), big.NewInt(12345)), bal)
	r, err := c.client.TransactionReceipt(ctx, tx.Hash())
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
}
