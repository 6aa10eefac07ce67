package store_test

import (
	"context"
	"fmt"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap/zaptest"

	"github.com/rollup-dev/rollup/internal/pgtest"
	"github.com/rollup-dev/rollup/store"
)

// emptyDatabase creates a database with no schema and returns its URL.
func emptyDatabase(t *testing.T) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	admin := pgtest.AdminURL(t)
	name := fmt.Sprintf("rollup_test_%d_empty_%d", time.Now().Unix(), time.Now().UnixNano()%1e9)
	conn, err := pgx.Connect(ctx, admin)
	require.NoError(t, err)
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, "CREATE DATABASE "+name)
	require.NoError(t, err)
	t.Cleanup(func() {
		c, err := pgx.Connect(context.Background(), admin)
		if err == nil {
			_, _ = c.Exec(context.Background(), "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
			_ = c.Close(context.Background())
		}
	})
	u, err := url.Parse(admin)
	require.NoError(t, err)
	u.Path = "/" + name
	return u.String()
}

func TestOpenMigratesConcurrently(t *testing.T) {
	ctx := context.Background()
	dbURL := emptyDatabase(t)
	migrations, err := store.Migrations()
	require.NoError(t, err)
	require.NotEmpty(t, migrations)

	var wg sync.WaitGroup
	errs := make([]error, 4)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			pool, err := store.Open(ctx, dbURL, zaptest.NewLogger(t))
			if err == nil {
				pool.Close()
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	for _, err := range errs {
		require.NoError(t, err)
	}

	pool, err := store.Open(ctx, dbURL, zaptest.NewLogger(t))
	require.NoError(t, err)
	defer pool.Close()
	var n int
	require.NoError(t, pool.QueryRow(ctx, "SELECT count(*) FROM schema_migrations").Scan(&n))
	require.Equal(t, len(migrations), n)
	v, err := store.SchemaVersion(ctx, pool)
	require.NoError(t, err)
	require.Equal(t, migrations[len(migrations)-1].Version, v)
}

func TestOpenForcesSynchronousCommit(t *testing.T) {
	ctx := context.Background()
	dbURL := emptyDatabase(t)
	u, _ := url.Parse(dbURL)
	name := u.Path[1:]
	conn, err := pgx.Connect(ctx, pgtest.AdminURL(t))
	require.NoError(t, err)
	_, err = conn.Exec(ctx, "ALTER DATABASE "+name+" SET synchronous_commit = off")
	require.NoError(t, err)
	require.NoError(t, conn.Close(ctx))

	pool, err := store.Open(ctx, dbURL, nil)
	require.NoError(t, err)
	defer pool.Close()
	var sc string
	require.NoError(t, pool.QueryRow(ctx, "SHOW synchronous_commit").Scan(&sc))
	require.Equal(t, "on", sc)
}

func TestConfigCheck(t *testing.T) {
	for name, tc := range map[string]struct {
		cfg  store.Config
		want string
	}{
		"empty url":    {store.Config{}, "URL is empty"},
		"negative max": {store.Config{URL: "postgres://x", MaxConns: -1}, "MaxConns"},
		"min over max": {store.Config{URL: "postgres://x", MaxConns: 2, MinConns: 3}, "MinConns"},
		"ok":           {store.Config{URL: "postgres://x"}, ""},
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

func TestMapError(t *testing.T) {
	tx := pgtest.Tx(t)
	ctx := context.Background()
	var n int
	err := store.MapError(tx.QueryRow(ctx, "SELECT 1 WHERE false").Scan(&n))
	require.ErrorIs(t, err, store.ErrNotFound)
	require.ErrorIs(t, err, pgx.ErrNoRows)
	require.NoError(t, store.MapError(nil))

	_, err = tx.Exec(ctx, "INSERT INTO l1_blocks (follower, number, hash, parent_hash, time) VALUES ('f', 1, $1, $1, 0)", make([]byte, 32))
	require.NoError(t, err)
	_, err = tx.Exec(ctx, "SAVEPOINT s")
	require.NoError(t, err)
	_, err = tx.Exec(ctx, "INSERT INTO l1_blocks (follower, number, hash, parent_hash, time) VALUES ('f', 1, $1, $1, 0)", make([]byte, 32))
	require.True(t, store.IsUniqueViolation(err))
	require.False(t, store.IsRetryable(err))
}

func TestTxIsolation(t *testing.T) {
	ctx := context.Background()
	// Two rolled-back transactions do not see each other's rows.
	a, b := pgtest.Tx(t), pgtest.Tx(t)
	_, err := a.Exec(ctx, "INSERT INTO l1_blocks (follower, number, hash, parent_hash, time) VALUES ('iso', 1, $1, $1, 0)", make([]byte, 32))
	require.NoError(t, err)
	var n int
	require.NoError(t, b.QueryRow(ctx, "SELECT count(*) FROM l1_blocks WHERE follower = 'iso'").Scan(&n))
	require.Zero(t, n)
	// A fresh database has the schema and no rows.
	pool := pgtest.NewPool(t)
	require.NoError(t, pool.QueryRow(ctx, "SELECT count(*) FROM l1_txs").Scan(&n))
	require.Zero(t, n)
}
