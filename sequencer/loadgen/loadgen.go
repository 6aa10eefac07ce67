// Package loadgen is the sequencer's load generator (rollup bench load): it
// funds many L2 accounts from one funded key, pre-signs transfers between
// them, sends them over HTTP JSON-RPC at a fixed rate or as fast as a pool of
// workers allows, waits for the receipt of every acknowledged transaction,
// and reports throughput, acknowledgement latency (send to the durable
// answer) and receipt latency (send to the sealed block that holds it
// becoming the chain's head, seen by polling eth_blockNumber). It also measures this
// machine's raw signature-recovery rate, the ceiling of any sequencer that
// recovers every sender.
package loadgen

import (
	"bytes"
	"cmp"
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Config describes one run.
type Config struct {
	// RPC is the sequencer's JSON-RPC URL.
	RPC string
	// Txs is the number of transfers to send (default 20,000).
	Txs int
	// Accounts is the number of sending accounts (default 1,000).
	Accounts int
	// Concurrency is the number of requests in flight (default 64).
	Concurrency int
	// Rate is the target send rate in transactions per second; 0 sends as
	// fast as the workers go.
	Rate float64
	// Batch is the number of transactions per HTTP request (a JSON-RPC batch
	// when above 1; default 1).
	Batch int
	// Funder is a funded L2 key that pays for the accounts.
	Funder *ecdsa.PrivateKey
	// Seed derives the accounts' keys (default: random, so every run uses
	// fresh accounts).
	Seed uint64
	// Timeout bounds the whole run (default 10 minutes).
	Timeout time.Duration
	// EcrecoverSamples is the number of signatures recovered to measure the
	// machine's rate (default 20,000; negative skips the measurement).
	EcrecoverSamples int
	// Progress, if set, receives progress lines.
	Progress io.Writer
	// OnSendStart and OnSendEnd, if set, run around the timed sending phase
	// (e.g. to profile it).
	OnSendStart, OnSendEnd func()
}

// Result is the outcome of a run. The P*ms latencies are from sending a
// request to receiving its acknowledgement; the Receipt*ms ones from sending
// it to the head advancing to the sealed block holding the transaction,
// within HeadPollms.
type Result struct {
	TPS               float64        `json:"tps"`
	P50ms             float64        `json:"p50_ms"`
	P90ms             float64        `json:"p90_ms"`
	P99ms             float64        `json:"p99_ms"`
	Maxms             float64        `json:"max_ms"`
	Meanms            float64        `json:"mean_ms"`
	ReceiptP50ms      float64        `json:"receipt_p50_ms"`
	ReceiptP90ms      float64        `json:"receipt_p90_ms"`
	ReceiptP99ms      float64        `json:"receipt_p99_ms"`
	ReceiptMaxms      float64        `json:"receipt_max_ms"`
	HeadPollms        float64        `json:"head_poll_ms"`
	Sent              int            `json:"sent"`
	Acked             int            `json:"acked"`
	Errors            int            `json:"errors"`
	Busy              int            `json:"busy_retries"`
	ErrorKinds        map[string]int `json:"error_kinds,omitempty"`
	ReceiptsChecked   int            `json:"receipts_checked"`
	ReceiptsMissing   int            `json:"receipts_missing"`
	EcrecoverLimitTPS float64        `json:"ecrecover_limit_tps"`
	FractionOfLimit   float64        `json:"fraction_of_ecrecover_limit"`
	DurationSec       float64        `json:"duration_s"`
	TargetRate        float64        `json:"target_rate"`
	Accounts          int            `json:"accounts"`
	Concurrency       int            `json:"concurrency"`
	Batch             int            `json:"batch"`
	CPUs              int            `json:"cpus"`
}

func (c *Config) defaults() error {
	if c.RPC == "" {
		return errors.New("loadgen: RPC URL is required")
	}
	if c.Funder == nil {
		return errors.New("loadgen: a funded key is required")
	}
	c.Txs = cmp.Or(max(c.Txs, 0), 20_000)
	c.Accounts = cmp.Or(max(c.Accounts, 0), 1000)
	c.Accounts = min(c.Accounts, c.Txs)
	c.Concurrency = cmp.Or(max(c.Concurrency, 0), 64)
	c.Batch = cmp.Or(max(c.Batch, 0), 1)
	c.Timeout = cmp.Or(max(c.Timeout, 0), 10*time.Minute)
	c.EcrecoverSamples = cmp.Or(c.EcrecoverSamples, 20_000)
	c.Seed = cmp.Or(c.Seed, uint64(time.Now().UnixNano()))
	c.Progress = cmp.Or(c.Progress, io.Discard)
	return nil
}

// Run performs one load run.
func Run(ctx context.Context, cfg Config) (*Result, error) {
	if err := cfg.defaults(); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, cfg.Timeout)
	defer cancel()
	c := newClient(cfg.RPC, cfg.Concurrency)

	var chainIDHex hexutil.Big
	if err := c.call(ctx, "eth_chainId", &chainIDHex); err != nil {
		return nil, fmt.Errorf("reading the chain ID: %w", err)
	}
	chainID := chainIDHex.ToInt()
	var gasPrice hexutil.Big
	if err := c.call(ctx, "eth_gasPrice", &gasPrice); err != nil {
		return nil, fmt.Errorf("reading the gas price: %w", err)
	}
	signer := types.LatestSignerForChainID(chainID)

	res := &Result{TargetRate: cfg.Rate, Accounts: cfg.Accounts, Concurrency: cfg.Concurrency, Batch: cfg.Batch,
		CPUs: runtime.NumCPU(), ErrorKinds: map[string]int{}}
	if cfg.EcrecoverSamples > 0 {
		fmt.Fprintf(cfg.Progress, "measuring signature recovery (%d samples on %d CPUs)...\n", cfg.EcrecoverSamples, runtime.NumCPU())
		res.EcrecoverLimitTPS = EcrecoverRate(cfg.EcrecoverSamples)
	}

	keys := deriveKeys(cfg.Seed, cfg.Accounts)
	perAccount := (cfg.Txs + cfg.Accounts - 1) / cfg.Accounts
	value := big.NewInt(1)
	fee := new(big.Int).Mul(gasPrice.ToInt(), big.NewInt(21000))
	need := new(big.Int).Mul(new(big.Int).Add(fee, value), big.NewInt(int64(perAccount)+1))
	fmt.Fprintf(cfg.Progress, "funding %d accounts with %s wei each...\n", cfg.Accounts, need)
	if err := fund(ctx, c, cfg.Funder, signer, gasPrice.ToInt(), keys, need); err != nil {
		return nil, fmt.Errorf("funding the accounts: %w", err)
	}

	fmt.Fprintf(cfg.Progress, "signing %d transfers...\n", cfg.Txs)
	bodies, hashes := presign(keys, cfg.Txs, cfg.Batch, signer, gasPrice.ToInt(), value)

	fmt.Fprintf(cfg.Progress, "sending %d transfers (%d per request, %d in flight, rate %s)...\n", cfg.Txs, cfg.Batch, cfg.Concurrency, rateString(cfg.Rate))
	heads, err := watchHeads(ctx, c)
	if err != nil {
		return nil, fmt.Errorf("reading the head: %w", err)
	}
	defer heads.stop()
	if cfg.OnSendStart != nil {
		cfg.OnSendStart()
	}
	lat, sentAt, elapsed := send(ctx, cfg, bodies, res)
	if cfg.OnSendEnd != nil {
		cfg.OnSendEnd()
	}
	res.DurationSec = elapsed.Seconds()
	res.Sent = cfg.Txs
	summarize(res, lat, elapsed)

	fmt.Fprintf(cfg.Progress, "waiting for %d receipts...\n", res.Acked)
	blocks, checked, missing, err := waitReceipts(ctx, c, hashes, lat)
	if err != nil {
		return nil, fmt.Errorf("checking receipts: %w", err)
	}
	res.ReceiptsChecked, res.ReceiptsMissing = checked, missing
	heads.stop()
	summarizeReceipts(res, heads, blocks, sentAt)
	res.Errors += missing
	if missing > 0 {
		// For example a transfer acknowledged as queued behind a nonce of its
		// account whose send failed.
		res.ErrorKinds["acknowledged, but no receipt in time (queued behind a failed nonce?)"] += missing
	}
	if res.EcrecoverLimitTPS > 0 {
		res.FractionOfLimit = res.TPS / res.EcrecoverLimitTPS
	}
	if len(res.ErrorKinds) == 0 {
		res.ErrorKinds = nil
	}
	return res, nil
}

