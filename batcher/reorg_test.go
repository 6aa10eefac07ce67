package batcher_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/internal/metrictest"
	"github.com/rollup-dev/rollup/l1client/devchain"
)

// poolEmpty reports whether the dev chain's transaction pool is empty.
func poolEmpty(t *testing.T, c *devchain.Chain) bool {
	var st map[string]hexutil.Uint64
	require.NoError(t, c.RPC().CallContext(context.Background(), &st, "txpool_status"))
	return st["pending"] == 0 && st["queued"] == 0
}

// reorgOut replaces the L1 blocks from number from on with a longer chain of
// empty blocks and empties the pool of the transactions the old blocks held,
// so that nothing but the batcher can bring them back. extra, when set, runs
// on the new chain before it grows (the miner is paused meanwhile).
func reorgOut(t *testing.T, e *env, c *devchain.Chain, m *miner, from uint64, extra func()) {
	t.Helper()
	ctx := context.Background()
	m.pause()
	defer m.resume()
	head, err := e.l1.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	parent, err := e.l1.HeaderByNumber(ctx, new(big.Int).SetUint64(from-1))
	require.NoError(t, err)
	waitFor(t, 10*time.Second, "an empty pool before the fork", func() bool {
		if poolEmpty(t, c) {
			return true
		}
		c.Commit()
		return false
	})
	require.NoError(t, c.Fork(parent.Hash()))
	// The pool takes back the dropped blocks' transactions when it sees the
	// new head; drop them.
	for i := 0; i < 20; i++ {
		time.Sleep(20 * time.Millisecond)
		c.Rollback()
	}
	if extra != nil {
		extra()
	}
	for n := parent.Number.Uint64(); n <= head.Number.Uint64()+1; n++ {
		c.Rollback() // and whatever the batcher re-broadcast meanwhile
		c.Commit()
	}
	now, err := e.l1.HeaderByNumber(ctx, new(big.Int).SetUint64(from))
	require.NoError(t, err)
	require.NotEqual(t, head.Hash(), now.Hash())
}

func TestBatcher_L1ReorgDropsPostedBatch_Reposted(t *testing.T) {
	r := postBeforeReorg(t)
	e, c, m, reg, before, firstDropped := r.e, r.c, r.m, r.reg, r.before, r.firstDropped
	oldHash := e.blockHash(firstDropped)

	reorgOut(t, e, c, m, firstDropped, nil)

	// The batcher notices by block hash, the batch is on L1 again, in the
	// new chain, through the same transaction re-broadcast.
	waitFor(t, 30*time.Second, "the dropped batch posted again", func() bool {
		rows := e.batches(true)
		r := rows[len(before)-1]
		return r.L1Block != nil && (r.Status == "included" || r.Status == "confirmed") &&
			e.blockHash(uint64(*r.L1Block)) != oldHash && e.nextIndex() == uint64(len(before))
	})
	require.GreaterOrEqual(t, metrictest.Sum(t, reg, "batcher_l1_reorged_batches_total"), 1.0)

	// Everything after it goes on.
	for i := 0; i < 3; i++ {
		e.seq.block(20)
	}
	rows := e.waitPosted(30*time.Second, "confirmed")
	require.Equal(t, uint64(len(rows)), e.nextIndex())
	e.verifyOnL1(rows)
	e.waitOutboxSettled()
	_, reverted, _ := e.outboxCounts()
	require.Zero(t, reverted, "no duplicate append")
}

// TestBatcher_L1ReorgNonceTaken_RepostedWithNewTransaction: after the reorg
// the dropped batch's nonce is used by another transaction of the key in the
// new chain, so the old transaction cannot come back; the batcher posts the
// batch with a new one.
func TestBatcher_L1ReorgNonceTaken_RepostedWithNewTransaction(t *testing.T) {
	r := postBeforeReorg(t)
	e, c, m, reg, firstDropped := r.e, r.c, r.m, r.reg, r.firstDropped

	reorgOut(t, e, c, m, firstDropped, func() {
		// Another transaction of the proposer's key takes the nonces the
		// dropped blocks used.
		ctx := context.Background()
		nonce, err := e.l1.NonceAt(ctx, crypto0(e), nil)
		require.NoError(t, err)
		to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
		for i := 0; i < 4; i++ {
			tx := types.MustSignNewTx(e.key, types.LatestSignerForChainID(devchain.ChainID), &types.DynamicFeeTx{
				ChainID: devchain.ChainID, Nonce: nonce + uint64(i), GasTipCap: big.NewInt(params.GWei),
				GasFeeCap: big.NewInt(100 * params.GWei), Gas: 21000, To: &to, Value: big.NewInt(1)})
			require.NoError(t, e.l1.SendTransaction(ctx, tx))
		}
		c.Commit()
	})

	for i := 0; i < 3; i++ {
		e.seq.block(20)
	}
	rows := e.waitPosted(60*time.Second, "confirmed")
	require.Equal(t, uint64(len(rows)), e.nextIndex())
	require.GreaterOrEqual(t, metrictest.Sum(t, reg, "batcher_reposts_total"), 1.0)
	e.verifyOnL1(rows)
}

// reorgSetup is a batcher on a manually mined L1 that has posted the batches
// of six blocks; firstDropped is the L1 block of the last one.
type reorgSetup struct {
	e            *env
	c            *devchain.Chain
	m            *miner
	reg          *prometheus.Registry
	before       []batchRow
	firstDropped uint64
}

func postBeforeReorg(t *testing.T) reorgSetup {
	t.Helper()
	e, c, m := newManualEnv(t, envOpts{disputeWindow: 3600})
	cfg := e.config()
	cfg.DisableFinalize = true
	e.seq.fund(e)
	for i := 0; i < 6; i++ {
		e.seq.block(20)
	}
	_, reg := e.start(cfg, nil)
	before := e.waitPosted(30*time.Second, "confirmed")
	e.waitOutboxSettled()
	last := before[len(before)-1]
	require.NotNil(t, last.L1Block)
	return reorgSetup{e: e, c: c, m: m, reg: reg, before: before, firstDropped: uint64(*last.L1Block)}
}

func (e *env) blockHash(n uint64) common.Hash {
	e.t.Helper()
	h, err := e.l1.HeaderByNumber(context.Background(), new(big.Int).SetUint64(n))
	require.NoError(e.t, err)
	return h.Hash()
}
