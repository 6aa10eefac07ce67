package rpc

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/stretchr/testify/require"
)

// jsonValue decodes a JSON value for a semantic comparison (missing is null).
func jsonValue(t *testing.T, b json.RawMessage) any {
	t.Helper()
	d := json.NewDecoder(bytes.NewReader(orNull(b)))
	d.UseNumber()
	var v any
	require.NoError(t, d.Decode(&v), "value %q", b)
	return v
}

// FuzzDecodeRequest checks the request parser's fast path against
// encoding/json: whatever the fast path accepts, encoding/json accepts too and
// reads the same jsonrpc, method, id and params.
func FuzzDecodeRequest(f *testing.F) {
	for _, s := range []string{
		`{"jsonrpc":"2.0","id":1,"method":"eth_sendRawTransaction","params":["0x02f86b"]}`,
		` { "jsonrpc" : "2.0" , "id" : "abc" , "method" : "eth_getBalance" , "params" : ["0x01", {"a":[1,"]"]}] } `,
		`{"jsonrpc":"2.0","id":null,"method":"m"}`,
		`{"method":"m","params":["a\"b"],"jsonrpc":"2.0","id":-1.5e3}`,
		`{"jsonrpc":"2.0","id":[1],"method":"m","params":{"x":true,"y":false,"z":null}}`,
		`{}`, `[]`, `{"id":1e999}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var fast request
		if !fastParse(b, &fast) {
			return
		}
		var slow request
		require.NoError(t, json.Unmarshal(b, &slow), "the fast path accepted %q", b)
		require.Equal(t, slow.JSONRPC, fast.JSONRPC)
		require.Equal(t, slow.Method, fast.Method)
		require.True(t, reflect.DeepEqual(jsonValue(t, slow.ID), jsonValue(t, fast.ID)), "id of %q", b)
		require.True(t, reflect.DeepEqual(jsonValue(t, slow.Params), jsonValue(t, fast.Params)), "params of %q", b)
	})
}

// FuzzSingleHexParam checks the raw-transaction parameter fast path: what it
// accepts is exactly a one-element array holding a 0x-prefixed hex string,
// decoded to the same bytes as hexutil.
func FuzzSingleHexParam(f *testing.F) {
	for _, s := range []string{`["0x0aFF"]`, ` [ "0x" ] `, `["0x0"]`, `["ab"]`, `["0x00", 1]`, `[]`, `"0x00"`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, p []byte) {
		got, ok := singleHexParam(json.RawMessage(p))
		if !ok {
			return
		}
		var params []string
		require.NoError(t, json.Unmarshal(p, &params), "accepted %q", p)
		require.Len(t, params, 1)
		require.True(t, strings.HasPrefix(params[0], "0x") || strings.HasPrefix(params[0], "0X"))
		want, err := hexutil.Decode(params[0])
		if err != nil && len(params[0]) == 2 {
			want, err = []byte{}, nil // "0x": hexutil wants at least one digit pair
		}
		require.NoError(t, err, "accepted %q", p)
		require.Equal(t, want, got)
	})
}

// FuzzLogFilter: any filter object is accepted or refused with an
// invalid-params error, never a panic, and an accepted one has no blockHash
// together with a block range.
func FuzzLogFilter(f *testing.F) {
	for _, s := range []string{`null`, `{}`, `{"fromBlock":"0x1","toBlock":"latest","address":["0x01"],"topics":[null,["0x02"]]}`,
		`{"blockHash":"0x00","fromBlock":"0x1"}`, `{"topics":"x"}`, `[1]`, `{`,
		`{"address":"0x8e89c13b4149dbeb080f46e4ed4d4bb08c9aeabc","topics":["0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef",null,[null]]}`,
		`{"topics":[1]}`, `{"topics":[[1]]}`, `{"topics":[null,null,null,null,null]}`, `{"address":[1]}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		lf, err := parseLogFilter(b)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Code != CodeInvalidParams {
				t.Fatalf("error %v is not invalid params", err)
			}
			return
		}
		if lf.BlockHash != nil && (len(lf.FromBlock) > 0 || len(lf.ToBlock) > 0) {
			t.Fatal("blockHash with a block range accepted")
		}
		q, err := lf.compile()
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Code != CodeInvalidParams {
				t.Fatalf("compile error %v is not invalid params", err)
			}
			return
		}
		if len(q.topics) > 4 {
			t.Fatalf("%d topic positions accepted", len(q.topics))
		}
	})
}
