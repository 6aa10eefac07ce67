package pgtest_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/internal/pgtest"
)

func TestDatabasesAreSeparateAndMigrated(t *testing.T) {
	ctx := context.Background()
	a, b := pgtest.NewPool(t), pgtest.NewPool(t)
	_, err := a.Exec(ctx, "INSERT INTO l1_blocks (follower, number, hash, parent_hash, time) VALUES ('x', 1, $1, $1, 0)", make([]byte, 32))
	require.NoError(t, err)
	var n int
	require.NoError(t, b.QueryRow(ctx, "SELECT count(*) FROM l1_blocks").Scan(&n))
	require.Zero(t, n)
	require.NoError(t, a.QueryRow(ctx, "SELECT count(*) FROM schema_migrations").Scan(&n))
	require.Positive(t, n)
}

func TestParallelTx(t *testing.T) {
	for _, name := range []string{"a", "b", "c"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			tx := pgtest.Tx(t)
			ctx := context.Background()
			_, err := tx.Exec(ctx, "INSERT INTO l1_blocks (follower, number, hash, parent_hash, time) VALUES ('p', 1, $1, $1, 0)", make([]byte, 32))
			require.NoError(t, err) // no conflict: each transaction is rolled back
		})
	}
}

// BenchmarkNewDatabase measures a fresh migrated database per test.
func BenchmarkNewDatabase(b *testing.B) {
	for b.Loop() {
		pgtest.NewDatabase(b)
	}
}
