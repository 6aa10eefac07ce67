package rpc

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"go.uber.org/zap"
)

// Limits bound what one HTTP request may ask of the server.
type Limits struct {
	// MaxBodyBytes caps the request body (single or batch).
	MaxBodyBytes int64
	// MaxBatchLen caps the number of calls in a batch request.
	MaxBatchLen int
	// MaxTxBytes caps one raw transaction given to eth_sendRawTransaction.
	MaxTxBytes int
	// RequestTimeout bounds the handling of one HTTP request, including waiting
	// for the acknowledgement of submitted transactions.
	RequestTimeout time.Duration
	// MaxBatchCalls bounds the calls of all batch requests being served at
	// once; beyond it calls are refused as busy.
	MaxBatchCalls int
	// MaxResponseBytes caps the results of one HTTP request, a batch's results
	// added up: a call whose result would pass it is answered with a
	// "response too large" error instead (like go-ethereum's batch response
	// limit).
	MaxResponseBytes int
	// MaxLogsRange caps the blocks one eth_getLogs may span.
	MaxLogsRange int
}

// DefaultLimits are the limits used when a field is zero.
var DefaultLimits = Limits{
	MaxBodyBytes:   5 << 20,
	MaxBatchLen:    1000,
	MaxTxBytes:     4096,
	RequestTimeout: 30 * time.Second,
	MaxBatchCalls:  20_000,
	// 5 MiB holds a full block with every transaction several times over.
	MaxResponseBytes: 5 << 20,
	MaxLogsRange:     10_000,
}

func (l Limits) withDefaults() Limits {
	d := DefaultLimits
	l.MaxBodyBytes = cmp.Or(max(l.MaxBodyBytes, 0), d.MaxBodyBytes)
	l.MaxBatchLen = cmp.Or(max(l.MaxBatchLen, 0), d.MaxBatchLen)
	l.MaxTxBytes = cmp.Or(max(l.MaxTxBytes, 0), d.MaxTxBytes)
	l.RequestTimeout = cmp.Or(max(l.RequestTimeout, 0), d.RequestTimeout)
	l.MaxBatchCalls = cmp.Or(max(l.MaxBatchCalls, 0), d.MaxBatchCalls)
	l.MaxResponseBytes = cmp.Or(max(l.MaxResponseBytes, 0), d.MaxResponseBytes)
	l.MaxLogsRange = cmp.Or(max(l.MaxLogsRange, 0), d.MaxLogsRange)
	return l
}

// methodFunc runs one call. params is the raw "params" member (may be nil).
type methodFunc func(ctx context.Context, params json.RawMessage) (any, error)

// Server is an http.Handler for JSON-RPC 2.0 over HTTP POST, single and batch.
type Server struct {
	methods map[string]methodFunc
	limits  Limits
	log     *zap.Logger
	metrics *Metrics
	// batchCalls counts the batch calls being served (see Limits.MaxBatchCalls).
	batchCalls atomic.Int64
	// eth answers the subscriptions' payloads (ws.go).
	eth *ethAPI
	// ws are the open WebSocket connections, closed by Close.
	wsMu     sync.Mutex
	ws       map[*wsConn]struct{}
	wsClosed bool
}

// request is one JSON-RPC call as received.
type request struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Method  string          `json:"method"`
	Params  json.RawMessage `json:"params"`
}

func (r *request) isNotification() bool { return len(r.ID) == 0 }

// response is one JSON-RPC answer.
type response struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   *Error          `json:"error,omitempty"`
}

var nullID = json.RawMessage("null")

var bufPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "JSON-RPC requests are POSTed", http.StatusMethodNotAllowed)
		return
	}
	buf := bufPool.Get().(*bytes.Buffer)
	buf.Reset()
	defer func() {
		if buf.Cap() <= 1<<20 {
			bufPool.Put(buf)
		}
	}()
	if r.ContentLength > s.limits.MaxBodyBytes {
		s.writeSingle(w, http.StatusRequestEntityTooLarge, response{JSONRPC: "2.0", ID: nullID, Error: errBodyTooLarge(s.limits.MaxBodyBytes)})
		return
	}
	if _, err := buf.ReadFrom(http.MaxBytesReader(w, r.Body, s.limits.MaxBodyBytes)); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			s.writeSingle(w, http.StatusRequestEntityTooLarge, response{JSONRPC: "2.0", ID: nullID, Error: errBodyTooLarge(s.limits.MaxBodyBytes)})
			return
		}
		http.Error(w, "reading request body: "+err.Error(), http.StatusBadRequest)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.limits.RequestTimeout)
	defer cancel()

	body := bytes.TrimLeft(buf.Bytes(), " \t\r\n")
	if len(body) > 0 && body[0] == '[' {
		s.serveBatch(ctx, w, body)
		return
	}
	var req request
	if err := parseRequest(body, &req); err != nil {
		s.writeSingle(w, http.StatusOK, response{JSONRPC: "2.0", ID: nullID, Error: &Error{Code: CodeParseError, Message: "parse error: " + err.Error()}})
		return
	}
	var budget atomic.Int64
	budget.Store(int64(s.limits.MaxResponseBytes))
	resp, ok := s.call(ctx, &req)
	s.spend(&budget, &resp)
	if !ok {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	status := http.StatusOK
	if resp.Error != nil && resp.Error.Code == CodeLimitExceeded {
		status = http.StatusTooManyRequests
		setRetryAfter(w, resp.Error)
	}
	s.writeSingle(w, status, resp)
}

