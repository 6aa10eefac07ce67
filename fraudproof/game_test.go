package fraudproof_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/fraudproof/fptest"
	"github.com/rollup-dev/rollup/fraudproof/solver"
	"github.com/rollup-dev/rollup/l2"
)

// TestFullGame: a batch whose claim comes from a run with one wrong step deep
// inside is challenged within two L1 blocks, bisected down to that step and
// proven on chain; the challenger is paid, the batch reverted, and the honest
// batch posted again is accepted.
func TestFullGame(t *testing.T) {
	e := fptest.New(t, fptest.Options{})
	startAgent(t, defender(t, e))
	ch := startAgent(t, challenger(t, e, 1, "challenger", false))
	chAddr := e.Accounts[1].Address
	chBefore := balance(t, e, chAddr)
	stakeBefore := big.NewInt(params.Ether)

	honestSt, honestPrev := e.Tip()
	b := e.Encode([]l2.Block{e.Block(300, nil)}, nil)
	k := b.Steps/2 + 7
	e.Tamper(b, k, creditOne)
	require.NotEqual(t, b.Honest, b.Post)
	index := nextIndex(t, e)
	_, hash := e.Post(b)

	id, opened := waitGame(t, e, hash, 30*time.Second)
	appended := blockOfBatch(t, e, hash)
	t.Logf("batch appended in L1 block %d, challenged in block %d (%d blocks later)", appended, opened, opened-appended)
	// How many blocks it takes depends on the machine's load; what must hold
	// is that the challenge lands inside the dispute window.
	ha, err := e.Client.HeaderByNumber(context.Background(), new(big.Int).SetUint64(appended))
	require.NoError(t, err)
	ho, err := e.Client.HeaderByNumber(context.Background(), new(big.Int).SetUint64(opened))
	require.NoError(t, err)
	require.Less(t, ho.Time, ha.Time+e.Deployment.DisputeWindow, "challenge opened inside the dispute window")

	g := waitEnd(t, e, id, 2*time.Minute)
	require.Equal(t, solver.StatusChallengerWon, g.Status)
	require.Equal(t, k, g.Lo, "the one-step proof is of the tampered step")
	require.Equal(t, index, nextIndex(t, e), "the batch is reverted")
	p, c := moves(t, e, id)
	t.Logf("game over %d steps: proposer %d moves, challenger %d moves (bound %d)", b.NumSteps, p, c, moveBound(b.NumSteps))
	require.LessOrEqual(t, p, moveBound(b.NumSteps))
	require.LessOrEqual(t, c, moveBound(b.NumSteps))

	// Paid: bond back plus half the proposer's stake, withdrawn.
	eventually(t, 30*time.Second, "the challenger's withdrawal", func() bool { return credit(t, e, chAddr).Sign() == 0 })
	reward := new(big.Int).Div(stakeBefore, big.NewInt(2))
	gain := new(big.Int).Sub(balance(t, e, chAddr), chBefore)
	require.Positive(t, gain.Cmp(new(big.Int).Sub(reward, big.NewInt(params.Ether/100))), "the challenger gained about half the stake (gain %s)", gain)

	// The honest batch again: accepted and not challenged.
	e.Reverted(index, honestPrev, honestSt)
	e.Stake(big.NewInt(params.Ether))
	b2 := e.Encode([]l2.Block{e.Block(20, nil)}, nil)
	_, h2 := e.Post(b2)
	eventually(t, 20*time.Second, "the challenger to verify the new batch", func() bool { return ch.Status().NextBatch > index })
	require.Never(t, func() bool { return len(gamesOn(t, e, h2)) > 0 }, 500*time.Millisecond, 20*time.Millisecond,
		"the honest batch is not challenged")
	require.Equal(t, 0, ch.Status().Invalid)
	checkSupply(t, e, new(big.Int))
}

// TestFullGame_Anvil plays the main scenario against anvil: a wrong step in
// the middle of a batch, bisected to the one-step proof; the challenger wins
// and the batch is reverted.
func TestFullGame_Anvil(t *testing.T) {
	e := fptest.New(t, fptest.Options{Anvil: true})
	startAgent(t, defender(t, e))
	startAgent(t, challenger(t, e, 1, "challenger", false))
	b := e.Encode([]l2.Block{e.Block(100, nil)}, nil)
	k := b.Steps / 2
	e.Tamper(b, k, creditOne)
	index := nextIndex(t, e)
	_, hash := e.Post(b)
	id := challengerWins(t, e, hash, index, int64(k))
	p, c := moves(t, e, id)
	t.Logf("anvil: game over %d steps: proposer %d moves, challenger %d moves (bound %d)", b.NumSteps, p, c, moveBound(b.NumSteps))
	require.LessOrEqual(t, p, moveBound(b.NumSteps))
	require.LessOrEqual(t, c, moveBound(b.NumSteps))
	eventually(t, 30*time.Second, "the challenger's withdrawal", func() bool { return credit(t, e, e.Accounts[1].Address).Sign() == 0 })
	checkSupply(t, e, new(big.Int))
}
