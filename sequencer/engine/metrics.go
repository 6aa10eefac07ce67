package engine

import "github.com/prometheus/client_golang/prometheus"

// Metrics are the engine's Prometheus metrics. They outlive engine
// incarnations: a rebuilt engine keeps counting in the same series.
type Metrics struct {
	executed      prometheus.Counter
	reverted      prometheus.Counter
	tokenCalls    *prometheus.CounterVec
	tokenDeposits prometheus.Counter
	acked         prometheus.Counter
	known         prometheus.Counter
	rejected      *prometheus.CounterVec
	deposits      prometheus.Counter
	forced        *prometheus.CounterVec
	commitErrors  prometheus.Counter
	commitSeconds prometheus.Histogram
	groupTxs      prometheus.Histogram
	ackSeconds    prometheus.Histogram
	sealSeconds   prometheus.Histogram
	blockTxs      prometheus.Histogram
	snapshotSecs  prometheus.Histogram
	inboxDepth    prometheus.Gauge
	futureQueued  prometheus.Gauge
	futureDropped *prometheus.CounterVec
	durableSeq    prometheus.Gauge
	latestBlock   prometheus.Gauge
	recoverySecs  prometheus.Gauge
}

// NewMetrics creates the metrics and registers them with reg (nil: unregistered).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	const ns, sub = "sequencer", "engine"
	m := &Metrics{
		executed: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "executed_total",
			Help: "Transactions executed (acknowledged once committed)."}),
		reverted: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "reverted_total",
			Help: "Token calls executed that reverted (receipt status 0: fee and nonce taken, no token moved)."}),
		tokenCalls: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "token_calls_total",
			Help: "Token calls executed, by method (transfer, withdraw) and outcome (ok, reverted)."}, []string{"method", "outcome"}),
		tokenDeposits: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "token_deposits_consumed_total",
			Help: "Token deposits consumed by L2 blocks (included in deposits_consumed_total)."}),
		acked: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "acked_total",
			Help: "Transactions committed and acknowledged."}),
		known: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "resubmitted_total",
			Help: "Submissions of a transaction already known, answered with its hash."}),
		rejected: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "rejected_total",
			Help: "Submissions rejected by the executor or refused for lack of room, by reason."}, []string{"reason"}),
		deposits: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "deposits_consumed_total",
			Help: "L1 queue entries (deposits and forced transactions) consumed by L2 blocks."}),
		forced: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "forced_txs_total",
			Help: "Forced L2 transactions consumed from the L1 queue, by outcome (executed, or skipped by the transfer rules)."},
			[]string{"outcome"}),
		commitErrors: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "commit_errors_total",
			Help: "Failed group commits (each one makes the sequencer rebuild from the database)."}),
		commitSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub, Name: "commit_seconds",
			Help: "Time to write and commit one group.", Buckets: []float64{.0002, .0005, .001, .002, .005, .01, .025, .05, .1, .5, 1}}),
		groupTxs: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub, Name: "group_txs",
			Help: "Transactions per commit group.", Buckets: []float64{1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 5000}}),
		ackSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub, Name: "ack_seconds",
			Help: "Time from admission to acknowledgement.", Buckets: []float64{.0005, .001, .002, .005, .01, .025, .05, .1, .25, 1}}),
		sealSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub, Name: "seal_seconds",
			Help: "Time to compute a block's state root and snapshot it.", Buckets: []float64{.0001, .0005, .001, .005, .01, .05, .1, .5}}),
		blockTxs: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub, Name: "block_txs",
			Help: "Transactions per sealed block.", Buckets: []float64{0, 1, 10, 100, 1000, 5000, 10000, 20000, 40000}}),
		snapshotSecs: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub, Name: "snapshot_seconds",
			Help: "Time to write a state snapshot.", Buckets: []float64{.01, .05, .1, .5, 1, 5, 10, 30}}),
		inboxDepth: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "inbox_depth",
			Help: "Admitted transactions waiting for the executor."}),
		futureQueued: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "future_queued",
			Help: "Transactions waiting for an earlier nonce."}),
		futureDropped: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "future_dropped_total",
			Help: "Queued transactions dropped before executing, by reason (expired, evicted, invalid)."}, []string{"reason"}),
		durableSeq: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "durable_seq",
			Help: "Sequence number of the newest committed transaction."}),
		latestBlock: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "latest_block",
			Help: "Number of the newest sealed (and committed) L2 block."}),
		recoverySecs: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "last_recovery_seconds",
			Help: "How long the last rebuild from the database took."}),
	}
	if reg != nil {
		reg.MustRegister(m.executed, m.reverted, m.tokenCalls, m.tokenDeposits, m.acked, m.known, m.rejected, m.deposits, m.forced, m.commitErrors, m.commitSeconds,
			m.groupTxs, m.ackSeconds, m.sealSeconds, m.blockTxs, m.snapshotSecs, m.inboxDepth, m.futureQueued, m.futureDropped,
			m.durableSeq, m.latestBlock, m.recoverySecs)
	}
	return m
}
