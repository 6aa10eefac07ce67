package rpc

import (
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the JSON-RPC server's Prometheus metrics.
type Metrics struct {
	calls     *prometheus.CounterVec
	duration  *prometheus.HistogramVec
	batchSize prometheus.Histogram
	// responsesTooLarge counts results dropped for the response size limit.
	responsesTooLarge prometheus.Counter
	// wsConns is the number of open WebSocket connections.
	wsConns prometheus.Gauge
}

// NewMetrics creates the metrics and registers them with reg (nil: unregistered).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		calls: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "sequencer", Subsystem: "rpc", Name: "calls_total",
			Help: "JSON-RPC calls by method and outcome (ok or the error code).",
		}, []string{"method", "outcome"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Namespace: "sequencer", Subsystem: "rpc", Name: "call_seconds",
			Help:    "Time to answer a JSON-RPC call, by method.",
			Buckets: []float64{.0005, .001, .002, .005, .01, .025, .05, .1, .25, 1, 5},
		}, []string{"method"}),
		batchSize: prometheus.NewHistogram(prometheus.HistogramOpts{
			Namespace: "sequencer", Subsystem: "rpc", Name: "batch_calls",
			Help:    "Calls per JSON-RPC batch request.",
			Buckets: []float64{1, 2, 5, 10, 20, 50, 100, 200, 500, 1000},
		}),
		responsesTooLarge: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: "sequencer", Subsystem: "rpc", Name: "results_too_large_total",
			Help: "Results answered with a response-too-large error instead (the request's results passed MaxResponseBytes).",
		}),
		wsConns: prometheus.NewGauge(prometheus.GaugeOpts{
			Namespace: "sequencer", Subsystem: "rpc", Name: "websocket_connections",
			Help: "Open WebSocket connections.",
		}),
	}
	if reg != nil {
		reg.MustRegister(m.calls, m.duration, m.batchSize, m.responsesTooLarge, m.wsConns)
	}
	return m
}

func (m *Metrics) observe(method string, err *Error, d time.Duration) {
	outcome := "ok"
	if err != nil {
		outcome = strconv.Itoa(err.Code)
	}
	m.calls.WithLabelValues(method, outcome).Inc()
	if d > 0 {
		m.duration.WithLabelValues(method).Observe(d.Seconds())
	}
}
