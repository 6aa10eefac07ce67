package sequencer_test

import (
	"encoding/json"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

// ethersModule returns the path of ethers' ES module in .tools, skipping
// when the tools are not installed (scripts/install-tools.sh).
func ethersModule(t *testing.T) string {
	t.Helper()
	p, err := filepath.Abs("../.tools/node_modules/ethers/lib.esm/index.js")
	require.NoError(t, err)
	if _, err := os.Stat(p); err != nil {
		t.Skip("ethers not installed: run scripts/install-tools.sh")
	}
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("node not installed")
	}
	return p
}

// TestEthers drives the node with ethers v6 (a Node script): send, tx.wait(2)
// on a chain that is idle afterwards, provider.on("block") by polling and over
// WebSocket, a block filter, and balances and nonces at old blocks.
func TestEthers(t *testing.T) {
	mod := ethersModule(t)
	cfg := testConfig(t, 1)
	cfg.BlockTime = 200 * time.Millisecond
	cfg.EmptyBlocks, cfg.EmptyBlockTime = true, cfg.BlockTime
	env := startService(t, cfg)

	cmd := exec.Command("node", "testdata/ethers_client.mjs", env.svc.URL(), hexutil.Encode(crypto.FromECDSA(testKey(0))))
	cmd.Env = append(os.Environ(), "ETHERS_MODULE="+mod)
	cmd.Stderr = os.Stderr
	timer := time.AfterFunc(2*time.Minute, func() { _ = cmd.Process.Kill() })
	defer timer.Stop()
	raw, err := cmd.Output()
	require.NoError(t, err, "the ethers script failed")
	var out struct {
		ChainID        uint64 `json:"chainId"`
		Status         int    `json:"status"`
		Confirmations  int    `json:"confirmations"`
		Received       string `json:"received"`
		Spent          string `json:"spent"`
		Fee            string `json:"fee"`
		FilterBlocks   int    `json:"filterBlocks"`
		Uninstalled    bool   `json:"uninstalled"`
		ReceivedAt     string `json:"receivedAt"`
		ReceivedBefore string `json:"receivedBefore"`
		NonceAt        int    `json:"nonceAt"`
		GapSendMs      int    `json:"gapSendMs"`
		GapStatus      string `json:"gapStatus"`
		GapMined       bool   `json:"gapMined"`
		NonceBefore    int    `json:"nonceBefore"`
		PolledBlocks   int    `json:"polledBlocks"`
		PushedBlocks   int    `json:"pushedBlocks"`
		PushedInOrder  bool   `json:"pushedInOrder"`
	}
	require.NoError(t, json.Unmarshal(raw, &out), "%s", raw)
	t.Logf("ethers saw %s", raw)
	require.EqualValues(t, testChainID, out.ChainID)
	require.Equal(t, 1, out.Status)
	require.GreaterOrEqual(t, out.Confirmations, 2)
	require.Equal(t, "1500000000", out.Received)
	require.Equal(t, mustBig(t, out.Received).Add(mustBig(t, out.Received), mustBig(t, out.Fee)).String(), out.Spent, "spent = value + fee")
	require.Positive(t, out.FilterBlocks)
	require.True(t, out.Uninstalled)
	require.Equal(t, "0", out.ReceivedBefore, "balance at the block before the transfer")
	require.Equal(t, out.Received, out.ReceivedAt, "balance at the transfer's block")
	require.Equal(t, 0, out.NonceBefore)
	require.Equal(t, 1, out.NonceAt)
	require.Less(t, out.GapSendMs, 1000, "a nonce-gap send is answered at once, not held until the gap fills")
	require.Equal(t, "queued", out.GapStatus)
	require.True(t, out.GapMined, "both mined once the gap filled, the later one not before the filler")
	require.GreaterOrEqual(t, out.PolledBlocks, 2)
	require.GreaterOrEqual(t, out.PushedBlocks, 2)
	require.True(t, out.PushedInOrder)
}

func mustBig(t *testing.T, s string) *big.Int {
	t.Helper()
	v, ok := new(big.Int).SetString(s, 10)
	require.True(t, ok, s)
	return v
}
