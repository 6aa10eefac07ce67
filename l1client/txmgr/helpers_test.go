package txmgr_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"net"
	"net/url"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap/zaptest"

	"github.com/rollup-dev/rollup/internal/pgtest"
	"github.com/rollup-dev/rollup/l1client/devchain"
	"github.com/rollup-dev/rollup/l1client/txmgr"
)

var recipient = common.HexToAddress("0x000000000000000000000000000000000000bEEF")

type env struct {
	chain *devchain.Chain
	pool  *pgxpool.Pool
}

func newEnv(t *testing.T, cfg devchain.Config) *env {
	t.Helper()
	if cfg.BlockTime == 0 {
		cfg.BlockTime = 100 * time.Millisecond
	}
	c, err := devchain.New(cfg)
	require.NoError(t, err)
	require.NoError(t, c.Start())
	t.Cleanup(func() { _ = c.Stop() })
	return &env{chain: c, pool: pgtest.NewPool(t)}
}

func fastConfig(key *ecdsa.PrivateKey) txmgr.Config {
	return txmgr.Config{
		Name:             "test",
		PrivateKey:       key,
		Confirmations:    1,
		PollInterval:     20 * time.Millisecond,
		ResubmitInterval: 300 * time.Millisecond,
		RPCTimeout:       2 * time.Second,
	}
}

// startManager starts a manager and stops it when the test ends.
func startManager(t *testing.T, e *env, cfg txmgr.Config, client txmgr.Client) (*txmgr.Manager, *prometheus.Registry) {
	t.Helper()
	if client == nil {
		client = e.chain.Client()
	}
	reg := prometheus.NewRegistry()
	m, err := txmgr.New(cfg, txmgr.Deps{Client: client, Pool: e.pool, Logger: zaptest.NewLogger(t), Registry: reg})
	require.NoError(t, err)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	require.NoError(t, m.Start(ctx))
	t.Cleanup(func() { _ = m.Stop() })
	return m, reg
}

func transfer(wei int64) txmgr.Candidate {
	return txmgr.Candidate{To: &recipient, Value: big.NewInt(wei)}
}

type outboxRow struct {
	Nonce    int64
	State    string
	Attempts int
}

func outbox(t *testing.T, pool *pgxpool.Pool, sender common.Address) []outboxRow {
	t.Helper()
	rows, err := pool.Query(context.Background(), `SELECT t.nonce, t.state,
		(SELECT count(*) FROM l1_tx_attempts a WHERE a.sender = t.sender AND a.nonce = t.nonce)
		FROM l1_txs t WHERE sender = $1 ORDER BY nonce`, sender.Bytes())
	require.NoError(t, err)
	defer rows.Close()
	var out []outboxRow
	for rows.Next() {
		var r outboxRow
		require.NoError(t, rows.Scan(&r.Nonce, &r.State, &r.Attempts))
		out = append(out, r)
	}
	require.NoError(t, rows.Err())
	return out
}

// fund sends wei from dev account 9 to addr and waits for it.
func fund(t *testing.T, e *env, addr common.Address, wei *big.Int) {
	t.Helper()
	ctx := context.Background()
	from := e.chain.Accounts()[9]
	cl := e.chain.Client()
	nonce, err := cl.PendingNonceAt(ctx, from.Address)
	require.NoError(t, err)
	tx := types.MustSignNewTx(from.Key, types.LatestSignerForChainID(e.chain.ChainID()), &types.DynamicFeeTx{
		ChainID: e.chain.ChainID(), Nonce: nonce, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei),
		Gas: 21000, To: &addr, Value: wei,
	})
	require.NoError(t, cl.SendTransaction(ctx, tx))
	waitReceipt(t, e, tx.Hash())
}

func waitReceipt(t *testing.T, e *env, h common.Hash) *types.Receipt {
	t.Helper()
	var r *types.Receipt
	require.Eventually(t, func() bool {
		var err error
		r, err = e.chain.Client().TransactionReceipt(context.Background(), h)
		return err == nil
	}, 20*time.Second, 20*time.Millisecond)
	return r
}

func newKey(t *testing.T) *ecdsa.PrivateKey {
	k, err := crypto.GenerateKey()
	require.NoError(t, err)
	return k
}

// dbURLOf returns a URL for e's database (for a child process).
func dbURLOf(t *testing.T, e *env) string {
	t.Helper()
	cfg := e.pool.Config().ConnConfig
	return (&url.URL{Scheme: "postgres", User: url.User(cfg.User), Host: net.JoinHostPort(cfg.Host, strconv.Itoa(int(cfg.Port))),
		Path: "/" + cfg.Database, RawQuery: "sslmode=disable"}).String()
}
