package e2e

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/internal/pgserver"
	"github.com/rollup-dev/rollup/l1client/devkeys"
	"github.com/rollup-dev/rollup/userflow"
)

// devnetProcess is `rollup devnet` run as a separate process.
type devnetProcess struct {
	cmd  *exec.Cmd
	done chan error
	log  string
}

// startDevnetBinary runs the binary on dataDir and waits for its banner.
func startDevnetBinary(t *testing.T, bin, dataDir string, l2Port, l1Port int, extra ...string) *devnetProcess {
	t.Helper()
	args := append([]string{"devnet", "--datadir", dataDir,
		"--http-addr", fmt.Sprintf("127.0.0.1:%d", l2Port), "--l1-http-addr", fmt.Sprintf("127.0.0.1:%d", l1Port), "--l1-beacon", "127.0.0.1:0"}, extra...)
	cmd := exec.Command(bin, args...)
	// The devnet starts its own PostgreSQL under the data directory.
	cmd.Env = append(os.Environ(), "DATABASE_URL=", "ROLLUP_DATABASE_URL=")
	logPath := filepath.Join(t.TempDir(), "devnet.log")
	logFile, err := os.Create(logPath)
	require.NoError(t, err)
	cmd.Stderr = logFile
	out, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	p := &devnetProcess{cmd: cmd, done: make(chan error, 1), log: logPath}
	ready := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if strings.HasPrefix(sc.Text(), "rollup devnet ready") {
				ready <- sc.Text()
			}
		}
		p.done <- cmd.Wait()
		logFile.Close()
	}()
	select {
	case line := <-ready:
		t.Logf("%s", line)
	case err := <-p.done:
		t.Fatalf("rollup devnet exited: %v\n%s", err, tailFile(logPath, 30))
	case <-time.After(2 * time.Minute):
		_ = cmd.Process.Kill()
		t.Fatalf("rollup devnet not ready after 2 minutes\n%s", tailFile(logPath, 30))
	}
	return p
}

func (p *devnetProcess) signal(t *testing.T, sig syscall.Signal) error {
	t.Helper()
	require.NoError(t, p.cmd.Process.Signal(sig))
	select {
	case err := <-p.done:
		return err
	case <-time.After(time.Minute):
		_ = p.cmd.Process.Kill()
		t.Fatalf("rollup devnet did not exit on %s", sig)
	}
	return nil
}

// TestDevnetBinary_KilledAndResumed runs `rollup devnet` with its own
// PostgreSQL under the data directory, kills it with SIGKILL after a transfer
// was posted, starts it again on the same data directory and sees the
// transfer reach finality: the in-process L1 flushes every block, so nothing
// the L2 chain relies on is lost. Then Ctrl-C stops it cleanly, PostgreSQL
// included.
func TestDevnetBinary_KilledAndResumed(t *testing.T) {
	if _, err := pgserver.FindBinDir(); err != nil {
		t.Skip(err)
	}
	bin := rollupBinary(t)
	dataDir := devnetDataDir(t)
	l2Port, l1Port := freePort(t), freePort(t)
	p := startDevnetBinary(t, bin, dataDir, l2Port, l1Port, "--dispute-window", "10s", "--batch-interval", "1s", "--block-time", "200ms")
	l2URL, l1URL := fmt.Sprintf("http://127.0.0.1:%d", l2Port), fmt.Sprintf("http://127.0.0.1:%d", l1Port)
	depFile := filepath.Join(dataDir, "deployment.json")
	c := cli{t: t, bin: bin, l2: l2URL, l1: l1URL, deployment: depFile}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()

	a := devkeys.MustAccounts(2)
	var sent struct {
		Hash string `json:"hash"`
	}
	c.run(ctx, &sent, "send", "--to", a[1].Address.Hex(), "--value", "1eth", "--key", a[0].KeyHex())
	var posted userflow.Life
	c.run(ctx, &posted, "status", sent.Hash, "--follow", "--until", "posted", "--timeout", "1m")
	require.NotNil(t, posted.L1Block)

	require.Error(t, p.signal(t, syscall.SIGKILL), "killed")
	p = startDevnetBinary(t, bin, dataDir, l2Port, l1Port)
	var final userflow.Life
	c.run(ctx, &final, "status", sent.Hash, "--follow", "--until", "final", "--timeout", "1m")
	require.True(t, final.Final)
	require.Equal(t, *posted.L1Block, *final.L1Block, "the batch kept its place on the resumed L1")

	require.NoError(t, p.signal(t, syscall.SIGINT), "a clean stop:\n%s", tailFile(p.log, 20))
	_, err := os.Stat(filepath.Join(dataDir, "postgres", "postmaster.pid"))
	require.True(t, os.IsNotExist(err), "PostgreSQL stopped with the devnet")
}

// devnetDataDir is a data directory for the devnet binary, removed (and its
// PostgreSQL stopped) when the test ends. Not t.TempDir: its folders are
// closed to the postgres user, which runs the server when the tests run as
// root.
func devnetDataDir(t *testing.T) string {
	t.Helper()
	dataDir, err := os.MkdirTemp("", "rollup-devnet-e2e")
	require.NoError(t, err)
	require.NoError(t, os.Chmod(dataDir, 0o755))
	t.Cleanup(func() { _ = os.RemoveAll(dataDir) })
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		_ = pgserver.StopDataDir(ctx, filepath.Join(dataDir, "postgres"), "")
	})
	return dataDir
}
