package loadgen

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"strconv"
	"time"
)

// rawConn is a minimal HTTP/1.1 keep-alive client connection for the sending
// phase: one request at a time, a pre-built request head, no goroutines of its
// own. It costs a fraction of net/http's client per request, which leaves
// more of a shared machine to the sequencer being measured.
type rawConn struct {
	addr string
	head []byte // request line and headers up to "Content-Length: "
	conn net.Conn
	br   *bufio.Reader
	buf  []byte
}

func newRawConn(rawURL string) (*rawConn, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, err
	}
	if u.Scheme != "http" {
		return nil, fmt.Errorf("the load generator speaks plain http, not %q", u.Scheme)
	}
	host := u.Host
	if u.Port() == "" {
		host = net.JoinHostPort(u.Hostname(), "80")
	}
	path := u.RequestURI()
	if path == "" {
		path = "/"
	}
	head := fmt.Sprintf("POST %s HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: ", path, u.Host)
	return &rawConn{addr: host, head: []byte(head)}, nil
}

func (c *rawConn) close() {
	if c.conn != nil {
		_ = c.conn.Close()
		c.conn = nil
	}
}

// do sends one request and returns the status and body. On a connection
// error it reconnects once for a request that was not sent yet.
func (c *rawConn) do(body []byte, timeout time.Duration) (int, []byte, error) {
	if c.conn == nil {
		conn, err := net.DialTimeout("tcp", c.addr, 5*time.Second)
		if err != nil {
			return 0, nil, err
		}
		if tc, ok := conn.(*net.TCPConn); ok {
			_ = tc.SetNoDelay(true)
		}
		c.conn, c.br = conn, bufio.NewReaderSize(conn, 64<<10)
	}
	_ = c.conn.SetDeadline(time.Now().Add(timeout))
	c.buf = append(c.buf[:0], c.head...)
	c.buf = strconv.AppendInt(c.buf, int64(len(body)), 10)
	c.buf = append(c.buf, "\r\n\r\n"...)
	c.buf = append(c.buf, body...)
	if _, err := c.conn.Write(c.buf); err != nil {
		c.close()
		return 0, nil, err
	}
	status, out, keep, err := readResponse(c.br)
	if err != nil || !keep {
		c.close()
	}
	return status, out, err
}

// readResponse reads one HTTP/1.1 response with a Content-Length or chunked
// body and reports whether the connection stays open.
func readResponse(br *bufio.Reader) (status int, body []byte, keep bool, err error) {
	line, err := br.ReadSlice('\n')
	if err != nil {
		return 0, nil, false, err
	}
	// "HTTP/1.1 200 OK"
	if len(line) < 12 || !bytes.HasPrefix(line, []byte("HTTP/1.")) {
		return 0, nil, false, fmt.Errorf("bad status line %q", line)
	}
	status, err = strconv.Atoi(string(line[9:12]))
	if err != nil {
		return 0, nil, false, fmt.Errorf("bad status line %q", line)
	}
	length, chunked, keep := -1, false, true
	for {
		h, err := br.ReadSlice('\n')
		if err != nil {
			return 0, nil, false, err
		}
		h = bytes.TrimRight(h, "\r\n")
		if len(h) == 0 {
			break
		}
		k, v, ok := bytes.Cut(h, []byte(":"))
		if !ok {
			continue
		}
		v = bytes.TrimSpace(v)
		switch {
		case bytes.EqualFold(k, []byte("Content-Length")):
			if length, err = strconv.Atoi(string(v)); err != nil {
				return 0, nil, false, fmt.Errorf("bad Content-Length %q", v)
			}
		case bytes.EqualFold(k, []byte("Transfer-Encoding")):
			chunked = bytes.EqualFold(v, []byte("chunked"))
		case bytes.EqualFold(k, []byte("Connection")):
			keep = !bytes.EqualFold(v, []byte("close"))
		}
	}
	switch {
	case chunked:
		for {
			l, err := br.ReadSlice('\n')
			if err != nil {
				return 0, nil, false, err
			}
			l = bytes.TrimRight(l, "\r\n")
			if i := bytes.IndexByte(l, ';'); i >= 0 {
				l = l[:i]
			}
			n, err := strconv.ParseInt(string(l), 16, 64)
			if err != nil {
				return 0, nil, false, fmt.Errorf("bad chunk size %q", l)
			}
			if n == 0 {
				_, err = br.ReadSlice('\n') // the final CRLF (no trailers expected)
				return status, body, keep, err
			}
			start := len(body)
			body = append(body, make([]byte, n)...)
			if _, err := io.ReadFull(br, body[start:]); err != nil {
				return 0, nil, false, err
			}
			if _, err := br.Discard(2); err != nil {
				return 0, nil, false, err
			}
		}
	case length >= 0:
		body = make([]byte, length)
		_, err = io.ReadFull(br, body)
		return status, body, keep, err
	case status == 204 || status == 304:
		return status, nil, keep, nil
	}
	return 0, nil, false, errors.New("response without length")
}
