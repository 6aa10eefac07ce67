package e2e

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/userflow"
)

// TestDevnet_FaultInjected runs a devnet whose proposer claims a wrong state
// root for batch 1. The challenger opens a game and wins it on L1, the batch
// is reverted and the proposer slashed, the batcher posts batch 1 again
// honestly and the chain goes on to finality. `rollup status --follow` tells
// the story as it happens, and the status page shows the game.
func TestDevnet_FaultInjected(t *testing.T) {
	bin := rollupBinary(t)
	cfg := testConfig(t, 20*time.Second)
	bad := uint64(1)
	cfg.FaultBadRootBatch = &bad
	d := startDevnet(t, cfg)
	l2, l1 := dial(t, d.L2URL(), d.L1URL(), d.Deployment())
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	t0 := time.Now()
	step := func(what string) { t.Logf("%6.1fs  %s", time.Since(t0).Seconds(), what) }

	// Batch 0 holds the funding deposits; the transfer goes into batch 1.
	waitFor(t, time.Minute, "batch 0", func() bool { b, err := l2.Batch(ctx, 0); return err == nil && b != nil })
	a := d.Accounts()
	sent, err := l2.Send(ctx, userflow.Transfer{Key: a[0].Key, To: a[1].Address, Value: ether(2)})
	require.NoError(t, err)
	h := sent.Tx.Hash()
	step("transfer sent: " + h.Hex())

	// Follow it with the binary, as a user would, until it is final again.
	follow := exec.CommandContext(ctx, bin, "status", h.Hex(), "--follow", "--json", "--until", "final",
		"--rpc", d.L2URL(), "--l1-rpc", d.L1URL(), "--deployment", d.DeploymentFile())
	var stderr bytes.Buffer
	follow.Stderr = &stderr
	stdout, err := follow.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, follow.Start())
	var stages []string
	var lives []*userflow.Life
	sc := bufio.NewScanner(stdout)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var l userflow.Life
		require.NoError(t, json.Unmarshal(sc.Bytes(), &l), "line %q", sc.Text())
		lives = append(lives, &l)
		if len(stages) == 0 || stages[len(stages)-1] != l.Stage() {
			stages = append(stages, l.Stage())
			step("status: " + l.Stage())
		}
	}
	require.NoError(t, follow.Wait(), "rollup status --follow: %s", stderr.String())
	step("final after the dispute")

	require.Contains(t, stages, "posted")
	require.Contains(t, stages, "challenged", "the wrong batch was challenged: %v", stages)
	require.Contains(t, stages, "reverted", "the wrong batch was reverted: %v", stages)
	require.Equal(t, "final", stages[len(stages)-1])
	last := lives[len(lives)-1]
	require.Equal(t, bad, *last.Batch, "the transfer is final in batch %d, posted again", bad)
	kinds := map[string]int{}
	for _, e := range last.History {
		kinds[e.Kind]++
	}
	require.Equal(t, 2, kinds["appended"], "batch 1 appended, reverted and appended again: %+v", last.History)
	require.Equal(t, 1, kinds["challenged"])
	require.Equal(t, 1, kinds["reverted"])
	require.Equal(t, 1, kinds["slashed"])
	require.Equal(t, 1, kinds["finalized"])
	var resolved string
	for _, e := range last.History {
		if e.Kind == "resolved" {
			resolved = e.Text
		}
	}
	require.Contains(t, resolved, "challenger won")

	// The text display tells the same story.
	out, err := exec.CommandContext(ctx, bin, "status", h.Hex(),
		"--rpc", d.L2URL(), "--l1-rpc", d.L1URL(), "--deployment", d.DeploymentFile()).CombinedOutput()
	require.NoError(t, err, "%s", out)
	text := string(out)
	t.Logf("rollup status %s:\n%s", h.Hex(), text)
	for _, want := range []string{"final    yes", "challenger won", "reverted", "appended again", "slashed"} {
		require.True(t, strings.Contains(text, want), "rollup status lacks %q", want)
	}

	// The chain recovered: a new transfer reaches finality; supply holds.
	next, err := l2.Send(ctx, userflow.Transfer{Key: a[2].Key, To: a[3].Address, Value: ether(1)})
	require.NoError(t, err)
	life, err := userflow.Watch(ctx, l2, l1, next.Tx.Hash(), 200*time.Millisecond, func(l *userflow.Life) bool { return l.Final }, nil)
	require.NoError(t, err)
	require.True(t, life.Final)
	step("a later transfer is final")
	all := []common.Address{d.Deployment().FeeRecipient}
	for _, acct := range a {
		all = append(all, acct.Address)
	}
	checkSupply(t, ctx, l2, l1, all, ether(0))

	screenshot(t, d.L2URL(), "status-page-after-dispute.png")
}
