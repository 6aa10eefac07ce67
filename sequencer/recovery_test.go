package sequencer_test

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap/zaptest"

	"github.com/rollup-dev/rollup/l2"
	"github.com/rollup-dev/rollup/sequencer"
	"github.com/rollup-dev/rollup/sequencer/engine"
)

// verifyChain re-executes the stored chain independently of the engine: every
// transaction in seq order, its sender recovered again from the signature,
// every sealed block's state root compared. It returns the stored hashes in
// seq order.
func verifyChain(t *testing.T, dbURL string, cfg sequencer.Config) []common.Hash {
	t.Helper()
	ctx := ctxT(t)
	pool, err := pgxpool.New(ctx, dbURL)
	require.NoError(t, err)
	defer pool.Close()
	var fee uint256.Int
	fee.SetFromBig(cfg.BaseFee)
	p := &l2.Params{ChainID: cfg.ChainID, BaseFee: &fee, FeeRecipient: cfg.FeeRecipient, GenesisTimestamp: cfg.GenesisTimestamp}
	alloc := make([]engine.GenesisAccount, len(cfg.DevGenesisAlloc))
	for i, a := range cfg.DevGenesisAlloc {
		alloc[i] = engine.GenesisAccount{Address: a.Address, Balance: a.Balance}
	}
	state := engine.GenesisState(alloc)

	type block struct {
		number, firstSeq, depFirst uint64
		txCount, depCount          int
		root                       []byte
	}
	rows, err := pool.Query(ctx, `SELECT number, first_seq, tx_count, deposit_first, deposit_count, state_root FROM l2_blocks ORDER BY number`)
	require.NoError(t, err)
	var blocks []block
	for rows.Next() {
		var b block
		var n, f, df int64
		require.NoError(t, rows.Scan(&n, &f, &b.txCount, &df, &b.depCount, &b.root))
		b.number, b.firstSeq, b.depFirst = uint64(n), uint64(f), uint64(df)
		blocks = append(blocks, b)
	}
	require.NoError(t, rows.Err())
	require.Equal(t, common.BytesToHash(blocks[0].root), state.Root(), "genesis root")

	rows, err = pool.Query(ctx, `SELECT seq, hash, raw, sender, block_number, block_index, failed FROM l2_transactions ORDER BY seq`)
	require.NoError(t, err)
	var hashes []common.Hash
	type stored struct {
		seq, block uint64
		index      int
		tx         *types.Transaction
		sender     common.Address
		failed     bool
	}
	var txs []stored
	for rows.Next() {
		var (
			seq, bn       int64
			idx           int
			hash, raw, sd []byte
			failed        bool
		)
		require.NoError(t, rows.Scan(&seq, &hash, &raw, &sd, &bn, &idx, &failed))
		tx := new(types.Transaction)
		require.NoError(t, tx.UnmarshalBinary(raw))
		require.Equal(t, common.BytesToHash(hash), tx.Hash())
		txs = append(txs, stored{uint64(seq), uint64(bn), idx, tx, common.BytesToAddress(sd), failed})
		hashes = append(hashes, tx.Hash())
	}
	require.NoError(t, rows.Err())
	for i, s := range txs {
		require.EqualValues(t, i+1, s.seq, "seq is dense")
	}
	type deposit struct {
		recipient common.Address
		amount    *big.Int
		l2Block   *int64
		token     common.Address
	}
	deposits := map[uint64]deposit{}
	rows, err = pool.Query(ctx, `SELECT queue_index, recipient, amount::text, l2_block, token FROM l1_deposits`)
	require.NoError(t, err)
	for rows.Next() {
		var (
			idx         int64
			rcpt, token []byte
			amount      string
			l2b         *int64
		)
		require.NoError(t, rows.Scan(&idx, &rcpt, &amount, &l2b, &token))
		a, ok := new(big.Int).SetString(amount, 10)
		require.True(t, ok)
		deposits[uint64(idx)] = deposit{common.BytesToAddress(rcpt), a, l2b, common.BytesToAddress(token)}
	}
	require.NoError(t, rows.Err())
	// The account history: every sealed block's rows are the accounts it
	// changed, as the replay leaves them.
	type acct struct {
		bal   string
		nonce uint64
	}
	history := map[uint64]map[common.Address]acct{}
	rows, err = pool.Query(ctx, `SELECT block_number, address, balance::text, nonce FROM l2_account_history`)
	require.NoError(t, err)
	for rows.Next() {
		var (
			bn, nonce int64
			addr      []byte
			bal       string
		)
		require.NoError(t, rows.Scan(&bn, &addr, &bal, &nonce))
		if history[uint64(bn)] == nil {
			history[uint64(bn)] = map[common.Address]acct{}
		}
		history[uint64(bn)][common.BytesToAddress(addr)] = acct{bal, uint64(nonce)}
	}
	require.NoError(t, rows.Err())
	// The token history: every sealed block's rows are the token leaves it
	// changed, as the replay leaves them.
	leafHistory := map[uint64]map[common.Hash]string{}
	rows, err = pool.Query(ctx, `SELECT block_number, leaf_key, value::text FROM l2_token_history`)
	require.NoError(t, err)
	for rows.Next() {
		var (
			bn  int64
			key []byte
			v   string
		)
		require.NoError(t, rows.Scan(&bn, &key, &v))
		if leafHistory[uint64(bn)] == nil {
			leafHistory[uint64(bn)] = map[common.Hash]string{}
		}
		leafHistory[uint64(bn)][common.BytesToHash(key)] = v
	}
	require.NoError(t, rows.Err())
	next := 0
	consumed := uint64(0)
	for _, b := range blocks[1:] {
		touched := map[common.Address]bool{}
		leaves := map[common.Hash]bool{}
		require.Equal(t, consumed, b.depFirst, "block %d first deposit", b.number)
		for k := 0; k < b.depCount; k++ {
			d, ok := deposits[consumed]
			require.True(t, ok, "deposit %d consumed by block %d is stored", consumed, b.number)
			require.NotNil(t, d.l2Block)
			require.EqualValues(t, b.number, *d.l2Block)
			var v uint256.Int
			v.SetFromBig(d.amount)
			ld := l2.Deposit{Index: consumed, Recipient: d.recipient, Amount: &v, Token: d.token}
			state.ApplyDeposit(ld)
			touched[d.recipient] = true
			for _, k := range l2.DepositLeaves(&ld) {
				leaves[k] = true
			}
			consumed++
		}
		require.Equal(t, uint64(next+1), b.firstSeq, "block %d first seq", b.number)
		if b.root == nil { // the open block: every later transaction
			require.Equal(t, blocks[len(blocks)-1].number, b.number, "only the newest block may be open")
			b.txCount = len(txs) - next
		}
		for k := 0; k < b.txCount; k++ {
			s := txs[next]
			require.Equal(t, b.number, s.block)
			require.Equal(t, k, s.index)
			sender, err := l2.ValidateTx(p, s.tx)
			require.NoError(t, err)
			require.Equal(t, sender, s.sender, "stored sender")
			res, err := state.ApplyTransfer(p, s.tx, sender)
			require.NoError(t, err, "tx %d", s.seq)
			require.Equal(t, res.Reverted != nil, s.failed, "tx %d reverted", s.seq)
			if res.Reverted == nil {
				for _, k := range l2.TokenLeaves(s.tx, sender) {
					leaves[k] = true
				}
			}
			touched[sender], touched[*s.tx.To()], touched[p.FeeRecipient] = true, true, true
			next++
		}
		if b.root != nil {
			require.Equal(t, common.BytesToHash(b.root), state.Root(), "state root of block %d", b.number)
			rows := history[b.number]
			require.Len(t, rows, len(touched), "history rows of block %d", b.number)
			for a := range touched {
				bal, nonce := state.Account(a)
				require.Equal(t, acct{bal.Dec(), nonce}, rows[a], "history of %s at block %d", a, b.number)
			}
			lrows := leafHistory[b.number]
			require.Len(t, lrows, len(leaves), "token history rows of block %d", b.number)
			for k := range leaves {
				v, _, _ := state.Tree().Get(k)
				require.Equal(t, v.Dec(), lrows[k], "token history of leaf %s at block %d", k, b.number)
			}
		}
	}
	require.Equal(t, len(txs), next, "every transaction belongs to a block")
	return hashes
}