func rateString(r float64) string {
	if r <= 0 {
		return "unlimited"
	}
	return fmt.Sprintf("%.0f/s", r)
}

// deriveKeys returns n keys derived from seed.
func deriveKeys(seed uint64, n int) []*ecdsa.PrivateKey {
	keys := make([]*ecdsa.PrivateKey, n)
	var buf [16]byte
	binary.BigEndian.PutUint64(buf[:8], seed)
	for i := range keys {
		binary.BigEndian.PutUint64(buf[8:], uint64(i))
		for {
			k, err := crypto.ToECDSA(crypto.Keccak256(buf[:], []byte("rollup loadgen")))
			if err == nil {
				keys[i] = k
				break
			}
			buf[0]++
		}
	}
	return keys
}

// fund sends need wei from funder to every key, in JSON-RPC batches of
// consecutive nonces, and waits for every acknowledgement.
func fund(ctx context.Context, c *client, funder *ecdsa.PrivateKey, signer types.Signer, price *big.Int, keys []*ecdsa.PrivateKey, need *big.Int) error {
	from := crypto.PubkeyToAddress(funder.PublicKey)
	var nonce hexutil.Uint64
	if err := c.call(ctx, "eth_getTransactionCount", &nonce, from, "pending"); err != nil {
		return err
	}
	var bal hexutil.Big
	if err := c.call(ctx, "eth_getBalance", &bal, from, "latest"); err != nil {
		return err
	}
	total := new(big.Int).Mul(new(big.Int).Add(need, new(big.Int).Mul(price, big.NewInt(21000))), big.NewInt(int64(len(keys))))
	if bal.ToInt().Cmp(total) < 0 {
		return fmt.Errorf("the funder %s has %s wei, the run needs %s", from, bal.ToInt(), total)
	}
	const chunk = 200
	for start := 0; start < len(keys); start += chunk {
		end := min(start+chunk, len(keys))
		var body bytes.Buffer
		body.WriteByte('[')
		for i := start; i < end; i++ {
			to := crypto.PubkeyToAddress(keys[i].PublicKey)
			tx, err := types.SignNewTx(funder, signer, &types.DynamicFeeTx{
				ChainID: signer.ChainID(), Nonce: uint64(nonce), GasTipCap: new(big.Int), GasFeeCap: price,
				Gas: 21000, To: &to, Value: need,
			})
			if err != nil {
				return err
			}
			nonce++
			raw, _ := tx.MarshalBinary()
			if i > start {
				body.WriteByte(',')
			}
			fmt.Fprintf(&body, `{"jsonrpc":"2.0","id":%d,"method":"eth_sendRawTransaction","params":["%s"]}`, i, hexutil.Encode(raw))
		}
		body.WriteByte(']')
		for attempt := 0; ; attempt++ {
			out, status, err := c.post(ctx, body.Bytes())
			if err != nil {
				return err
			}
			if status == http.StatusTooManyRequests && attempt < 50 {
				time.Sleep(100 * time.Millisecond)
				continue
			}
			var resps []rpcResponse
			if err := json.Unmarshal(out, &resps); err != nil {
				return fmt.Errorf("funding: %s", truncate(out))
			}
			for _, r := range resps {
				if r.Error != nil {
					return fmt.Errorf("funding transfer rejected: %s", r.Error.Message)
				}
			}
			break
		}
	}
	return nil
}

