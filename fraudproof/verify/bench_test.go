package verify_test

import (
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/fraudproof/verify"
)

func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkVerifyReplay verifies the 20,000-transfer realistic workload (full
// batches, as the batcher posts them) on a fresh chain per iteration and
// reports transfers per second of wall time and per second of CPU time (one
// core: verification is sequential).
//
//	go test -run '^$' -bench VerifyReplay -benchtime 3x ./fraudproof/verify
func BenchmarkVerifyReplay(b *testing.B) {
	f := buildFixture(b, 20000)
	transfers := 0
	for _, bt := range f.batches {
		transfers += bt.Count
	}
	b.ResetTimer()
	var wall, cpu time.Duration
	for n := 0; n < b.N; n++ {
		c := f.chain(b)
		prev := f.p.Genesis()
		start, cpu0 := time.Now(), cpuTime()
		for i := range f.batches {
			bt, err := c.Append(f.record(i, prev, f.posts[i], f.steps[i]))
			require.NoError(b, err)
			require.Equal(b, verify.Valid, bt.Verdict)
			prev = f.posts[i]
		}
		wall += time.Since(start)
		cpu += cpuTime() - cpu0
	}
	total := float64(transfers * b.N)
	b.ReportMetric(total/wall.Seconds(), "transfers/s")
	b.ReportMetric(total/cpu.Seconds(), "transfers/cpu-s")
	b.ReportMetric(float64(len(f.batches)), "batches")
}

// BenchmarkVerifyRestore rebuilds the chain of BenchmarkVerifyReplay's
// workload from the batches' checkpoints, as an agent's restart does.
func BenchmarkVerifyRestore(b *testing.B) {
	f := buildFixture(b, 20000)
	verified := f.chain(b)
	prev := f.p.Genesis()
	var (
		changes   [][]byte
		steps     []uint64
		transfers int
		bytes     int
	)
	for i := range f.batches {
		bt, err := verified.Append(f.record(i, prev, f.posts[i], f.steps[i]))
		require.NoError(b, err)
		changes = append(changes, bt.Changes())
		steps = append(steps, bt.Steps)
		transfers += f.batches[i].Count
		bytes += len(changes[i])
		prev = f.posts[i]
	}
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		c := f.chain(b)
		prev := f.p.Genesis()
		for i := range f.batches {
			_, err := c.Restore(f.record(i, prev, f.posts[i], f.steps[i]), steps[i], changes[i])
			require.NoError(b, err)
			prev = f.posts[i]
		}
	}
	b.ReportMetric(float64(transfers*b.N)/b.Elapsed().Seconds(), "transfers/s")
	b.ReportMetric(float64(bytes)/float64(transfers), "checkpoint-bytes/transfer")
}
