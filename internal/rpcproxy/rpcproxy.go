// Package rpcproxy is a test helper: an HTTP reverse proxy in front of a
// JSON-RPC endpoint that can be switched off (connections refused) and on
// again on the same port, to test what a service does when its L1 node goes
// away and comes back.
package rpcproxy

import (
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"sync"
	"testing"
	"time"
)

// Proxy forwards HTTP to its target while up.
type Proxy struct {
	t      testing.TB
	target *url.URL
	addr   string
	mu     sync.Mutex
	srv    *http.Server
}

// New starts a proxy to target; it is shut down when the test ends.
func New(t testing.TB, target string) *Proxy {
	t.Helper()
	u, err := url.Parse(target)
	if err != nil {
		t.Fatalf("rpcproxy: target %q: %v", target, err)
	}
	p := &Proxy{t: t, target: u, addr: "127.0.0.1:0"}
	p.Up()
	t.Cleanup(p.Down)
	return p
}

// URL is the proxy's endpoint; it stays the same across Down and Up.
func (p *Proxy) URL() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return "http://" + p.addr
}

// Up serves again (on the same port) after Down; a no-op while up.
func (p *Proxy) Up() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.srv != nil {
		return
	}
	var ln net.Listener
	var err error
	deadline := time.Now().Add(2 * time.Second) // the old socket may linger briefly
	for {
		if ln, err = net.Listen("tcp", p.addr); err == nil || time.Now().After(deadline) {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		p.t.Fatalf("rpcproxy: listening on %s: %v", p.addr, err)
	}
	p.addr = ln.Addr().String()
	p.srv = &http.Server{Handler: httputil.NewSingleHostReverseProxy(p.target)}
	go func(s *http.Server) { _ = s.Serve(ln) }(p.srv)
}

// Down closes the listener and every connection: clients are refused.
func (p *Proxy) Down() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.srv != nil {
		_ = p.srv.Close()
		p.srv = nil
	}
}
