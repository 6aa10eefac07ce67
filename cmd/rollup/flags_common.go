package main

import (
	"context"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/rollup-dev/rollup/store"
)

// envFallback sets every flag not given on the command line from
// ROLLUP_<FLAG> (upper case, dashes as underscores) or from the extra
// variable named for it (e.g. DATABASE_URL), and returns the flags set either
// way. Empty variables are ignored.
func envFallback(fs *flag.FlagSet, extra map[string]string) (map[string]bool, error) {
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	var err error
	fs.VisitAll(func(f *flag.Flag) {
		if set[f.Name] || err != nil {
			return
		}
		names := []string{"ROLLUP_" + strings.ToUpper(strings.ReplaceAll(f.Name, "-", "_"))}
		if e, ok := extra[f.Name]; ok {
			names = append(names, e)
		}
		for _, env := range names {
			if v, ok := os.LookupEnv(env); ok && v != "" {
				if e := f.Value.Set(v); e != nil {
					err = fmt.Errorf("%s: %w", env, e)
				}
				set[f.Name] = true
				return
			}
		}
	})
	return set, err
}

// setUsage sets the usage message of fs: text, then the flags' defaults.
func setUsage(fs *flag.FlagSet, text string) {
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), text)
		fs.PrintDefaults()
	}
}

// logFlags are a command's --log-level and --log-format.
type logFlags struct{ level, format string }

// register adds the flags with the given default level.
func (l *logFlags) register(fs *flag.FlagSet, level string) {
	fs.StringVar(&l.level, "log-level", level, "log level: debug, info, warn, error")
	fs.StringVar(&l.format, "log-format", "console", "log format: console or json")
}

// logger builds the logger the flags describe.
func (l logFlags) logger() (*zap.Logger, error) { return newLogger(l.level, l.format) }

// envFallbackErr is envFallback without extra variables, for commands that
// only need the error.
func envFallbackErr(fs *flag.FlagSet) error {
	_, err := envFallback(fs, nil)
	return err
}

// newLogger builds the zap logger of a service command from --log-level
// (debug, info, warn, error) and --log-format (console or json).
func newLogger(level, format string) (*zap.Logger, error) {
	lvl, err := zapcore.ParseLevel(level)
	if err != nil {
		return nil, fmt.Errorf("--log-level: %w", err)
	}
	var zc zap.Config
	switch format {
	case "json":
		zc = zap.NewProductionConfig()
	case "console":
		zc = zap.NewDevelopmentConfig()
		zc.Development = false
		zc.DisableStacktrace = true
		zc.EncoderConfig.EncodeLevel = zapcore.CapitalLevelEncoder
	default:
		return nil, fmt.Errorf("--log-format must be console or json, not %q", format)
	}
	zc.Level = zap.NewAtomicLevelAt(lvl)
	zc.Sampling = nil
	return zc.Build()
}

// serviceEnv is what a service command opens before it starts: its logger,
// database pool (migrated), L1 client and metrics registry.
type serviceEnv struct {
	log  *zap.Logger
	pool *pgxpool.Pool
	l1   *ethclient.Client
	reg  *prometheus.Registry
}

// openServiceEnv opens a service command's logger, database and L1 client.
func openServiceEnv(ctx context.Context, lf logFlags, databaseURL, l1RPC string) (*serviceEnv, error) {
	log, err := lf.logger()
	if err != nil {
		return nil, err
	}
	pool, err := store.Open(ctx, databaseURL, log)
	if err != nil {
		_ = log.Sync()
		return nil, err
	}
	client, err := ethclient.DialContext(ctx, l1RPC)
	if err != nil {
		pool.Close()
		_ = log.Sync()
		return nil, fmt.Errorf("connecting to L1 at %s: %w", l1RPC, err)
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return &serviceEnv{log: log, pool: pool, l1: client, reg: reg}, nil
}

// Close releases what openServiceEnv opened, in reverse order.
func (e *serviceEnv) Close() {
	e.l1.Close()
	e.pool.Close()
	_ = e.log.Sync()
}

// serveMetrics serves /metrics and /healthz on addr (empty: nothing) until
// the returned stop is called.
func (e *serviceEnv) serveMetrics(addr string) (stop func(), err error) {
	if addr == "" {
		return func() {}, nil
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("--metrics-addr: %w", err)
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(e.reg, promhttp.HandlerOpts{}))
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte("ok\n")) })
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	e.log.Info("metrics served", zap.String("url", "http://"+ln.Addr().String()+"/metrics"))
	return func() { _ = srv.Close() }, nil
}
