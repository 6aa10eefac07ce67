package rpc

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"sync"
	"time"

	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/gorilla/websocket"
	"go.uber.org/zap"
)

// WebSocket limits.
const (
	// wsMaxSubscriptions bounds the subscriptions of one connection.
	wsMaxSubscriptions = 128
	// wsSendQueue is how many messages may wait for a slow client; when it is
	// full the connection is closed (the client is not keeping up).
	wsSendQueue = 1024
	// wsPoll is how often a connection with subscriptions looks for new
	// blocks and transactions.
	wsPoll = 50 * time.Millisecond
	// wsMaxCatchUp bounds the headers sent at once after a gap.
	wsMaxCatchUp = 128
	wsPingEvery  = 30 * time.Second
	wsWriteWait  = 10 * time.Second
)

var upgrader = websocket.Upgrader{
	ReadBufferSize:  4096,
	WriteBufferSize: 4096,
	// Browsers' cross-origin rules do not bind WebSocket; the API is public
	// and read-only or signed, so every origin may connect (as geth with
	// --ws.origins '*').
	CheckOrigin: func(*http.Request) bool { return true },
}

// IsWebSocket reports whether r asks to upgrade to WebSocket.
func IsWebSocket(r *http.Request) bool { return websocket.IsWebSocketUpgrade(r) }

// ServeWS upgrades r to WebSocket and serves JSON-RPC on the connection:
// every HTTP method, single and batch, plus eth_subscribe (newHeads, logs,
// newPendingTransactions) and eth_unsubscribe, as go-ethereum's server does.
func (s *Server) ServeWS(w http.ResponseWriter, r *http.Request) {
	conn, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return // Upgrade answered the client
	}
	conn.SetReadLimit(s.limits.MaxBodyBytes)
	ctx, cancel := context.WithCancel(context.Background())
	c := &wsConn{s: s, conn: conn, out: make(chan []byte, wsSendQueue), cancel: cancel, subs: map[string]*wsSub{}, wake: make(chan struct{}, 1)}
	if !s.addWS(c) {
		cancel()
		_ = conn.Close()
		return
	}
	defer s.removeWS(c)
	s.metrics.wsConns.Inc()
	defer s.metrics.wsConns.Dec()
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); c.writeLoop(ctx) }()
	go func() { defer wg.Done(); c.pollLoop(ctx) }()
	c.readLoop(ctx)
	cancel()
	wg.Wait()
	_ = conn.Close()
}

func (s *Server) addWS(c *wsConn) bool {
	s.wsMu.Lock()
	defer s.wsMu.Unlock()
	if s.wsClosed {
		return false
	}
	if s.ws == nil {
		s.ws = map[*wsConn]struct{}{}
	}
	s.ws[c] = struct{}{}
	return true
}

func (s *Server) removeWS(c *wsConn) {
	s.wsMu.Lock()
	defer s.wsMu.Unlock()
	delete(s.ws, c)
}

// Close closes every WebSocket connection and refuses new ones (the HTTP
// server's Shutdown does not reach upgraded connections).
func (s *Server) Close() {
	s.wsMu.Lock()
	defer s.wsMu.Unlock()
	s.wsClosed = true
	for c := range s.ws {
		c.cancel()
	}
}

// wsConn is one WebSocket client.
type wsConn struct {
	s      *Server
	conn   *websocket.Conn
	out    chan []byte
	cancel context.CancelFunc

	mu   sync.Mutex
	subs map[string]*wsSub
	wake chan struct{} // a subscription was added
}

// wsSub is one subscription and what it has delivered.
type wsSub struct {
	id    string
	kind  string
	heads headCursor // newHeads
	txs   txCursor   // newPendingTransactions
	logs  *logCursor // logs
}

// send queues a message; a client that does not read is dropped.
func (c *wsConn) send(b []byte) {
	select {
	case c.out <- b:
	default:
		c.s.log.Info("closing a WebSocket client that does not keep up")
		c.cancel()
	}
}

