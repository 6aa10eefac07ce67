package fraudproof

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"

	"github.com/rollup-dev/rollup/l1client/txmgr"
)

// revertingSender stands for an L1 where a move's first transaction reverts
// (the game changed between the decision and the inclusion), which a real L1
// does not do on demand. It records the keys it is asked to send under.
type revertingSender struct {
	mu      sync.Mutex
	keys    []string
	reverts int // how many sends revert before one succeeds
}

func (r *revertingSender) From() common.Address { return common.Address{1} }

func (r *revertingSender) Send(_ context.Context, c txmgr.Candidate) (*types.Receipt, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.keys = append(r.keys, c.Key)
	if len(r.keys) <= r.reverts {
		return &types.Receipt{Status: types.ReceiptStatusFailed}, fmt.Errorf("%w: test", txmgr.ErrReverted)
	}
	return &types.Receipt{Status: types.ReceiptStatusSuccessful, BlockNumber: common.Big1}, nil
}

func (r *revertingSender) sent() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.keys...)
}

// TestRevertedMoveIsSentAgain: a move whose transaction reverted is sent
// again under a key of its own (the transaction manager answers a finished
// key with its old receipt), at most maxRevertedRetries times.
func TestRevertedMoveIsSentAgain(t *testing.T) {
	for _, c := range []struct {
		reverts, launches int
		want              []string
	}{
		{1, 2, []string{"game/prove/1/ab", "game/prove/1/ab/again-1"}},
		{9, 6, []string{"game/prove/1/ab", "game/prove/1/ab/again-1", "game/prove/1/ab/again-2", "game/prove/1/ab/again-3",
			"game/prove/1/ab/again-3", "game/prove/1/ab/again-3"}},
	} {
		snd := &revertingSender{reverts: c.reverts}
		s := &Service{cfg: Config{RetryAfter: time.Millisecond}, logger: zap.NewNop(), metrics: newMetrics("t", prometheus.NewRegistry()),
			sender: snd, inflight: map[string]bool{}, retryAt: map[string]time.Time{}, reverted: map[string]int{}}
		s.sendStop = make(chan struct{})
		for i := 0; i < c.launches; i++ {
			require.Eventually(t, func() bool {
				s.mu.Lock()
				defer s.mu.Unlock()
				return !s.inflight["game/prove/1/ab"] && time.Now().After(s.retryAt["game/prove/1/ab"])
			}, 5*time.Second, time.Millisecond)
			s.launch("prove", "game/prove/1/ab", txmgr.Candidate{})
			require.Eventually(t, func() bool { return len(snd.sent()) == i+1 }, 5*time.Second, time.Millisecond)
		}
		s.sends.Wait()
		close(s.sendStop)
		require.Equal(t, c.want, snd.sent())
	}
}
