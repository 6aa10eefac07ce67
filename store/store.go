package store

import (
	"cmp"
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"go.uber.org/zap"
)

// DefaultQueryTimeout bounds one SQL statement or short transaction issued by the
// services. Callers wrap their context: ctx, cancel := context.WithTimeout(ctx,
// store.DefaultQueryTimeout).
const DefaultQueryTimeout = 10 * time.Second

// Config tunes the pool. The zero value of every field means its default.
type Config struct {
	// URL is the PostgreSQL connection URL (postgres://user@host:port/db).
	URL string
	// MaxConns caps the pool (default 16).
	MaxConns int32
	// MinConns keeps connections open while idle (default 1).
	MinConns int32
	// StatementTimeout is the server-side backstop for any one statement
	// (default 60 s); services also set shorter client-side timeouts.
	StatementTimeout time.Duration
	// IdleInTxTimeout ends sessions that hold a transaction open while idle
	// (default 60 s), so a stuck client cannot hold locks forever.
	IdleInTxTimeout time.Duration
	// ConnectTimeout bounds dialing the server (default 10 s).
	ConnectTimeout time.Duration
	// SkipMigrations opens the pool without applying migrations.
	SkipMigrations bool
}

func (c *Config) withDefaults() Config {
	out := *c
	out.MaxConns = cmp.Or(out.MaxConns, 16)
	out.MinConns = cmp.Or(out.MinConns, 1)
	out.StatementTimeout = cmp.Or(out.StatementTimeout, 60*time.Second)
	out.IdleInTxTimeout = cmp.Or(out.IdleInTxTimeout, 60*time.Second)
	out.ConnectTimeout = cmp.Or(out.ConnectTimeout, 10*time.Second)
	return out
}

// Check names the first invalid field.
func (c *Config) Check() error {
	switch {
	case c.URL == "":
		return fmt.Errorf("store: URL is empty (set DATABASE_URL or --database-url)")
	case c.MaxConns < 0:
		return fmt.Errorf("store: MaxConns %d is negative", c.MaxConns)
	case c.MinConns < 0 || (c.MaxConns > 0 && c.MinConns > c.MaxConns):
		return fmt.Errorf("store: MinConns %d out of range", c.MinConns)
	case c.StatementTimeout < 0 || c.IdleInTxTimeout < 0 || c.ConnectTimeout < 0:
		return fmt.Errorf("store: timeouts must not be negative")
	}
	return nil
}

// Open connects to url with the default Config, checks durability and applies
// all migrations. See OpenConfig.
func Open(ctx context.Context, url string, logger *zap.Logger) (*pgxpool.Pool, error) {
	return OpenConfig(ctx, Config{URL: url}, logger)
}

// OpenConfig opens a pool, verifies that commits are durable (synchronous_commit
// on; a warning when fsync is off) and, unless cfg.SkipMigrations, applies the
// embedded migrations. The caller closes the pool.
func OpenConfig(ctx context.Context, cfg Config, logger *zap.Logger) (*pgxpool.Pool, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	if logger == nil {
		logger = zap.NewNop()
	}
	logger = logger.Named("store")

	pcfg, err := pgxpool.ParseConfig(cfg.URL)
	if err != nil {
		return nil, fmt.Errorf("parsing database url: %w", err)
	}
	pcfg.MaxConns = cfg.MaxConns
	pcfg.MinConns = cfg.MinConns
	pcfg.MaxConnIdleTime = 5 * time.Minute
	pcfg.MaxConnLifetime = time.Hour
	pcfg.HealthCheckPeriod = 30 * time.Second
	pcfg.ConnConfig.ConnectTimeout = cfg.ConnectTimeout
	rp := pcfg.ConnConfig.RuntimeParams
	rp["synchronous_commit"] = "on"
	rp["statement_timeout"] = fmt.Sprint(cfg.StatementTimeout.Milliseconds())
	rp["idle_in_transaction_session_timeout"] = fmt.Sprint(cfg.IdleInTxTimeout.Milliseconds())
	if _, ok := rp["application_name"]; !ok {
		rp["application_name"] = "rollup"
	}

	pool, err := pgxpool.NewWithConfig(ctx, pcfg)
	if err != nil {
		return nil, fmt.Errorf("opening pool: %w", err)
	}
	if err := checkDurable(ctx, pool, logger); err != nil {
		pool.Close()
		return nil, err
	}
	if !cfg.SkipMigrations {
		if err := Migrate(ctx, pool, logger); err != nil {
			pool.Close()
			return nil, err
		}
	}
	logger.Info("database open", zap.String("host", pcfg.ConnConfig.Host),
		zap.Uint16("port", pcfg.ConnConfig.Port), zap.String("database", pcfg.ConnConfig.Database),
		zap.Int32("max_conns", cfg.MaxConns))
	return pool, nil
}

func checkDurable(ctx context.Context, pool *pgxpool.Pool, logger *zap.Logger) error {
	ctx, cancel := context.WithTimeout(ctx, DefaultQueryTimeout)
	defer cancel()
	var syncCommit, fsync string
	if err := pool.QueryRow(ctx, "SELECT current_setting('synchronous_commit'), current_setting('fsync')").
		Scan(&syncCommit, &fsync); err != nil {
		return fmt.Errorf("connecting to database: %w", err)
	}
	switch syncCommit {
	case "on", "remote_apply", "remote_write":
	default:
		return fmt.Errorf("%w: server reports %q", ErrNotDurable, syncCommit)
	}
	if fsync != "on" {
		logger.Warn("PostgreSQL runs with fsync off: commits are not crash-safe", zap.String("fsync", fsync))
	}
	return nil
}
