package sequencer_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// preflight sends the OPTIONS request a browser sends before a JSON-RPC POST
// from origin.
func preflight(t *testing.T, url, origin string) *http.Response {
	t.Helper()
	req, err := http.NewRequest(http.MethodOptions, url, nil)
	require.NoError(t, err)
	req.Header.Set("Origin", origin)
	req.Header.Set("Access-Control-Request-Method", "POST")
	req.Header.Set("Access-Control-Request-Headers", "content-type")
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	return resp
}

func postFrom(t *testing.T, url, origin string) *http.Response {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url, strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}`))
	require.NoError(t, err)
	req.Header.Set("Origin", origin)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	return resp
}

func TestCORS(t *testing.T) {
	cfg := testConfig(t, 0)
	cfg.CORSOrigins = []string{"https://wallet.example"}
	env := startService(t, cfg)
	u := env.svc.URL()

	resp := preflight(t, u, "https://wallet.example")
	require.Equal(t, http.StatusOK, resp.StatusCode)
	require.Equal(t, "https://wallet.example", resp.Header.Get("Access-Control-Allow-Origin"))
	require.Contains(t, resp.Header.Get("Access-Control-Allow-Methods"), "POST")
	require.Contains(t, strings.ToLower(resp.Header.Get("Access-Control-Allow-Headers")), "content-type")

	resp = postFrom(t, u, "https://wallet.example")
	require.Equal(t, http.StatusOK, resp.StatusCode)
	require.Equal(t, "https://wallet.example", resp.Header.Get("Access-Control-Allow-Origin"))

	resp = postFrom(t, u, "https://elsewhere.example")
	require.Empty(t, resp.Header.Get("Access-Control-Allow-Origin"), "an origin not allowed gets no CORS header")

	req, err := http.NewRequest(http.MethodGet, u+"/v1/blocks", nil)
	require.NoError(t, err)
	req.Header.Set("Origin", "https://wallet.example")
	resp, err = http.DefaultClient.Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)
	require.Equal(t, "https://wallet.example", resp.Header.Get("Access-Control-Allow-Origin"), "the REST API too")
}

func TestCORSOff(t *testing.T) {
	env := startService(t, testConfig(t, 0))
	resp := preflight(t, env.svc.URL(), "https://wallet.example")
	require.Empty(t, resp.Header.Get("Access-Control-Allow-Origin"))
	require.Equal(t, http.StatusMethodNotAllowed, resp.StatusCode)
}
