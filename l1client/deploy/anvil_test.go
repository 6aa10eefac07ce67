package deploy_test

import (
	"context"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/contracts/bindings"
	"github.com/rollup-dev/rollup/l1client/deploy"
)

// anvilKey0 is the first key of anvil's default test mnemonic.
const anvilKey0 = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"

// startAnvil runs anvil on a free loopback port until the test ends.
func startAnvil(t *testing.T) *ethclient.Client {
	t.Helper()
	bin := filepath.Join("..", "..", ".tools", "bin", "anvil")
	if _, err := os.Stat(bin); err != nil {
		p, err := exec.LookPath("anvil")
		if err != nil {
			t.Skip("anvil not installed (run scripts/install-tools.sh)")
		}
		bin = p
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	port := l.Addr().(*net.TCPAddr).Port
	require.NoError(t, l.Close())

	cmd := exec.Command(bin, "--host", "127.0.0.1", "--port", fmt.Sprint(port), "--silent")
	require.NoError(t, cmd.Start())
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	})

	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	deadline := time.Now().Add(20 * time.Second)
	for {
		c, err := ethclient.Dial(url)
		if err == nil {
			ctx, cancel := context.WithTimeout(context.Background(), time.Second)
			_, err = c.ChainID(ctx)
			cancel()
			if err == nil {
				t.Cleanup(c.Close)
				return c
			}
			c.Close()
		}
		if time.Now().After(deadline) {
			t.Fatalf("anvil did not answer on %s: %v", url, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func TestDeploy_Anvil(t *testing.T) {
	c := startAnvil(t)
	key, err := crypto.HexToECDSA(anvilKey0)
	require.NoError(t, err)
	d, err := deploy.Deploy(context.Background(), c, deploy.Config{
		Name:   "anvil",
		Key:    key,
		Params: deploy.DefaultParams(),
		Stake:  big.NewInt(params.Ether),
	})
	require.NoError(t, err)
	require.Equal(t, uint64(31337), d.L1ChainID)

	rb := bindings.NewRollup()
	rollup := rb.Instance(c, d.Contracts.Rollup)
	st, err := bind.Call(rollup, nil, rb.PackStakeOf(d.Deployer), rb.UnpackStakeOf)
	require.NoError(t, err)
	require.Equal(t, big.NewInt(params.Ether), st.Amount)
	ok, err := bind.Call(rollup, nil, rb.PackCanPropose(d.Deployer), rb.UnpackCanPropose)
	require.NoError(t, err)
	require.True(t, ok)
	gb := bindings.NewChallengeGame()
	bond, err := bind.Call(gb.Instance(c, d.Contracts.ChallengeGame), nil, gb.PackChallengerBond(), gb.UnpackChallengerBond)
	require.NoError(t, err)
	require.Equal(t, d.ChallengerBond.Big(), bond)
}
