// Package connguard bounds the HTTP connections a server holds, in total and
// per client address, so that one client cannot lock every other out by
// holding connections open, and reclaims idle keep-alive connections when
// the server runs short of them.
//
// A Listener wraps the server's net.Listener; the http.Server's ConnState
// hook must be the Listener's ConnState, which tells it which connections are
// idle. A new connection is refused when its client already holds
// MaxPerClient connections: it gets an HTTP 503 that says why (a raw
// "Connection: close" answer written before its request is read) and is
// closed. When the total reaches Max, idle
// connections of the client holding the most are closed to make room, and the
// new one is refused only if none is idle. While more than three quarters of
// Max are open, connections idle for longer than PressureIdle are closed.
package connguard

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
	"time"
)

// Config bounds the connections.
type Config struct {
	// Max is the most connections open at once.
	Max int
	// MaxPerClient is the most connections one client address holds.
	MaxPerClient int
	// PressureIdle is how long a connection may stay idle while the server
	// is short of connections (more than 3/4 of Max open).
	PressureIdle time.Duration
	// OnRefuse, when set, is called with the reason ("per_client", "full")
	// for every refused connection.
	OnRefuse func(reason string)
}

// Listener is a guarded net.Listener.
type Listener struct {
	net.Listener
	cfg Config

	mu      sync.Mutex
	conns   map[*conn]struct{}
	clients map[string]int
	done    chan struct{}
	once    sync.Once
	// refusing holds a token per refused connection being answered.
	refusing chan struct{}
}

type conn struct {
	net.Conn
	l         *Listener
	client    string
	idle      bool
	idleSince time.Time
	closeOnce sync.Once
}

// New wraps ln. It starts a reaper that stops with Close.
func New(ln net.Listener, cfg Config) *Listener {
	if cfg.PressureIdle <= 0 {
		cfg.PressureIdle = 5 * time.Second
	}
	l := &Listener{Listener: ln, cfg: cfg, conns: map[*conn]struct{}{}, clients: map[string]int{}, done: make(chan struct{}),
		refusing: make(chan struct{}, maxRefusing)}
	go l.reap()
	return l
}

// Accept returns the next connection the bounds admit.
func (l *Listener) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		gc, reason := l.admit(c)
		if gc != nil {
			return gc, nil
		}
		if l.cfg.OnRefuse != nil {
			l.cfg.OnRefuse(reason)
		}
		l.refuse(c, reason)
	}
}

// maxRefusing bounds the refused connections being answered at once; beyond
// it a refused connection is closed without an answer.
const maxRefusing = 256

// refuse answers c with a 503 that names the bound, then closes it. The
// answer goes out on a goroutine with a deadline: the client's request is
// read and discarded so that closing does not reset the answer away.
func (l *Listener) refuse(c net.Conn, reason string) {
	select {
	case l.refusing <- struct{}{}:
	default:
		_ = c.Close()
		return
	}
	msg := fmt.Sprintf("too many connections from your address (at most %d): reuse keep-alive connections, or raise the server's per-client limit (rollup sequencer --max-conns-per-client)\n", l.cfg.MaxPerClient)
	if reason == "full" {
		msg = fmt.Sprintf("the server holds its most connections (%d) and none is idle: retry shortly\n", l.cfg.Max)
	}
	go func() {
		defer func() { <-l.refusing }()
		defer c.Close()
		_ = c.SetDeadline(time.Now().Add(time.Second))
		_, _ = fmt.Fprintf(c, "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"+
			"Retry-After: 1\r\nConnection: close\r\nContent-Length: %d\r\n\r\n%s", len(msg), msg)
		if tc, ok := c.(interface{ CloseWrite() error }); ok {
			_ = tc.CloseWrite()
		}
		_, _ = io.Copy(io.Discard, io.LimitReader(c, 64<<10))
	}()
}

func clientOf(c net.Conn) string {
	if a, ok := c.RemoteAddr().(*net.TCPAddr); ok {
		return a.IP.String()
	}
	host, _, err := net.SplitHostPort(c.RemoteAddr().String())
	if err != nil {
		return c.RemoteAddr().String()
	}
	return host
}

func (l *Listener) admit(c net.Conn) (*conn, string) {
	client := clientOf(c)
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.clients[client] >= l.cfg.MaxPerClient {
		return nil, "per_client"
	}
	if len(l.conns) >= l.cfg.Max && !l.reclaimLocked() {
		return nil, "full"
	}
	gc := &conn{Conn: c, l: l, client: client}
	l.conns[gc] = struct{}{}
	l.clients[client]++
	return gc, ""
}

// reclaimLocked closes one idle connection, of the client that holds the most
// connections if it has one idle, else the one idle the longest; it reports
// whether it closed one.
func (l *Listener) reclaimLocked() bool {
	var victim *conn
	for c := range l.conns {
		if !c.idle {
			continue
		}
		if victim == nil || l.clients[c.client] > l.clients[victim.client] ||
			l.clients[c.client] == l.clients[victim.client] && c.idleSince.Before(victim.idleSince) {
			victim = c
		}
	}
	if victim == nil {
		return false
	}
	l.dropLocked(victim)
	_ = victim.Conn.Close()
	return true
}

func (l *Listener) dropLocked(c *conn) {
	if _, ok := l.conns[c]; !ok {
		return
	}
	delete(l.conns, c)
	if l.clients[c.client]--; l.clients[c.client] <= 0 {
		delete(l.clients, c.client)
	}
}

// ConnState is the http.Server ConnState hook: it tracks idle connections.
func (l *Listener) ConnState(nc net.Conn, st http.ConnState) {
	c, ok := nc.(*conn)
	if !ok {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	c.idle = st == http.StateIdle
	if c.idle {
		c.idleSince = time.Now()
	}
}

// Open returns the connections open now.
func (l *Listener) Open() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.conns)
}

// reap closes connections idle longer than PressureIdle while the server is
// short of connections.
func (l *Listener) reap() {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-l.done:
			return
		case <-t.C:
		}
		l.mu.Lock()
		if len(l.conns)*4 > l.cfg.Max*3 {
			cut := time.Now().Add(-l.cfg.PressureIdle)
			for c := range l.conns {
				if c.idle && c.idleSince.Before(cut) {
					l.dropLocked(c)
					_ = c.Conn.Close()
				}
			}
		}
		l.mu.Unlock()
	}
}

// Close closes the listener and stops the reaper.
func (l *Listener) Close() error {
	l.once.Do(func() { close(l.done) })
	return l.Listener.Close()
}

// Close releases the connection's place.
func (c *conn) Close() error {
	err := c.Conn.Close()
	c.closeOnce.Do(func() {
		c.l.mu.Lock()
		c.l.dropLocked(c)
		c.l.mu.Unlock()
	})
	return err
}