func TestRestartRecovery(t *testing.T) {
	cfg := testConfig(t, 4)
	cfg.SnapshotEvery = 40
	cfg.BlockTime = 30 * time.Millisecond
	env := startService(t, cfg)
	ctx := ctxT(t)
	bob := addrOf(testKey(3))
	var sent []common.Hash
	for round := 0; round < 50; round++ {
		for k := 0; k < 3; k++ {
			tx := transfer(t, testKey(k), uint64(round), bob, big.NewInt(int64(round+1)))
			require.NoError(t, env.client.SendTransaction(ctx, tx))
			sent = append(sent, tx.Hash())
		}
		if round%10 == 0 {
			time.Sleep(40 * time.Millisecond) // several blocks
		}
	}
	require.Eventually(t, func() bool {
		_, open := env.svc.Engine().Heads()
		return open == nil
	}, 5*time.Second, 10*time.Millisecond)
	latest, err := env.client.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	balBefore, err := env.client.BalanceAt(ctx, bob, nil)
	require.NoError(t, err)
	require.NoError(t, env.svc.Stop(ctx))

	var snaps int
	pool, err := pgxpool.New(ctx, cfg.DatabaseURL)
	require.NoError(t, err)
	require.NoError(t, pool.QueryRow(ctx, `SELECT count(*) FROM l2_state_snapshots`).Scan(&snaps))
	pool.Close()
	require.Positive(t, snaps, "snapshots were written")

	env2 := startService(t, cfg)
	latest2, err := env2.client.HeaderByNumber(ctx, latest.Number)
	require.NoError(t, err)
	require.Equal(t, latest.Root, latest2.Root)
	require.Equal(t, latest.Number, latest2.Number)
	balAfter, err := env2.client.BalanceAt(ctx, bob, nil)
	require.NoError(t, err)
	require.Equal(t, balBefore, balAfter)
	for _, h := range sent {
		r, err := env2.client.TransactionReceipt(ctx, h)
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	}
	// It goes on where it stopped.
	require.NoError(t, env2.client.SendTransaction(ctx, transfer(t, testKey(0), 50, bob, big.NewInt(1))))
	require.NoError(t, env2.svc.Stop(ctx))
	require.Equal(t, append(sent, sent[0])[:len(sent)], verifyChain(t, cfg.DatabaseURL, cfg)[:len(sent)])

	// A database made for other parameters is refused.
	other := cfg
	other.ChainID = 999
	svc, err := sequencer.New(other, sequencer.Deps{Logger: zaptest.NewLogger(t)})
	require.NoError(t, err)
	err = svc.Start(ctx)
	require.ErrorIs(t, err, engine.ErrChainMismatch)
}

