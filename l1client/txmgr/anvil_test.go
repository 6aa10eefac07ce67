package txmgr_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/rollup-dev/rollup/internal/anviltest"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap/zaptest"

	"github.com/rollup-dev/rollup/internal/pgtest"
	"github.com/rollup-dev/rollup/l1client/devkeys"
	"github.com/rollup-dev/rollup/l1client/txmgr"
)

// startAnvil runs anvil, mining every second, until the test ends.
func startAnvil(t *testing.T) string { return anviltest.Start(t, "--block-time", "1") }

func TestSendOnAnvil(t *testing.T) {
	url := startAnvil(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	ec, err := ethclient.DialContext(ctx, url)
	require.NoError(t, err)
	defer ec.Close()

	pool := pgtest.NewPool(t)
	cfg := fastConfig(devkeys.MustAccounts(1)[0].Key)
	cfg.Confirmations = 2
	cfg.ResubmitInterval = 3 * time.Second
	m, err := txmgr.New(cfg, txmgr.Deps{Client: ec, Pool: pool, Logger: zaptest.NewLogger(t), Registry: prometheus.NewRegistry()})
	require.NoError(t, err)
	require.NoError(t, m.Start(ctx))
	defer m.Stop()

	var wg sync.WaitGroup
	receipts := make([]*types.Receipt, 4)
	errs := make([]error, 4)
	for i := range receipts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			receipts[i], errs[i] = m.Send(ctx, transfer(int64(i+1)))
		}()
	}
	wg.Wait()
	nonces := map[uint64]bool{}
	for i, r := range receipts {
		require.NoError(t, errs[i])
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
		tx, _, err := ec.TransactionByHash(ctx, r.TxHash)
		require.NoError(t, err)
		nonces[tx.Nonce()] = true
	}
	require.Equal(t, map[uint64]bool{0: true, 1: true, 2: true, 3: true}, nonces)
	bal, err := ec.BalanceAt(ctx, recipient, nil)
	require.NoError(t, err)
	require.EqualValues(t, 10, bal.Int64())
	rows := outbox(t, pool, m.From())
	require.Len(t, rows, 4)
	for _, r := range rows {
		require.Equal(t, "confirmed", r.State)
	}
}
