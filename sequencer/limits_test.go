package sequencer_test

import (
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

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

// TestIdleConnectionFlood: one client (127.0.0.2) opens 4,000 keep-alive
// connections, makes a request on each and leaves them idle; another client
// (127.0.0.3) is still served at once.
func TestIdleConnectionFlood(t *testing.T) {
	env := startService(t, testConfig(t, 1))
	addr := strings.TrimPrefix(env.svc.URL(), "http://")
	flooder := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP("127.0.0.2")}, Timeout: 2 * time.Second}
	var held []net.Conn
	t.Cleanup(func() {
		for _, c := range held {
			_ = c.Close()
		}
	})
	req := []byte("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
	for i := 0; i < 4000; i++ {
		c, err := flooder.Dial("tcp", addr)
		if err != nil {
			continue // the backlog is full: the flood has done what it can
		}
		held = append(held, c)
		_ = c.SetWriteDeadline(time.Now().Add(time.Second))
		_, _ = c.Write(req)
	}
	t.Logf("the flooder holds %d connections", len(held))
	require.Greater(t, len(held), 2048, "more than the server's MaxConns")

	other := &http.Client{Timeout: 5 * time.Second, Transport: &http.Transport{
		DialContext: (&net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP("127.0.0.3")}}).DialContext}}
	for i := 0; i < 20; i++ {
		start := time.Now()
		resp, err := other.Get(env.svc.URL() + "/healthz")
		require.NoError(t, err, "request %d of the other client", i)
		_, _ = io.Copy(io.Discard, resp.Body)
		_ = resp.Body.Close()
		require.Equal(t, http.StatusOK, resp.StatusCode)
		require.Less(t, time.Since(start), 2*time.Second)
	}
}

// TestFutureNonceFloodFromUnfundedKeys: 200 keys without funds each send 64
// transactions with a nonce gap; they cannot fill the queue of transactions
// waiting for a gap, and a funded sender's own gapped transaction is still
// queued and executes once the gap fills.
func TestFutureNonceFloodFromUnfundedKeys(t *testing.T) {
	cfg := testConfig(t, 1)
	env := startService(t, cfg)
	u := env.svc.URL()
	honest, to := testKey(0), addrOf(testKey(1))

	var spam sync.WaitGroup
	var refused atomic.Int64
	for k := 0; k < 200; k += 2 { // two keys a batch request, 100 requests at once
		var calls []string
		for _, key := range []*ecdsa.PrivateKey{testKey(1000 + k), testKey(1001 + k)} {
			for n := 1; n <= 64; n++ {
				raw, _ := transfer(t, key, uint64(n), to, big.NewInt(1)).MarshalBinary()
				calls = append(calls, fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":"eth_sendRawTransaction","params":["%s"]}`, n, hexutil.Encode(raw)))
			}
		}
		spam.Add(1)
		go func(body string) {
			defer spam.Done()
			resp, err := http.Post(u, "application/json", strings.NewReader(body))
			if err != nil {
				return
			}
			defer resp.Body.Close()
			var out []rpcResp
			if json.NewDecoder(resp.Body).Decode(&out) == nil {
				for _, r := range out {
					if r.Error != nil && strings.Contains(r.Error.Message, "insufficient funds") {
						refused.Add(1)
					}
				}
			}
		}("[" + strings.Join(calls, ",") + "]")
	}
	// Wait until the spam is answered, or has filled the queue.
	done := make(chan struct{})
	go func() { spam.Wait(); close(done) }()
	deadline := time.After(20 * time.Second)
wait:
	for {
		select {
		case <-done:
			break wait
		case <-deadline:
			break wait
		case <-time.After(100 * time.Millisecond):
			if futureQueued(t, env.svc.OpsURL()) >= float64(cfg.WithDefaults().FutureTotal) {
				break wait
			}
		}
	}

	// The honest sender's nonce 1 is queued, then executes after its nonce 0.
	tx1 := transfer(t, honest, 1, to, big.NewInt(2))
	r1 := sendRaw(t, u, tx1)
	require.Nil(t, r1.Error, "the funded sender's gapped transaction is queued: %+v", r1.Error)
	r0 := sendRaw(t, u, transfer(t, honest, 0, to, big.NewInt(1)))
	require.Nil(t, r0.Error)
	waitReceipt(t, env.client, tx1.Hash())
	<-done
	require.Equal(t, int64(200*64), refused.Load(), "every unfunded gapped transaction is refused")
}

func futureQueued(t *testing.T, opsURL string) float64 {
	resp, err := http.Get(opsURL + "/metrics")
	require.NoError(t, err)
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "sequencer_engine_future_queued ") {
			var v float64
			_, _ = fmt.Sscan(strings.TrimPrefix(line, "sequencer_engine_future_queued "), &v)
			return v
		}
	}
	return 0
}
