package engine

import "testing"

func TestSnapshotDue(t *testing.T) {
	for _, c := range []struct {
		since, every, leaves int
		due                  bool
	}{
		{9_999, 200_000, 200, false},       // small state: at least minSnapshotTxs
		{10_000, 200_000, 200, true},       //
		{49_999, 200_000, 50_000, false},   // as many transactions as leaves
		{50_000, 200_000, 50_000, true},    //
		{199_999, 200_000, 1 << 20, false}, // a large state is capped by every
		{200_000, 200_000, 1 << 20, true},  //
		{40, 40, 200, true},                // every below the minimum wins
	} {
		if got := SnapshotDue(c.since, c.every, c.leaves); got != c.due {
			t.Errorf("SnapshotDue(%d, %d, %d) = %v, want %v", c.since, c.every, c.leaves, got, c.due)
		}
	}
}
