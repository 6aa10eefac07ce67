package sequencer_test

import (
	"context"
	"math/big"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/rollup-dev/rollup/sequencer/loadgen"
	"github.com/stretchr/testify/require"
)

// TestHistory: balances and nonces at every past block, by number, hash and
// tag, match what the chain did, from the genesis allocation on, and stay
// the same after a restart.
func TestHistory(t *testing.T) {
	cfg := testConfig(t, 2)
	cfg.BlockTime = 30 * time.Millisecond
	env := startService(t, cfg)
	ctx := ctxT(t)
	alice, bob := testKey(0), addrOf(testKey(1))
	genesisBal := new(big.Int).Mul(big.NewInt(1000), ether)

	type point struct {
		block    uint64
		bob      *big.Int
		aliceNon uint64
	}
	var want []point
	bal := new(big.Int).Set(genesisBal)
	for n := uint64(0); n < 4; n++ {
		tx := transfer(t, alice, n, bob, big.NewInt(int64(100+n)))
		require.NoError(t, env.client.SendTransaction(ctx, tx))
		rcpt := waitReceipt(t, env.client, tx.Hash())
		bal.Add(bal, tx.Value())
		want = append(want, point{rcpt.BlockNumber.Uint64(), new(big.Int).Set(bal), n + 1})
		// The next transfer goes into a later block.
		require.Eventually(t, func() bool {
			h, err := env.client.BlockNumber(ctx)
			return err == nil && h >= rcpt.BlockNumber.Uint64()
		}, 5*time.Second, 5*time.Millisecond)
	}

	check := func(env *testEnv) {
		t.Helper()
		b0, err := env.client.BalanceAt(ctx, bob, big.NewInt(0))
		require.NoError(t, err)
		require.Equal(t, genesisBal, b0, "the genesis allocation at block 0")
		for i, p := range want {
			got, err := env.client.BalanceAt(ctx, bob, new(big.Int).SetUint64(p.block))
			require.NoError(t, err)
			require.Equal(t, p.bob, got, "bob at block %d", p.block)
			nonce, err := env.client.NonceAt(ctx, addrOf(alice), new(big.Int).SetUint64(p.block))
			require.NoError(t, err)
			require.Equal(t, p.aliceNon, nonce, "alice's nonce at block %d", p.block)
			if i > 0 && want[i-1].block < p.block-1 {
				// A block between two transfers holds the earlier state.
				mid, err := env.client.BalanceAt(ctx, bob, new(big.Int).SetUint64(p.block-1))
				require.NoError(t, err)
				require.Equal(t, want[i-1].bob, mid)
			}
		}
		// By block hash (the served one) and by tag.
		var blk struct{ Hash common.Hash }
		require.NoError(t, env.rpc.CallContext(ctx, &blk, "eth_getBlockByNumber", hexutil.EncodeUint64(want[1].block), false))
		var byHash string
		require.NoError(t, env.rpc.CallContext(ctx, &byHash, "eth_getBalance", bob, gethrpc.BlockNumberOrHashWithHash(blk.Hash, false)))
		require.Equal(t, "0x"+want[1].bob.Text(16), byHash)
		var earliest string
		require.NoError(t, env.rpc.CallContext(ctx, &earliest, "eth_getBalance", bob, "earliest"))
		require.Equal(t, "0x"+genesisBal.Text(16), earliest)
	}
	check(env)

	require.NoError(t, env.svc.Stop(context.Background()))
	again := startService(t, cfg)
	check(again)
}

// TestAccountHistoryCost reports (it asserts only that the rows exist) what
// the account history costs in PostgreSQL per transfer, table and index, on
// a load of ROLLUP_HISTORY_TXS transfers (default 2,000) among 500 accounts:
// ROLLUP_HISTORY_TXS=50000 go test -run TestAccountHistoryCost -v ./sequencer/
func TestAccountHistoryCost(t *testing.T) {
	txs := 2000
	if v := os.Getenv("ROLLUP_HISTORY_TXS"); v != "" {
		n, err := strconv.Atoi(v)
		require.NoError(t, err)
		txs = n
	}
	env := startService(t, testConfig(t, 1))
	res, err := loadgen.Run(context.Background(), loadgen.Config{
		RPC: env.svc.URL(), Txs: txs, Accounts: 500, Concurrency: 32, Funder: testKey(0), EcrecoverSamples: -1,
	})
	require.NoError(t, err)
	require.Equal(t, txs, res.Acked)
	require.NoError(t, env.svc.Stop(context.Background())) // seals the open block
	pool, err := pgxpool.New(ctxT(t), env.cfg.DatabaseURL)
	require.NoError(t, err)
	defer pool.Close()
	var rows, bytes, transfers int64
	require.NoError(t, pool.QueryRow(ctxT(t), `SELECT count(*), pg_total_relation_size('l2_account_history'),
		(SELECT count(*) FROM l2_transactions) FROM l2_account_history`).Scan(&rows, &bytes, &transfers))
	require.Positive(t, rows)
	t.Logf("load: %.0f transfers/s, ack p50 %.1f ms p99 %.1f ms", res.TPS, res.P50ms, res.P99ms)
	t.Logf("account history: %d transfers, %d rows (%.2f per transfer), %d bytes with its index (%.0f B per transfer)",
		transfers, rows, float64(rows)/float64(transfers), bytes, float64(bytes)/float64(transfers))
}