// presign signs txs transfers, round-robin over the keys (transaction j is
// the (j / len(keys))-th of key j % len(keys)), each to the next account, and
// encodes them into request bodies of batch transactions. Signing runs on
// every CPU.
func presign(keys []*ecdsa.PrivateKey, txs, batch int, signer types.Signer, price, value *big.Int) (bodies [][]byte, hashes []common.Hash) {
	raws := make([][]byte, txs)
	hashes = make([]common.Hash, txs)
	addrs := make([]common.Address, len(keys))
	for i, k := range keys {
		addrs[i] = crypto.PubkeyToAddress(k.PublicKey)
	}
	var wg sync.WaitGroup
	var next atomic.Int64
	for w := 0; w < runtime.NumCPU(); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				j := int(next.Add(1) - 1)
				if j >= txs {
					return
				}
				k := j % len(keys)
				to := addrs[(k+1)%len(addrs)]
				tx, err := types.SignNewTx(keys[k], signer, &types.DynamicFeeTx{
					ChainID: signer.ChainID(), Nonce: uint64(j / len(keys)), GasTipCap: new(big.Int), GasFeeCap: price,
					Gas: 21000, To: &to, Value: value,
				})
				if err != nil {
					panic(err)
				}
				raws[j], _ = tx.MarshalBinary()
				hashes[j] = tx.Hash()
			}
		}()
	}
	wg.Wait()
	for start := 0; start < txs; start += batch {
		end := min(start+batch, txs)
		var b bytes.Buffer
		if batch > 1 {
			b.WriteByte('[')
		}
		for j := start; j < end; j++ {
			if j > start {
				b.WriteByte(',')
			}
			fmt.Fprintf(&b, `{"jsonrpc":"2.0","id":%d,"method":"eth_sendRawTransaction","params":["%s"]}`, j, hexutil.Encode(raws[j]))
		}
		if batch > 1 {
			b.WriteByte(']')
		}
		bodies = append(bodies, b.Bytes())
	}
	return bodies, hashes
}

