package fraudproof_test

import (
	"context"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/fraudproof"
	"github.com/rollup-dev/rollup/fraudproof/fptest"
	"github.com/rollup-dev/rollup/internal/metrictest"
)

// withholdingL1 is an L1 node that, once hide is set, answers for the
// transaction behind a Rollup call with a transaction that is not an
// appendBatch call: a batch whose data the agent cannot read.
type withholdingL1 struct {
	fptest.ClientAll
	rollup common.Address
	hide   atomic.Bool
}

func (w *withholdingL1) TransactionByHash(ctx context.Context, h common.Hash) (*types.Transaction, bool, error) {
	tx, pending, err := w.ClientAll.TransactionByHash(ctx, h)
	if err == nil && w.hide.Load() && tx.To() != nil && *tx.To() == w.rollup {
		other := types.NewTx(&types.DynamicFeeTx{Nonce: tx.Nonce(), To: tx.To(), Value: big.NewInt(1), Gas: 21000})
		return other, pending, nil
	}
	return tx, pending, err
}

// TestUnreadableBatchIsAnAlarm: a batch whose data is not in its transaction's
// calldata is an alarm (error log, metric, status), never a silent skip.
func TestUnreadableBatchIsAnAlarm(t *testing.T) {
	e := fptest.New(t, fptest.Options{})
	l1 := &withholdingL1{ClientAll: e.Client, rollup: e.Deployment.Contracts.Rollup}
	reg := prometheus.NewRegistry()
	s, err := fraudproof.New(fraudproof.Config{Deployment: e.Deployment, Key: e.Accounts[1].Key, Challenge: true,
		Name: "challenger", PollInterval: poll, TxPollInterval: 25 * time.Millisecond},
		fraudproof.Deps{L1: l1, Pool: e.Pool, Logger: e.Log.Named("challenger"), Registry: reg})
	require.NoError(t, err)
	startAgent(t, s)

	e.PostHonest(e.Block(5, nil))
	eventually(t, 30*time.Second, "the first batch verified", func() bool { return s.Status().Valid+int(s.Status().Base) >= 1 })
	require.Zero(t, s.Status().DataUnavailable)

	l1.hide.Store(true)
	e.PostHonest(e.Block(5, nil))
	eventually(t, 30*time.Second, "the alarm", func() bool { return s.Status().DataUnavailable == 1 })
	require.Equal(t, 1.0, metrictest.Sum(t, reg, "rollup_fraudproof_batches_data_unavailable_total"))
	// The status counts held batches at the end of the agent's iteration.
	eventually(t, 10*time.Second, "the batch held as unverified, not valid", func() bool { return s.Status().Unverified >= 1 })
}
