package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
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

	"github.com/rollup-dev/rollup/l1client/deploy"
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

// serviceFlags are the flags the L1 service commands (batcher, challenger)
// share: the L1 connection and deployment, the key, the database, the
// metrics listener and the logger.
type serviceFlags struct {
	conn        userConn
	databaseURL string
	metricsAddr string
	log         logFlags
}

// register adds the shared flags; keyUsage says whose key it is, dbUsage
// what the database holds, metricsAddr is the listener's default.
func (s *serviceFlags) register(fs *flag.FlagSet, keyUsage, dbUsage, metricsAddr, metricsUsage string) {
	s.conn.l1Flags(fs)
	s.conn.keyFlag(fs, keyUsage)
	fs.StringVar(&s.databaseURL, "database-url", "", dbUsage+" (default: $DATABASE_URL)")
	fs.StringVar(&s.metricsAddr, "metrics-addr", metricsAddr, metricsUsage)
	s.log.register(fs, "info")
}

// load checks that a database was given (why: what the service keeps in
// it), parses the key and reads the deployment record.
func (s *serviceFlags) load(why string) (*ecdsa.PrivateKey, *deploy.Deployment, error) {
	if s.databaseURL == "" {
		return nil, nil, errors.New("--database-url (or DATABASE_URL) is required: " + why)
	}
	key, err := s.conn.parseKey()
	if err != nil {
		return nil, nil, err
	}
	dep, err := loadDeployment(s.conn.deployment)
	if err != nil {
		return nil, nil, err
	}
	return key, dep, nil
}

// serviceEnv is what a service command opens before it starts: its logger,
// database pool (migrated), L1 client, metrics registry and its server.
type serviceEnv struct {
	log         *zap.Logger
	pool        *pgxpool.Pool
	l1          *ethclient.Client
	reg         *prometheus.Registry
	stopMetrics func()
}

// open opens the logger, database and L1 client the flags name and serves
// the registry's metrics.
func (s *serviceFlags) open(ctx context.Context) (*serviceEnv, error) {
	log, err := s.log.logger()
	if err != nil {
		return nil, err
	}
	pool, err := store.Open(ctx, s.databaseURL, log)
	if err != nil {
		_ = log.Sync()
		return nil, err
	}
	client, err := ethclient.DialContext(ctx, s.conn.l1RPC)
	if err != nil {
		pool.Close()
		_ = log.Sync()
		return nil, fmt.Errorf("connecting to L1 at %s: %w", s.conn.l1RPC, err)
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	e := &serviceEnv{log: log, pool: pool, l1: client, reg: reg}
	if e.stopMetrics, err = e.serveMetrics(s.metricsAddr); err != nil {
		e.Close()
		return nil, err
	}
	return e, nil
}

// Close releases what open opened, in reverse order.
func (e *serviceEnv) Close() {
	if e.stopMetrics != nil {
		e.stopMetrics()
	}
	e.l1.Close()
	e.pool.Close()
	_ = e.log.Sync()
}

// untilSignal waits for ctx (the command's signal context) to end, then
// stops the service.
func (e *serviceEnv) untilSignal(ctx context.Context, stop func() error) error {
	<-ctx.Done()
	e.log.Info("stopping (signal received)")
	return stop()
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
