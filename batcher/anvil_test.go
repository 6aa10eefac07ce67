package batcher_test

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/l1client/devkeys"
)

// startAnvil runs .tools/bin/anvil on a free loopback port, mining every
// second, until the test ends; extra arguments go to anvil.
func startAnvil(t *testing.T, extra ...string) string {
	t.Helper()
	bin, err := filepath.Abs("../.tools/bin/anvil")
	require.NoError(t, err)
	if _, err := os.Stat(bin); err != nil {
		t.Skip("anvil not installed: run scripts/install-tools.sh")
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	port := l.Addr().(*net.TCPAddr).Port
	require.NoError(t, l.Close())
	cmd := exec.Command(bin, append([]string{"--host", "127.0.0.1", "--port", fmt.Sprint(port), "--block-time", "1", "--silent"}, extra...)...)
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

// TestBatcher_Anvil runs the same posting path against anvil: batches are
// built, posted, decoded and replayed from L1 to their claims, finalized.
func TestBatcher_Anvil(t *testing.T) {
	url := startAnvil(t)
	acc, err := devkeys.Accounts(2)
	require.NoError(t, err)
	e := newEnv(t, dial(t, url), acc[0].Key, acc[1].Key, envOpts{disputeWindow: 4})
	cfg := e.config()
	cfg.PollInterval = 100 * time.Millisecond
	cfg.TxMgr.PollInterval = 100 * time.Millisecond
	cfg.TxMgr.ResubmitInterval = 3 * time.Second
	e.seq.fund(e)
	for i := 0; i < 8; i++ {
		e.seq.block(20)
	}
	e.start(cfg, nil)
	rows := e.waitPosted(90*time.Second, "final")
	require.GreaterOrEqual(t, len(rows), 3)
	require.Equal(t, uint64(len(rows)), e.finalizedCount())
	checkPostedOnce(t, e, rows)
}
