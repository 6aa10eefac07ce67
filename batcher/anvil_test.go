package batcher_test

import (
	"testing"
	"time"

	"github.com/rollup-dev/rollup/internal/anviltest"

	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/l1client/devkeys"
)

// startAnvil runs anvil, mining every second, until the test ends; extra
// arguments go to anvil.
func startAnvil(t *testing.T, extra ...string) string {
	return anviltest.Start(t, append([]string{"--block-time", "1"}, extra...)...)
}

// TestBatcher_Anvil runs the same posting path against anvil: batches are
// built, posted, decoded and replayed from L1 to their claims, finalized.
func TestBatcher_Anvil(t *testing.T) {
	url := startAnvil(t)
	acc, err := devkeys.Accounts(2)
	require.NoError(t, err)
	e := newEnv(t, dial(t, url), acc[0].Key, acc[1].Key, envOpts{disputeWindow: 4})
	cfg := e.config()
	cfg.PollInterval = 100 * time.Millisecond
	cfg.TxMgr.PollInterval = 100 * time.Millisecond
	cfg.TxMgr.ResubmitInterval = 3 * time.Second
	e.seq.fund(e)
	for i := 0; i < 8; i++ {
		e.seq.block(20)
	}
	e.start(cfg, nil)
	rows := e.waitPosted(90*time.Second, "final")
	require.GreaterOrEqual(t, len(rows), 3)
	require.Equal(t, uint64(len(rows)), e.finalizedCount())
	checkPostedOnce(t, e, rows)
}