// TestCommitFailureRebuild cuts the sequencer's database connections under
// load: commits fail, the engine stops acknowledging, rebuilds from the
// database and goes on. Every acknowledged transaction is stored exactly once.
func TestCommitFailureRebuild(t *testing.T) {
	cfg := testConfig(t, 8)
	env := startService(t, cfg)
	ctx := ctxT(t)
	bob := addrOf(testKey(7))
	var (
		mu    sync.Mutex
		acked []common.Hash
		nfail int
	)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for k := 0; k < 6; k++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			key := testKey(k)
			for nonce := uint64(0); ; {
				select {
				case <-stop:
					return
				default:
				}
				tx := transfer(t, key, nonce, bob, big.NewInt(1))
				err := env.client.SendTransaction(ctx, tx)
				mu.Lock()
				if err == nil {
					acked = append(acked, tx.Hash())
					nonce++
				} else {
					nfail++
					// Not acknowledged: it may or may not be stored. Resending
					// the same transaction tells (its hash, or nonce too low
					// if another... never happens here).
				}
				mu.Unlock()
				if err != nil {
					time.Sleep(20 * time.Millisecond)
				}
			}
		}(k)
	}
	ackedCount := func() int {
		mu.Lock()
		defer mu.Unlock()
		return len(acked)
	}
	require.Eventually(t, func() bool { return ackedCount() >= 50 }, 10*time.Second, 10*time.Millisecond, "traffic acknowledged before the cut")
	admin, err := pgx.Connect(ctx, cfg.DatabaseURL)
	require.NoError(t, err)
	for i := 0; i < 3; i++ {
		_, err = admin.Exec(ctx, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`)
		require.NoError(t, err)
		time.Sleep(300 * time.Millisecond)
	}
	admin.Close(ctx)
	require.Eventually(t, env.svc.Ready, 10*time.Second, 20*time.Millisecond)
	recovered := ackedCount()
	require.Eventually(t, func() bool { return ackedCount() >= recovered+50 }, 10*time.Second, 10*time.Millisecond, "traffic acknowledged after the rebuild")
	close(stop)
	wg.Wait()
	t.Logf("acknowledged %d, failed %d", len(acked), nfail)
	require.Positive(t, nfail, "the failure was noticed")
	require.NoError(t, env.svc.Stop(context.Background()))

	stored := verifyChain(t, cfg.DatabaseURL, cfg)
	pos := map[common.Hash]int{}
	for i, h := range stored {
		_, dup := pos[h]
		require.False(t, dup, "stored twice: %s", h)
		pos[h] = i
	}
	for _, h := range acked {
		_, ok := pos[h]
		require.True(t, ok, "acknowledged but not stored: %s", h)
	}
}

var _ = errors.New
