package e2e

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/internal/anviltest"
	"github.com/rollup-dev/rollup/l1client/devkeys"
	"github.com/rollup-dev/rollup/userflow"
)

// TestDevnet_GethDev runs the devnet against geth --dev (built by
// scripts/install-tools.sh --geth): the test mnemonic's account 0 is funded
// from geth's developer account, the devnet deploys with it as --l1-key and
// funds everything else from it, and the whole path runs on top.
func TestDevnet_GethDev(t *testing.T) {
	geth := anviltest.Tool("geth")
	if geth == "" {
		t.Skip("geth is not installed: run scripts/install-tools.sh --geth")
	}
	port := freePort(t)
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	p := startProc(t, "geth", geth, gethDevArgs(t.TempDir(), port, freePort(t)), nil)
	healthy(t, p, []string{"CMD", "curl", url}, time.Minute)

	funder := devkeys.MustAccounts(1)[0]
	fundFromGethDev(t, url, funder.Address, (*hexutil.Big)(ether(10_000)))

	cfg := testConfig(t, 10*time.Second)
	cfg.L1RPC = url
	cfg.L1Key = funder.Key
	d := startDevnet(t, cfg)
	require.False(t, d.InProcessL1())
	require.EqualValues(t, 1337, d.Deployment().L1ChainID, "geth --dev")
	l2, l1 := dial(t, d.L2URL(), d.L1URL(), d.Deployment())
	wholePath(t, l2, l1, d.Accounts(), []common.Address{d.Deployment().FeeRecipient}, nil)
	// geth --dev serves no beacon API: the batches fell back to calldata.
	require.Empty(t, d.L1BeaconURL())
	blobs, calldata := carriers(t, d.L1URL(), d.Deployment())
	require.Zero(t, blobs)
	require.Positive(t, calldata)
}

// gethDevArgs are the geth --dev flags the README shows, on free ports.
func gethDevArgs(dataDir string, httpPort, authPort int) []string {
	return []string{"--dev", "--dev.period", "1", "--datadir", dataDir,
		"--http", "--http.addr", "127.0.0.1", "--http.port", fmt.Sprint(httpPort), "--http.api", "eth,net,web3",
		"--authrpc.port", fmt.Sprint(authPort), "--port", "0", "--ipcdisable", "--verbosity", "2"}
}

// fundFromGethDev sends amount from geth's unlocked developer account to to.
func fundFromGethDev(t *testing.T, url string, to common.Address, amount *hexutil.Big) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := rpc.DialContext(ctx, url)
	require.NoError(t, err)
	defer c.Close()
	var accounts []common.Address
	require.NoError(t, c.CallContext(ctx, &accounts, "eth_accounts"))
	require.NotEmpty(t, accounts, "geth --dev has no developer account")
	var h common.Hash
	require.NoError(t, c.CallContext(ctx, &h, "eth_sendTransaction", map[string]any{
		"from": accounts[0], "to": to, "value": amount,
	}))
	l1 := userflow.NewL1(ethclient.NewClient(c), nil)
	r, err := l1.WaitReceipt(ctx, h)
	require.NoError(t, err)
	require.EqualValues(t, 1, r.Status)
}
