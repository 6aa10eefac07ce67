package e2e

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/l1client/devkeys"
)

// TestBench_DevnetRestartAfterBatches measures how long the devnet binary
// takes to be ready again after ROLLUP_BENCH_RESTART_BATCHES batches (make
// bench-restart: 1,000), none of them final: the dispute window is an hour,
// so the challenger and the defender hold every batch. Four senders load it
// with transfers until the batches are posted; then it is killed with SIGKILL
// and started again. The test logs the time to ready and what each part of
// the start took; it asserts only that the agents rebuilt the batches from
// their checkpoints. A benchmark: skipped unless the variable is set.
func TestBench_DevnetRestartAfterBatches(t *testing.T) {
	want, _ := strconv.Atoi(os.Getenv("ROLLUP_BENCH_RESTART_BATCHES"))
	if want <= 0 {
		t.Skip("a benchmark: run it with make bench-restart (ROLLUP_BENCH_RESTART_BATCHES=1000)")
	}
	bin := rollupBinary(t)
	dataDir := devnetDataDir(t)
	l2Port, l1Port := freePort(t), freePort(t)
	args := []string{"--accounts", "5", "--l1-block-time", "100ms", "--block-time", "100ms", "--batch-interval", "100ms",
		"--dispute-window", "1h", "--log-level", "info", "--log-format", "json"}
	p := startDevnetBinary(t, bin, dataDir, l2Port, l1Port, args...)
	l2URL := fmt.Sprintf("http://127.0.0.1:%d", l2Port)
	load := startLoad(t, l2URL, devkeys.MustAccounts(5), 4)
	began := time.Now()
	var batches uint64
	waitFor(t, 30*time.Minute, fmt.Sprintf("%d batches", want), func() bool {
		time.Sleep(time.Second)
		batches = lastBatch(t, l2URL)
		return batches+1 >= uint64(want)
	})
	acked := load.stop()
	time.Sleep(2 * time.Second) // the last open batch is posted
	batches = lastBatch(t, l2URL) + 1
	t.Logf("%d batches, %d transfers in %v", batches, len(acked), time.Since(began).Round(time.Second))
	require.Error(t, p.signal(t, syscall.SIGKILL), "killed")

	t0 := time.Now()
	p = startDevnetBinary(t, bin, dataDir, l2Port, l1Port, args...)
	wall := time.Since(t0)
	parts := startParts(t, p.log)
	t.Logf("restart after %d batches: ready in %v (wall, from exec to banner)", batches, wall.Round(10*time.Millisecond))
	for _, k := range []string{"sequencer", "batcher", "defender", "challenger", "devnet"} {
		t.Logf("  %-10s %s", k, parts[k])
	}
	require.Contains(t, parts["challenger"], "replayed 0 batches", "the challenger rebuilt every batch from its checkpoint")
	require.Contains(t, parts["defender"], "replayed 0 batches", "the defender rebuilt every batch from its checkpoint")
	require.NoError(t, p.signal(t, syscall.SIGINT))
}

// lastBatch reads the index of the last batch posted from the status API.
func lastBatch(t *testing.T, l2URL string) uint64 {
	resp, err := http.Get(l2URL + "/v1/status")
	require.NoError(t, err)
	defer resp.Body.Close()
	var st struct {
		LastBatch *hexutil.Uint64 `json:"lastBatch"`
	}
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&st))
	if st.LastBatch == nil {
		return 0
	}
	return uint64(*st.LastBatch)
}

// startParts reads a JSON log of one start and describes what its parts took.
func startParts(t *testing.T, path string) map[string]string {
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var e map[string]any
		if json.Unmarshal(sc.Bytes(), &e) != nil {
			continue
		}
		took := func(key string) string {
			if v, ok := e[key].(float64); ok {
				return time.Duration(v * float64(time.Second)).Round(time.Millisecond).String()
			}
			return "?"
		}
		logger, _ := e["logger"].(string)
		switch e["msg"] {
		case "state rebuilt":
			out["sequencer"] = fmt.Sprintf("state rebuilt in %s (%v transactions replayed)", took("took"), e["replayed_txs"])
		case "rebuilt the L2 state":
			out["batcher"] = fmt.Sprintf("state rebuilt in %s", took("took"))
		case "state loaded":
			who := "challenger"
			if strings.HasPrefix(logger, "defender") {
				who = "defender"
			}
			out[who] = fmt.Sprintf("loaded in %s (restored %v, replayed %v batches)", took("took"), e["batches_restored"], e["batches_replayed"])
		case "devnet ready":
			out["devnet"] = fmt.Sprintf("ready in %s", took("startup"))
		}
	}
	return out
}
