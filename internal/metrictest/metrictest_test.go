package metrictest_test

import (
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/internal/metrictest"
)

func TestSum(t *testing.T) {
	reg := prometheus.NewRegistry()
	c := prometheus.NewCounterVec(prometheus.CounterOpts{Name: "c_total"}, []string{"kind", "name"})
	g := prometheus.NewGauge(prometheus.GaugeOpts{Name: "g"})
	h := prometheus.NewHistogram(prometheus.HistogramOpts{Name: "h_seconds"})
	reg.MustRegister(c, g, h)
	c.WithLabelValues("a", "x").Add(2)
	c.WithLabelValues("a", "y").Add(3)
	c.WithLabelValues("b", "x").Add(5)
	g.Set(7)
	h.Observe(1)
	h.Observe(2)

	require.Equal(t, 10.0, metrictest.Sum(t, reg, "c_total"))
	require.Equal(t, 5.0, metrictest.Sum(t, reg, "c_total", "kind", "a"))
	require.Equal(t, 2.0, metrictest.Sum(t, reg, "c_total", "kind", "a", "name", "x"))
	require.Zero(t, metrictest.Sum(t, reg, "c_total", "kind", "c"))
	require.Zero(t, metrictest.Sum(t, reg, "c_total", "other", "a"))
	require.Equal(t, 7.0, metrictest.Sum(t, reg, "g"))
	require.Equal(t, 2.0, metrictest.Sum(t, reg, "h_seconds"))
	require.Zero(t, metrictest.Sum(t, reg, "missing"))
}
