package sequencer_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/internal/pgtest"
	"github.com/rollup-dev/rollup/internal/poll"
	"github.com/rollup-dev/rollup/l1client/contracts"
	"github.com/rollup-dev/rollup/l1client/deploy"
	"github.com/rollup-dev/rollup/l1client/devchain"
	"github.com/rollup-dev/rollup/sequencer"
)

// l1 is a simulated L1 mined on demand, with the contracts deployed.
type l1 struct {
	chain *devchain.Chain
	d     *deploy.Deployment
}

func newL1(t *testing.T) *l1 {
	t.Helper()
	ch, err := devchain.New(devchain.Config{BlockTime: -1, Accounts: 3})
	require.NoError(t, err)
	t.Cleanup(func() { _ = ch.Stop() })
	l := &l1{chain: ch}
	// Mine while deploying (each deployment transaction waits for its receipt).
	l.mineWhile(func() {
		l.d, err = deploy.Deploy(context.Background(), ch.Client(), deploy.Config{Name: "test", Key: ch.Accounts()[0].Key, Params: deploy.DevnetParams()})
	})
	require.NoError(t, err)
	return l
}

// mineWhile mines l's chain every 10 ms until fn returns.
func (l *l1) mineWhile(fn func()) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		poll.Tick(ctx, 10*time.Millisecond, func() { l.chain.Commit() })
	}()
	fn()
	cancel()
	<-done
}

// l1Config is a sequencer following l's deployment for deposits, with
// confirmations L1 blocks.
func (l *l1) config(t *testing.T, confirmations uint64) sequencer.Config {
	cfg := sequencer.Config{
		HTTPAddr:             "127.0.0.1:0",
		DatabaseURL:          pgtest.NewDatabase(t),
		BlockTime:            50 * time.Millisecond,
		DepositConfirmations: confirmations,
		L1PollInterval:       20 * time.Millisecond,
	}
	sequencer.ApplyDeployment(&cfg, l.d)
	return cfg
}

// start starts a sequencer with cfg that follows l.
func (l *l1) start(t *testing.T, cfg sequencer.Config) *testEnv {
	svc, err := sequencer.New(cfg, sequencer.Deps{Logger: testLogger(t), L1: l.chain.Client()})
	require.NoError(t, err)
	require.NoError(t, svc.Start(context.Background()))
	t.Cleanup(func() { _ = svc.Stop(context.Background()) })
	return &testEnv{svc: svc, cfg: cfg, client: dialEth(t, svc.URL())}
}

// deposit sends Bridge.deposit from dev account i without mining it.
func (l *l1) deposit(t *testing.T, i int, to common.Address, amount *big.Int) *types.Transaction {
	t.Helper()
	bb := contracts.Bridge
	o := bind.NewKeyedTransactor(l.chain.Accounts()[i].Key, devchain.ChainID)
	o.Context = context.Background()
	o.Value = amount
	tx, err := bind.Transact(bb.Instance(l.chain.Client(), l.d.Contracts.Bridge), o, bb.PackDeposit(to))
	require.NoError(t, err)
	return tx
}

func (l *l1) mine(n int) {
	for i := 0; i < n; i++ {
		l.chain.Commit()
	}
}

func restGet(t *testing.T, url string, out any) int {
	t.Helper()
	resp, err := http.Get(url)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	if out != nil && resp.StatusCode == http.StatusOK {
		require.NoError(t, json.Unmarshal(b, out), string(b))
	}
	return resp.StatusCode
}

type syncStatus struct {
	DepositsConsumed hexutil.Uint64 `json:"depositsConsumed"`
	DepositsSeen     hexutil.Uint64 `json:"depositsSeen"`
	L1Head           *struct {
		Number hexutil.Uint64 `json:"number"`
	} `json:"l1Head"`
}

