// Package e2e holds the whole-system tests: the devnet on the in-process L1,
// on anvil and on geth --dev, the processes of docker-compose.yml, fault
// injection with a challenger that wins, and the status page in a browser.
package e2e

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/rollup-dev/rollup/cmd/rollup/devnet"
	"github.com/rollup-dev/rollup/internal/pgtest"
	"github.com/rollup-dev/rollup/l1client/contracts"
	"github.com/rollup-dev/rollup/l1client/deploy"
	"github.com/rollup-dev/rollup/userflow"
)

// repoRoot is the repository's top folder.
func repoRoot(t testing.TB) string {
	_, file, _, ok := runtime.Caller(0)
	require.True(t, ok)
	return filepath.Dir(filepath.Dir(file))
}

var (
	buildOnce sync.Once
	buildPath string
	buildErr  error
)

// rollupBinary builds the rollup binary once per test run.
func rollupBinary(t testing.TB) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "rollup-e2e-bin")
		if err != nil {
			buildErr = err
			return
		}
		buildPath = filepath.Join(dir, "rollup")
		cmd := exec.Command("go", "build", "-o", buildPath, "./cmd/rollup")
		cmd.Dir = repoRoot(t)
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	require.NoError(t, buildErr)
	return buildPath
}

// testConfig is a devnet tuned for tests: a fast L1 (its clock runs ahead of
// the wall clock, one second per block), short blocks, batches and windows,
// its own database and data directory.
func testConfig(t testing.TB, window time.Duration) devnet.Config {
	return devnet.Config{
		DataDir:       t.TempDir(),
		DatabaseURL:   pgtest.NewDatabase(t),
		HTTPAddr:      "127.0.0.1:0",
		L1HTTPAddr:    "127.0.0.1:0",
		L1BeaconAddr:  "127.0.0.1:0",
		L1BlockTime:   500 * time.Millisecond,
		BlockTime:     200 * time.Millisecond,
		BatchInterval: time.Second,
		DisputeWindow: window,
		GameClock:     180 * time.Second,
		// The DevToken costs every start a few L1 blocks; TestDevnet_Tokens
		// turns it on.
		NoToken: true,
		Logger:  zaptest.NewLogger(t, zaptest.Level(zap.InfoLevel)),
	}
}

// startDevnet starts a devnet and stops it when the test ends.
func startDevnet(t testing.TB, cfg devnet.Config) *devnet.Devnet {
	t.Helper()
	d, err := devnet.New(cfg)
	require.NoError(t, err)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	t0 := time.Now()
	require.NoError(t, d.Start(ctx))
	t.Logf("devnet started in %s (L1 %s, L2 %s)", time.Since(t0).Round(time.Millisecond), d.L1URL(), d.L2URL())
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		require.NoError(t, d.Stop(ctx))
	})
	return d
}

// dial connects the user flows to a devnet.
func dial(t testing.TB, l2URL, l1URL string, dep *deploy.Deployment) (*userflow.L2, *userflow.L1) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	l2, err := userflow.DialL2(ctx, l2URL)
	require.NoError(t, err)
	t.Cleanup(l2.Close)
	l1, err := userflow.DialL1(ctx, l1URL, dep)
	require.NoError(t, err)
	t.Cleanup(l1.Close)
	return l2, l1
}

// supply checks docs/protocol.md §4: ETH held by the Bridge = Σ L2 balances +
// unclaimed withdrawals + deposits not yet consumed on L2. accounts must name
// every L2 account with a balance.
func checkSupply(t testing.TB, ctx context.Context, l2 *userflow.L2, l1 *userflow.L1, accounts []common.Address, unclaimed *big.Int) {
	t.Helper()
	locked, err := l1.BalanceOf(ctx, l1.Deployment.Contracts.Bridge)
	require.NoError(t, err)
	st, err := l2.SyncStatus(ctx)
	require.NoError(t, err)
	count, err := l1.DepositCount(ctx)
	require.NoError(t, err)
	pending := new(big.Int)
	if consumed := uint64(st.DepositsConsumed); consumed < count {
		deps, err := l1.Deposits(ctx)
		require.NoError(t, err)
		for _, d := range deps {
			if d.Index.Uint64() >= consumed {
				pending.Add(pending, d.Amount)
			}
		}
	}
	sum := new(big.Int)
	seen := map[common.Address]bool{}
	for _, a := range accounts {
		if seen[a] {
			continue
		}
		seen[a] = true
		b, err := l2.Balance(ctx, a)
		require.NoError(t, err)
		sum.Add(sum, b)
	}
	total := new(big.Int).Add(sum, unclaimed)
	total.Add(total, pending)
	require.Equal(t, locked.String(), total.String(),
		"Bridge holds %s but L2 balances %s + unclaimed withdrawals %s + pending deposits %s = %s",
		userflow.FormatAmount(locked), userflow.FormatAmount(sum), userflow.FormatAmount(unclaimed), userflow.FormatAmount(pending), userflow.FormatAmount(total))
	t.Logf("supply conserved: Bridge holds %s = L2 balances %s + unclaimed withdrawals %s + pending deposits %s",
		userflow.FormatAmount(locked), userflow.FormatAmount(sum), userflow.FormatAmount(unclaimed), userflow.FormatAmount(pending))
}

// waitFor polls cond until it holds or the timeout passes.
func waitFor(t testing.TB, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// removeL1Chain deletes the in-process L1's chain from a data directory.
func removeL1Chain(dataDir string) error { return os.RemoveAll(filepath.Join(dataDir, "l1")) }

// carriers counts the batches appended on L1 (BatchAppended) in blobs and in
// calldata.
func carriers(t testing.TB, l1URL string, dep *deploy.Deployment) (blobs, calldata int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, err := ethclient.DialContext(ctx, l1URL)
	require.NoError(t, err)
	defer c.Close()
	logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(dep.DeploymentBlock),
		Addresses: []common.Address{dep.Contracts.Rollup}, Topics: [][]common.Hash{{contracts.Rollup.GetABI().Events["BatchAppended"].ID}}})
	require.NoError(t, err)
	for i := range logs {
		ev, err := contracts.Rollup.UnpackBatchAppendedEvent(&logs[i])
		require.NoError(t, err)
		if ev.Info.Blob {
			blobs++
		} else {
			calldata++
		}
	}
	return blobs, calldata
}
