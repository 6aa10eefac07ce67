package txmgr

import (
	"math/big"

	"github.com/prometheus/client_golang/prometheus"
)

// Outcomes of a candidate (label "outcome" of rollup_txmgr_transactions_total).
const (
	outcomeConfirmed         = "confirmed"
	outcomeReverted          = "reverted"
	outcomeNonceTaken        = "nonce_taken"
	outcomeInsufficientFunds = "insufficient_funds"
	outcomeFeeCap            = "fee_cap"
	outcomeEstimateFailed    = "estimate_failed"
	outcomeError             = "error"
)

type metrics struct {
	txs        *prometheus.CounterVec
	publishes  *prometheus.CounterVec
	bumps      prometheus.Counter
	capReached prometheus.Counter
	inFlight   prometheus.Gauge
	nonce      prometheus.Gauge
	balance    prometheus.Gauge
	confirmSec prometheus.Histogram
	feesWei    prometheus.Counter
	gasUsed    prometheus.Counter
}

func newMetrics(name string, reg prometheus.Registerer) *metrics {
	cl := prometheus.Labels{"name": name}
	opts := func(n, help string) prometheus.Opts {
		return prometheus.Opts{Namespace: "rollup", Subsystem: "txmgr", Name: n, Help: help, ConstLabels: cl}
	}
	m := &metrics{
		txs: prometheus.NewCounterVec(prometheus.CounterOpts(opts("transactions_total",
			"Candidates finished, by outcome.")), []string{"outcome"}),
		publishes: prometheus.NewCounterVec(prometheus.CounterOpts(opts("publishes_total",
			"Broadcasts of signed attempts, by outcome.")), []string{"outcome"}),
		bumps:      prometheus.NewCounter(prometheus.CounterOpts(opts("fee_bumps_total", "Resubmissions with bumped fees."))),
		capReached: prometheus.NewCounter(prometheus.CounterOpts(opts("fee_cap_reached_total", "Bumps limited by MaxFeeCap or MaxTipCap."))),
		inFlight:   prometheus.NewGauge(prometheus.GaugeOpts(opts("in_flight", "Transactions sent and not yet confirmed."))),
		nonce:      prometheus.NewGauge(prometheus.GaugeOpts(opts("next_nonce", "Next nonce the manager hands out."))),
		balance:    prometheus.NewGauge(prometheus.GaugeOpts(opts("balance_ether", "Sender balance on L1, in ether."))),
		confirmSec: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "rollup", Subsystem: "txmgr",
			Name: "confirm_seconds", Help: "From first broadcast to confirmation.", ConstLabels: cl,
			Buckets: prometheus.ExponentialBuckets(0.25, 2, 12)}),
		feesWei: prometheus.NewCounter(prometheus.CounterOpts(opts("fees_paid_wei_total", "Gas fees paid by confirmed transactions, in wei."))),
		gasUsed: prometheus.NewCounter(prometheus.CounterOpts(opts("gas_used_total", "Gas used by confirmed transactions."))),
	}
	if reg != nil {
		for _, c := range []prometheus.Collector{m.txs, m.publishes, m.bumps, m.capReached, m.inFlight, m.nonce,
			m.balance, m.confirmSec, m.feesWei, m.gasUsed} {
			reg.MustRegister(c)
		}
	}
	return m
}

func weiToEther(w *big.Int) float64 {
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(w), big.NewFloat(1e18)).Float64()
	return f
}
