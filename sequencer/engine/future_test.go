package engine

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/chaindb"
	"github.com/rollup-dev/rollup/internal/pgtest"
	"github.com/rollup-dev/rollup/l2"
)

func waiting(sender byte, nonce uint64) *chain.Candidate {
	tx := types.NewTx(&types.DynamicFeeTx{Nonce: nonce, Gas: 21000, Value: big.NewInt(1)})
	return &chain.Candidate{Tx: tx, Sender: common.Address{sender}, Hash: common.Hash{sender, byte(nonce >> 8), byte(nonce)}}
}

// TestFutureQueueFunding: a sender's queued transactions must be paid for by
// its balance; a nonce too far ahead is refused with geth's "nonce too high";
// a full queue makes room for a sender holding fewer by dropping the newest
// transaction of the sender holding the most.
func TestFutureQueueFunding(t *testing.T) {
	var q futureQueue
	q.init()
	cost, rich, none := uint256.NewInt(10), uint256.NewInt(1000), new(uint256.Int)
	lim := futureLimits{perSender: 64, total: 100, lifetime: time.Minute}
	add := func(c *chain.Candidate, balance *uint256.Int, lim futureLimits) error {
		_, _, err := q.add(c, time.Now(), cost, balance, 0, lim)
		return err
	}

	require.ErrorIs(t, add(waiting(1, 5), none, lim), l2.ErrInsufficientFunds)
	require.NoError(t, add(waiting(2, 5), uint256.NewInt(20), lim))
	require.NoError(t, add(waiting(2, 6), uint256.NewInt(20), lim))
	require.ErrorIs(t, add(waiting(2, 7), uint256.NewInt(20), lim), l2.ErrInsufficientFunds,
		"the third costs more than the balance with the two queued")
	require.ErrorIs(t, add(waiting(2, 5), rich, lim), ErrNonceQueued)
	var gap *nonceGapError
	require.ErrorAs(t, add(waiting(5, 65), rich, lim), &gap)
	require.ErrorContains(t, gap, "nonce too high: address 0x0500000000000000000000000000000000000000, tx: 65 state: 0")
	require.NoError(t, add(waiting(5, 64), rich, lim), "64 ahead is the limit")
	q.take(common.Address{5}, 64)

	// sender 3 fills the rest of a queue of 10
	lim.total = 10
	for n := uint64(1); n <= 8; n++ {
		require.NoError(t, add(waiting(3, n), rich, lim))
	}
	require.Equal(t, 10, q.len())
	_, evicted, err := q.add(waiting(4, 9), time.Now(), cost, rich, 0, lim)
	require.NoError(t, err, "room is made for a sender with none queued")
	require.Equal(t, 10, q.len())
	require.Equal(t, waiting(3, 8).Hash, evicted.c.Hash, "the newest of the sender holding the most was dropped")
	require.Nil(t, q.get(evicted.c.Hash))
	// sender 4 cannot push out sender 3 once they hold about as many
	for n := uint64(10); q.len() == 10 && len(q.bySender[common.Address{4}]) < 4; n++ {
		require.NoError(t, add(waiting(4, n), rich, lim))
	}
	require.ErrorIs(t, add(waiting(4, 20), rich, lim), ErrFutureFull)
	require.Equal(t, uint256.NewInt(20), q.cost[common.Address{2}])
	q.take(common.Address{2}, 5)
	require.Equal(t, uint256.NewInt(10), q.cost[common.Address{2}], "costs follow removals")

	// expiry
	n := q.len()
	require.Empty(t, q.expire(time.Now()), "none expires before its lifetime")
	expired := q.expire(time.Now().Add(2 * time.Minute))
	require.Len(t, expired, n)
	require.Zero(t, q.len())
	require.Empty(t, q.cost)
}

