package e2e

import (
	"bufio"
	"context"
	"encoding/json"
	"math/big"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/l1client/deploy"
	"github.com/rollup-dev/rollup/l1client/devkeys"
	"github.com/rollup-dev/rollup/userflow"
)

// cli runs the rollup binary against a stack and decodes its --json output.
type cli struct {
	t                       *testing.T
	bin, l2, l1, deployment string
}

func (c cli) run(ctx context.Context, out any, args ...string) {
	c.t.Helper()
	args = append(args, "--rpc", c.l2, "--l1-rpc", c.l1, "--deployment", c.deployment, "--json")
	cmd := exec.CommandContext(ctx, c.bin, args...)
	b, err := cmd.Output()
	var stderr string
	if ee, ok := err.(*exec.ExitError); ok {
		stderr = string(ee.Stderr)
	}
	require.NoError(c.t, err, "rollup %s: %s", strings.Join(args, " "), stderr)
	if out == nil {
		return
	}
	// --follow writes one object per line: keep the last.
	var last string
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	body := string(b)
	if strings.HasPrefix(strings.TrimSpace(body), "{\n") {
		last = body // indented: a single object
	} else {
		for sc.Scan() {
			if strings.TrimSpace(sc.Text()) != "" {
				last = sc.Text()
			}
		}
	}
	require.NoError(c.t, json.Unmarshal([]byte(last), out), "rollup %s printed %q", args[0], body)
}

// cliPath is the whole path through the rollup binary's user commands, as the
// README walks through it: deposits, transfers, a withdrawal followed with
// status until it is on L1, its claim, and its final status; supply holds.
func cliPath(t *testing.T, c cli, accounts []devkeys.Account, others []common.Address) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	t0 := time.Now()
	step := func(what string) { t.Logf("%6.1fs  %s", time.Since(t0).Seconds(), what) }

	var wg sync.WaitGroup
	for _, a := range accounts[:4] {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var dep struct {
				Credited  bool   `json:"credited"`
				Amount    string `json:"amount"`
				L2Balance string `json:"l2Balance"`
			}
			c.run(ctx, &dep, "deposit", "--value", "20eth", "--key", a.KeyHex())
			require.True(t, dep.Credited)
			require.Equal(t, ether(20).String(), dep.Amount)
		}()
	}
	wg.Wait()
	step("4 deposits credited on L2 (rollup deposit)")

	for i := range 3 {
		var sent struct {
			Hash   common.Hash `json:"hash"`
			Status uint64      `json:"status"`
			Value  string      `json:"value"`
		}
		c.run(ctx, &sent, "send", "--to", accounts[i+1].Address.Hex(), "--value", "1.5eth", "--key", accounts[i].KeyHex())
		require.EqualValues(t, 1, sent.Status)
		require.Equal(t, "1500000000000000000", sent.Value)
	}
	step("3 transfers (rollup send)")

	w := accounts[3]
	var wd struct {
		Hash common.Hash    `json:"hash"`
		To   common.Address `json:"to"`
	}
	c.run(ctx, &wd, "withdraw", "--value", "2eth", "--key", w.KeyHex())
	require.Equal(t, common.HexToAddress("0x5757575757575757575757575757575757575757"), wd.To)
	var posted userflow.Life
	c.run(ctx, &posted, "status", wd.Hash.Hex(), "--follow", "--until", "posted", "--timeout", "2m")
	require.NotNil(t, posted.L1Block)
	require.NotNil(t, posted.ChallengeableUntil)
	step("withdrawal posted on L1 (rollup withdraw, rollup status --follow)")

	var claimed userflow.Claimed
	c.run(ctx, &claimed, "claim", wd.Hash.Hex(), "--key", w.KeyHex())
	require.False(t, claimed.AlreadyClaimed)
	require.Equal(t, ether(2).String(), claimed.Amount.Big().String())
	require.Equal(t, w.Address, claimed.Sender)
	step("withdrawal claimed on L1 (rollup claim)")

	var life userflow.Life
	c.run(ctx, &life, "status", wd.Hash.Hex())
	require.True(t, life.Final)
	require.True(t, life.Withdrawal.Claimed)
	require.Equal(t, claimed.ClaimTx, *life.Withdrawal.ClaimTx)

	d, err := deploy.Load(c.deployment)
	require.NoError(t, err)
	l2, l1 := dial(t, c.l2, c.l1, d)
	all := append([]common.Address{}, others...)
	for _, a := range accounts {
		all = append(all, a.Address)
	}
	checkSupply(t, ctx, l2, l1, all, new(big.Int))
}