func (c *wsConn) writeLoop(ctx context.Context) {
	ping := time.NewTicker(wsPingEvery)
	defer ping.Stop()
	for {
		select {
		case <-ctx.Done():
			_ = c.conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseNormalClosure, ""), time.Now().Add(time.Second))
			_ = c.conn.Close() // ends the read loop too
			return
		case b := <-c.out:
			_ = c.conn.SetWriteDeadline(time.Now().Add(wsWriteWait))
			if err := c.conn.WriteMessage(websocket.TextMessage, b); err != nil {
				c.cancel()
			}
		case <-ping.C:
			if err := c.conn.WriteControl(websocket.PingMessage, nil, time.Now().Add(wsWriteWait)); err != nil {
				c.cancel()
			}
		}
	}
}

func (c *wsConn) readLoop(ctx context.Context) {
	for {
		_, msg, err := c.conn.ReadMessage()
		if err != nil {
			return
		}
		body := bytes.TrimLeft(msg, " \t\r\n")
		if len(body) > 0 && body[0] == '[' {
			c.batch(ctx, body)
			continue
		}
		var req request
		if err := parseRequest(body, &req); err != nil {
			c.send(encode(response{JSONRPC: "2.0", ID: nullID, Error: &Error{Code: CodeParseError, Message: "parse error: " + err.Error()}}))
			continue
		}
		if resp, ok := c.call(ctx, &req); ok {
			c.send(encode(resp))
		}
	}
}

func (c *wsConn) batch(ctx context.Context, body []byte) {
	var reqs []json.RawMessage
	if err := json.Unmarshal(body, &reqs); err != nil {
		c.send(encode(response{JSONRPC: "2.0", ID: nullID, Error: &Error{Code: CodeParseError, Message: "parse error: " + err.Error()}}))
		return
	}
	if len(reqs) == 0 || len(reqs) > c.s.limits.MaxBatchLen {
		c.send(encode(response{JSONRPC: "2.0", ID: nullID, Error: &Error{Code: CodeInvalidRequest, Message: "invalid request: empty batch or too many calls"}}))
		return
	}
	var out bytes.Buffer
	out.WriteByte('[')
	n := 0
	for _, raw := range reqs {
		var req request
		resp, ok := response{JSONRPC: "2.0", ID: nullID, Error: &Error{Code: CodeInvalidRequest, Message: "invalid request"}}, true
		if err := json.Unmarshal(raw, &req); err == nil {
			resp, ok = c.call(ctx, &req)
		}
		if !ok {
			continue
		}
		if n > 0 {
			out.WriteByte(',')
		}
		writeResponse(&out, &resp)
		n++
	}
	out.WriteByte(']')
	if n > 0 {
		c.send(out.Bytes())
	}
}

// call answers one request: the subscription methods here, the others as
// over HTTP (with the request timeout).
func (c *wsConn) call(ctx context.Context, req *request) (response, bool) {
	switch req.Method {
	case "eth_subscribe", "eth_unsubscribe":
		id := req.ID
		if len(id) == 0 {
			id = nullID
		}
		resp := response{JSONRPC: "2.0", ID: id}
		var result any
		var err error
		if req.Method == "eth_subscribe" {
			result, err = c.subscribe(req.Params)
		} else {
			result, err = c.unsubscribe(req.Params)
		}
		if err != nil {
			resp.Error = toError(err)
		} else {
			resp.Result, _ = json.Marshal(result)
		}
		c.s.metrics.observe(req.Method, resp.Error, 0)
		return resp, !req.isNotification()
	}
	cctx, cancel := context.WithTimeout(ctx, c.s.limits.RequestTimeout)
	defer cancel()
	return c.s.call(cctx, req)
}

