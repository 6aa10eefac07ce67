package fraudproof

import (
	"github.com/prometheus/client_golang/prometheus"
)

// metrics are the agent's Prometheus metrics (namespace rollup, subsystem
// fraudproof), labelled with the agent name.
type metrics struct {
	l1Head       prometheus.Gauge
	l1Synced     prometheus.Gauge
	behind       prometheus.Gauge
	batches      *prometheus.CounterVec // by verdict
	nextBatch    prometheus.Gauge
	verifySec    prometheus.Histogram
	steps        prometheus.Counter
	reorgs       prometheus.Counter
	reloads      prometheus.Counter
	actions      *prometheus.CounterVec // by action and outcome
	gamesActive  prometheus.Gauge
	gamesEnded   *prometheus.CounterVec // by our side and result
	nextDeadline prometheus.Gauge
	withdrawnWei prometheus.Counter
	windowMissed prometheus.Counter
	unavailable  prometheus.Counter
	snapshots    prometheus.Counter
}

func newMetrics(name string, reg prometheus.Registerer) *metrics {
	cl := prometheus.Labels{"agent": name}
	opts := func(n, help string) prometheus.Opts {
		return prometheus.Opts{Namespace: "rollup", Subsystem: "fraudproof", Name: n, Help: help, ConstLabels: cl}
	}
	m := &metrics{
		l1Head:   prometheus.NewGauge(prometheus.GaugeOpts(opts("l1_head", "Latest L1 block seen."))),
		l1Synced: prometheus.NewGauge(prometheus.GaugeOpts(opts("l1_synced", "Last L1 block whose logs are processed."))),
		behind:   prometheus.NewGauge(prometheus.GaugeOpts(opts("l1_behind_blocks", "L1 blocks not yet processed."))),
		batches: prometheus.NewCounterVec(prometheus.CounterOpts(opts("batches_verified_total",
			"Batches checked, by verdict (valid, invalid, unverified).")), []string{"verdict"}),
		nextBatch: prometheus.NewGauge(prometheus.GaugeOpts(opts("next_batch", "Index of the next batch expected."))),
		verifySec: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "rollup", Subsystem: "fraudproof",
			Name: "verify_seconds", Help: "Time to verify one batch by replay.", ConstLabels: cl,
			Buckets: prometheus.ExponentialBuckets(0.001, 2, 14)}),
		steps:   prometheus.NewCounter(prometheus.CounterOpts(opts("steps_replayed_total", "Step machine steps replayed to verify batches."))),
		reorgs:  prometheus.NewCounter(prometheus.CounterOpts(opts("l1_reorgs_total", "L1 reorgs repaired."))),
		reloads: prometheus.NewCounter(prometheus.CounterOpts(opts("reloads_total", "Rebuilds of the state from the database."))),
		actions: prometheus.NewCounterVec(prometheus.CounterOpts(opts("actions_total",
			"Transactions of the agent, by action (challenge, bisect, respond, prove, timeout, withdraw) and outcome.")),
			[]string{"action", "outcome"}),
		gamesActive: prometheus.NewGauge(prometheus.GaugeOpts(opts("games_active", "Active games the agent is a party to."))),
		gamesEnded: prometheus.NewCounterVec(prometheus.CounterOpts(opts("games_ended_total",
			"Games the agent was a party to that ended, by its side and result (won, lost).")), []string{"side", "result"}),
		nextDeadline: prometheus.NewGauge(prometheus.GaugeOpts(opts("next_deadline_seconds",
			"Seconds to the next dispute-window end or game clock deadline."))),
		withdrawnWei: prometheus.NewCounter(prometheus.CounterOpts(opts("withdrawn_wei_total", "Credit withdrawn from the ChallengeGame, in wei."))),
		windowMissed: prometheus.NewCounter(prometheus.CounterOpts(opts("invalid_batches_unchallenged_total",
			"Invalid batches whose dispute window closed before the agent could challenge them."))),
		unavailable: prometheus.NewCounter(prometheus.CounterOpts(opts("batches_data_unavailable_total",
			"Batches whose data the agent could not read from the calldata of the L1 transaction that appended them: an alarm."))),
		snapshots: prometheus.NewCounter(prometheus.CounterOpts(opts("snapshots_total", "State snapshots stored."))),
	}
	if reg != nil {
		for _, c := range []prometheus.Collector{m.l1Head, m.l1Synced, m.behind, m.batches, m.nextBatch, m.verifySec, m.steps,
			m.reorgs, m.reloads, m.actions, m.gamesActive, m.gamesEnded, m.nextDeadline, m.withdrawnWei, m.windowMissed, m.unavailable, m.snapshots} {
			reg.MustRegister(c)
		}
	}
	return m
}
