package txmgr_test

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/internal/metrictest"
	"github.com/rollup-dev/rollup/internal/rpcproxy"
	"github.com/rollup-dev/rollup/l1client/devchain"
	"github.com/rollup-dev/rollup/l1client/txmgr"
)

func TestSendConfirmsAndKeyIsIdempotent(t *testing.T) {
	e := newEnv(t, devchain.Config{})
	key := e.chain.Accounts()[0].Key
	m, reg := startManager(t, e, fastConfig(key), nil)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	r, err := m.Send(ctx, transfer(1))
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)

	c := transfer(2)
	c.Key = "batch-1"
	r1, err := m.Send(ctx, c)
	require.NoError(t, err)
	r2, err := m.Send(ctx, c) // confirmed already: same receipt, nothing sent
	require.NoError(t, err)
	require.Equal(t, r1.TxHash, r2.TxHash)

	require.Equal(t, []outboxRow{{0, "confirmed", 1}, {1, "confirmed", 1}}, outbox(t, e.pool, m.From()))
	nonce, err := e.chain.Client().NonceAt(ctx, m.From(), nil)
	require.NoError(t, err)
	require.EqualValues(t, 2, nonce)
	require.EqualValues(t, 2, metrictest.Sum(t, reg, "rollup_txmgr_transactions_total", "outcome", "confirmed", "name", "test"))
	require.Greater(t, metrictest.Sum(t, reg, "rollup_txmgr_balance_ether"), 9000.0)
}

// blockingClient simulates a process that dies around the broadcast: it never
// lets SendTransaction return (after forwarding it, when forward is set).
type blockingClient struct {
	txmgr.Client
	forward bool
	mu      sync.Mutex
	sent    int
}

func (c *blockingClient) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if c.forward {
		if err := c.Client.SendTransaction(ctx, tx); err != nil {
			return err
		}
	}
	c.mu.Lock()
	c.sent++
	c.mu.Unlock()
	<-ctx.Done()
	return ctx.Err()
}

func (c *blockingClient) count() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.sent
}

func TestCrashAroundBroadcast(t *testing.T) {
	for name, forward := range map[string]bool{
		"recorded, never broadcast": false,
		"broadcast, never recorded": true,
	} {
		t.Run(name, func(t *testing.T) {
			e := newEnv(t, devchain.Config{})
			key := e.chain.Accounts()[2].Key
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()

			// First process: records the intent, then dies around the broadcast.
			bc := &blockingClient{Client: e.chain.Client(), forward: forward}
			m1, _ := startManager(t, e, fastConfig(key), bc)
			c := transfer(7)
			c.Key = "batch-7"
			sendCtx, sendCancel := context.WithCancel(ctx)
			go func() { _, _ = m1.Send(sendCtx, c) }()
			require.Eventually(t, func() bool { return bc.count() > 0 }, 10*time.Second, 10*time.Millisecond)
			sendCancel()
			require.NoError(t, m1.Stop())
			require.Equal(t, []outboxRow{{0, "pending", 1}}, outbox(t, e.pool, m1.From()))

			// Second process on the same database: resumes, does not post twice.
			m2, reg := startManager(t, e, fastConfig(key), nil)
			r, err := m2.Send(ctx, c)
			require.NoError(t, err)
			require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
			r2, err := m2.Send(ctx, transfer(8))
			require.NoError(t, err)
			require.Greater(t, r2.BlockNumber.Uint64(), uint64(0))

			require.Equal(t, []outboxRow{{0, "confirmed", 1}, {1, "confirmed", 1}}, outbox(t, e.pool, m2.From()))
			nonce, err := e.chain.Client().NonceAt(ctx, m2.From(), nil)
			require.NoError(t, err)
			require.EqualValues(t, 2, nonce, "no duplicate, no gap")
			bal, err := e.chain.Client().BalanceAt(ctx, recipient, nil)
			require.NoError(t, err)
			require.EqualValues(t, 15, bal.Int64(), "the value moved once")
			require.Zero(t, metrictest.Sum(t, reg, "rollup_txmgr_fee_bumps_total"))
		})
	}
}