// TestDepositsFromL1 follows Bridge deposits on the simulated L1: a deposit is
// seen at once, consumed once it is DepositConfirmations deep, and an L1
// reorg that drops a deposit before it is confirmed removes it without a trace
// on L2. The chain survives a restart with its deposits.
func TestDepositsFromL1(t *testing.T) {
	chainL1 := newL1(t)
	cfg := chainL1.config(t, 2)
	start := func() *testEnv { return chainL1.start(t, cfg) }
	env := start()
	ctx := ctxT(t)
	u := env.svc.URL()
	status := func() syncStatus {
		var st syncStatus
		r := call(t, env.svc.URL(), "rollup_syncStatus")
		require.Nil(t, r.Error)
		require.NoError(t, json.Unmarshal(r.Result, &st))
		return st
	}
	balance := func(a common.Address) *big.Int {
		b, err := env.client.BalanceAt(ctx, a, nil)
		require.NoError(t, err)
		return b
	}
	x, y, z := common.HexToAddress("0x1111"), common.HexToAddress("0x2222"), common.HexToAddress("0x3333")
	oneEth := big.NewInt(params.Ether)

	// A deposit is seen at once and consumed when confirmed.
	chainL1.deposit(t, 1, x, oneEth)
	chainL1.mine(1)
	require.Eventually(t, func() bool { return status().DepositsSeen == 1 }, 10*time.Second, 10*time.Millisecond)
	require.Never(t, func() bool { return balance(x).Sign() != 0 }, 150*time.Millisecond, 10*time.Millisecond,
		"not consumed before it is confirmed")
	require.EqualValues(t, 0, status().DepositsConsumed)
	chainL1.mine(2)
	require.Eventually(t, func() bool { return balance(x).Cmp(oneEth) == 0 }, 10*time.Second, 10*time.Millisecond)
	require.Eventually(t, func() bool { return status().DepositsConsumed == 1 }, 5*time.Second, 10*time.Millisecond)
	var dep struct {
		Index   uint64  `json:"index"`
		L2Block *uint64 `json:"l2Block"`
		Amount  string  `json:"amount"`
		Kind    string  `json:"kind"`
	}
	require.Equal(t, http.StatusOK, restGet(t, u+"/v1/deposits/0", &dep))
	require.NotNil(t, dep.L2Block)
	require.Equal(t, "deposit", dep.Kind)
	require.Equal(t, oneEth.String(), dep.Amount)
	var blk struct {
		DepositFirst uint64 `json:"depositFirst"`
		DepositCount int    `json:"depositCount"`
	}
	require.Eventually(t, func() bool {
		return restGet(t, fmt.Sprintf("%s/v1/blocks/%d", u, *dep.L2Block), &blk) == http.StatusOK && blk.DepositCount == 1
	}, 5*time.Second, 10*time.Millisecond)
	// Ethereum clients see the deposit as the block's EIP-4895 withdrawal.
	require.Eventually(t, func() bool {
		n, err := env.client.BlockNumber(ctx)
		return err == nil && n >= *dep.L2Block
	}, 5*time.Second, 10*time.Millisecond)
	wblk, err := env.client.BlockByNumber(ctx, new(big.Int).SetUint64(*dep.L2Block))
	require.NoError(t, err)
	require.Len(t, wblk.Withdrawals(), 1)
	require.Equal(t, types.Withdrawal{Index: 0, Address: x, Amount: 1e9}, *wblk.Withdrawals()[0])
	require.Equal(t, types.DeriveSha(wblk.Withdrawals(), trie.NewStackTrie(nil)), *wblk.Header().WithdrawalsHash)
	var served struct {
		Hash common.Hash `json:"hash"`
	}
	require.NoError(t, env.client.Client().CallContext(ctx, &served, "eth_getBlockByNumber", hexutil.Uint64(*dep.L2Block), false))
	require.Equal(t, wblk.Hash(), served.Hash)

	// A deposit mined in a block that a reorg drops before it is confirmed.
	parent, err := chainL1.chain.Client().HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	chainL1.deposit(t, 2, y, oneEth)
	chainL1.mine(1)
	require.Eventually(t, func() bool { return status().DepositsSeen == 2 }, 10*time.Second, 10*time.Millisecond)
	require.NoError(t, chainL1.chain.Fork(parent.Hash()))
	chainL1.chain.Rollback() // the deposit does not come back
	chainL1.mine(2)          // the side chain is longer: it wins
	require.Eventually(t, func() bool { return status().DepositsSeen == 1 }, 10*time.Second, 10*time.Millisecond)
	chainL1.mine(3)
	require.Never(t, func() bool { return balance(y).Sign() != 0 }, 200*time.Millisecond, 10*time.Millisecond,
		"the dropped deposit never reaches L2")
	require.EqualValues(t, 1, status().DepositsConsumed)

	// The queue index is used again by the next deposit on the new chain.
	chainL1.deposit(t, 2, z, new(big.Int).Mul(oneEth, big.NewInt(2)))
	chainL1.mine(3)
	require.Eventually(t, func() bool { return balance(z).Cmp(new(big.Int).Mul(oneEth, big.NewInt(2))) == 0 }, 10*time.Second, 10*time.Millisecond)
	require.Zero(t, balance(y).Sign())

	// L2 transfers spend deposited funds; a restart replays deposits.
	key := testKey(0)
	chainL1.deposit(t, 1, addrOf(key), oneEth)
	chainL1.mine(3)
	require.Eventually(t, func() bool { return balance(addrOf(key)).Sign() > 0 }, 10*time.Second, 10*time.Millisecond)
	require.NoError(t, env.client.SendTransaction(ctx, transfer(t, key, 0, x, big.NewInt(7))))
	require.NoError(t, env.svc.Stop(ctx))
	env = start()
	require.Equal(t, new(big.Int).Add(oneEth, big.NewInt(7)), balance(x))
	require.EqualValues(t, 3, status().DepositsConsumed)
	require.NoError(t, env.svc.Stop(ctx))
	verifyChain(t, cfg.DatabaseURL, cfg)
}
