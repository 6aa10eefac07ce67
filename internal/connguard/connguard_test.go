package connguard_test

import (
	"bufio"
	"io"
	"net"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/internal/connguard"
)

func serve(t *testing.T, cfg connguard.Config) (*connguard.Listener, string) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	g := connguard.New(ln, cfg)
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte("ok")) }),
		ConnState: g.ConnState}
	go func() { _ = srv.Serve(g) }()
	t.Cleanup(func() { _ = srv.Close() })
	return g, ln.Addr().String()
}

// idleConn opens a connection from ip, makes one request and leaves it idle.
func idleConn(t *testing.T, ip, addr string) net.Conn {
	t.Helper()
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}, Timeout: time.Second}
	c, err := d.Dial("tcp", addr)
	require.NoError(t, err)
	t.Cleanup(func() { _ = c.Close() })
	_, err = c.Write([]byte("GET / HTTP/1.1\r\nHost: x\r\n\r\n"))
	require.NoError(t, err)
	require.NoError(t, c.SetReadDeadline(time.Now().Add(2*time.Second)))
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	require.NoError(t, err)
	_ = resp.Body.Close()
	return c
}

func waitOpen(t *testing.T, g *connguard.Listener, n int) {
	t.Helper()
	require.Eventually(t, func() bool { return g.Open() == n }, 5*time.Second, 10*time.Millisecond)
}

func TestPerClientBound(t *testing.T) {
	refused := make(chan string, 10)
	g, addr := serve(t, connguard.Config{Max: 10, MaxPerClient: 2, OnRefuse: func(r string) { refused <- r }})
	idleConn(t, "127.0.0.2", addr)
	idleConn(t, "127.0.0.2", addr)
	waitOpen(t, g, 2)
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP("127.0.0.2")}}
	c, err := d.Dial("tcp", addr)
	require.NoError(t, err)
	defer c.Close()
	require.NoError(t, c.SetReadDeadline(time.Now().Add(2*time.Second)))
	_, err = c.Write([]byte("GET / HTTP/1.1\r\nHost: x\r\n\r\n"))
	require.NoError(t, err)
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	require.NoError(t, err, "the third connection of one client is answered")
	body, _ := io.ReadAll(resp.Body)
	require.Equal(t, http.StatusServiceUnavailable, resp.StatusCode)
	require.Contains(t, string(body), "too many connections from your address (at most 2)")
	require.Equal(t, "1", resp.Header.Get("Retry-After"))
	_, err = c.Read(make([]byte, 1))
	require.Error(t, err, "and closed")
	require.Equal(t, "per_client", <-refused)
	// A client library sees the reason too.
	hc := &http.Client{Transport: &http.Transport{DialContext: (&net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP("127.0.0.2")}}).DialContext}}
	r2, err := hc.Get("http://" + addr)
	require.NoError(t, err)
	b2, _ := io.ReadAll(r2.Body)
	r2.Body.Close()
	require.Equal(t, http.StatusServiceUnavailable, r2.StatusCode)
	require.Contains(t, string(b2), "--max-conns-per-client")
	idleConn(t, "127.0.0.3", addr) // another client is served
}

func TestFullReclaimsIdle(t *testing.T) {
	g, addr := serve(t, connguard.Config{Max: 4, MaxPerClient: 3})
	a := []net.Conn{idleConn(t, "127.0.0.2", addr), idleConn(t, "127.0.0.2", addr), idleConn(t, "127.0.0.2", addr)}
	idleConn(t, "127.0.0.3", addr)
	waitOpen(t, g, 4)
	// full: a new client gets the place of an idle connection of the client holding the most
	idleConn(t, "127.0.0.4", addr)
	waitOpen(t, g, 4)
	closed := 0
	for _, c := range a {
		_ = c.SetReadDeadline(time.Now().Add(200 * time.Millisecond))
		if _, err := c.Read(make([]byte, 1)); err != nil && !isTimeout(err) {
			closed++
		}
	}
	require.Equal(t, 1, closed)
}

func TestPressureClosesIdle(t *testing.T) {
	g, addr := serve(t, connguard.Config{Max: 4, MaxPerClient: 4, PressureIdle: 200 * time.Millisecond})
	for i := 0; i < 4; i++ {
		idleConn(t, "127.0.0.2", addr)
	}
	waitOpen(t, g, 4)
	waitOpen(t, g, 0) // above 3/4 of Max, idle connections are closed after PressureIdle
}

func isTimeout(err error) bool {
	ne, ok := err.(net.Error)
	return ok && ne.Timeout()
}
