package sequencer_test

import (
	"context"
	"fmt"
	"math/big"
	"math/rand"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"
)

// buildRollup compiles the rollup binary once per test binary.
var (
	buildOnce sync.Once
	buildPath string
	buildErr  error
)

func rollupBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "rollup-bin-")
		if err != nil {
			buildErr = err
			return
		}
		buildPath = filepath.Join(dir, "rollup")
		cmd := exec.Command("go", "build", "-o", buildPath, "github.com/rollup-dev/rollup/cmd/rollup")
		out, err := cmd.CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	require.NoError(t, buildErr)
	return buildPath
}

func freePort(t *testing.T) int {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// seqProcess is a `rollup sequencer` child process.
type seqProcess struct {
	cmd *exec.Cmd
	log *os.File
}

// startProcess starts the process and waits until it answers /readyz.
func startProcess(t *testing.T, bin string, args []string, logPath, url string) *seqProcess {
	t.Helper()
	p := startEarly(t, bin, args, logPath)
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get(url + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return p
			}
		}
		if time.Now().After(deadline) {
			out, _ := os.ReadFile(logPath)
			t.Fatalf("sequencer did not become ready:\n%s", out)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// startEarly starts the process without waiting for it to be ready.
func startEarly(t *testing.T, bin string, args []string, logPath string) *seqProcess {
	t.Helper()
	f, err := os.OpenFile(logPath, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	require.NoError(t, err)
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = f, f
	require.NoError(t, cmd.Start())
	p := &seqProcess{cmd: cmd, log: f}
	t.Cleanup(func() { p.kill() })
	return p
}

func (p *seqProcess) kill() {
	if p.cmd.ProcessState == nil {
		_ = p.cmd.Process.Signal(syscall.SIGKILL)
		_ = p.cmd.Wait()
	}
	_ = p.log.Close()
}

// ackRecord is one acknowledged transaction as the client saw it: when it
// was first sent (an attempt cut by a crash may have stored it) and when it
// was acknowledged.
type ackRecord struct {
	hash        common.Hash
	sent, acked time.Time
}

// TestCrashRecoverySIGKILL runs `rollup sequencer` as a separate process under
// load, kills it with SIGKILL again and again and restarts it. Every
// acknowledged transaction must be stored exactly once, in an order consistent
// with the acknowledgements (a transaction acknowledged before another was
// sent comes first), and the stored chain must re-execute to the same state
// roots; blocks sealed before a crash keep their hash and root.
func TestCrashRecoverySIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the rollup binary")
	}
	bin := rollupBinary(t)
	cfg := testConfig(t, 12)
	port := freePort(t)
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	var alloc []string
	for _, a := range cfg.DevGenesisAlloc {
		alloc = append(alloc, a.Address.Hex()+"="+a.Balance.String())
	}
	args := []string{"sequencer",
		"--database-url", cfg.DatabaseURL,
		"--http-addr", fmt.Sprintf("127.0.0.1:%d", port),
		"--chain-id", fmt.Sprint(cfg.ChainID), "--base-fee", cfg.BaseFee.String(),
		"--fee-recipient", cfg.FeeRecipient.Hex(), "--genesis-timestamp", fmt.Sprint(cfg.GenesisTimestamp),
		"--block-time", "50ms", "--snapshot-every", "500",
		"--dev-genesis-alloc", strings.Join(alloc, ","),
		"--log-format", "json",
	}
	logPath := filepath.Join(t.TempDir(), "sequencer.log")
	proc := startProcess(t, bin, args, logPath, url)

	var (
		mu    sync.Mutex
		acks  []ackRecord
		stop  = make(chan struct{})
		wg    sync.WaitGroup
		bob   = addrOf(testKey(11))
		ctx   = context.Background()
		sends int
	)
	client, err := ethclient.Dial(url)
	require.NoError(t, err)
	defer client.Close()
	for k := 0; k < 10; k++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			key := testKey(k)
			var firstSent time.Time // of the current nonce's first attempt
			for nonce := uint64(0); ; {
				select {
				case <-stop:
					return
				default:
				}
				tx := transfer(t, key, nonce, bob, big.NewInt(int64(k+1)))
				if firstSent.IsZero() {
					firstSent = time.Now()
				}
				sent := firstSent
				cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
				err := client.SendTransaction(cctx, tx)
				cancel()
				now := time.Now()
				mu.Lock()
				sends++
				if err == nil {
					acks = append(acks, ackRecord{hash: tx.Hash(), sent: sent, acked: now})
					nonce++ // else: resend the same transaction (idempotent)
					firstSent = time.Time{}
				}
				mu.Unlock()
				if err != nil {
					time.Sleep(10 * time.Millisecond)
				}
			}
		}(k)
	}

	// A queued transaction (nonce 2 of a sender at nonce 0) acknowledged
	// before the kills, another (nonce 1) between them.
	carol := testKey(10)
	queued := []*types.Transaction{transfer(t, carol, 2, bob, big.NewInt(1)), transfer(t, carol, 1, bob, big.NewInt(1))}
	require.NoError(t, client.SendTransaction(ctx, queued[0]))

	type sealed struct {
		number     *big.Int
		hash, root common.Hash
	}
	var before []sealed
	rng := rand.New(rand.NewSource(time.Now().UnixNano()))
	const kills = 6
	for i := 0; i < kills; i++ {
		time.Sleep(time.Duration(150+rng.Intn(500)) * time.Millisecond)
		if h, err := client.HeaderByNumber(ctx, nil); err == nil {
			before = append(before, sealed{h.Number, h.Hash(), h.Root})
		}
		proc.kill() // SIGKILL, mid-load
		mu.Lock()
		n := len(acks)
		mu.Unlock()
		t.Logf("kill %d: %d acknowledged so far", i+1, n)
		if i%3 == 1 {
			// Also kill one incarnation while it rebuilds its state.
			early := startEarly(t, bin, args, logPath)
			time.Sleep(time.Duration(rng.Intn(40)) * time.Millisecond)
			early.kill()
		}
		proc = startProcess(t, bin, args, logPath, url)
		if i == 2 {
			require.NoError(t, client.SendTransaction(ctx, queued[1]))
		}
	}
	ackCount := func() int {
		mu.Lock()
		defer mu.Unlock()
		return len(acks)
	}
	last := ackCount()
	require.Eventually(t, func() bool { return ackCount() >= last+20 }, 30*time.Second, 10*time.Millisecond, "transactions acknowledged after the last restart")
	close(stop)
	wg.Wait()
	proc.kill()
	t.Logf("%d sends, %d acknowledged, %d kills", sends, len(acks), kills)
	require.Greater(t, len(acks), 100)

	// Blocks sealed before a crash are unchanged after it.
	proc = startProcess(t, bin, args, logPath, url)
	for _, s := range before {
		var hdr struct {
			Hash      common.Hash `json:"hash"`
			StateRoot common.Hash `json:"stateRoot"`
		}
		require.NoError(t, client.Client().CallContext(ctx, &hdr, "eth_getBlockByNumber", fmt.Sprintf("0x%x", s.number), false))
		require.Equal(t, s.root, hdr.StateRoot, "state root of block %s", s.number)
		require.Equal(t, s.hash, hdr.Hash, "hash of block %s", s.number)
	}
	// The queued transactions survived the kills and execute once the gap fills.
	for _, tx := range queued {
		var st struct {
			Status string `json:"status"`
		}
		require.NoError(t, client.Client().CallContext(ctx, &st, "rollup_getTransactionStatus", tx.Hash()))
		require.Equal(t, "queued", st.Status, "nonce %d", tx.Nonce())
	}
	require.NoError(t, client.SendTransaction(ctx, transfer(t, carol, 0, bob, big.NewInt(1))))
	for _, tx := range queued {
		require.EqualValues(t, 1, waitReceipt(t, client, tx.Hash()).Status)
	}
	proc.kill()

	stored := verifyChain(t, cfg.DatabaseURL, cfg)
	pos := make(map[common.Hash]int, len(stored))
	for i, h := range stored {
		_, dup := pos[h]
		require.False(t, dup, "stored twice: %s", h)
		pos[h] = i
	}
	for _, a := range acks {
		_, ok := pos[a.hash]
		require.True(t, ok, "acknowledged but lost: %s", a.hash)
	}
	// Acknowledgement order: walk the sends in time order; every transaction
	// acknowledged before a send started must be stored before it.
	bySent := append([]ackRecord(nil), acks...)
	sort.Slice(bySent, func(i, j int) bool { return bySent[i].sent.Before(bySent[j].sent) })
	byAck := append([]ackRecord(nil), acks...)
	sort.Slice(byAck, func(i, j int) bool { return byAck[i].acked.Before(byAck[j].acked) })
	maxPos, j := -1, 0
	for _, b := range bySent {
		for j < len(byAck) && byAck[j].acked.Before(b.sent) {
			maxPos = max(maxPos, pos[byAck[j].hash])
			j++
		}
		require.Greater(t, pos[b.hash], maxPos, "%s was sent after an acknowledgement of a later-stored transaction", b.hash)
	}
}
