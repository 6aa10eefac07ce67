package loadgen

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// headPoll is how often the head watcher asks for eth_blockNumber: the
// resolution of the receipt latency.
const headPoll = 2 * time.Millisecond

// receiptWait bounds the wait for receipts after the last acknowledgement.
const receiptWait = 30 * time.Second

// headWatcher records when each block number first became the head.
type headWatcher struct {
	mu     sync.Mutex
	first  uint64      // the head when watching began
	seenAt []time.Time // seenAt[i]: when block first+1+i was first seen
	cancel context.CancelFunc
	done   chan struct{}
}

func watchHeads(ctx context.Context, c *client) (*headWatcher, error) {
	var head hexutil.Uint64
	if err := c.call(ctx, "eth_blockNumber", &head); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(ctx)
	w := &headWatcher{first: uint64(head), cancel: cancel, done: make(chan struct{})}
	go func() {
		defer close(w.done)
		tick := time.NewTicker(headPoll)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
			var h hexutil.Uint64
			if err := c.call(ctx, "eth_blockNumber", &h); err != nil {
				continue
			}
			now := time.Now()
			w.mu.Lock()
			for n := w.first + 1 + uint64(len(w.seenAt)); n <= uint64(h); n++ {
				w.seenAt = append(w.seenAt, now)
			}
			w.mu.Unlock()
		}
	}()
	return w, nil
}

func (w *headWatcher) stop() {
	w.cancel()
	<-w.done
}

// seen returns when block n was first seen as the head.
func (w *headWatcher) seen(n uint64) (time.Time, bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if n <= w.first || n-w.first-1 >= uint64(len(w.seenAt)) {
		return time.Time{}, false
	}
	return w.seenAt[n-w.first-1], true
}

// waitReceipts fetches, in batches, the receipt of every acknowledged
// transaction, asking again for those not yet sealed until receiptWait has
// passed; it returns each one's block number (0: none) and counts those
// missing or not successful in the end.
func waitReceipts(ctx context.Context, c *client, hashes []common.Hash, lat []time.Duration) (blocks []uint64, checked, missing int, err error) {
	blocks = make([]uint64, len(hashes))
	var todo []int
	for i, d := range lat {
		if d >= 0 {
			todo = append(todo, i)
		}
	}
	checked = len(todo)
	deadline := time.Now().Add(receiptWait)
	for len(todo) > 0 {
		var again []int
		for start := 0; start < len(todo); start += 500 {
			part := todo[start:min(start+500, len(todo))]
			notYet, err := fetchReceipts(ctx, c, hashes, part, blocks)
			if err != nil {
				return nil, 0, 0, err
			}
			again = append(again, notYet...)
		}
		todo = again
		if len(todo) == 0 || time.Now().After(deadline) {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	return blocks, checked, len(todo), nil
}

// fetchReceipts asks for the receipts of hashes[idx...] in one batch, sets
// the block number of those found and returns the others.
func fetchReceipts(ctx context.Context, c *client, hashes []common.Hash, idx []int, blocks []uint64) ([]int, error) {
	var body bytes.Buffer
	body.WriteByte('[')
	for k, i := range idx {
		if k > 0 {
			body.WriteByte(',')
		}
		fmt.Fprintf(&body, `{"jsonrpc":"2.0","id":%d,"method":"eth_getTransactionReceipt","params":["%s"]}`, k, hashes[i].Hex())
	}
	body.WriteByte(']')
	out, _, err := c.post(ctx, body.Bytes())
	if err != nil {
		return nil, err
	}
	var resps []struct {
		ID     int `json:"id"`
		Result *struct {
			Status      hexutil.Uint64  `json:"status"`
			BlockNumber *hexutil.Uint64 `json:"blockNumber"`
		} `json:"result"`
		Error *rpcError `json:"error"`
	}
	if err := json.Unmarshal(out, &resps); err != nil {
		return nil, fmt.Errorf("%w: %s", err, truncate(out))
	}
	if len(resps) != len(idx) {
		return nil, fmt.Errorf("asked for %d receipts, got %d answers", len(idx), len(resps))
	}
	var notYet []int
	for _, r := range resps {
		if r.ID < 0 || r.ID >= len(idx) {
			return nil, fmt.Errorf("receipt answer with unknown id %d", r.ID)
		}
		i := idx[r.ID]
		if r.Error != nil || r.Result == nil || r.Result.Status != 1 || r.Result.BlockNumber == nil {
			notYet = append(notYet, i)
			continue
		}
		blocks[i] = uint64(*r.Result.BlockNumber)
	}
	return notYet, nil
}

// summarizeReceipts sets the receipt latencies: from each transaction's send
// to its block's first sighting as the head.
func summarizeReceipts(res *Result, w *headWatcher, blocks []uint64, sentAt []time.Time) {
	res.HeadPollms = float64(headPoll.Microseconds()) / 1000
	var ds []time.Duration
	for i, n := range blocks {
		if n == 0 {
			continue
		}
		if at, ok := w.seen(n); ok {
			ds = append(ds, max(at.Sub(sentAt[i]), 0))
		}
	}
	if len(ds) == 0 {
		return
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	pct := func(p float64) float64 { return ms(ds[min(len(ds)-1, int(p*float64(len(ds))))]) }
	res.ReceiptP50ms, res.ReceiptP90ms, res.ReceiptP99ms, res.ReceiptMaxms = pct(0.5), pct(0.9), pct(0.99), ms(ds[len(ds)-1])
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