// serveBatch answers a batch request. Calls run concurrently, but transactions
// are handed to the sequencer in the order they appear in the batch (see order).
func (s *Server) serveBatch(ctx context.Context, w http.ResponseWriter, body []byte) {
	var reqs []json.RawMessage
	if err := json.Unmarshal(body, &reqs); err != nil {
		s.writeSingle(w, http.StatusOK, response{JSONRPC: "2.0", ID: nullID, Error: &Error{Code: CodeParseError, Message: "parse error: " + err.Error()}})
		return
	}
	if len(reqs) == 0 {
		s.writeSingle(w, http.StatusOK, response{JSONRPC: "2.0", ID: nullID, Error: &Error{Code: CodeInvalidRequest, Message: "empty batch"}})
		return
	}
	if len(reqs) > s.limits.MaxBatchLen {
		s.writeSingle(w, http.StatusOK, response{JSONRPC: "2.0", ID: nullID, Error: &Error{Code: CodeLimitExceeded,
			Message: fmt.Sprintf("batch too large: %d calls, at most %d", len(reqs), s.limits.MaxBatchLen)}})
		return
	}
	s.metrics.batchSize.Observe(float64(len(reqs)))
	calls := int64(len(reqs))
	if s.batchCalls.Add(calls) > int64(s.limits.MaxBatchCalls) {
		s.batchCalls.Add(-calls)
		w.Header().Set("Retry-After", "1")
		s.writeSingle(w, http.StatusTooManyRequests, response{JSONRPC: "2.0", ID: nullID, Error: &Error{Code: CodeLimitExceeded,
			Message: "server busy: too many batch calls in progress, retry later", Data: RetryHint{RetryAfterMs: 100}}})
		return
	}
	defer s.batchCalls.Add(-calls)
	var budget atomic.Int64
	budget.Store(int64(s.limits.MaxResponseBytes))
	resps := make([]response, len(reqs))
	keep := make([]bool, len(reqs))
	turns := make([]chan struct{}, len(reqs)+1)
	for i := range turns {
		turns[i] = make(chan struct{})
	}
	close(turns[0])
	var wg sync.WaitGroup
	wg.Add(len(reqs))
	for i, raw := range reqs {
		go func(i int, raw json.RawMessage) {
			defer wg.Done()
			o := &order{wait: turns[i], next: turns[i+1]}
			defer o.release()
			var req request
			if err := parseRequest(raw, &req); err != nil {
				resps[i], keep[i] = response{JSONRPC: "2.0", ID: nullID, Error: &Error{Code: CodeInvalidRequest, Message: "invalid request: " + err.Error()}}, true
				return
			}
			if req.Method != "eth_sendRawTransaction" {
				o.release() // only submissions keep their batch order
			}
			resps[i], keep[i] = s.call(withOrder(ctx, o), &req)
			s.spend(&budget, &resps[i])
		}(i, raw)
	}
	wg.Wait()
	out := bufPool.Get().(*bytes.Buffer)
	out.Reset()
	defer bufPool.Put(out)
	out.WriteByte('[')
	n := 0
	for i := range resps {
		if !keep[i] {
			continue
		}
		if n > 0 {
			out.WriteByte(',')
		}
		n++
		writeResponse(out, &resps[i])
	}
	out.WriteByte(']')
	if n == 0 { // only notifications
		w.WriteHeader(http.StatusNoContent)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(out.Len()))
	_, _ = w.Write(out.Bytes())
}

// spend takes resp's result from the request's response budget; a result
// that does not fit is dropped and answered with an error, so the response
// and the memory held for it stay bounded.
func (s *Server) spend(budget *atomic.Int64, resp *response) {
	n := int64(len(resp.Result))
	if n == 0 || budget.Add(-n) >= 0 {
		return
	}
	resp.Result = nil
	resp.Error = errResponseTooLarge(s.limits.MaxResponseBytes)
	s.metrics.responsesTooLarge.Inc()
}

