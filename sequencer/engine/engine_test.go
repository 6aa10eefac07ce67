package engine

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/jackc/pgx/v5/pgxpool"
	dto "github.com/prometheus/client_model/go"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap/zaptest"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/chaindb"
	"github.com/rollup-dev/rollup/internal/pgtest"
	"github.com/rollup-dev/rollup/l2"
)

func key(i int) *ecdsa.PrivateKey {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], uint64(i)+1)
	k, _ := crypto.ToECDSA(crypto.Keccak256(b[:], []byte("engine test")))
	return k
}

func testCfg(funded int) Config {
	alloc := make([]GenesisAccount, funded)
	for i := range alloc {
		alloc[i] = GenesisAccount{Address: crypto.PubkeyToAddress(key(i).PublicKey), Balance: big.NewInt(1e18)}
	}
	return Config{
		Params:         l2.Params{ChainID: 901, BaseFee: uint256.NewInt(1e9), FeeRecipient: common.HexToAddress("0xfee"), GenesisTimestamp: 1},
		GenesisAlloc:   alloc,
		BlockTime:      time.Hour, // sealed explicitly by the tests unless they say otherwise
		MaxBlockTxs:    1000,
		MaxPending:     1000,
		MaxGroupTxs:    1000,
		FutureNonces:   8,
		FutureTotal:    100,
		FutureLifetime: 10 * time.Second,
		// Large enough that no snapshot is written unless a test wants one.
		SnapshotEvery: 1 << 30,
		RecentTxs:     100,
	}
}

func openEngine(t *testing.T, pool *pgxpool.Pool, cfg Config) *Engine {
	t.Helper()
	e, err := Open(context.Background(), cfg, pool, nil, zaptest.NewLogger(t), nil)
	require.NoError(t, err)
	e.Start()
	t.Cleanup(e.Close)
	return e
}

func candidate(t *testing.T, cfg Config, k *ecdsa.PrivateKey, nonce uint64) *chain.Candidate {
	t.Helper()
	to := common.HexToAddress("0xb0b")
	tx, err := types.SignNewTx(k, types.LatestSignerForChainID(big.NewInt(901)), &types.DynamicFeeTx{
		ChainID: big.NewInt(901), Nonce: nonce, GasFeeCap: big.NewInt(1e9), Gas: 21000, To: &to, Value: big.NewInt(1),
	})
	require.NoError(t, err)
	sender, err := l2.ValidateTx(&cfg.Params, tx)
	require.NoError(t, err)
	raw, _ := tx.MarshalBinary()
	return &chain.Candidate{Tx: tx, Raw: raw, Hash: tx.Hash(), Sender: sender}
}

func submit(t *testing.T, e *Engine, c *chain.Candidate) (*chain.Tx, error) {
	t.Helper()
	wait, err := e.Submit(context.Background(), c)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	return wait(ctx)
}

// sealNow makes the executor seal the open block by running seal on its
// goroutine's behalf: it waits until the executor is idle, then fires the timer.
func sealNow(t *testing.T, e *Engine) {
	t.Helper()
	e.exec.sealTimer.Reset(0)
	require.Eventually(t, func() bool { _, open := e.Heads(); return open == nil }, 5*time.Second, 5*time.Millisecond)
}

