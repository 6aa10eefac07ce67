package sequencer

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/holiman/uint256"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"go.uber.org/zap"
	"golang.org/x/net/netutil"

	"github.com/rollup-dev/rollup/internal/connguard"
	"github.com/rollup-dev/rollup/internal/poll"
	"github.com/rollup-dev/rollup/l2"
	"github.com/rollup-dev/rollup/sequencer/engine"
	"github.com/rollup-dev/rollup/sequencer/rpc"
	"github.com/rollup-dev/rollup/store"
)

// Deps are the dependencies an embedder may share with the sequencer. Every
// field is optional.
type Deps struct {
	// Logger is the parent logger (default: a no-op logger).
	Logger *zap.Logger
	// Pool is a PostgreSQL pool with the migrations applied; without it the
	// service opens (and at Stop closes) its own from Config.DatabaseURL.
	Pool *pgxpool.Pool
	// Registry receives the service's metrics and is served at /metrics on OpsAddr
	// (default: a new registry with the Go and process collectors).
	Registry *prometheus.Registry
	// L1 is the L1 client deposits are followed with; without it the service
	// dials Config.L1RPC (when set).
	L1 L1Client
	// Mount adds routes to the HTTP router (e.g. a status page at GET /).
	Mount func(r chi.Router)
}

// Service is a running sequencer: the engine, its HTTP API and the deposit
// follower. Build it with New, then Start and Stop.
type Service struct {
	cfg    Config
	deps   Deps
	log    *zap.Logger
	params l2.Params
	reg    *prometheus.Registry

	engineMetrics *engine.Metrics
	rpcMetrics    *rpc.Metrics
	metrics       *serviceMetrics

	pool     *pgxpool.Pool
	ownsPool bool

	mu  sync.RWMutex
	eng *engine.Engine // nil while (re)building

	heads    atomic.Pointer[l1Heads]
	tokens   tokenCache
	deposits *depositFollower
	backend  *backend
	proofs   *proofStates

	ln     net.Listener
	server *http.Server
	// rpcServer answers JSON-RPC; Stop closes its WebSocket connections.
	rpcServer *rpc.Server
	url       string
	ops       *http.Server // nil when Config.OpsAddr is "off"
	opsURL    string

	cancel   context.CancelFunc
	wg       sync.WaitGroup
	started  atomic.Bool
	stopOnce sync.Once
	stopErr  error
}

// l1Heads are the batch-derived heads, refreshed from the batches table.
type l1Heads struct {
	safe, final uint64
}

// New checks cfg and builds a service; nothing runs until Start.
func New(cfg Config, deps Deps) (*Service, error) {
	cfg = cfg.WithDefaults()
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if deps.Pool == nil && cfg.DatabaseURL == "" {
		return nil, errors.New("sequencer: DatabaseURL is empty and no pool was given")
	}
	log := deps.Logger
	if log == nil {
		log = zap.NewNop()
	}
	reg := deps.Registry
	if reg == nil {
		reg = prometheus.NewRegistry()
		reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	}
	var fee uint256.Int
	fee.SetFromBig(cfg.BaseFee)
	s := &Service{
		cfg:  cfg,
		deps: deps,
		log:  log.Named("sequencer"),
		params: l2.Params{
			ChainID:          cfg.ChainID,
			BaseFee:          &fee,
			FeeRecipient:     cfg.FeeRecipient,
			GenesisTimestamp: cfg.GenesisTimestamp,
		},
		reg:           reg,
		engineMetrics: engine.NewMetrics(reg),
		rpcMetrics:    rpc.NewMetrics(reg),
		metrics:       newServiceMetrics(reg),
		proofs:        newProofStates(),
	}
	if err := s.params.Check(); err != nil {
		return nil, fmt.Errorf("sequencer: %w", err)
	}
	s.heads.Store(&l1Heads{})
	s.backend = &backend{s: s}
	return s, nil
}

// Start opens the database (unless a pool was given), rebuilds the state,
// starts sequencing, the deposit follower and the HTTP server. It returns once
// the API is served and ready.
func (s *Service) Start(ctx context.Context) error {
	if !s.started.CompareAndSwap(false, true) {
		return errors.New("sequencer: already started")
	}
	life, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	if err := s.start(ctx, life); err != nil {
		_ = s.Stop(context.Background())
		return err
	}
	return nil
}

