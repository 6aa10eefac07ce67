package sequencer_test

import (
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/stretchr/testify/require"
)

// TestRPCResponseBytesCapped: a small batch request of many full-block reads
// must not make the server build an answer of unbounded size. The results of
// one request add up to at most MaxResponseBytes; the calls past it are
// answered with go-ethereum's "response too large" error.
func TestRPCResponseBytesCapped(t *testing.T) {
	cfg := testConfig(t, 2)
	cfg.MaxResponseBytes = 64 << 10
	env := startService(t, cfg)
	u := env.svc.URL()
	alice, bob := testKey(0), addrOf(testKey(1))
	for i := 0; i < 40; i++ {
		tx := transfer(t, alice, uint64(i), bob, big.NewInt(int64(i+1)))
		raw, _ := tx.MarshalBinary()
		r := call(t, u, "eth_sendRawTransaction", hexutil.Encode(raw))
		require.Nil(t, r.Error)
	}
	var calls []string
	for i := 0; i < 1000; i++ {
		calls = append(calls, fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":"eth_getBlockByNumber","params":["latest",true]}`, i))
	}
	body := "[" + strings.Join(calls, ",") + "]"
	status, out, _ := post(t, u, body)
	require.Equal(t, 200, status)
	require.LessOrEqual(t, len(out), cfg.MaxResponseBytes+1000*200, "results capped; errors are short")
	var resps []rpcResp
	require.NoError(t, json.Unmarshal(out, &resps))
	require.Len(t, resps, 1000)
	ok, tooLarge := 0, 0
	for _, r := range resps {
		switch {
		case r.Error == nil:
			ok++
		case r.Error.Code == -32003:
			tooLarge++
			require.Contains(t, r.Error.Message, "response too large")
		default:
			t.Fatalf("unexpected error %+v", r.Error)
		}
	}
	require.Positive(t, ok, "results that fit are answered")
	require.Positive(t, tooLarge, "the rest is refused")
	t.Logf("request %d bytes, answer %d bytes: %d results, %d refused", len(body), len(out), ok, tooLarge)

	// a single call whose result alone is too large
	cfg2 := testConfig(t, 2)
	cfg2.MaxResponseBytes = 100
	env2 := startService(t, cfg2)
	r := call(t, env2.svc.URL(), "eth_getBlockByNumber", "latest", true)
	require.NotNil(t, r.Error)
	require.Equal(t, -32003, r.Error.Code)
}
