package loadgen

import (
	"bufio"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestReadResponse(t *testing.T) {
	cases := []struct {
		name, in, body string
		status         int
		keep           bool
	}{
		{"content length", "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5\r\n\r\nhello", "hello", 200, true},
		{"chunked", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nhel\r\n2;x=y\r\nlo\r\n0\r\n\r\n", "hello", 200, true},
		{"close", "HTTP/1.1 429 Too Many Requests\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}", "{}", 429, false},
		{"no content", "HTTP/1.1 204 No Content\r\n\r\n", "", 204, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			status, body, keep, err := readResponse(bufio.NewReader(strings.NewReader(c.in)))
			require.NoError(t, err)
			require.Equal(t, c.status, status)
			require.Equal(t, c.body, string(body))
			require.Equal(t, c.keep, keep)
		})
	}
	_, _, _, err := readResponse(bufio.NewReader(strings.NewReader("garbage\r\n")))
	require.Error(t, err)
}

func TestParseSendResponse(t *testing.T) {
	ok, kinds, retry := parseSendResponse([]byte(`{"jsonrpc":"2.0","id":1,"result":"0x01"}`), 200, nil, 1, false)
	require.Equal(t, []bool{true}, ok)
	require.Empty(t, kinds)
	require.False(t, retry)
	ok, kinds, _ = parseSendResponse([]byte(`[{"id":1,"result":"0x1"},{"id":2,"error":{"code":-32000,"message":"nonce too low"}}]`), 200, nil, 2, true)
	require.Equal(t, []bool{true, false}, ok)
	require.Equal(t, 1, kinds["nonce too low"])
	_, _, retry = parseSendResponse([]byte(`{"id":1,"error":{"code":-32005,"message":"busy"}}`), 429, nil, 1, false)
	require.True(t, retry)
}
