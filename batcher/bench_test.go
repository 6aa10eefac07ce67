package batcher_test

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/rollup-dev/rollup/batcher"
	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/chaindb"
	"github.com/rollup-dev/rollup/internal/metrictest"
	"github.com/rollup-dev/rollup/l1client/devchain"
	"github.com/rollup-dev/rollup/l1client/devkeys"
	"github.com/rollup-dev/rollup/l2"
	"github.com/rollup-dev/rollup/l2/blob"
	"github.com/rollup-dev/rollup/l2/workload"
	"github.com/rollup-dev/rollup/sequencer"
	"github.com/rollup-dev/rollup/sequencer/engine"
)

// benchEnv reads a benchmark knob from the environment.
func benchEnv(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil {
		return v
	}
	return def
}

// depositsFromDB is the engine's deposit source: every recorded deposit is
// taken as confirmed.
type depositsFromDB struct{ e *env }

func (d depositsFromDB) ConfirmedDeposits(ctx context.Context, from uint64, limit int) ([]chain.Deposit, error) {
	return chaindb.ConfirmedDeposits(ctx, d.e.pool, from, 1<<62, limit)
}

// TestBench_BatcherUnderLoad runs the sequencer engine and the batcher on an
// L1 mining every second, submits realistic transfers at a fixed rate, and
// reports what docs/benchmarks.md (## Batcher) lists: L1 gas per transfer
// next to raw RLP, batch fill, and L1 blocks from closing a batch to its
// inclusion. Skipped unless ROLLUP_BENCH=1. Knobs: BENCH_RATE (transfers/s,
// default 2000), BENCH_SECONDS (default 40), BENCH_MAX_BLOCK_TXS (sequencer,
// default 40000), BENCH_BLOCK_MS (sequencer block time, default 1000),
// BENCH_ANVIL=1 (anvil instead of the simulated backend; BENCH_ANVIL_ARGS
// are passed to it, e.g. "--hardfork cancun"), BENCH_DATA (the batcher's
// data mode: calldata, the default, blob or auto; the blobs are read back
// from the dev chain's beacon API, or anvil's).
func TestBench_BatcherUnderLoad(t *testing.T) {
	if os.Getenv("ROLLUP_BENCH") == "" {
		t.Skip("set ROLLUP_BENCH=1 to run the batcher load benchmark")
	}
	rate := benchEnv("BENCH_RATE", 2000)
	seconds := benchEnv("BENCH_SECONDS", 40)
	maxBlockTxs := benchEnv("BENCH_MAX_BLOCK_TXS", 40_000)
	maxBlockBytes := benchEnv("BENCH_MAX_BLOCK_BYTES", sequencer.DefaultConfig.MaxBlockBytes)
	blockMS := benchEnv("BENCH_BLOCK_MS", 1000)
	n := rate * seconds

	data := batcher.DataMode(cmp.Or(os.Getenv("BENCH_DATA"), string(batcher.DataCalldata)))
	require.NoError(t, data.Check())
	var l1 l1Node
	var accounts []devkeys.Account
	var beaconURL string
	if os.Getenv("BENCH_ANVIL") != "" {
		beaconURL = startAnvil(t, append([]string{"--balance", "10000000"}, strings.Fields(os.Getenv("BENCH_ANVIL_ARGS"))...)...)
		l1 = dial(t, beaconURL)
		var err error
		accounts, err = devkeys.Accounts(3)
		require.NoError(t, err)
	} else {
		c, err := devchain.New(devchain.Config{BlockTime: time.Second, BeaconAddr: "127.0.0.1:0",
			Balance: new(big.Int).Mul(big.NewInt(10_000_000), big.NewInt(params.Ether))})
		require.NoError(t, err)
		require.NoError(t, c.Start())
		t.Cleanup(func() { _ = c.Stop() })
		l1, accounts, beaconURL = c.Client(), c.Accounts(), c.BeaconURL()
	}
	e := newEnv(t, l1, accounts[0].Key, accounts[1].Key, envOpts{disputeWindow: 3600, noSeq: true})
	e.log = zaptest.NewLogger(t, zaptest.Level(zap.WarnLevel))
	p := e.params()

	// The workload, and a whale that funds its senders on L2 from one deposit.
	w, err := workload.Realistic(p, n, 11)
	require.NoError(t, err)
	need := map[common.Address]*big.Int{}
	for i, tx := range w.Txs {
		c := new(big.Int).Mul(big.NewInt(21000), tx.GasFeeCap())
		c.Add(c, tx.Value())
		if need[w.From[i]] == nil {
			need[w.From[i]] = new(big.Int)
		}
		need[w.From[i]].Add(need[w.From[i]], c)
	}
	whale, err := crypto.GenerateKey()
	require.NoError(t, err)
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(p.ChainID))
	var txs []*types.Transaction
	total := new(big.Int)
	for i, s := range w.Senders {
		to := s
		tx := types.MustSignNewTx(whale, signer, &types.DynamicFeeTx{ChainID: new(big.Int).SetUint64(p.ChainID), Nonce: uint64(i),
			GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(3 * params.GWei), Gas: 21000, To: &to, Value: need[s]})
		txs = append(txs, tx)
		total.Add(total, need[s])
	}
	total.Add(total, new(big.Int).Mul(big.NewInt(int64(len(w.Senders))), big.NewInt(63_000*params.GWei)))
	txs = append(txs, w.Txs...)
	bal := new(big.Int).Mul(big.NewInt(9_000_000), big.NewInt(params.Ether))
	require.True(t, total.Cmp(bal) < 0, "the workload needs %s wei", total)
	e.deposit([]common.Address{crypto.PubkeyToAddress(whale.PublicKey)}, bal)

	eng, err := engine.Open(context.Background(), engine.Config{
		Params: *p, BlockTime: time.Duration(blockMS) * time.Millisecond, MaxBlockTxs: maxBlockTxs, MaxBlockBytes: maxBlockBytes,
		MaxPending: 20_000, MaxGroupTxs: 10_000, FutureNonces: 64, FutureTotal: 10_000, FutureLifetime: 10 * time.Second,
		SnapshotEvery: 1 << 30, RecentTxs: 1000,
	}, e.pool, depositsFromDB{e}, e.log.Named("engine"), nil)
	require.NoError(t, err)
	eng.Start()
	t.Cleanup(eng.Close)
	waitFor(t, 30*time.Second, "the whale's deposit consumed", func() bool {
		latest, _ := eng.Heads()
		return latest.DepositsConsumed() == 1
	})

	cfg := e.config()
	cfg.Policy = batcher.Policy{} // defaults: 98% of MAX_BATCH_BYTES, 10 s
	cfg.PollInterval = 250 * time.Millisecond
	cfg.TxMgr = e.config().TxMgr
	cfg.TxMgr.ResubmitInterval = 6 * time.Second
	cfg.TxMgr.PollInterval = 200 * time.Millisecond
	cfg.DisableFinalize = true
	cfg.Data, cfg.L1Beacon = data, beaconURL
	_, reg := e.start(cfg, nil)

	// Sample the L1 head, to know the head when each batch closed.
	type sample struct {
		at   time.Time
		head uint64
	}
	var (
		samplesMu sync.Mutex
		samples   []sample
	)
	sampCtx, stopSampling := context.WithCancel(context.Background())
	defer stopSampling()
	go func() {
		tk := time.NewTicker(20 * time.Millisecond)
		defer tk.Stop()
		for {
			select {
			case <-sampCtx.Done():
				return
			case <-tk.C:
			}
			h, err := l1.BlockNumber(sampCtx)
			if err == nil {
				samplesMu.Lock()
				samples = append(samples, sample{time.Now(), h})
				samplesMu.Unlock()
			}
		}
	}()

	// Submit at the rate; acknowledgements are awaited by a pool of waiters.
	waits := make(chan func(context.Context) (*chain.Tx, error), 4096)
	var rejected atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < 64; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for wait := range waits {
				ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
				if _, err := wait(ctx); err != nil {
					rejected.Add(1)
				}
				cancel()
			}
		}()
	}
	start := time.Now()
	for i, tx := range txs {
		due := start.Add(time.Duration(float64(i) / float64(rate) * float64(time.Second)))
		if d := time.Until(due); d > 0 {
			time.Sleep(d)
		}
		sender, err := l2.ValidateTx(p, tx)
		require.NoError(t, err)
		raw, _ := tx.MarshalBinary()
		c := &chain.Candidate{Tx: tx, Raw: raw, Hash: tx.Hash(), Sender: sender}
		for {
			wait, err := eng.Submit(context.Background(), c)
			if errors.Is(err, engine.ErrOverloaded) {
				time.Sleep(time.Millisecond)
				continue
			}
			require.NoError(t, err)
			waits <- wait
			break
		}
	}
	close(waits)
	wg.Wait()
	sendTook := time.Since(start)
	require.Zero(t, rejected.Load(), "transfers rejected by the sequencer")

	// Everything sealed gets posted.
	var lastBlock uint64
	waitFor(t, 60*time.Second, "the last block sealed", func() bool {
		latest, open := eng.Heads()
		lastBlock = latest.Number
		return open == nil && latest.NextSeq() == uint64(len(txs))+1
	})
	waitFor(t, 180*time.Second, "every block posted", func() bool {
		var last int64
		var unposted int
		err := e.pool.QueryRow(context.Background(), `SELECT coalesce(max(last_block), 0),
			count(*) FILTER (WHERE l1_block_number IS NULL) FROM batches WHERE status <> 'reverted'`).Scan(&last, &unposted)
		return err == nil && uint64(last) == lastBlock && unposted == 0
	})
	stopSampling()

	// The report.
	type brow struct {
		index, size, txs, l1Block, gas int64
		full                           bool
		closed                         time.Time
	}
	rows, err := e.pool.Query(context.Background(), `SELECT batch_index, data_size, tx_count, full_batch, closed_at, l1_block_number,
		coalesce(l1_gas_used, 0) FROM batches WHERE status <> 'reverted' ORDER BY batch_index`)
	require.NoError(t, err)
	var bs []brow
	for rows.Next() {
		var b brow
		require.NoError(t, rows.Scan(&b.index, &b.size, &b.txs, &b.full, &b.closed, &b.l1Block, &b.gas))
		bs = append(bs, b)
	}
	rows.Close()
	require.NoError(t, rows.Err())
	headAt := func(at time.Time) uint64 {
		i := sort.Search(len(samples), func(i int) bool { return samples[i].at.After(at) })
		if i == 0 {
			return 0
		}
		return samples[i-1].head
	}
	var (
		fullN, fullBytes, allBytes, allTxs, gasSum, gasTxs int64
		minFill                                            = 2.0
		blocks                                             []int
	)
	for _, b := range bs {
		allBytes += b.size
		allTxs += b.txs
		if b.gas > 0 {
			gasSum += b.gas
			gasTxs += b.txs
		}
		if !b.full {
			continue
		}
		fullN++
		fullBytes += b.size
		fill := float64(b.size) / l2.MaxBatchBytes
		if fill < minFill {
			minFill = fill
		}
		blocks = append(blocks, int(uint64(b.l1Block)-headAt(b.closed)))
	}
	sort.Ints(blocks)
	// Raw RLP: the same transfers' signed envelopes as calldata.
	var rawBytes, rawTokens int64
	for _, tx := range w.Txs {
		raw, _ := tx.MarshalBinary()
		rawBytes += int64(len(raw))
		for _, c := range raw {
			rawTokens++
			if c != 0 {
				rawTokens += 3
			}
		}
	}
	perTx := func(x int64, n int64) float64 { return float64(x) / float64(n) }
	rawPerTx := perTx(rawBytes, int64(len(w.Txs)))
	rawTxsPerL1Tx := float64(l2.MaxBatchBytes) / rawPerTx
	rawFloor := perTx(10*rawTokens, int64(len(w.Txs))) + 21000/rawTxsPerL1Tx
	rawStd := perTx(4*rawTokens, int64(len(w.Txs))) + 21000/rawTxsPerL1Tx
	pct := func(q float64) int {
		if len(blocks) == 0 {
			return -1
		}
		return blocks[min(len(blocks)-1, int(q*float64(len(blocks))))]
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\nload: %d transfers (+%d funding) at %d/s over %s; sequencer blocks: max %d txs, max %d bytes, %d ms; %d L2 blocks\n",
		len(w.Txs), len(w.Senders), rate, sendTook.Round(time.Millisecond), maxBlockTxs, maxBlockBytes, blockMS, lastBlock)
	fmt.Fprintf(&b, "batches: %d (%d closed on size); bytes per transfer %.1f\n", len(bs), fullN, perTx(allBytes, allTxs))
	if fullN > 0 {
		fmt.Fprintf(&b, "fill of batches closed on size: mean %.2f%%, min %.2f%%\n", 100*float64(fullBytes)/float64(fullN)/l2.MaxBatchBytes, 100*minFill)
	}
	fmt.Fprintf(&b, "L1 blocks from close to inclusion (size-closed batches): p50 %d, p90 %d, max %d (n=%d)\n", pct(.5), pct(.9), pct(1), len(blocks))
	fmt.Fprintf(&b, "data mode %s: %.0f batches in blobs, %.0f in calldata\n", data,
		metrictest.Sum(t, reg, "batcher_batches_included_total", "carrier", "blob"), metrictest.Sum(t, reg, "batcher_batches_included_total", "carrier", "calldata"))
	fmt.Fprintf(&b, "L1 gas per transfer (append receipts): %.0f (%d gas / %d transfers)\n", perTx(gasSum, gasTxs), gasSum, gasTxs)
	if blobGas := metrictest.Sum(t, reg, "batcher_l1_append_blob_gas_used_total"); blobGas > 0 {
		fmt.Fprintf(&b, "blob gas per transfer: %.1f (%.0f blob gas; blob fill of the batches closed on size: %.1f%%)\n",
			blobGas/float64(gasTxs), blobGas, 100*float64(fullBytes)/float64(max(fullN, 1))/float64(blob.Capacity(1)))
	}
	fmt.Fprintf(&b, "raw RLP: %.1f bytes per transfer; calldata gas per transfer %.0f (EIP-7623 floor) / %.0f (EIP-2028), 21000 amortized over %.0f per L1 tx\n",
		rawPerTx, rawFloor, rawStd, rawTxsPerL1Tx)
	fmt.Fprintf(&b, "batcher metrics: close-to-inclusion histogram samples %.0f, reorgs %.0f, reposts %.0f\n",
		metrictest.Sum(t, reg, "batcher_close_to_inclusion_seconds"), metrictest.Sum(t, reg, "batcher_l1_reorged_batches_total"), metrictest.Sum(t, reg, "batcher_reposts_total"))
	t.Log(b.String())
	fmt.Println(b.String())
}