// start starts the service; life is the background work's context, which
// Stop cancels.
func (s *Service) start(ctx, life context.Context) error {
	s.pool = s.deps.Pool
	if s.pool == nil {
		pool, err := store.OpenConfig(ctx, store.Config{URL: s.cfg.DatabaseURL, MaxConns: 24}, s.log)
		if err != nil {
			return fmt.Errorf("sequencer: %w", err)
		}
		s.pool, s.ownsPool = pool, true
	}
	if s.cfg.L1RPC != "" || s.deps.L1 != nil {
		f, err := newDepositFollower(ctx, s)
		if err != nil {
			return err
		}
		s.deposits = f
	}
	eng, err := s.openEngine(ctx)
	if err != nil {
		return err
	}
	s.setEngine(eng)

	ln, err := net.Listen("tcp", s.cfg.HTTPAddr)
	if err != nil {
		return fmt.Errorf("sequencer: listening on %s: %w", s.cfg.HTTPAddr, err)
	}
	guard := connguard.New(ln, connguard.Config{Max: s.cfg.MaxConns, MaxPerClient: s.cfg.MaxConnsPerClient,
		OnRefuse: func(reason string) { s.metrics.connsRefused.WithLabelValues(reason).Inc() }})
	s.ln = guard
	s.url = "http://" + ln.Addr().String()
	s.server = &http.Server{
		Handler:           s.router(),
		ConnState:         guard.ConnState,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       s.cfg.RequestTimeout,
		WriteTimeout:      s.cfg.RequestTimeout + 5*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          zap.NewStdLog(s.log.Named("http")),
	}
	if s.cfg.OpsAddr != "off" {
		oln, err := net.Listen("tcp", s.cfg.OpsAddr)
		if err != nil {
			_ = s.ln.Close()
			return fmt.Errorf("sequencer: listening on %s (OpsAddr, for metrics and health): %w", s.cfg.OpsAddr, err)
		}
		s.opsURL = "http://" + oln.Addr().String()
		s.ops = &http.Server{Handler: s.opsRouter(), ReadHeaderTimeout: 10 * time.Second, IdleTimeout: time.Minute,
			ErrorLog: zap.NewStdLog(s.log.Named("ops"))}
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			if err := s.ops.Serve(netutil.LimitListener(oln, 64)); err != nil && !errors.Is(err, http.ErrServerClosed) {
				s.log.Error("ops HTTP server stopped", zap.Error(err))
			}
		}()
	}
	s.wg.Add(3)
	go func() {
		defer s.wg.Done()
		if err := s.server.Serve(s.ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("HTTP server stopped", zap.Error(err))
		}
	}()
	go func() { defer s.wg.Done(); s.supervise(life) }()
	go func() { defer s.wg.Done(); s.followBatches(life) }()
	if s.deposits != nil {
		s.wg.Add(1)
		go func() { defer s.wg.Done(); s.deposits.run(life) }()
	}
	latest, _ := eng.Heads()
	s.log.Info("sequencer started",
		zap.String("json_rpc", s.url+"/"), zap.String("rest", s.url+"/v1"), zap.String("openapi", s.url+"/v1/openapi.json"),
		zap.String("metrics", s.opsURL+"/metrics"), zap.String("health", s.url+"/healthz"), zap.String("ready", s.url+"/readyz"),
		zap.Uint64("chain_id", s.cfg.ChainID), zap.Uint64("latest_block", latest.Number), zap.Bool("deposits", s.deposits != nil),
		zap.Int("dev_alloc_accounts", len(s.cfg.DevGenesisAlloc)))
	return nil
}

// Stop stops the HTTP server, the deposit follower and the engine (the group
// being committed finishes; requests still waiting get an error) and closes
// the pool if the service opened it. It is safe to call more than once.
func (s *Service) Stop(ctx context.Context) error {
	s.stopOnce.Do(func() {
		if s.cancel != nil {
			s.cancel()
		}
		var errs []error
		if s.rpcServer != nil {
			s.rpcServer.Close() // WebSocket clients
		}
		if s.server != nil {
			sctx, cancel := context.WithTimeout(ctx, 5*time.Second)
			if err := s.server.Shutdown(sctx); err != nil {
				_ = s.server.Close()
			}
			cancel()
		}
		if s.ops != nil {
			_ = s.ops.Close()
		}
		s.wg.Wait()
		if eng := s.setEngine(nil); eng != nil {
			eng.Close()
		}
		if s.deposits != nil {
			s.deposits.close()
		}
		if s.ownsPool && s.pool != nil {
			s.pool.Close()
		}
		s.stopErr = errors.Join(errs...)
		s.log.Info("sequencer stopped")
	})
	return s.stopErr
}

// URL is the base URL of the HTTP API (JSON-RPC at URL/, REST at URL/v1).
func (s *Service) URL() string { return s.url }

// OpsURL is the base URL of the operators' listener (/metrics, /healthz,
// /readyz, /debug/pprof); empty when it is off.
func (s *Service) OpsURL() string { return s.opsURL }

