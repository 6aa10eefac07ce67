package sequencer_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/sequencer/loadgen"
)

// TestLoadGenerator runs the load generator against an in-process sequencer,
// one transfer per request and in JSON-RPC batches.
func TestLoadGenerator(t *testing.T) {
	env := startService(t, testConfig(t, 1))
	for _, batch := range []int{1, 10} {
		res, err := loadgen.Run(context.Background(), loadgen.Config{
			RPC: env.svc.URL(), Txs: 600, Accounts: 50, Concurrency: 8, Batch: batch,
			Funder: testKey(0), EcrecoverSamples: 200,
		})
		require.NoError(t, err)
		require.Equal(t, 600, res.Sent)
		require.Equal(t, 600, res.Acked)
		require.Zero(t, res.Errors)
		require.Equal(t, 600, res.ReceiptsChecked)
		require.Zero(t, res.ReceiptsMissing)
		require.Positive(t, res.TPS)
		require.Positive(t, res.EcrecoverLimitTPS)
		require.LessOrEqual(t, res.P50ms, res.P99ms)
		require.Positive(t, res.ReceiptP50ms)
		require.LessOrEqual(t, res.ReceiptP50ms, res.ReceiptP99ms)
		require.LessOrEqual(t, res.P50ms, res.ReceiptP50ms, "a receipt comes after the acknowledgement")
	}
}
