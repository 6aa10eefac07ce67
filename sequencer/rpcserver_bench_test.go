package sequencer_test

import (
	"bytes"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/rollup-dev/rollup/sequencer"
)

// BenchmarkRPCServers compares the node's own JSON-RPC server with
// go-ethereum's rpc server on eth_sendRawTransaction, both over the same
// backend (admission, engine, PostgreSQL group commit): 64 senders each send
// their transfers over keep-alive HTTP connections, one per request or in
// batches of 20. It reports transfers per second and the percentiles of the
// request latency.
//
//	go test -run '^$' -bench RPCServers -benchtime 30000x ./sequencer
func BenchmarkRPCServers(b *testing.B) {
	for _, bc := range []struct {
		server string
		batch  int
	}{{"own", 1}, {"go-ethereum", 1}, {"own", 20}, {"go-ethereum", 20}} {
		server, batch := bc.server, bc.batch
		b.Run(fmt.Sprintf("%s/batch=%d", server, batch), func(b *testing.B) {
			const senders = 64
			env := startService(b, testConfig(b, senders+1))
			url := env.svc.URL()
			if server == "go-ethereum" {
				h, stop := sequencer.GethRPCHandler(env.svc)
				ts := httptest.NewServer(h)
				b.Cleanup(func() { ts.Close(); stop() })
				url = ts.URL
			}
			per := max(batch, b.N/senders/batch*batch)
			bodies := make([][]string, senders)
			to := addrOf(testKey(senders))
			for s := range bodies {
				key := testKey(s)
				var calls []string
				for n := 0; n < per; n++ {
					raw, err := transfer(b, key, uint64(n), to, big.NewInt(1)).MarshalBinary()
					if err != nil {
						b.Fatal(err)
					}
					calls = append(calls, fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":"eth_sendRawTransaction","params":["%s"]}`, n, hexutil.Encode(raw)))
					if batch == 1 {
						bodies[s] = append(bodies[s], calls[0])
						calls = nil
					} else if len(calls) == batch {
						// A sender's nonces in one batch: the servers execute a
						// batch's calls in order (go-ethereum: one after another).
						bodies[s] = append(bodies[s], "["+strings.Join(calls, ",")+"]")
						calls = nil
					}
				}
			}
			client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: senders}}
			lat := make([][]time.Duration, senders)
			errs := make(chan error, senders)
			var wg sync.WaitGroup
			b.ResetTimer()
			start := time.Now()
			for s := range bodies {
				wg.Add(1)
				go func(s int) {
					defer wg.Done()
					for _, body := range bodies[s] {
						t0 := time.Now()
						resp, err := client.Post(url, "application/json", strings.NewReader(body))
						if err != nil {
							errs <- err
							return
						}
						out, _ := io.ReadAll(resp.Body)
						resp.Body.Close()
						if !bytes.Contains(out, []byte(`"result"`)) || bytes.Contains(out, []byte(`"error"`)) {
							errs <- fmt.Errorf("%s", out)
							return
						}
						lat[s] = append(lat[s], time.Since(t0))
					}
				}(s)
			}
			wg.Wait()
			took := time.Since(start)
			b.StopTimer()
			close(errs)
			for err := range errs {
				b.Fatal(err)
			}
			var all []time.Duration
			for _, l := range lat {
				all = append(all, l...)
			}
			sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
			b.ReportMetric(float64(len(all)*batch)/took.Seconds(), "tx/s")
			b.ReportMetric(float64(all[len(all)/2].Microseconds())/1000, "p50_ms")
			b.ReportMetric(float64(all[len(all)*99/100].Microseconds())/1000, "p99_ms")
		})
	}
}
