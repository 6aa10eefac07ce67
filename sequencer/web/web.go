// Package web is the sequencer's status page for browsers: one
// self-contained HTML page served at GET / that shows the latest L2 blocks,
// the batches with their L1 status and dispute deadlines, open and decided
// dispute games, deposits and withdrawals, and updates itself by polling the
// sequencer's JSON-RPC (POST /) and REST (/v1) APIs from the browser.
//
// What only L1 knows (games, the ETH locked in the Bridge, claimed
// withdrawals, the L1 clock) comes from GET /ui/l1.json, which the handler
// answers itself when given an L1 connection (WithL1); without one the page
// shows what the sequencer knows.
//
// Mount it on the sequencer's router (Deps.Mount):
//
//	page := web.Handler(web.WithL1(client, deployment))
//	sequencer.Deps{Mount: func(r chi.Router) { web.Mount(r, page) }}
package web

import (
	"context"
	_ "embed"
	"encoding/json"
	"net/http"
	"sync"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/rollup-dev/rollup/l1client/deploy"
)

//go:embed page.html
var page []byte

// Option configures the handler.
type Option func(*handler)

// WithTitle sets the page title (default "rollup").
func WithTitle(t string) Option { return func(h *handler) { h.title = t } }

// WithL1 lets the page show what L1 knows: dispute games, the Bridge's
// balance, claimed withdrawals and the L1 clock (for dispute deadlines).
func WithL1(c L1Reader, d *deploy.Deployment) Option {
	return func(h *handler) { h.l1 = &l1View{c: c, d: d} }
}

// Handler returns the status page handler. It serves GET / (the page) and
// GET /ui/l1.json (L1 facts, 404 without WithL1).
func Handler(opts ...Option) http.Handler {
	h := &handler{title: "rollup"}
	for _, o := range opts {
		o(h)
	}
	r := chi.NewRouter()
	r.Get("/", h.page)
	r.Get("/ui/l1.json", h.l1JSON)
	return r
}

// Mount adds the status page's routes (GET / and /ui/*) to the sequencer's
// router, leaving POST / to the JSON-RPC server.
func Mount(r chi.Router, h http.Handler) {
	r.Method(http.MethodGet, "/", h)
	r.Method(http.MethodGet, "/ui/*", h)
}

type handler struct {
	title string
	l1    *l1View

	mu      sync.Mutex
	cached  []byte
	cachedT time.Time
}

func (h *handler) page(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	_, _ = w.Write(renderPage(h.title))
}

// l1CacheFor bounds how often L1 is read however many pages poll.
const l1CacheFor = time.Second

func (h *handler) l1JSON(w http.ResponseWriter, r *http.Request) {
	if h.l1 == nil {
		http.Error(w, `{"error":"no L1 connection"}`, http.StatusNotFound)
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.cached == nil || time.Since(h.cachedT) > l1CacheFor {
		ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
		defer cancel()
		v, err := h.l1.read(ctx)
		if err != nil {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusBadGateway)
			_ = json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
			return
		}
		b, _ := json.Marshal(v)
		h.cached, h.cachedT = b, time.Now()
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-cache")
	_, _ = w.Write(h.cached)
}