// Ready reports whether the engine is running (not rebuilding).
func (s *Service) Ready() bool {
	eng := s.engine()
	return eng != nil && eng.Err() == nil
}

// Engine returns the current engine (nil while rebuilding), for embedders
// and tests that need its counters.
func (s *Service) Engine() *engine.Engine { return s.engine() }

func (s *Service) engine() *engine.Engine {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.eng
}

func (s *Service) setEngine(e *engine.Engine) *engine.Engine {
	s.mu.Lock()
	defer s.mu.Unlock()
	old := s.eng
	s.eng = e
	return old
}

// emptyBlockTime is the engine's interval of empty blocks, 0 for none.
func (s *Service) emptyBlockTime() time.Duration {
	if !s.cfg.EmptyBlocks {
		return 0
	}
	return s.cfg.EmptyBlockTime
}

func (s *Service) engineConfig() engine.Config {
	alloc := make([]engine.GenesisAccount, len(s.cfg.DevGenesisAlloc))
	for i, a := range s.cfg.DevGenesisAlloc {
		alloc[i] = engine.GenesisAccount{Address: a.Address, Balance: a.Balance}
	}
	return engine.Config{
		Params:         s.params,
		GenesisAlloc:   alloc,
		GenesisRoot:    s.cfg.GenesisStateRoot,
		BlockTime:      s.cfg.BlockTime,
		EmptyBlocks:    s.emptyBlockTime(),
		MaxBlockTxs:    s.cfg.MaxBlockTxs,
		MaxBlockBytes:  s.cfg.MaxBlockBytes,
		MaxPending:     s.cfg.MaxPending,
		MaxGroupTxs:    s.cfg.MaxGroupTxs,
		FutureNonces:   s.cfg.FutureNonces,
		FutureTotal:    s.cfg.FutureTotal,
		FutureLifetime: s.cfg.FutureLifetime,
		SnapshotEvery:  s.cfg.SnapshotEvery,
		RecentTxs:      s.cfg.RecentTxs,
	}
}

func (s *Service) openEngine(ctx context.Context) (*engine.Engine, error) {
	var src engine.DepositSource
	if s.deposits != nil {
		src = s.deposits
	}
	eng, err := engine.Open(ctx, s.engineConfig(), s.pool, src, s.log.Named("engine"), s.engineMetrics)
	if err != nil {
		return nil, fmt.Errorf("sequencer: rebuilding state from the database: %w", err)
	}
	eng.Start()
	return eng, nil
}

// supervise replaces a failed engine with one rebuilt from the database.
func (s *Service) supervise(life context.Context) {
	for {
		eng := s.engine()
		if eng == nil {
			return
		}
		select {
		case <-life.Done():
			return
		case <-eng.Failed():
		}
		s.metrics.rebuilds.Inc()
		s.setEngine(nil)
		eng.Close()
		backoff := 200 * time.Millisecond
		for {
			s.log.Warn("rebuilding the sequencer from the database", zap.NamedError("cause", eng.Err()))
			ctx, cancel := context.WithTimeout(life, 10*time.Minute)
			next, err := s.openEngine(ctx)
			cancel()
			if err == nil {
				s.setEngine(next)
				s.log.Info("sequencer rebuilt; accepting transactions again")
				break
			}
			s.log.Error("rebuilding the sequencer failed; retrying", zap.Error(err), zap.Duration("in", backoff))
			select {
			case <-life.Done():
				return
			case <-time.After(backoff):
			}
			backoff = min(backoff*2, 10*time.Second)
		}
	}
}

// followBatches refreshes the safe and finalized heads from the batch table.
func (s *Service) followBatches(life context.Context) {
	poll.Every(life, time.Second, func() {
		if err := s.refreshBatchHeads(life); err != nil && life.Err() == nil {
			s.log.Debug("reading batch heads", zap.Error(err))
		}
	})
}

// serviceMetrics are the service-level metrics.
type serviceMetrics struct {
	rebuilds     prometheus.Counter
	http         *prometheus.CounterVec
	connsRefused *prometheus.CounterVec
}

func newServiceMetrics(reg prometheus.Registerer) *serviceMetrics {
	m := &serviceMetrics{
		rebuilds: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "sequencer", Name: "rebuilds_total",
			Help: "Times the engine failed and was rebuilt from the database."}),
		http: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "sequencer", Name: "http_requests_total",
			Help: "HTTP requests by route group and status class."}, []string{"route", "status"}),
		connsRefused: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "sequencer", Name: "http_connections_refused_total",
			Help: "Connections closed on accept: per_client (the client holds MaxConnsPerClient), full (MaxConns open, none idle)."},
			[]string{"reason"}),
	}
	reg.MustRegister(m.rebuilds, m.http, m.connsRefused)
	return m
}
