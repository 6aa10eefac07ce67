// Package etherstest drives an L2 node with ethers v6 as a wallet or app
// does (a Node script, ethers_client.mjs) and checks what ethers saw: a send
// and tx.wait(2) on a chain idle afterwards, block events by polling and over
// WebSocket, a block filter, balances and nonces at old blocks, and a
// nonce-gap send answered at once as queued. The sequencer's tests run it on
// an in-process node, the end-to-end tests on the devnet.
package etherstest

import (
	"crypto/ecdsa"
	"encoding/json"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

// dir is this package's directory (the script's and, two levels up, the
// repository's .tools).
func dir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Dir(file)
}

// Module returns the path of ethers' ES module in .tools, skipping the test
// when the tools are not installed (scripts/install-tools.sh).
func Module(t testing.TB) string {
	t.Helper()
	p := filepath.Join(dir(), "..", "..", ".tools", "node_modules", "ethers", "lib.esm", "index.js")
	if _, err := os.Stat(p); err != nil {
		t.Skip("ethers not installed: run scripts/install-tools.sh")
	}
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("node not installed")
	}
	return p
}

// Result is what the script saw.
type Result struct {
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
	NonceBefore    int    `json:"nonceBefore"`
	GapSendMs      int    `json:"gapSendMs"`
	GapStatus      string `json:"gapStatus"`
	GapMined       bool   `json:"gapMined"`
	PolledBlocks   int    `json:"polledBlocks"`
	PushedBlocks   int    `json:"pushedBlocks"`
	PushedInOrder  bool   `json:"pushedInOrder"`
}

// Run drives the node at url (JSON-RPC at /, WebSocket at /ws) with key, an
// account with funds that has sent nothing yet, and checks what ethers saw.
// The chain must seal empty blocks when idle.
func Run(t testing.TB, url string, key *ecdsa.PrivateKey, chainID uint64) Result {
	t.Helper()
	out := runJSON[Result](t, "ethers_client.mjs", url, hexutil.Encode(crypto.FromECDSA(key)))
	require.Equal(t, chainID, out.ChainID)
	require.Equal(t, 1, out.Status)
	require.GreaterOrEqual(t, out.Confirmations, 2)
	require.Equal(t, "1500000000", out.Received)
	require.Equal(t, decimal(t, out.Received).Add(decimal(t, out.Received), decimal(t, out.Fee)).String(), out.Spent, "spent = value + fee")
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
	return out
}

// TokenResult is what the token script saw.
type TokenResult struct {
	Code            bool   `json:"code"`
	Symbol          string `json:"symbol"`
	Decimals        int    `json:"decimals"`
	Allowance       string `json:"allowance"`
	Amount          string `json:"amount"`
	Before          string `json:"before"`
	After           string `json:"after"`
	Received        string `json:"received"`
	Status          int    `json:"status"`
	Logs            int    `json:"logs"`
	LogName         string `json:"logName"`
	LogFrom         string `json:"logFrom"`
	LogTo           string `json:"logTo"`
	LogValue        string `json:"logValue"`
	GasUsed         string `json:"gasUsed"`
	From            string `json:"from"`
	To              string `json:"to"`
	Polled          []struct{ From, Dest, Value string }
	Pushed          []struct{ From, Dest, Value string }
	Queried         int    `json:"queried"`
	Overdraft       string `json:"overdraft"`
	OverdraftReason string `json:"overdraftReason"`
}

// RunToken uses the bridged token at token (an L2 address) from key, which
// holds ETH and at least 12.5 tokens, through ethers v6's Contract with the
// standard ERC-20 ABI: metadata, balanceOf, transfer and its receipt and
// Transfer log, the Transfer event by polling and over WebSocket,
// queryFilter, and a transfer beyond the balance refused with its revert
// reason.
func RunToken(t testing.TB, url string, key *ecdsa.PrivateKey, token string, symbol string) TokenResult {
	t.Helper()
	out := runJSON[TokenResult](t, "ethers_token.mjs", url, hexutil.Encode(crypto.FromECDSA(key)), token)
	require.True(t, out.Code, "the token has code")
	require.Equal(t, symbol, out.Symbol)
	require.Equal(t, "0", out.Allowance)
	require.Equal(t, 1, out.Status)
	require.Equal(t, 1, out.Logs)
	require.Equal(t, "Transfer", out.LogName)
	require.Equal(t, out.From, out.LogFrom)
	require.Equal(t, out.To, out.LogTo)
	require.Equal(t, out.Amount, out.LogValue)
	require.Equal(t, out.Amount, out.Received)
	require.Equal(t, new(big.Int).Sub(decimal(t, out.Before), decimal(t, out.Amount)).String(), out.After)
	require.Equal(t, "50000", out.GasUsed)
	require.Len(t, out.Polled, 1, "the polling listener saw the transfer once")
	require.Equal(t, out.Amount, out.Polled[0].Value)
	require.Len(t, out.Pushed, 1, "the WebSocket listener saw the transfer once")
	require.Equal(t, 1, out.Queried)
	require.Equal(t, "CALL_EXCEPTION", out.Overdraft)
	require.Contains(t, out.OverdraftReason, "transfer amount exceeds balance")
	return out
}

// runJSON runs script and decodes the JSON it prints into a T.
func runJSON[T any](t testing.TB, script string, args ...string) T {
	t.Helper()
	raw := runScript(t, script, args...)
	var out T
	require.NoError(t, json.Unmarshal(raw, &out), "%s", raw)
	t.Logf("ethers saw %s", raw)
	return out
}

// decimal parses a base-10 integer the scripts print.
func decimal(t testing.TB, s string) *big.Int {
	t.Helper()
	v, ok := new(big.Int).SetString(s, 10)
	require.True(t, ok, s)
	return v
}

// runScript runs one of this package's Node scripts with ethers and returns
// what it printed; the script fails the test when it fails or takes over two
// minutes.
func runScript(t testing.TB, name string, args ...string) []byte {
	t.Helper()
	mod := Module(t)
	cmd := exec.Command("node", append([]string{filepath.Join(dir(), name)}, args...)...)
	cmd.Env = append(os.Environ(), "ETHERS_MODULE="+mod)
	cmd.Stderr = os.Stderr
	timer := time.AfterFunc(2*time.Minute, func() { _ = cmd.Process.Kill() })
	defer timer.Stop()
	raw, err := cmd.Output()
	require.NoError(t, err, "the ethers script %s failed", name)
	return raw
}