// call runs one request and reports whether it needs an answer (notifications
// do not get one).
func (s *Server) call(ctx context.Context, req *request) (response, bool) {
	id := req.ID
	if len(id) == 0 {
		id = nullID
	}
	resp := response{JSONRPC: "2.0", ID: id}
	if req.JSONRPC != "2.0" {
		resp.Error = &Error{Code: CodeInvalidRequest, Message: `invalid request: "jsonrpc" must be "2.0"`}
		return resp, true
	}
	if req.Method == "" {
		resp.Error = &Error{Code: CodeInvalidRequest, Message: "invalid request: no method"}
		return resp, true
	}
	if !validID(id) {
		resp.ID = nullID
		resp.Error = &Error{Code: CodeInvalidRequest, Message: "invalid request: id must be a string, number or null"}
		return resp, true
	}
	fn, ok := s.methods[req.Method]
	label := req.Method
	if !ok {
		label = "unknown"
		resp.Error = &Error{Code: CodeMethodNotFound, Message: fmt.Sprintf("the method %s does not exist/is not available", req.Method)}
		s.metrics.observe(label, resp.Error, 0)
		return resp, !req.isNotification()
	}
	start := time.Now()
	result, err := s.safeCall(ctx, fn, req)
	if err != nil {
		resp.Error = toError(err)
		if resp.Error.Code == CodeInternal {
			s.log.Warn("internal error", zap.String("method", req.Method), zap.Error(err))
		}
	} else if b, ok := appendResult(nil, result); ok {
		resp.Result = b
	} else {
		b, merr := json.Marshal(result)
		if merr != nil {
			s.log.Error("encoding result", zap.String("method", req.Method), zap.Error(merr))
			resp.Error = &Error{Code: CodeInternal, Message: "internal error"}
		} else {
			resp.Result = b
		}
	}
	s.metrics.observe(label, resp.Error, time.Since(start))
	return resp, !req.isNotification()
}

// parseRequest decodes one request object, through the fast path when it can.
func parseRequest(b []byte, req *request) error {
	if fastParse(b, req) {
		return nil
	}
	*req = request{}
	return json.Unmarshal(b, req)
}

// fastParse is the fast path of parseRequest: the single-pass split, then a
// validity check of the raw id and params (which the split leaves unchecked),
// so that invalid JSON is always answered as a parse error by encoding/json.
func fastParse(b []byte, req *request) bool {
	return decodeRequest(b, req) &&
		(len(req.ID) == 0 || json.Valid(req.ID)) &&
		(len(req.Params) == 0 || json.Valid(req.Params))
}

func (s *Server) safeCall(ctx context.Context, fn methodFunc, req *request) (result any, err error) {
	defer func() {
		if p := recover(); p != nil {
			s.log.Error("panic in method", zap.String("method", req.Method), zap.Any("panic", p), zap.Stack("stack"))
			err = &Error{Code: CodeInternal, Message: "internal error"}
		}
	}()
	return fn(ctx, req.Params)
}

func validID(id json.RawMessage) bool {
	switch id[0] {
	case '"', 'n':
		return true
	case '{', '[', 't', 'f':
		return false
	}
	return true // a number
}

func (s *Server) writeSingle(w http.ResponseWriter, status int, resp response) {
	out := bufPool.Get().(*bytes.Buffer)
	out.Reset()
	defer bufPool.Put(out)
	writeResponse(out, &resp)
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(out.Len()))
	w.WriteHeader(status)
	_, _ = w.Write(out.Bytes())
}

// writeResponse encodes resp without reflection for the common shapes.
func writeResponse(out *bytes.Buffer, resp *response) {
	out.WriteString(`{"jsonrpc":"2.0","id":`)
	out.Write(resp.ID)
	if resp.Error != nil {
		out.WriteString(`,"error":`)
		b, err := json.Marshal(resp.Error)
		if err != nil {
			b = []byte(`{"code":-32603,"message":"internal error"}`)
		}
		out.Write(b)
	} else {
		out.WriteString(`,"result":`)
		if len(resp.Result) == 0 {
			out.WriteString("null")
		} else {
			out.Write(resp.Result)
		}
	}
	out.WriteByte('}')
}

func setRetryAfter(w http.ResponseWriter, e *Error) {
	secs := 1
	if d, ok := e.Data.(RetryHint); ok && d.RetryAfterMs > 1000 {
		secs = int((d.RetryAfterMs + 999) / 1000)
	}
	w.Header().Set("Retry-After", strconv.Itoa(secs))
}

// order hands submissions to the sequencer in batch order: a call waits for
// wait before submitting and closes next once it has submitted (or given up).
type order struct {
	wait <-chan struct{}
	next chan struct{}
	once sync.Once
}

func (o *order) release() { o.once.Do(func() { close(o.next) }) }

type orderKey struct{}

func withOrder(ctx context.Context, o *order) context.Context {
	return context.WithValue(ctx, orderKey{}, o)
}

// awaitTurn blocks until the calls before this one in its batch have submitted
// their transactions; it returns a function to call once this call has
// submitted. Outside batches it returns at once.
func awaitTurn(ctx context.Context) (done func(), err error) {
	o, _ := ctx.Value(orderKey{}).(*order)
	if o == nil {
		return func() {}, nil
	}
	select {
	case <-o.wait:
		return o.release, nil
	case <-ctx.Done():
		o.release()
		return func() {}, ctx.Err()
	}
}
