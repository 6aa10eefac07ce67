// Package anviltest runs anvil (Foundry's local Ethereum node) for tests: on a
// free loopback port, stopped when the test ends. It looks for the binary that
// scripts/install-tools.sh installs under .tools/bin, then on PATH, and skips
// the test when neither has it.
package anviltest

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
)

// Binary returns the path of the anvil binary, or "" when it is not installed.
func Binary() string {
	_, file, _, _ := runtime.Caller(0)
	local := filepath.Join(filepath.Dir(file), "..", "..", ".tools", "bin", "anvil")
	if _, err := os.Stat(local); err == nil {
		return local
	}
	if p, err := exec.LookPath("anvil"); err == nil {
		return p
	}
	return ""
}

// Start runs anvil with args (for example "--block-time", "1") on a free
// loopback port until the test ends and returns its JSON-RPC URL once it
// answers. Without an anvil binary the test is skipped.
func Start(t testing.TB, args ...string) string {
	t.Helper()
	bin := Binary()
	if bin == "" {
		t.Skip("anvil is not installed: run scripts/install-tools.sh")
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("anviltest: finding a free port: %v", err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	_ = l.Close()
	cmd := exec.Command(bin, append([]string{"--host", "127.0.0.1", "--port", fmt.Sprint(port), "--silent"}, args...)...)
	if err := cmd.Start(); err != nil {
		t.Fatalf("anviltest: starting %s: %v", bin, err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	})
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	deadline := time.Now().Add(20 * time.Second)
	for {
		ec, err := ethclient.Dial(url)
		if err == nil {
			ctx, cancel := context.WithTimeout(context.Background(), time.Second)
			_, err = ec.ChainID(ctx)
			cancel()
			ec.Close()
			if err == nil {
				return url
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("anviltest: anvil did not answer on %s: %v", url, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Client starts anvil like Start and returns a client connected to it, closed
// when the test ends.
func Client(t testing.TB, args ...string) *ethclient.Client {
	t.Helper()
	ec, err := ethclient.Dial(Start(t, args...))
	if err != nil {
		t.Fatalf("anviltest: %v", err)
	}
	t.Cleanup(ec.Close)
	return ec
}