func TestStuckTransactionIsBumped(t *testing.T) {
	e := newEnv(t, devchain.Config{BlockTime: -1}) // the test mines
	key := e.chain.Accounts()[3].Key
	m, reg := startManager(t, e, fastConfig(key), nil)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()

	type res struct {
		r   *types.Receipt
		err error
	}
	done := make(chan res, 1)
	go func() {
		r, err := m.Send(ctx, transfer(3))
		done <- res{r, err}
	}()
	// The first attempt is in the pool; then the node's minimum tip rises above
	// it, so the miner will never take it.
	require.Eventually(t, func() bool {
		n, err := e.chain.Client().PendingNonceAt(ctx, m.From())
		return err == nil && n == 1
	}, 10*time.Second, 10*time.Millisecond)
	minTip := big.NewInt(5000)
	require.NoError(t, e.chain.SetMinerTip(ctx, minTip))

	mine := time.NewTicker(100 * time.Millisecond)
	defer mine.Stop()
	var got res
wait:
	for {
		select {
		case got = <-done:
			break wait
		case <-mine.C:
			e.chain.Commit()
		}
	}
	require.NoError(t, got.err)
	tx, _, err := e.chain.Client().TransactionByHash(ctx, got.r.TxHash)
	require.NoError(t, err)
	require.GreaterOrEqual(t, tx.GasTipCap().Cmp(minTip), 0)
	require.EqualValues(t, 0, tx.Nonce())
	rows := outbox(t, e.pool, m.From())
	require.Len(t, rows, 1)
	require.Greater(t, rows[0].Attempts, 1)
	require.GreaterOrEqual(t, metrictest.Sum(t, reg, "rollup_txmgr_fee_bumps_total"), 1.0)
	nonce, err := e.chain.Client().NonceAt(ctx, m.From(), nil)
	require.NoError(t, err)
	require.EqualValues(t, 1, nonce)
}

func TestNonceTakenElsewhere(t *testing.T) {
	e := newEnv(t, devchain.Config{})
	acct := e.chain.Accounts()[4]
	m, reg := startManager(t, e, fastConfig(acct.Key), nil)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	_, err := m.Send(ctx, transfer(1))
	require.NoError(t, err)

	// Someone else signs nonces 1 and 2 with the same key.
	cl := e.chain.Client()
	for n := uint64(1); n <= 2; n++ {
		tx := types.MustSignNewTx(acct.Key, types.LatestSignerForChainID(e.chain.ChainID()), &types.DynamicFeeTx{
			ChainID: e.chain.ChainID(), Nonce: n, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei),
			Gas: 21000, To: &recipient, Value: big.NewInt(1000),
		})
		require.NoError(t, cl.SendTransaction(ctx, tx))
		waitReceipt(t, e, tx.Hash())
	}

	r, err := m.Send(ctx, transfer(5))
	require.NoError(t, err)
	tx, _, err := cl.TransactionByHash(ctx, r.TxHash)
	require.NoError(t, err)
	require.EqualValues(t, 3, tx.Nonce())
	require.Equal(t, []outboxRow{{0, "confirmed", 1}, {1, "superseded", 1}, {3, "confirmed", 1}}, outbox(t, e.pool, m.From()))
	require.EqualValues(t, 1, metrictest.Sum(t, reg, "rollup_txmgr_transactions_total", "outcome", "nonce_taken"))

	// After a restart the manager continues after the foreign nonces too.
	require.NoError(t, m.Stop())
	tx5 := types.MustSignNewTx(acct.Key, types.LatestSignerForChainID(e.chain.ChainID()), &types.DynamicFeeTx{
		ChainID: e.chain.ChainID(), Nonce: 4, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei),
		Gas: 21000, To: &recipient, Value: big.NewInt(1000),
	})
	require.NoError(t, cl.SendTransaction(ctx, tx5))
	waitReceipt(t, e, tx5.Hash())
	m2, _ := startManager(t, e, fastConfig(acct.Key), nil)
	r, err = m2.Send(ctx, transfer(6))
	require.NoError(t, err)
	tx, _, err = cl.TransactionByHash(ctx, r.TxHash)
	require.NoError(t, err)
	require.EqualValues(t, 5, tx.Nonce())
}

func TestL1Outage(t *testing.T) {
	e := newEnv(t, devchain.Config{HTTPAddr: "127.0.0.1:0"})
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	p := rpcproxy.New(t, e.chain.HTTPURL())
	ec, err := ethclient.DialContext(ctx, p.URL())
	require.NoError(t, err)
	defer ec.Close()
	cfg := fastConfig(e.chain.Accounts()[5].Key)
	cfg.Confirmations = 3
	m, _ := startManager(t, e, cfg, ec)

	type res struct {
		r   *types.Receipt
		err error
	}
	done := make(chan res, 1)
	go func() {
		r, err := m.Send(ctx, transfer(1))
		done <- res{r, err}
	}()
	// Once the transaction is out, the L1 endpoint goes away.
	require.Eventually(t, func() bool {
		n, err := e.chain.Client().PendingNonceAt(ctx, m.From())
		return err == nil && n == 1
	}, 10*time.Second, 5*time.Millisecond)
	p.Down()

	// Meanwhile a new candidate fails fast with the cause and records nothing.
	shortCtx, shortCancel := context.WithTimeout(ctx, 5*time.Second)
	_, err = m.Send(shortCtx, transfer(2))
	shortCancel()
	require.Error(t, err)
	t.Logf("send during the outage: %v", err)
	select {
	case r := <-done:
		t.Fatalf("confirmed without an L1 connection: %+v", r)
	case <-time.After(time.Second):
	}
	require.Len(t, outbox(t, e.pool, m.From()), 1)

	p.Up()
	got := <-done
	require.NoError(t, got.err)
	require.Equal(t, types.ReceiptStatusSuccessful, got.r.Status)
	_, err = m.Send(ctx, transfer(3))
	require.NoError(t, err)
	require.Equal(t, []outboxRow{{0, "confirmed", 1}, {1, "confirmed", 1}}, outbox(t, e.pool, m.From()))
}

