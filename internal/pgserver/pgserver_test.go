package pgserver_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/internal/pgserver"
)

// reachableTempDir returns a directory the postgres user can enter (t.TempDir's
// parent is private to the test's user).
func reachableTempDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "pgserver-test-")
	require.NoError(t, err)
	require.NoError(t, os.Chmod(dir, 0o755))
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	return dir
}

func TestStartReuseStop(t *testing.T) {
	if _, err := pgserver.FindBinDir(); err != nil {
		t.Skip(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	dataDir := filepath.Join(reachableTempDir(t), "pg")

	srv, err := pgserver.Start(ctx, pgserver.Config{DataDir: dataDir})
	require.NoError(t, err)
	t.Cleanup(func() { _ = srv.Stop(context.Background()) })
	require.False(t, srv.Reused())
	require.NotZero(t, srv.Port())

	conn, err := pgx.Connect(ctx, srv.URL())
	require.NoError(t, err)
	var sc string
	require.NoError(t, conn.QueryRow(ctx, "SHOW synchronous_commit").Scan(&sc))
	require.Equal(t, "on", sc)
	require.NoError(t, conn.Close(ctx))

	// The unix socket lives in the data directory.
	_, err = os.Stat(filepath.Join(dataDir, ".s.PGSQL."+itoa(srv.Port())))
	require.NoError(t, err)

	// A second Start on the same directory reuses the running server.
	again, err := pgserver.Start(ctx, pgserver.Config{DataDir: dataDir})
	require.NoError(t, err)
	require.True(t, again.Reused())
	require.Equal(t, srv.Port(), again.Port())
	require.NoError(t, again.Stop(ctx)) // does not stop a reused server
	conn, err = pgx.Connect(ctx, srv.URL())
	require.NoError(t, err)
	require.NoError(t, conn.Close(ctx))

	require.NoError(t, srv.Stop(ctx))
	require.NoError(t, srv.Stop(ctx)) // safe twice
	_, err = pgx.Connect(ctx, srv.URL())
	require.Error(t, err)

	// Restart on the existing cluster with a fixed port.
	port := srv.Port()
	srv2, err := pgserver.Start(ctx, pgserver.Config{DataDir: dataDir, Port: port})
	require.NoError(t, err)
	require.False(t, srv2.Reused())
	require.Equal(t, port, srv2.Port())
	require.NoError(t, srv2.Stop(ctx))
}

// TestUnreachableDataDir: root asks for a cluster below a 0700 folder that the
// postgres user cannot enter (a mktemp -d folder, /root): the cluster is kept
// under RelocatedRoot, the asked directory says where, and a second start and
// StopDataDir find it.
func TestUnreachableDataDir(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("only root hands the directory to the postgres user")
	}
	if _, err := pgserver.FindBinDir(); err != nil {
		t.Skip(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	private := t.TempDir() // 0700, owned by root
	asked := filepath.Join(private, "a", "pg")
	srv, err := pgserver.Start(ctx, pgserver.Config{DataDir: asked})
	require.NoError(t, err)
	cluster := srv.DataDir()
	t.Cleanup(func() {
		_ = pgserver.StopDataDir(context.Background(), asked, "")
		_ = os.RemoveAll(cluster)
	})
	require.NotEqual(t, asked, cluster)
	require.True(t, strings.HasPrefix(cluster, pgserver.RelocatedRoot+"/"), cluster)
	loc, err := os.ReadFile(filepath.Join(asked, pgserver.LocationFile))
	require.NoError(t, err)
	require.Equal(t, cluster, strings.TrimSpace(string(loc)))
	conn, err := pgx.Connect(ctx, srv.URL())
	require.NoError(t, err)
	require.NoError(t, conn.Close(ctx))

	// A second start finds the running cluster through the location file.
	again, err := pgserver.Start(ctx, pgserver.Config{DataDir: asked})
	require.NoError(t, err)
	require.True(t, again.Reused())
	require.Equal(t, cluster, again.DataDir())
	require.NoError(t, pgserver.StopDataDir(ctx, asked, ""))
	_, err = os.Stat(filepath.Join(cluster, "postmaster.pid"))
	require.True(t, os.IsNotExist(err), "stopped")
}

func TestMissingBinaries(t *testing.T) {
	t.Setenv("PGBIN", t.TempDir())
	_, err := pgserver.FindBinDir()
	require.ErrorIs(t, err, pgserver.ErrBinariesNotFound)
	require.ErrorContains(t, err, "install postgresql-15")
}

func itoa(n int) string { return strconv.Itoa(n) }
