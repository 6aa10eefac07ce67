package sequencer_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
)

// TestFilters drives the HTTP filter methods: block and pending-transaction
// filters deliver what arrived since the last poll, a logs filter is
// accepted (and empty), an uninstalled filter is gone.
func TestFilters(t *testing.T) {
	cfg := testConfig(t, 2)
	cfg.EmptyBlocks, cfg.EmptyBlockTime = true, cfg.BlockTime
	env := startService(t, cfg)
	ctx := ctxT(t)
	rc := env.rpc
	var blockF, txF, logF string
	require.NoError(t, rc.CallContext(ctx, &blockF, "eth_newBlockFilter"))
	require.NoError(t, rc.CallContext(ctx, &txF, "eth_newPendingTransactionFilter"))
	require.NoError(t, rc.CallContext(ctx, &logF, "eth_newFilter", map[string]any{"fromBlock": "0x0", "address": addrOf(testKey(1))}))
	var bad string
	require.ErrorContains(t, rc.CallContext(ctx, &bad, "eth_newFilter", map[string]any{"fromBlock": "0x0", "blockHash": common.Hash{}}), "blockHash")

	tx := transfer(t, testKey(0), 0, addrOf(testKey(1)), big.NewInt(3))
	require.NoError(t, env.client.SendTransaction(ctx, tx))
	var hashes []common.Hash
	require.NoError(t, rc.CallContext(ctx, &hashes, "eth_getFilterChanges", txF))
	require.Equal(t, []common.Hash{tx.Hash()}, hashes)
	require.NoError(t, rc.CallContext(ctx, &hashes, "eth_getFilterChanges", txF))
	require.Empty(t, hashes, "each transaction once")

	rcpt := waitReceipt(t, env.client, tx.Hash())
	seen := map[common.Hash]bool{}
	require.Eventually(t, func() bool {
		var got []common.Hash
		require.NoError(t, rc.CallContext(ctx, &got, "eth_getFilterChanges", blockF))
		for _, h := range got {
			seen[h] = true
		}
		return seen[rcpt.BlockHash]
	}, 10*time.Second, 50*time.Millisecond, "the block filter names the transfer's block")

	var logs []any
	require.NoError(t, rc.CallContext(ctx, &logs, "eth_getFilterChanges", logF))
	require.Empty(t, logs)
	require.NoError(t, rc.CallContext(ctx, &logs, "eth_getFilterLogs", logF))
	require.Empty(t, logs)

	var ok bool
	require.NoError(t, rc.CallContext(ctx, &ok, "eth_uninstallFilter", blockF))
	require.True(t, ok)
	require.ErrorContains(t, rc.CallContext(ctx, &hashes, "eth_getFilterChanges", blockF), "filter not found")
}

// TestGetLogsRanges: eth_getLogs checks its block range like geth: order,
// the head, the range limit, an unknown block hash. (Transfers emit no logs.)
func TestGetLogsRanges(t *testing.T) {
	cfg := testConfig(t, 1)
	cfg.BlockTime = 20 * time.Millisecond
	cfg.EmptyBlocks, cfg.EmptyBlockTime = true, cfg.BlockTime
	cfg.MaxLogsRange = 5
	env := startService(t, cfg)
	ctx := ctxT(t)
	require.Eventually(t, func() bool {
		n, err := env.client.BlockNumber(ctx)
		return err == nil && n >= 8
	}, 10*time.Second, 10*time.Millisecond)
	q := func(f map[string]any) error {
		var logs []any
		err := env.rpc.CallContext(ctx, &logs, "eth_getLogs", f)
		if err == nil {
			require.Empty(t, logs)
		}
		return err
	}
	require.NoError(t, q(map[string]any{}))
	require.NoError(t, q(map[string]any{"fromBlock": "0x1", "toBlock": "0x5", "address": addrOf(testKey(0)), "topics": []any{nil}}))
	require.ErrorContains(t, q(map[string]any{"fromBlock": "0x5", "toBlock": "0x1"}), "invalid block range")
	require.ErrorContains(t, q(map[string]any{"fromBlock": "0x1", "toBlock": "0x6"}), "query exceeds max block range 5")
	require.ErrorContains(t, q(map[string]any{"fromBlock": "0x1", "toBlock": "0xffffff"}), "beyond current head")
	require.ErrorContains(t, q(map[string]any{"blockHash": common.Hash{1}}), "unknown block")
	require.ErrorContains(t, q(map[string]any{"blockHash": common.Hash{1}, "fromBlock": "0x1"}), "blockHash")
	// The served hash (not go-ethereum's Header.Hash(), which differs: README).
	var blk struct{ Hash common.Hash }
	require.NoError(t, env.rpc.CallContext(ctx, &blk, "eth_getBlockByNumber", "0x2", false))
	require.NoError(t, q(map[string]any{"blockHash": blk.Hash}))
}