func TestInsufficientFunds(t *testing.T) {
	e := newEnv(t, devchain.Config{})
	key := newKey(t)
	cfg := fastConfig(key)
	cfg.BalanceWarn = big.NewInt(params.Ether)
	m, reg := startManager(t, e, cfg, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	fund(t, e, m.From(), big.NewInt(params.Ether/1000))

	_, err := m.Send(ctx, transfer(params.Ether))
	require.ErrorIs(t, err, txmgr.ErrInsufficientFunds)
	require.ErrorContains(t, err, m.From().Hex())
	require.Empty(t, outbox(t, e.pool, m.From()), "nothing recorded, no nonce used")
	require.EqualValues(t, 1, metrictest.Sum(t, reg, "rollup_txmgr_transactions_total", "outcome", "insufficient_funds"))

	fund(t, e, m.From(), big.NewInt(2*params.Ether))
	r, err := m.Send(ctx, transfer(params.Ether))
	require.NoError(t, err)
	tx, _, err := e.chain.Client().TransactionByHash(ctx, r.TxHash)
	require.NoError(t, err)
	require.EqualValues(t, 0, tx.Nonce())
}

func TestNotStartedAndStopped(t *testing.T) {
	e := newEnv(t, devchain.Config{})
	m, err := txmgr.New(fastConfig(e.chain.Accounts()[6].Key), txmgr.Deps{Client: e.chain.Client(), Pool: e.pool})
	require.NoError(t, err)
	_, err = m.Send(context.Background(), transfer(1))
	require.ErrorIs(t, err, txmgr.ErrNotStarted)
	require.NoError(t, m.Start(context.Background()))
	require.NoError(t, m.Stop())
	require.NoError(t, m.Stop())
	_, err = m.Send(context.Background(), transfer(1))
	require.True(t, errors.Is(err, txmgr.ErrStopped))
}

func TestConfigCheck(t *testing.T) {
	key := newKey(t)
	for name, tc := range map[string]struct {
		cfg  txmgr.Config
		want string
	}{
		"no key":        {txmgr.Config{}, "PrivateKey"},
		"small bump":    {txmgr.Config{PrivateKey: key, FeeBumpPercent: 10}, "FeeBumpPercent"},
		"tip caps":      {txmgr.Config{PrivateKey: key, MinTipCap: big.NewInt(10), MaxTipCap: big.NewInt(5)}, "MaxTipCap"},
		"resubmit":      {txmgr.Config{PrivateKey: key, PollInterval: time.Second, ResubmitInterval: time.Millisecond}, "ResubmitInterval"},
		"negative":      {txmgr.Config{PrivateKey: key, MaxInFlight: -1}, "MaxInFlight"},
		"defaults good": {txmgr.Config{PrivateKey: key}, ""},
	} {
		t.Run(name, func(t *testing.T) {
			err := tc.cfg.Check()
			if tc.want == "" {
				require.NoError(t, err)
				return
			}
			require.ErrorContains(t, err, tc.want)
		})
	}
}

func TestSubmitHandle(t *testing.T) {
	e := newEnv(t, devchain.Config{BlockTime: -1}) // blocks only when the test mines one
	m, _ := startManager(t, e, fastConfig(e.chain.Accounts()[2].Key), nil)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	c := transfer(7)
	c.Key = "handle-1"
	h, err := m.Submit(ctx, c)
	require.NoError(t, err)
	st := h.Status()
	require.Equal(t, txmgr.SendState{Found: true, State: "pending", Nonce: 0, Latest: st.Latest}, st)
	require.NotEqual(t, common.Hash{}, st.Latest)
	recorded, err := m.Lookup(ctx, c.Key)
	require.NoError(t, err)
	require.Equal(t, st.Latest, recorded.Latest, "recorded in the outbox before Submit answers")
	select {
	case <-h.Done():
		t.Fatal("done before any block was mined")
	default:
	}

	again, err := m.Submit(ctx, c) // same key: the same transaction
	require.NoError(t, err)
	require.Equal(t, st, again.Status())

	e.chain.Commit()
	r, err := h.Wait(ctx)
	require.NoError(t, err)
	require.Equal(t, st.Latest, r.TxHash)
	<-again.Done()
	require.Equal(t, txmgr.SendState{Found: true, State: "confirmed", Nonce: 0, Latest: r.TxHash,
		ReceiptTx: r.TxHash, ReceiptStatus: types.ReceiptStatusSuccessful}, h.Status())

	short, stop := context.WithTimeout(ctx, 10*time.Millisecond)
	defer stop()
	h2, err := m.Submit(ctx, transfer(8))
	require.NoError(t, err)
	_, err = h2.Wait(short)
	require.ErrorIs(t, err, context.DeadlineExceeded, "Wait ends with its context; the transaction goes on")
	e.chain.Commit()
	r2, err := h2.Wait(ctx)
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r2.Status)
}
