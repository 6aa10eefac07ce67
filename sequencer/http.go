package sequencer

import (
	"encoding/json"
	"net/http"
	"net/http/pprof"
	"strconv"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/cors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/rollup-dev/rollup/sequencer/rest"
	"github.com/rollup-dev/rollup/sequencer/rpc"
)

// router builds the public HTTP routes:
//
//	POST /               Ethereum JSON-RPC (single and batch)
//	GET  /ws, GET / with Upgrade: websocket
//	                     JSON-RPC over WebSocket, with eth_subscribe
//	     /v1/...         REST API, described by GET /v1/openapi.json
//	GET  /healthz        liveness: the process serves HTTP
//	GET  /readyz         readiness: the engine runs (503 while rebuilding)
//	OPTIONS *            CORS preflight, when Config.CORSOrigins is set
//
// GET / is left to Deps.Mount (a status page).
func (s *Service) router() http.Handler {
	r := chi.NewRouter()
	if len(s.cfg.CORSOrigins) > 0 {
		r.Use(cors.Handler(cors.Options{
			AllowedOrigins: s.cfg.CORSOrigins,
			AllowedMethods: []string{http.MethodGet, http.MethodPost, http.MethodOptions},
			AllowedHeaders: []string{"Content-Type", "Accept", "Authorization"},
			MaxAge:         600,
		}))
	}
	rpcServer := rpc.New(s.backend, rpc.Limits{
		MaxBodyBytes:     s.cfg.MaxBodyBytes,
		MaxBatchLen:      s.cfg.MaxBatchLen,
		MaxTxBytes:       s.cfg.MaxTxBytes,
		RequestTimeout:   s.cfg.RequestTimeout,
		MaxResponseBytes: s.cfg.MaxResponseBytes,
		MaxLogsRange:     s.cfg.MaxLogsRange,
	}, s.log.Named("rpc"), s.rpcMetrics)
	s.rpcServer = rpcServer
	// GET / with an Upgrade header is the WebSocket endpoint too (as on geth).
	r.Use(func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
			if req.URL.Path == "/" && rpc.IsWebSocket(req) {
				rpcServer.ServeWS(w, req)
				return
			}
			next.ServeHTTP(w, req)
		})
	})
	r.Method(http.MethodPost, "/", rpcServer)
	r.Get("/ws", rpcServer.ServeWS)
	r.Mount("/v1", rest.New(s.backend, rest.Limits{
		MaxBodyBytes:   s.cfg.MaxBodyBytes,
		MaxTxBytes:     s.cfg.MaxTxBytes,
		RequestTimeout: s.cfg.RequestTimeout,
	}, s.log.Named("rest")))
	s.health(r)
	if s.deps.Mount != nil {
		s.deps.Mount(r)
	}
	return r
}

// opsRouter builds the operators' routes, served on Config.OpsAddr:
//
//	GET  /metrics        Prometheus metrics
//	GET  /healthz, /readyz
//	     /debug/pprof/   profiles, when Config.Pprof
func (s *Service) opsRouter() http.Handler {
	r := chi.NewRouter()
	r.Method(http.MethodGet, "/metrics", promhttp.HandlerFor(s.reg, promhttp.HandlerOpts{Registry: s.reg}))
	s.health(r)
	if s.cfg.Pprof {
		r.HandleFunc("/debug/pprof/*", pprof.Index)
		r.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
		r.HandleFunc("/debug/pprof/profile", pprof.Profile)
		r.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
		r.HandleFunc("/debug/pprof/trace", pprof.Trace)
	}
	return r
}

func (s *Service) health(r chi.Router) {
	r.Get("/healthz", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, map[string]any{"status": "ok"})
	})
	r.Get("/readyz", s.readyz)
}

func (s *Service) readyz(w http.ResponseWriter, _ *http.Request) {
	eng := s.engine()
	if eng == nil || eng.Err() != nil {
		w.Header().Set("Retry-After", "1")
		writeJSON(w, http.StatusServiceUnavailable, map[string]any{"status": "rebuilding"})
		return
	}
	latest, _ := eng.Heads()
	writeJSON(w, http.StatusOK, map[string]any{
		"status":      "ready",
		"latestBlock": strconv.FormatUint(latest.Number, 10),
		"durableSeq":  strconv.FormatUint(eng.DurableSeq(), 10),
		"pending":     eng.Pending(),
	})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
