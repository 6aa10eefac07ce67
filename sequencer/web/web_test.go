package web

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/go-chi/chi/v5"
	"github.com/stretchr/testify/require"
)

func TestHandler_ServesThePage(t *testing.T) {
	r := chi.NewRouter()
	r.Post("/", func(w http.ResponseWriter, _ *http.Request) { _, _ = io.WriteString(w, "rpc") })
	Mount(r, Handler(WithTitle(`devnet <b>&</b>`)))
	srv := httptest.NewServer(r)
	defer srv.Close()

	tests := []struct {
		name, method, path string
		status             int
		contains           string
	}{
		{"page", http.MethodGet, "/", http.StatusOK, "<title>devnet &lt;b&gt;&amp;&lt;/b&gt;</title>"},
		{"page polls the JSON-RPC API", http.MethodGet, "/", http.StatusOK, `rpc("rollup_syncStatus")`},
		{"page polls the REST API", http.MethodGet, "/", http.StatusOK, `rest("/batches?limit=10")`},
		{"JSON-RPC stays on POST /", http.MethodPost, "/", http.StatusOK, "rpc"},
		{"no L1 connection", http.MethodGet, "/ui/l1.json", http.StatusNotFound, "no L1 connection"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req, err := http.NewRequest(tc.method, srv.URL+tc.path, nil)
			require.NoError(t, err)
			resp, err := http.DefaultClient.Do(req)
			require.NoError(t, err)
			defer resp.Body.Close()
			body, err := io.ReadAll(resp.Body)
			require.NoError(t, err)
			require.Equal(t, tc.status, resp.StatusCode)
			require.True(t, strings.Contains(string(body), tc.contains), "body lacks %q", tc.contains)
		})
	}
}
