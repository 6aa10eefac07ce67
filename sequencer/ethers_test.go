package sequencer_test

import (
	"testing"
	"time"

	"github.com/rollup-dev/rollup/internal/etherstest"
)

// TestEthers drives the node with ethers v6 (internal/etherstest): send,
// tx.wait(2) on a chain that is idle afterwards, provider.on("block") by
// polling and over WebSocket, a block filter, balances and nonces at old
// blocks, a nonce-gap send.
func TestEthers(t *testing.T) {
	etherstest.Module(t)
	cfg := testConfig(t, 1)
	cfg.BlockTime = 200 * time.Millisecond
	cfg.EmptyBlocks, cfg.EmptyBlockTime = true, cfg.BlockTime
	env := startService(t, cfg)
	etherstest.Run(t, env.svc.URL(), testKey(0), testChainID)
}
