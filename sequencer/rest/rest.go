// Package rest serves the sequencer's REST API under /v1: accounts,
// transactions, blocks, batches, deposits and withdrawals, described by the
// OpenAPI 3 document at /v1/openapi.json (openapi.json in this package).
//
// Amounts in wei are decimal strings; block numbers, nonces and indexes are
// JSON numbers; hashes and addresses are 0x-prefixed hex.
package rest

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"math/big"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/go-chi/chi/v5"
	"go.uber.org/zap"

	"github.com/rollup-dev/rollup/chain"
)

//go:embed openapi.json
var openAPI []byte

// OpenAPI returns the OpenAPI 3 document of the API.
func OpenAPI() []byte { return openAPI }

// Backend answers the REST calls. Look-ups return (nil, nil) when the thing
// does not exist.
type Backend interface {
	ChainID() uint64
	BaseFee() *big.Int
	Account(addr common.Address) (*big.Int, uint64, error)
	CheckTx(raw []byte) (*chain.Candidate, error)
	SubmitTx(ctx context.Context, c *chain.Candidate) (func(context.Context) (*chain.Tx, error), error)

	BlockByNumber(ctx context.Context, n uint64) (*chain.Block, error)
	BlockByHash(ctx context.Context, h common.Hash) (*chain.Block, error)
	BlockTxs(ctx context.Context, b *chain.Block) ([]*chain.Tx, error)
	Tx(ctx context.Context, h common.Hash) (*chain.Tx, error)
	TxStatus(ctx context.Context, h common.Hash) (*chain.TxStatus, error)
	TxsBySender(ctx context.Context, sender common.Address, beforeNonce uint64, limit int, withdrawalsOnly bool) ([]*chain.Tx, error)

	Batch(ctx context.Context, index uint64) (*chain.Batch, error)
	Batches(ctx context.Context, before uint64, limit int) ([]*chain.Batch, error)
	Deposit(ctx context.Context, index uint64) (*chain.Deposit, error)
	Deposits(ctx context.Context, before uint64, limit int) ([]chain.Deposit, error)
	SyncStatus(ctx context.Context) (*chain.SyncStatus, error)
	Proof(ctx context.Context, target chain.ProofTarget, batch *uint64) (any, error)

	// Tokens are the bridged tokens; TokenBalance and TokenSupply read the
	// current state.
	Tokens(ctx context.Context) ([]chain.Token, error)
	TokenBalance(token, owner common.Address) (*big.Int, error)
	TokenSupply(token common.Address) (*big.Int, error)
}

// Limits bound requests.
type Limits struct {
	MaxBodyBytes   int64
	MaxTxBytes     int
	RequestTimeout time.Duration
}

// API is the REST handler.
type API struct {
	b      Backend
	limits Limits
	log    *zap.Logger
}

// New returns the REST API as an http.Handler to mount at /v1.
func New(b Backend, limits Limits, log *zap.Logger) http.Handler {
	if log == nil {
		log = zap.NewNop()
	}
	if limits.MaxBodyBytes <= 0 {
		limits.MaxBodyBytes = 1 << 20
	}
	if limits.MaxTxBytes <= 0 {
		limits.MaxTxBytes = 4096
	}
	if limits.RequestTimeout <= 0 {
		limits.RequestTimeout = 30 * time.Second
	}
	a := &API{b: b, limits: limits, log: log}
	r := chi.NewRouter()
	r.Get("/openapi.json", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(openAPI)
	})
	r.Get("/status", a.handle(a.status))
	r.Get("/accounts/{address}", a.handle(a.account))
	r.Get("/tokens", a.handle(a.tokens))
	r.Get("/accounts/{address}/transactions", a.handle(a.accountTxs))
	r.Get("/accounts/{address}/withdrawals", a.handle(a.accountWithdrawals))
	r.Post("/transactions", a.handle(a.submit))
	r.Get("/transactions/{hash}", a.handle(a.transaction))
	r.Get("/blocks", a.handle(a.blocks))
	r.Get("/blocks/{id}", a.handle(a.block))
	r.Get("/batches", a.handle(a.batches))
	r.Get("/batches/{index}", a.handle(a.batch))
	r.Get("/deposits", a.handle(a.deposits))
	r.Get("/deposits/{index}", a.handle(a.deposit))
	r.Get("/withdrawals/{hash}", a.handle(a.withdrawal))
	r.Get("/withdrawals/{hash}/proof", a.handle(a.withdrawalProof))
	r.NotFound(func(w http.ResponseWriter, _ *http.Request) {
		writeError(w, &apiError{status: http.StatusNotFound, code: "not_found", msg: "no such endpoint; see /v1/openapi.json"})
	})
	r.MethodNotAllowed(func(w http.ResponseWriter, _ *http.Request) {
		writeError(w, &apiError{status: http.StatusMethodNotAllowed, code: "method_not_allowed", msg: "method not allowed"})
	})
	return r
}

// apiError is an error with its HTTP status and a stable code.
type apiError struct {
	status int
	code   string
	msg    string
	retry  int64
}

func (e *apiError) Error() string { return e.msg }

func badRequest(msg string) *apiError {
	return &apiError{status: http.StatusBadRequest, code: "bad_request", msg: msg}
}

func notFound(msg string) *apiError {
	return &apiError{status: http.StatusNotFound, code: "not_found", msg: msg}
}

// retryer is implemented by overload errors of the sequencer.
type retryer interface{ RetryAfterMs() int64 }

// handle adapts a handler that returns a value or an error.
func (a *API) handle(fn func(ctx context.Context, r *http.Request) (any, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), a.limits.RequestTimeout)
		defer cancel()
		v, err := fn(ctx, r)
		if err != nil {
			var ae *apiError
			var rt retryer
			switch {
			case errors.As(err, &ae):
			case errors.As(err, &rt):
				ae = &apiError{status: http.StatusTooManyRequests, code: "busy", msg: err.Error(), retry: rt.RetryAfterMs()}
			case errors.Is(err, context.DeadlineExceeded):
				ae = &apiError{status: http.StatusGatewayTimeout, code: "timeout", msg: "request timed out"}
			default:
				a.log.Warn("request failed", zap.String("path", r.URL.Path), zap.Error(err))
				ae = &apiError{status: http.StatusInternalServerError, code: "internal", msg: "internal error"}
			}
			writeError(w, ae)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(v)
	}
}

func writeError(w http.ResponseWriter, e *apiError) {
	w.Header().Set("Content-Type", "application/json")
	if e.retry > 0 {
		w.Header().Set("Retry-After", "1")
	}
	w.WriteHeader(e.status)
	body := map[string]any{"error": map[string]any{"code": e.code, "message": e.msg}}
	if e.retry > 0 {
		body["error"].(map[string]any)["retryAfterMs"] = e.retry
	}
	_ = json.NewEncoder(w).Encode(body)
}