// TestEngineFutureNonces: a transaction ahead of its sender's nonce is
// acknowledged at once as queued, with its row committed; the gap filling
// executes the queue in nonce order and deletes the rows; a resubmission is
// answered like the original; an unfilled gap expires.
func TestEngineFutureNonces(t *testing.T) {
	pool := pgtest.NewPool(t)
	cfg := testCfg(1)
	cfg.FutureNonces = 2
	cfg.FutureLifetime = 300 * time.Millisecond
	e := openEngine(t, pool, cfg)
	sender := crypto.PubkeyToAddress(key(0).PublicKey)

	c2, c1 := candidate(t, cfg, key(0), 2), candidate(t, cfg, key(0), 1)
	for _, c := range []*chain.Candidate{c2, c1, c2} {
		got, err := submit(t, e, c)
		require.NoError(t, err)
		require.True(t, got.Queued(), "acknowledged as queued")
		require.Equal(t, c.Hash, got.Hash)
	}
	rows, err := chaindb.QueuedTxs(context.Background(), pool)
	require.NoError(t, err)
	require.Len(t, rows, 2, "durable before the answer")
	require.Equal(t, []uint64{1, 2}, []uint64{rows[0].Nonce, rows[1].Nonce})
	require.Equal(t, 2, e.metricsFuture())

	// Three ahead does not fit a queue of two nonces ahead.
	_, err = submit(t, e, candidate(t, cfg, key(0), 3))
	var gap *nonceGapError
	require.ErrorAs(t, err, &gap)
	require.ErrorContains(t, err, "nonce too high")

	got, err := submit(t, e, candidate(t, cfg, key(0), 0))
	require.NoError(t, err)
	require.EqualValues(t, 1, got.Seq)
	require.Eventually(t, func() bool { _, n := e.Account(sender); return n == 3 }, 5*time.Second, time.Millisecond)
	for n := uint64(1); n <= 2; n++ {
		require.Eventually(t, func() bool {
			tx, err := chaindb.TxBySenderNonce(context.Background(), pool, sender, n)
			return err == nil && tx.Seq == n+1
		}, 5*time.Second, time.Millisecond, "nonce %d executed in order", n)
	}
	require.Eventually(t, func() bool {
		rows, err := chaindb.QueuedTxs(context.Background(), pool)
		return err == nil && len(rows) == 0
	}, 5*time.Second, time.Millisecond, "executed rows leave the queue")
	got, err = submit(t, e, c1)
	require.NoError(t, err)
	require.EqualValues(t, 2, got.Seq, "a resubmission after execution gets the executed transaction")

	// A gap that never fills expires, and its row goes.
	got, err = submit(t, e, candidate(t, cfg, key(0), 4))
	require.NoError(t, err)
	require.True(t, got.Queued())
	require.Eventually(t, func() bool {
		rows, err := chaindb.QueuedTxs(context.Background(), pool)
		return err == nil && len(rows) == 0 && e.metricsFuture() == 0
	}, 5*time.Second, 5*time.Millisecond)
}

// TestEngineFutureNoncesRestart: queued transactions survive a restart; a
// row whose gap filled before the crash executes at start, one whose nonce is
// used is deleted.
func TestEngineFutureNoncesRestart(t *testing.T) {
	pool := pgtest.NewPool(t)
	cfg := testCfg(2)
	e := openEngine(t, pool, cfg)
	a, b := crypto.PubkeyToAddress(key(0).PublicKey), crypto.PubkeyToAddress(key(1).PublicKey)

	for _, c := range []*chain.Candidate{candidate(t, cfg, key(0), 2), candidate(t, cfg, key(1), 1)} {
		got, err := submit(t, e, c)
		require.NoError(t, err)
		require.True(t, got.Queued())
	}
	_, err := submit(t, e, candidate(t, cfg, key(1), 0))
	require.NoError(t, err)
	require.Eventually(t, func() bool { _, n := e.Account(b); return n == 2 }, 5*time.Second, time.Millisecond)
	e.Close()

	// As a crash could leave them: b's nonce 1 executed but its row kept, and
	// a's nonce 1 queued with its gap (nonce 0) filled.
	ctx := context.Background()
	c1 := candidate(t, cfg, key(1), 1)
	_, err = pool.Exec(ctx, `INSERT INTO l2_queued_txs (hash, sender, nonce, raw, received_at) VALUES ($1, $2, 1, $3, now())
		ON CONFLICT DO NOTHING`, c1.Hash[:], b[:], c1.Raw)
	require.NoError(t, err)
	e = openEngine(t, pool, cfg)
	require.Equal(t, 1, e.metricsFuture(), "a's nonce 2 restored, b's used nonce dropped")
	rows, err := chaindb.QueuedTxs(ctx, pool)
	require.NoError(t, err)
	require.Len(t, rows, 1)
	require.Equal(t, a, rows[0].Sender)

	_, err = submit(t, e, candidate(t, cfg, key(0), 1))
	require.True(t, err == nil)
	got, err := submit(t, e, candidate(t, cfg, key(0), 0))
	require.NoError(t, err)
	require.False(t, got.Queued())
	require.Eventually(t, func() bool { _, n := e.Account(a); return n == 3 }, 5*time.Second, time.Millisecond,
		"nonces 0, 1 and the restored 2 executed")
	e.Close()

	// A row whose gap filled before the crash executes when the engine starts.
	c3 := candidate(t, cfg, key(0), 3)
	_, err = pool.Exec(ctx, `INSERT INTO l2_queued_txs (hash, sender, nonce, raw, received_at) VALUES ($1, $2, 3, $3, now())`,
		c3.Hash[:], a[:], c3.Raw)
	require.NoError(t, err)
	e = openEngine(t, pool, cfg)
	require.Eventually(t, func() bool { _, n := e.Account(a); return n == 4 }, 5*time.Second, time.Millisecond)
	require.Eventually(t, func() bool {
		rows, err := chaindb.QueuedTxs(ctx, pool)
		return err == nil && len(rows) == 0
	}, 5*time.Second, time.Millisecond)
}