func TestEngineBlocksAndViews(t *testing.T) {
	pool := pgtest.NewPool(t)
	cfg := testCfg(2)
	e := openEngine(t, pool, cfg)
	latest, open := e.Heads()
	require.EqualValues(t, 0, latest.Number)
	require.Nil(t, open)

	for n := uint64(0); n < 3; n++ {
		tx, err := submit(t, e, candidate(t, cfg, key(0), n))
		require.NoError(t, err)
		require.EqualValues(t, n+1, tx.Seq)
		require.EqualValues(t, 1, tx.BlockNumber)
		require.EqualValues(t, n, tx.Index)
	}
	_, open = e.Heads()
	require.NotNil(t, open)
	require.Equal(t, 3, open.TxCount, "the open block's durable transactions")
	require.EqualValues(t, 3, e.DurableSeq())
	sealNow(t, e)
	latest, _ = e.Heads()
	require.EqualValues(t, 1, latest.Number)
	require.Equal(t, 3, latest.TxCount)
	require.True(t, latest.Sealed)

	// A rejected transaction opens no block.
	_, err := submit(t, e, candidate(t, cfg, key(5), 0)) // unfunded
	require.ErrorIs(t, err, l2.ErrInsufficientFunds)
	_, open = e.Heads()
	require.Nil(t, open)
	b, err := chaindb.LastBlock(context.Background(), pool)
	require.NoError(t, err)
	require.EqualValues(t, 1, b.Number, "no empty block was written")

	tx, err := submit(t, e, candidate(t, cfg, key(1), 0))
	require.NoError(t, err)
	require.EqualValues(t, 2, tx.BlockNumber)
	require.EqualValues(t, 0, tx.Index)
	require.EqualValues(t, 4, tx.Seq)
}

func TestEngineMaxBlockTxsAndEmptyBlocks(t *testing.T) {
	pool := pgtest.NewPool(t)
	cfg := testCfg(1)
	cfg.MaxBlockTxs = 2
	e := openEngine(t, pool, cfg)
	var blocks []uint64
	for n := uint64(0); n < 5; n++ {
		tx, err := submit(t, e, candidate(t, cfg, key(0), n))
		require.NoError(t, err)
		blocks = append(blocks, tx.BlockNumber)
	}
	require.Equal(t, []uint64{1, 1, 2, 2, 3}, blocks)
	e.Close()

	cfg.BlockTime = 20 * time.Millisecond
	cfg.EmptyBlocks = cfg.BlockTime
	e = openEngine(t, pool, cfg)
	latest, _ := e.Heads()
	require.EqualValues(t, 3, latest.Number, "the block left open was sealed on restart")
	require.Eventually(t, func() bool { l, _ := e.Heads(); return l.Number >= 6 }, 5*time.Second, 5*time.Millisecond)
}

func TestEngineOverload(t *testing.T) {
	pool := pgtest.NewPool(t)
	cfg := testCfg(1)
	e, err := Open(context.Background(), func() Config { c := cfg; c.MaxPending = 2; return c }(), pool, nil, zaptest.NewLogger(t), nil)
	require.NoError(t, err)
	// Not started: the inbox fills and the third submission is refused.
	e.started.Store(true)
	for n := uint64(0); n < 2; n++ {
		_, err := e.Submit(context.Background(), candidate(t, cfg, key(0), n))
		require.NoError(t, err)
	}
	_, err = e.Submit(context.Background(), candidate(t, cfg, key(0), 2))
	require.ErrorIs(t, err, ErrOverloaded)
	var r interface{ RetryAfterMs() int64 }
	require.ErrorAs(t, err, &r)
	require.Positive(t, r.RetryAfterMs())
}

func TestSnapshotRoundTrip(t *testing.T) {
	st := GenesisState(testCfg(5).GenesisAlloc)
	p := testCfg(5).Params
	_, err := st.ApplyTransfer(&p, candidate(t, testCfg(5), key(0), 0).Tx, crypto.PubkeyToAddress(key(0).PublicKey))
	require.NoError(t, err)
	root := st.Root()
	snap := encodeSnapshot(snapshotJob{block: chain.Block{Number: 3, StateRoot: root}, state: st.Copy()})
	require.EqualValues(t, 7, snap.LeafCount) // 5 accounts, the recipient, the fee recipient
	back, err := snap.State()
	require.NoError(t, err)
	require.Equal(t, root, back.Root())
}

func (e *Engine) metricsFuture() int {
	var m dto.Metric
	_ = e.metrics.futureQueued.Write(&m)
	return int(m.GetGauge().GetValue())
}
