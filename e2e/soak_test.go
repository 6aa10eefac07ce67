package e2e

import (
	"context"
	"fmt"
	"math/big"
	"math/rand"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/l1client/deploy"
	"github.com/rollup-dev/rollup/l1client/devkeys"
)

// load sends transfers among funded accounts from several senders, each one
// after the other, redialling and resuming from the pending nonce after the
// node goes away, and remembers every acknowledged transaction.
type load struct {
	mu    sync.Mutex
	acked map[common.Hash]common.Address
	quit  chan struct{}
	wg    sync.WaitGroup
}

// startLoad starts senders goroutines; sender s pays accounts[s+1].
func startLoad(t *testing.T, l2URL string, accounts []devkeys.Account, senders int) *load {
	chainID := big.NewInt(901)
	l := &load{acked: map[common.Hash]common.Address{}, quit: make(chan struct{})}
	for s := 0; s < senders; s++ {
		l.wg.Add(1)
		go func(s int) {
			defer l.wg.Done()
			from, to := accounts[s], accounts[(s+1)%len(accounts)].Address
			for {
				select {
				case <-l.quit:
					return
				default:
				}
				ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
				c, err := ethclient.DialContext(ctx, l2URL)
				if err != nil {
					cancel()
					time.Sleep(100 * time.Millisecond)
					continue
				}
				nonce, err := c.PendingNonceAt(ctx, from.Address)
				for err == nil {
					tx, serr := types.SignNewTx(from.Key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{ChainID: chainID,
						Nonce: nonce, GasTipCap: big.NewInt(0), GasFeeCap: big.NewInt(2e9), Gas: 21000, To: &to, Value: big.NewInt(1e12)})
					require.NoError(t, serr)
					if err = c.SendTransaction(ctx, tx); err == nil {
						l.mu.Lock()
						l.acked[tx.Hash()] = from.Address
						l.mu.Unlock()
						nonce++
					}
					select {
					case <-l.quit:
						err = context.Canceled
					default:
					}
				}
				c.Close()
				cancel()
			}
		}(s)
	}
	return l
}

// stop ends the senders and returns the acknowledged transactions.
func (l *load) stop() map[common.Hash]common.Address {
	close(l.quit)
	l.wg.Wait()
	return l.acked
}

// TestSoak_DevnetKill9Cycles kills the devnet binary with SIGKILL
// ROLLUP_SOAK_CYCLES times (make soak-kill9: 20) while four senders load it
// with transfers among the funded accounts, restarting it each time. It then
// checks that every acknowledged transaction is on the chain with its
// receipt, that each sender's nonces have no gap, and that the ETH the Bridge
// holds is exactly the L2 supply. A soak: skipped unless ROLLUP_SOAK_CYCLES
// is set.
func TestSoak_DevnetKill9Cycles(t *testing.T) {
	cycles, _ := strconv.Atoi(os.Getenv("ROLLUP_SOAK_CYCLES"))
	if cycles <= 0 {
		t.Skip("a soak: run it with make soak-kill9 (ROLLUP_SOAK_CYCLES=20)")
	}
	bin := rollupBinary(t)
	dataDir := devnetDataDir(t)
	l2Port, l1Port := freePort(t), freePort(t)
	args := []string{"--accounts", "5", "--batch-interval", "1s", "--block-time", "200ms"}
	p := startDevnetBinary(t, bin, dataDir, l2Port, l1Port, args...)
	l2URL := fmt.Sprintf("http://127.0.0.1:%d", l2Port)
	accounts := devkeys.MustAccounts(5)
	load := startLoad(t, l2URL, accounts, 4)
	rng := rand.New(rand.NewSource(1))
	start := time.Now()
	for i := 0; i < cycles; i++ {
		time.Sleep(time.Duration(500+rng.Intn(2000)) * time.Millisecond)
		require.Error(t, p.signal(t, syscall.SIGKILL), "killed")
		p = startDevnetBinary(t, bin, dataDir, l2Port, l1Port, args...)
	}
	time.Sleep(time.Second)
	acked := load.stop()
	t.Logf("%d kill -9 cycles in %v, %d transfers acknowledged", cycles, time.Since(start).Round(time.Second), len(acked))

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	c, err := ethclient.DialContext(ctx, l2URL)
	require.NoError(t, err)
	defer c.Close()
	// Every acknowledged transfer has its transaction and a successful
	// receipt, read in batch requests of 250.
	hashes := make([]common.Hash, 0, len(acked))
	for h := range acked {
		hashes = append(hashes, h)
	}
	perSender := map[common.Address][]uint64{}
	for i := 0; i < len(hashes); i += 250 {
		part := hashes[i:min(i+250, len(hashes))]
		rs := make([]*types.Receipt, len(part))
		txs := make([]*types.Transaction, len(part))
		var batch []gethrpc.BatchElem
		for j, h := range part {
			batch = append(batch,
				gethrpc.BatchElem{Method: "eth_getTransactionReceipt", Args: []any{h}, Result: &rs[j]},
				gethrpc.BatchElem{Method: "eth_getTransactionByHash", Args: []any{h}, Result: &txs[j]})
		}
		require.NoError(t, c.Client().BatchCallContext(ctx, batch))
		for j, h := range part {
			require.NoError(t, batch[2*j].Error)
			require.NoError(t, batch[2*j+1].Error)
			require.NotNil(t, rs[j], "acknowledged transaction %s lost", h)
			require.Equal(t, uint64(1), rs[j].Status)
			require.NotNil(t, txs[j])
			perSender[acked[h]] = append(perSender[acked[h]], txs[j].Nonce())
		}
	}
	for from, nonces := range perSender {
		n, err := c.NonceAt(ctx, from, nil)
		require.NoError(t, err)
		require.GreaterOrEqual(t, n, uint64(len(nonces)), "nonce of %s", from)
		seen := map[uint64]bool{}
		for _, x := range nonces {
			require.False(t, seen[x], "nonce %d of %s twice", x, from)
			seen[x] = true
			require.Less(t, x, n)
		}
	}
	dep, err := deploy.Load(filepath.Join(dataDir, "deployment.json"))
	require.NoError(t, err)
	l2c, l1 := dial(t, l2URL, fmt.Sprintf("http://127.0.0.1:%d", l1Port), dep)
	all := []common.Address{l1.Deployment.FeeRecipient}
	for _, a := range accounts {
		all = append(all, a.Address)
	}
	checkSupply(t, ctx, l2c, l1, all, new(big.Int))
	require.NoError(t, p.signal(t, syscall.SIGINT))
}
