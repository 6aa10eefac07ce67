package batcher

import (
	"github.com/prometheus/client_golang/prometheus"

	"github.com/rollup-dev/rollup/chain"
)

// metrics are the batcher's Prometheus metrics, on the registry of Deps.
type metrics struct {
	batches         *prometheus.GaugeVec
	built           prometheus.Counter
	bytes           prometheus.Histogram
	fill            prometheus.Histogram
	transfers       prometheus.Counter
	closedBy        *prometheus.CounterVec
	sends           *prometheus.CounterVec
	gasUsed         prometheus.Counter
	gasTransfers    prometheus.Counter
	gasPerTransfer  prometheus.Histogram
	carriers        *prometheus.CounterVec
	blobGasUsed     prometheus.Counter
	blobGasPerTx    prometheus.Histogram
	blobFill        prometheus.Histogram
	closeToIncl     prometheus.Histogram
	closeToInclBlks prometheus.Histogram
	reorgs          prometheus.Counter
	reverted        prometheus.Counter
	reposts         prometheus.Counter
	rebroadcasts    prometheus.Counter
	finalizeCalls   *prometheus.CounterVec
	errors          *prometheus.CounterVec
	nextIndex       prometheus.Gauge
	finalizedCount  prometheus.Gauge
	batchedBlock    prometheus.Gauge
	openBytes       prometheus.Gauge
	verifySeconds   prometheus.Histogram
}

func newMetrics(reg prometheus.Registerer) *metrics {
	const ns = "batcher"
	m := &metrics{
		batches: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Name: "batches",
			Help: "Batches in the batches table by status."}, []string{"status"}),
		built: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "batches_built_total",
			Help: "Batches closed, verified and recorded."}),
		bytes: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Name: "batch_bytes",
			Help: "Size of built batches in bytes.", Buckets: []float64{1e3, 5e3, 1e4, 3e4, 6e4, 9e4, 1.1e5, 1.14e5, 1.17e5, 1.2e5}}),
		fill: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Name: "batch_fill_ratio",
			Help: "Size of built batches as a fraction of MAX_BATCH_BYTES.", Buckets: []float64{.1, .25, .5, .75, .9, .95, .98, .99, 1}}),
		transfers: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "transfers_batched_total",
			Help: "L2 transfers in built batches."}),
		closedBy: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "batches_closed_total",
			Help: "Batches closed, by reason (size or age)."}, []string{"reason"}),
		sends: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "l1_sends_total",
			Help: "appendBatch and finalize transactions by outcome."}, []string{"call", "outcome"}),
		gasUsed: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "l1_append_gas_used_total",
			Help: "L1 gas used by included appendBatch transactions."}),
		gasTransfers: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "l1_append_transfers_total",
			Help: "L2 transfers in the batches counted by l1_append_gas_used_total."}),
		gasPerTransfer: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Name: "l1_gas_per_transfer",
			Help: "L1 gas of appendBatch per L2 transfer, per included batch.", Buckets: []float64{500, 1000, 1500, 2000, 2500, 3000, 4000, 6000, 1e4, 1e5}}),
		carriers: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "batches_included_total",
			Help: "Batches seen included on L1, by carrier (calldata or blob)."}, []string{"carrier"}),
		blobGasUsed: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "l1_append_blob_gas_used_total",
			Help: "L1 blob gas used by included blob batches (their execution gas is in l1_append_gas_used_total)."}),
		blobGasPerTx: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Name: "l1_blob_gas_per_transfer",
			Help: "L1 blob gas per L2 transfer, per included blob batch.", Buckets: []float64{50, 75, 100, 150, 250, 500, 1000, 1e4, 1e5}}),
		blobFill: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Name: "blob_fill_ratio",
			Help: "Data of included blob batches as a fraction of one blob's capacity (126,971 bytes).", Buckets: []float64{.01, .1, .25, .5, .75, .9, .95}}),
		closeToIncl: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Name: "close_to_inclusion_seconds",
			Help: "Time from closing a batch to seeing it included on L1.", Buckets: prometheus.ExponentialBuckets(0.25, 2, 10)}),
		closeToInclBlks: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Name: "close_to_inclusion_l1_blocks",
			Help: "L1 blocks from the head when a batch was sent to the block that included it.", Buckets: []float64{0, 1, 2, 3, 4, 6, 10, 20}}),
		reorgs: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "l1_reorged_batches_total",
			Help: "Included batches whose L1 block left the canonical chain."}),
		reverted: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "reverted_batches_total",
			Help: "Batches reverted by a lost dispute (BatchesReverted)."}),
		reposts: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "reposts_total",
			Help: "New appendBatch attempts after an attempt reverted or was dropped."}),
		rebroadcasts: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "rebroadcasts_total",
			Help: "Confirmed transactions re-broadcast after an L1 reorg dropped them."}),
		finalizeCalls: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "finalize_calls_total",
			Help: "finalizeMany calls by outcome."}, []string{"outcome"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "errors_total",
			Help: "Errors by operation (build, l1, reconcile, send, finalize)."}, []string{"op"}),
		nextIndex: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "l1_next_index",
			Help: "The Rollup contract's nextIndex at the last poll."}),
		finalizedCount: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "l1_finalized_count",
			Help: "The Rollup contract's finalizedCount at the last poll."}),
		batchedBlock: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "l2_batched_block",
			Help: "The last L2 block added to a batch (open batch included)."}),
		openBytes: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "open_batch_bytes",
			Help: "Size of the open batch."}),
		verifySeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Name: "build_seconds",
			Help: "Time to read, encode, verify and record batches in one poll.", Buckets: prometheus.ExponentialBuckets(0.005, 2, 10)}),
	}
	for _, s := range []chain.BatchStatus{chain.BatchBuilt, chain.BatchSent, chain.BatchIncluded, chain.BatchConfirmed,
		chain.BatchFinal, chain.BatchChallenged, chain.BatchReverted} {
		m.batches.WithLabelValues(string(s))
	}
	if reg != nil {
		reg.MustRegister(m.batches, m.built, m.bytes, m.fill, m.transfers, m.closedBy, m.sends, m.gasUsed, m.gasTransfers,
			m.gasPerTransfer, m.carriers, m.blobGasUsed, m.blobGasPerTx, m.blobFill, m.closeToIncl, m.closeToInclBlks, m.reorgs, m.reverted, m.reposts, m.rebroadcasts,
			m.finalizeCalls, m.errors, m.nextIndex, m.finalizedCount, m.batchedBlock, m.openBytes, m.verifySeconds)
	}
	return m
}