// send posts the bodies with cfg.Concurrency workers, paced at cfg.Rate, and
// returns each transaction's latency (negative: not acknowledged) and when
// its request was sent.
func send(ctx context.Context, cfg Config, bodies [][]byte, res *Result) ([]time.Duration, []time.Time, time.Duration) {
	lat := make([]time.Duration, cfg.Txs)
	sentAt := make([]time.Time, cfg.Txs)
	for i := range lat {
		lat[i] = -1
	}
	var (
		next              atomic.Int64
		mu                sync.Mutex
		errs, busy, acked int
		wg                sync.WaitGroup
	)
	interval := time.Duration(0)
	if cfg.Rate > 0 {
		interval = time.Duration(float64(time.Second) * float64(cfg.Batch) / cfg.Rate)
	}
	start := time.Now()
	for w := 0; w < cfg.Concurrency; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rc, err := newRawConn(cfg.RPC)
			if err != nil {
				panic(err) // the URL was used successfully before
			}
			defer rc.close()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(bodies) || ctx.Err() != nil {
					return
				}
				if interval > 0 {
					if d := time.Until(start.Add(time.Duration(i) * interval)); d > 0 {
						time.Sleep(d)
					}
				}
				first := i * cfg.Batch
				n := min(cfg.Batch, cfg.Txs-first)
				for {
					t0 := time.Now()
					status, out, err := rc.do(bodies[i], time.Minute)
					d := time.Since(t0)
					if err == nil && status == http.StatusTooManyRequests {
						mu.Lock()
						busy++
						mu.Unlock()
						time.Sleep(20 * time.Millisecond)
						continue
					}
					okIdx, kinds, retry := parseSendResponse(out, status, err, n, cfg.Batch > 1)
					if retry {
						mu.Lock()
						busy++
						mu.Unlock()
						time.Sleep(20 * time.Millisecond)
						continue
					}
					mu.Lock()
					for k := 0; k < n; k++ {
						if okIdx[k] {
							lat[first+k], sentAt[first+k] = d, t0
							acked++
						} else {
							errs++
						}
					}
					for k, v := range kinds {
						res.ErrorKinds[k] += v
					}
					mu.Unlock()
					break
				}
			}
		}()
	}
	done := make(chan struct{})
	go func() {
		tick := time.NewTicker(time.Second)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				mu.Lock()
				a := acked
				mu.Unlock()
				fmt.Fprintf(cfg.Progress, "  %6.1fs  acked %d  (%.0f/s)\n", time.Since(start).Seconds(), a, float64(a)/time.Since(start).Seconds())
			}
		}
	}()
	wg.Wait()
	close(done)
	res.Errors, res.Busy, res.Acked = errs, busy, acked
	return lat, sentAt, time.Since(start)
}

type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

type rpcResponse struct {
	ID     json.RawMessage `json:"id"`
	Result json.RawMessage `json:"result"`
	Error  *rpcError       `json:"error"`
}

