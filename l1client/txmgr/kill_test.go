package txmgr_test

import (
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"

	"github.com/rollup-dev/rollup/l1client/devchain"
	"github.com/rollup-dev/rollup/l1client/devkeys"
	"github.com/rollup-dev/rollup/l1client/txmgr"
	"github.com/rollup-dev/rollup/store"
)

const killCandidates = 30

// TestKillChild is the process that TestKill9 kills: it sends candidates
// "k-0" … "k-29" (value i+1 wei) one after the other through a manager.
func TestKillChild(t *testing.T) {
	rpcURL, dbURL := os.Getenv("TXMGR_CHILD_RPC"), os.Getenv("TXMGR_CHILD_DB")
	if rpcURL == "" {
		t.Skip("run by TestKill9")
	}
	idx, _ := strconv.Atoi(os.Getenv("TXMGR_CHILD_ACCOUNT"))
	ctx := context.Background()
	ec, err := ethclient.DialContext(ctx, rpcURL)
	require.NoError(t, err)
	pool, err := store.Open(ctx, dbURL, zap.NewNop())
	require.NoError(t, err)
	m, err := txmgr.New(fastConfig(devkeys.MustAccounts(idx + 1)[idx].Key), txmgr.Deps{Client: ec, Pool: pool})
	require.NoError(t, err)
	require.NoError(t, m.Start(ctx))
	for i := 0; i < killCandidates; i++ {
		c := transfer(int64(i + 1))
		c.Key = fmt.Sprintf("k-%d", i)
		_, err := m.Send(ctx, c)
		require.NoError(t, err)
		fmt.Printf("sent %s\n", c.Key)
	}
}

// TestKill9 kills a sending process with SIGKILL at random moments, restarts it
// on the same database, and checks that every candidate was posted exactly once
// with no nonce gap.
func TestKill9(t *testing.T) {
	e := newEnv(t, devchain.Config{HTTPAddr: "127.0.0.1:0"})
	const account = 7
	from := e.chain.Accounts()[account].Address
	dbURL := dbURLOf(t, e)
	run := func(kill time.Duration) {
		cmd := exec.Command(os.Args[0], "-test.run=^TestKillChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), "TXMGR_CHILD_RPC="+e.chain.HTTPURL(), "TXMGR_CHILD_DB="+dbURL,
			"TXMGR_CHILD_ACCOUNT="+strconv.Itoa(account))
		if kill == 0 {
			out, err := cmd.CombinedOutput()
			require.NoError(t, err, string(out))
			return
		}
		require.NoError(t, cmd.Start())
		time.Sleep(kill) // the test's own pacing of the kill, not service code
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		rows := outbox(t, e.pool, from)
		pending := 0
		for _, r := range rows {
			if r.State == "pending" {
				pending++
			}
		}
		t.Logf("killed after %s: %d nonces recorded, %d pending", kill, len(rows), pending)
	}
	for i := 0; i < 8; i++ {
		run(time.Duration(150+rand.IntN(350)) * time.Millisecond)
	}
	run(0) // to completion

	ctx := context.Background()
	rows := outbox(t, e.pool, from)
	require.Len(t, rows, killCandidates)
	for i, r := range rows {
		require.EqualValues(t, i, r.Nonce)
		require.Equal(t, "confirmed", r.State)
	}
	nonce, err := e.chain.Client().NonceAt(ctx, from, nil)
	require.NoError(t, err)
	require.EqualValues(t, killCandidates, nonce, "no duplicate, no gap")
	bal, err := e.chain.Client().BalanceAt(ctx, recipient, nil)
	require.NoError(t, err)
	require.Equal(t, big.NewInt(killCandidates*(killCandidates+1)/2), bal, "each candidate moved its value once")
}
