// Package pgtest gives each test a real, isolated PostgreSQL database with every
// migration applied.
//
// The server is the one DATABASE_URL names (make test sets it with scripts/pg.sh);
// without DATABASE_URL a shared server is started with pgserver under a fixed
// directory in the temp dir and reused by every test binary (a file lock
// serialises the start). On that server a template database holding the migrated
// schema is built once per schema version (its name carries a hash of the
// migrations) under an advisory lock, and each test gets a fresh copy of it:
//
//	pool := pgtest.NewPool(t)   // own database, dropped at cleanup
//	url := pgtest.NewDatabase(t) // the same, for code that opens its own pool
//	tx := pgtest.Tx(t)           // a transaction rolled back at cleanup
package pgtest

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/rollup-dev/rollup/internal/pgserver"
	"github.com/rollup-dev/rollup/store"
)

// SharedDir is where the shared test server lives when DATABASE_URL is unset.
var SharedDir = filepath.Join(os.TempDir(), "rollup-pgtest")

const (
	setupTimeout = 3 * time.Minute
	opTimeout    = 60 * time.Second
	// templateLockKey serialises template creation across test binaries.
	templateLockKey int64 = 0x726f6c6c7574706c
	dbPrefix              = "rollup_test_"
)

var (
	setupOnce sync.Once
	setupErr  error
	adminURL  string
	template  string

	sharedOnce sync.Once
	sharedPool *pgxpool.Pool
	sharedErr  error
)

// AdminURL returns the URL of the server's maintenance database (DATABASE_URL,
// or the shared server's postgres database), starting the shared server if needed.
func AdminURL(tb testing.TB) string {
	tb.Helper()
	setup(tb)
	return adminURL
}

// NewDatabase creates a database with every migration applied and returns its
// URL. The database is dropped when the test ends.
func NewDatabase(tb testing.TB) string {
	tb.Helper()
	setup(tb)
	name := dbPrefix + randomSuffix()
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()
	if err := adminExec(ctx, fmt.Sprintf("CREATE DATABASE %s TEMPLATE %s", pgx.Identifier{name}.Sanitize(), pgx.Identifier{template}.Sanitize())); err != nil {
		tb.Fatalf("pgtest: creating database from template %s: %v", template, err)
	}
	tb.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
		defer cancel()
		if err := adminExec(ctx, fmt.Sprintf("DROP DATABASE IF EXISTS %s WITH (FORCE)", pgx.Identifier{name}.Sanitize())); err != nil {
			tb.Logf("pgtest: dropping %s: %v", name, err)
		}
	})
	u, err := withDatabase(adminURL, name)
	if err != nil {
		tb.Fatalf("pgtest: %v", err)
	}
	return u
}

// NewPool returns a pool on a new migrated database (see NewDatabase). The pool
// is closed and the database dropped when the test ends.
func NewPool(tb testing.TB) *pgxpool.Pool {
	tb.Helper()
	u := NewDatabase(tb)
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()
	pool, err := store.OpenConfig(ctx, store.Config{URL: u, MaxConns: 8, SkipMigrations: true}, nil)
	if err != nil {
		tb.Fatalf("pgtest: opening pool: %v", err)
	}
	tb.Cleanup(pool.Close) // registered after the drop, so it runs first
	return pool
}

// Tx returns a transaction on a database shared by the tests of this binary. It
// is rolled back when the test ends, so tests using Tx never see each other's
// rows and may run in parallel. Use NewPool for code that commits.
func Tx(tb testing.TB) pgx.Tx {
	tb.Helper()
	setup(tb)
	sharedOnce.Do(func() {
		name := dbPrefix + "shared_" + randomSuffix()
		ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
		defer cancel()
		if sharedErr = adminExec(ctx, fmt.Sprintf("CREATE DATABASE %s TEMPLATE %s", pgx.Identifier{name}.Sanitize(), pgx.Identifier{template}.Sanitize())); sharedErr != nil {
			return
		}
		var u string
		if u, sharedErr = withDatabase(adminURL, name); sharedErr != nil {
			return
		}
		// Lives for the whole test binary; the database is left for the next
		// run's sweep (see dropStale).
		sharedPool, sharedErr = store.OpenConfig(ctx, store.Config{URL: u, MaxConns: 8, SkipMigrations: true}, nil)
	})
	if sharedErr != nil {
		tb.Fatalf("pgtest: shared database: %v", sharedErr)
	}
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()
	tx, err := sharedPool.Begin(ctx)
	if err != nil {
		tb.Fatalf("pgtest: begin: %v", err)
	}
	tb.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
		defer cancel()
		_ = tx.Rollback(ctx)
	})
	return tx
}

func setup(tb testing.TB) {
	tb.Helper()
	setupOnce.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), setupTimeout)
		defer cancel()
		setupErr = doSetup(ctx)
	})
	if setupErr != nil {
		tb.Fatalf("pgtest: %v", setupErr)
	}
}