// parseSendResponse tells which of the n transactions of a request were
// acknowledged; retry is set when the whole request should be sent again
// (the sequencer was busy for every one of them).
func parseSendResponse(out []byte, status int, err error, n int, batch bool) (ok []bool, kinds map[string]int, retry bool) {
	ok = make([]bool, n)
	kinds = map[string]int{}
	if err != nil {
		kinds["transport: "+shortErr(err)] += n
		return ok, kinds, false
	}
	var resps []rpcResponse
	if batch {
		if e := json.Unmarshal(out, &resps); e != nil {
			kinds[fmt.Sprintf("http %d: %s", status, truncate(out))] += n
			return ok, kinds, false
		}
	} else {
		var r rpcResponse
		if e := json.Unmarshal(out, &r); e != nil {
			kinds[fmt.Sprintf("http %d: %s", status, truncate(out))] += n
			return ok, kinds, false
		}
		resps = []rpcResponse{r}
	}
	allBusy := len(resps) > 0
	for k, r := range resps {
		if k >= n {
			break
		}
		if r.Error == nil {
			ok[k] = true
			allBusy = false
			continue
		}
		if r.Error.Code != -32005 {
			allBusy = false
		}
		kinds[r.Error.Message]++
	}
	if allBusy {
		return ok, nil, true
	}
	return ok, kinds, false
}

func shortErr(err error) string {
	s := err.Error()
	if i := strings.LastIndex(s, ": "); i >= 0 {
		return s[i+2:]
	}
	return s
}

func truncate(b []byte) string {
	if len(b) > 200 {
		return string(b[:200]) + "..."
	}
	return string(b)
}

// summarize computes throughput and latency percentiles.
func summarize(res *Result, lat []time.Duration, elapsed time.Duration) {
	ok := make([]time.Duration, 0, len(lat))
	var sum time.Duration
	for _, d := range lat {
		if d >= 0 {
			ok = append(ok, d)
			sum += d
		}
	}
	if len(ok) == 0 {
		return
	}
	sort.Slice(ok, func(i, j int) bool { return ok[i] < ok[j] })
	pct := func(p float64) time.Duration { return ok[min(len(ok)-1, int(p*float64(len(ok))))] }
	res.P50ms, res.P90ms, res.P99ms, res.Maxms = ms(pct(0.50)), ms(pct(0.90)), ms(pct(0.99)), ms(ok[len(ok)-1])
	res.Meanms = ms(sum / time.Duration(len(ok)))
	res.TPS = float64(len(ok)) / elapsed.Seconds()
}

// client is a minimal JSON-RPC over HTTP client with a connection pool sized
// for the workers.
type client struct {
	url  string
	http *http.Client
	id   atomic.Int64
}

func newClient(url string, conns int) *client {
	tr := &http.Transport{
		DialContext:         (&net.Dialer{Timeout: 5 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		MaxIdleConns:        conns + 8,
		MaxIdleConnsPerHost: conns + 8,
		MaxConnsPerHost:     conns + 8,
		IdleConnTimeout:     time.Minute,
		DisableCompression:  true,
	}
	return &client{url: url, http: &http.Client{Transport: tr, Timeout: time.Minute}}
}

func (c *client) post(ctx context.Context, body []byte) ([]byte, int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url, bytes.NewReader(body))
	if err != nil {
		return nil, 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, 0, err
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	return out, resp.StatusCode, err
}

func (c *client) call(ctx context.Context, method string, result any, params ...any) error {
	if params == nil {
		params = []any{}
	}
	body, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": c.id.Add(1), "method": method, "params": params})
	if err != nil {
		return err
	}
	out, status, err := c.post(ctx, body)
	if err != nil {
		return err
	}
	var r rpcResponse
	if err := json.Unmarshal(out, &r); err != nil {
		return fmt.Errorf("%s: http %d: %s", method, status, truncate(out))
	}
	if r.Error != nil {
		return fmt.Errorf("%s: %s", method, r.Error.Message)
	}
	return json.Unmarshal(r.Result, result)
}

// EcrecoverRate measures how many signatures per second this machine recovers
// with every CPU busy (go-ethereum's secp256k1 recovery, as the sequencer
// uses through l2.ValidateTx).
func EcrecoverRate(samples int) float64 {
	key, _ := crypto.GenerateKey()
	const distinct = 64
	type sig struct {
		hash []byte
		sig  []byte
	}
	sigs := make([]sig, distinct)
	for i := range sigs {
		h := crypto.Keccak256([]byte{byte(i), byte(i >> 8)})
		s, _ := crypto.Sign(h, key)
		sigs[i] = sig{h, s}
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	for w := 0; w < runtime.NumCPU(); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= samples {
					return
				}
				s := sigs[i%distinct]
				if _, err := crypto.Ecrecover(s.hash, s.sig); err != nil {
					panic(err)
				}
			}
		}()
	}
	wg.Wait()
	return float64(samples) / time.Since(start).Seconds()
}
