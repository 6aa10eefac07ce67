package txmgr_test

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap/zaptest"

	"github.com/rollup-dev/rollup/internal/pgtest"
	"github.com/rollup-dev/rollup/l1client/devkeys"
	"github.com/rollup-dev/rollup/l1client/txmgr"
)

// startAnvil runs .tools/bin/anvil on a free loopback port until the test ends.
func startAnvil(t *testing.T) string {
	t.Helper()
	bin, err := filepath.Abs("../../.tools/bin/anvil")
	require.NoError(t, err)
	if _, err := os.Stat(bin); err != nil {
		t.Skip("anvil not installed: run scripts/install-tools.sh")
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	port := l.Addr().(*net.TCPAddr).Port
	require.NoError(t, l.Close())
	cmd := exec.Command(bin, "--host", "127.0.0.1", "--port", fmt.Sprint(port), "--block-time", "1", "--silent")
	require.NoError(t, cmd.Start())
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	})
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	require.Eventually(t, func() bool {
		ec, err := ethclient.Dial(url)
		if err != nil {
			return false
		}
		defer ec.Close()
		_, err = ec.BlockNumber(context.Background())
		return err == nil
	}, 20*time.Second, 50*time.Millisecond)
	return url
}

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