func doSetup(ctx context.Context) error {
	adminURL = os.Getenv("DATABASE_URL")
	if adminURL == "" {
		u, err := startShared(ctx)
		if err != nil {
			return fmt.Errorf("DATABASE_URL is unset and the shared test server did not start: %w", err)
		}
		adminURL = u
	}
	migrations, err := store.Migrations()
	if err != nil {
		return err
	}
	h := sha256.New()
	for _, m := range migrations {
		fmt.Fprintf(h, "%d %s %s\n", m.Version, m.Name, m.Checksum)
	}
	template = "rollup_tmpl_" + hex.EncodeToString(h.Sum(nil))[:16]
	return ensureTemplate(ctx)
}

// startShared starts (or reuses) the shared server under SharedDir, holding a
// file lock so that concurrent test binaries start it once.
func startShared(ctx context.Context) (string, error) {
	if err := os.MkdirAll(SharedDir, 0o755); err != nil {
		return "", err
	}
	_ = os.Chmod(SharedDir, 0o755)
	lock, err := os.OpenFile(filepath.Join(SharedDir, "lock"), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return "", err
	}
	defer lock.Close()
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX); err != nil {
		return "", fmt.Errorf("locking %s: %w", lock.Name(), err)
	}
	defer syscall.Flock(int(lock.Fd()), syscall.LOCK_UN) //nolint:errcheck
	srv, err := pgserver.Start(ctx, pgserver.Config{
		DataDir:  filepath.Join(SharedDir, "data"),
		Settings: map[string]string{"max_connections": "400"},
	})
	if err != nil {
		return "", err
	}
	return srv.URL(), nil
}

// ensureTemplate builds the migrated template database once per schema
// version; concurrent test binaries wait on an advisory lock.
func ensureTemplate(ctx context.Context) error {
	conn, err := pgx.Connect(ctx, adminURL)
	if err != nil {
		return fmt.Errorf("connecting to %s: %w", redact(adminURL), err)
	}
	defer conn.Close(context.Background())
	if _, err := conn.Exec(ctx, "SELECT pg_advisory_lock($1)", templateLockKey); err != nil {
		return fmt.Errorf("taking template lock: %w", err)
	}
	defer conn.Exec(context.Background(), "SELECT pg_advisory_unlock($1)", templateLockKey) //nolint:errcheck

	var exists bool
	if err := conn.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", template).Scan(&exists); err != nil {
		return err
	}
	dropStale(ctx, conn)
	if exists {
		return nil
	}
	building := template + "_building"
	if _, err := conn.Exec(ctx, fmt.Sprintf("DROP DATABASE IF EXISTS %s WITH (FORCE)", pgx.Identifier{building}.Sanitize())); err != nil {
		return err
	}
	if _, err := conn.Exec(ctx, fmt.Sprintf("CREATE DATABASE %s", pgx.Identifier{building}.Sanitize())); err != nil {
		return fmt.Errorf("creating template: %w", err)
	}
	u, err := withDatabase(adminURL, building)
	if err != nil {
		return err
	}
	pool, err := store.Open(ctx, u, nil)
	if err != nil {
		return fmt.Errorf("migrating template: %w", err)
	}
	pool.Close()
	if _, err := conn.Exec(ctx, fmt.Sprintf("ALTER DATABASE %s RENAME TO %s", pgx.Identifier{building}.Sanitize(), pgx.Identifier{template}.Sanitize())); err != nil {
		return fmt.Errorf("renaming template: %w", err)
	}
	return nil
}

// dropStale removes test databases left over by test binaries that were killed:
// those created more than an hour ago (the name carries the creation time) that
// nothing is connected to.
func dropStale(ctx context.Context, conn *pgx.Conn) {
	rows, err := conn.Query(ctx, `SELECT datname FROM pg_database d
		WHERE datname LIKE 'rollup\_test\_%'
		  AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datname = d.datname)`)
	if err != nil {
		return
	}
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return
	}
	cutoff := time.Now().Add(-time.Hour).Unix()
	for _, n := range names {
		var ts int64
		rest := strings.TrimPrefix(strings.TrimPrefix(n, dbPrefix), "shared_")
		if _, err := fmt.Sscanf(rest, "%d_", &ts); err != nil || ts > cutoff {
			continue
		}
		_, _ = conn.Exec(ctx, fmt.Sprintf("DROP DATABASE IF EXISTS %s", pgx.Identifier{n}.Sanitize()))
	}
}

func adminExec(ctx context.Context, sql string) error {
	conn, err := pgx.Connect(ctx, adminURL)
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	_, err = conn.Exec(ctx, sql)
	return err
}

// withDatabase returns base with its database name replaced.
func withDatabase(base, db string) (string, error) {
	if strings.HasPrefix(base, "postgres://") || strings.HasPrefix(base, "postgresql://") {
		u, err := url.Parse(base)
		if err != nil {
			return "", fmt.Errorf("parsing DATABASE_URL: %w", err)
		}
		u.Path = "/" + db
		return u.String(), nil
	}
	return base + " dbname=" + db, nil // keyword/value form: the last dbname wins
}

func redact(u string) string {
	if p, err := url.Parse(u); err == nil && p.User != nil {
		p.User = url.User(p.User.Username())
		return p.String()
	}
	return u
}

// randomSuffix is the creation time and a random part, so dropStale can tell
// old leftovers from databases another test binary is about to use.
func randomSuffix() string {
	var b [6]byte
	_, _ = rand.Read(b[:])
	return fmt.Sprintf("%d_%s", time.Now().Unix(), hex.EncodeToString(b[:]))
}
