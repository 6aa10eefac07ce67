// Package anviltest runs anvil (Foundry's local Ethereum node) for tests: on a
// free loopback port, stopped when the test ends. It finds the tools that
// scripts/install-tools.sh installs under .tools/bin (anvil, cast, geth),
// then on PATH, and skips the test when neither has the one it needs.
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

// Tool returns the path of an installed tool (.tools/bin, then PATH), or ""
// when it is not installed.
func Tool(name string) string {
	_, file, _, _ := runtime.Caller(0)
	local := filepath.Join(filepath.Dir(file), "..", "..", ".tools", "bin", name)
	if _, err := os.Stat(local); err == nil {
		return local
	}
	if p, err := exec.LookPath(name); err == nil {
		return p
	}
	return ""
}

// Binary returns the path of the anvil binary, or "" when it is not installed.
func Binary() string { return Tool("anvil") }

// Cast returns the path of cast, skipping the test when it is not installed.
func Cast(t testing.TB) string {
	t.Helper()
	p := Tool("cast")
	if p == "" {
		t.Skip("cast not installed: run scripts/install-tools.sh")
	}
	return p
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
