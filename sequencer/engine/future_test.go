package engine

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/l2"
)

func waiting(sender byte, nonce uint64) *submission {
	tx := types.NewTx(&types.DynamicFeeTx{Nonce: nonce, Gas: 21000, Value: big.NewInt(1)})
	return &submission{c: &chain.Candidate{Tx: tx, Sender: common.Address{sender}, Hash: common.Hash{sender, byte(nonce >> 8), byte(nonce)}},
		received: time.Now(), done: make(chan outcome, 1)}
}

// TestFutureQueueFunding: a sender's queued transactions must be paid for by
// its balance; a full queue makes room for a sender holding fewer by dropping
// the newest transaction of the sender holding the most.
func TestFutureQueueFunding(t *testing.T) {
	var q futureQueue
	q.init()
	cost, rich, none := uint256.NewInt(10), uint256.NewInt(1000), new(uint256.Int)

	err := q.add(waiting(1, 5), cost, none, 64, 100, time.Minute)
	require.ErrorIs(t, err, l2.ErrInsufficientFunds)
	require.NoError(t, q.add(waiting(2, 5), cost, uint256.NewInt(20), 64, 100, time.Minute))
	require.NoError(t, q.add(waiting(2, 6), cost, uint256.NewInt(20), 64, 100, time.Minute))
	require.ErrorIs(t, q.add(waiting(2, 7), cost, uint256.NewInt(20), 64, 100, time.Minute), l2.ErrInsufficientFunds,
		"the third costs more than the balance with the two queued")

	// sender 3 fills the rest of a queue of 10
	for n := uint64(1); n <= 8; n++ {
		require.NoError(t, q.add(waiting(3, n), cost, rich, 64, 10, time.Minute))
	}
	require.Equal(t, 10, q.len())
	s := waiting(4, 9)
	require.NoError(t, q.add(s, cost, rich, 64, 10, time.Minute), "room is made for a sender with none queued")
	require.Equal(t, 10, q.len())
	require.Nil(t, q.bySender[common.Address{3}][8], "the newest of the sender holding the most was dropped")
	// sender 2 (two queued) cannot push out sender 3 once they hold about as many
	for n := uint64(10); q.len() == 10 && len(q.bySender[common.Address{4}]) < 4; n++ {
		require.NoError(t, q.add(waiting(4, n), cost, rich, 64, 10, time.Minute))
	}
	require.Equal(t, uint256.NewInt(20), q.cost[common.Address{2}])
	q.take(common.Address{2}, 5)
	require.Equal(t, uint256.NewInt(10), q.cost[common.Address{2}], "costs follow removals")
}