func (c *wsConn) subscribe(p json.RawMessage) (any, error) {
	var (
		kind   string
		filter json.RawMessage
	)
	if err := parseParams(p, 1, &kind, &filter); err != nil {
		return nil, err
	}
	sub := &wsSub{id: newSubID(), kind: kind}
	switch kind {
	case "newHeads":
		sub.heads = newHeadCursor(c.s.eth.b)
	case "newPendingTransactions":
		sub.txs = newTxCursor(c.s.eth.b, c.s.limits.RequestTimeout)
	case "logs":
		f, err := parseLogFilter(filter)
		if err != nil {
			return nil, err
		}
		q, err := f.compile()
		if err != nil {
			return nil, err
		}
		sub.logs = newLogCursor(c.s.eth.b, q)
	default:
		return nil, invalidParams("unsupported subscription %q: newHeads, logs and newPendingTransactions are", kind)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.subs) >= wsMaxSubscriptions {
		return nil, &Error{Code: CodeLimitExceeded, Message: "too many subscriptions on this connection"}
	}
	c.subs[sub.id] = sub
	select {
	case c.wake <- struct{}{}:
	default:
	}
	return sub.id, nil
}

func (c *wsConn) unsubscribe(p json.RawMessage) (any, error) {
	var id string
	if err := parseParams(p, 1, &id); err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	_, ok := c.subs[id]
	delete(c.subs, id)
	return ok, nil
}

// newSubID returns a subscription or filter ID as geth makes them: 16 random
// bytes as a quantity (hex without leading zeros, as the spec's uint wants).
func newSubID() string { return string(gethrpc.NewID()) }

// pollLoop delivers the subscriptions' notifications.
func (c *wsConn) pollLoop(ctx context.Context) {
	t := time.NewTicker(wsPoll)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-c.wake:
		case <-t.C:
		}
		c.mu.Lock()
		subs := make([]*wsSub, 0, len(c.subs))
		for _, s := range c.subs {
			subs = append(subs, s)
		}
		c.mu.Unlock()
		for _, sub := range subs {
			if err := c.deliver(ctx, sub); err != nil && ctx.Err() == nil {
				c.s.log.Debug("WebSocket notification", zap.String("kind", sub.kind), zap.Error(err))
			}
		}
	}
}

func (c *wsConn) deliver(ctx context.Context, sub *wsSub) error {
	switch sub.kind {
	case "newHeads":
		blocks, err := sub.heads.next(ctx, c.s.eth.b, wsMaxCatchUp)
		for _, b := range blocks {
			head, herr := c.s.eth.headerJSON(ctx, b)
			if herr != nil {
				return herr
			}
			if !c.notify(sub, head) {
				return nil
			}
		}
		return err
	case "newPendingTransactions":
		hashes, err := sub.txs.next(ctx, c.s.eth.b, wsSendQueue)
		for _, h := range hashes {
			if !c.notify(sub, h) {
				return nil
			}
		}
		return err
	case "logs":
		logs, err := sub.logs.next(ctx, c.s.eth)
		for _, l := range logs {
			if !c.notify(sub, l) {
				return nil
			}
		}
		return err
	}
	return nil
}

// notify sends one eth_subscription message; false when the subscription
// was cancelled meanwhile.
func (c *wsConn) notify(sub *wsSub, result any) bool {
	c.mu.Lock()
	_, live := c.subs[sub.id]
	c.mu.Unlock()
	if !live {
		return false
	}
	msg, err := json.Marshal(struct {
		JSONRPC string `json:"jsonrpc"`
		Method  string `json:"method"`
		Params  struct {
			Subscription string `json:"subscription"`
			Result       any    `json:"result"`
		} `json:"params"`
	}{JSONRPC: "2.0", Method: "eth_subscription", Params: struct {
		Subscription string `json:"subscription"`
		Result       any    `json:"result"`
	}{sub.id, result}})
	if err != nil {
		return false
	}
	c.send(msg)
	return true
}

func encode(r response) []byte {
	var b bytes.Buffer
	writeResponse(&b, &r)
	return b.Bytes()
}
