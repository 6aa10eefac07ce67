package fraudproof_test

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/fraudproof"
	"github.com/rollup-dev/rollup/fraudproof/fptest"
	"github.com/rollup-dev/rollup/fraudproof/solver"
	"github.com/rollup-dev/rollup/l2"
)

// TestFalseChallengeLoses: a dishonest challenger disputes a correct batch
// and disagrees with every midpoint; the defender answers honestly and the
// one-step proof decides for the proposer, who collects the bond. An honest
// challenger watching the same chain opens nothing.
func TestFalseChallengeLoses(t *testing.T) {
	e := fptest.New(t, fptest.Options{})
	startAgent(t, defender(t, e))
	honest := startAgent(t, challenger(t, e, 2, "honest", false))
	startAgent(t, challenger(t, e, 1, "dishonest", true))
	propBefore := balance(t, e, e.Proposer.Address)
	liarBefore := balance(t, e, e.Accounts[1].Address)

	b := e.Encode([]l2.Block{e.Block(60, nil)}, nil)
	index := nextIndex(t, e)
	_, hash := e.Post(b)
	id, _ := waitGame(t, e, hash, 30*time.Second)
	g := waitEnd(t, e, id, 2*time.Minute)
	require.Equal(t, solver.StatusProposerWon, g.Status)
	require.Equal(t, e.Accounts[1].Address, g.Challenger)
	require.Equal(t, index+1, nextIndex(t, e), "the batch stands")
	p, c := moves(t, e, id)
	t.Logf("false challenge over %d steps: proposer %d moves, challenger %d moves (bound %d)", b.NumSteps, p, c, moveBound(b.NumSteps))
	require.LessOrEqual(t, p, moveBound(b.NumSteps))
	require.LessOrEqual(t, c, moveBound(b.NumSteps))

	// The defender withdraws the bond it won; the liar lost its bond.
	eventually(t, 30*time.Second, "the proposer's withdrawal", func() bool { return credit(t, e, e.Proposer.Address).Sign() == 0 })
	bond := e.Deployment.ChallengerBond.Big()
	gain := new(big.Int).Sub(balance(t, e, e.Proposer.Address), propBefore)
	require.Positive(t, gain.Cmp(new(big.Int).Sub(bond, big.NewInt(params.Ether/50))), "the proposer gained about the bond (%s)", gain)
	loss := new(big.Int).Sub(liarBefore, balance(t, e, e.Accounts[1].Address))
	require.True(t, loss.Cmp(bond) >= 0, "the liar lost its bond (%s)", loss)
	require.Len(t, gamesOn(t, e, hash), 1, "the honest challenger opened nothing")
	require.Equal(t, 0, honest.Status().Invalid)
	checkSupply(t, e, new(big.Int))
}

// TestTwoChallengers: two honest challengers open a game each on the same
// wrong batch; the first to win reverts it, the other game is still played to
// its end on the reverted batch and won too; the challenger of the game opened
// first gets the slashed stake's reward; both withdraw.
func TestTwoChallengers(t *testing.T) {
	e := fptest.New(t, fptest.Options{})
	startAgent(t, defender(t, e))
	first := startAgent(t, challenger(t, e, 1, "first", false))
	second := startAgent(t, challenger(t, e, 2, "second", false))

	b := e.Encode([]l2.Block{e.Block(120, nil)}, nil)
	e.Tamper(b, 77, creditOne)
	index := nextIndex(t, e)
	_, hash := e.Post(b)
	eventually(t, 30*time.Second, "two games", func() bool { return len(gamesOn(t, e, hash)) == 2 })
	won := 0
	for id := range gamesOn(t, e, hash) {
		g := waitEnd(t, e, id, 2*time.Minute)
		require.Equal(t, solver.StatusChallengerWon, g.Status, "game %d", id)
		won++
	}
	require.Equal(t, 2, won)
	require.Equal(t, index, nextIndex(t, e))
	for _, a := range e.Accounts[1:3] {
		eventually(t, 30*time.Second, "withdrawals", func() bool { return credit(t, e, a.Address).Sign() == 0 })
	}
	eventually(t, 10*time.Second, "both agents to see their wins", func() bool {
		return first.Status().GamesWon == 1 && second.Status().GamesWon == 1
	})
	q := ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(e.Deployment.DeploymentBlock),
		Addresses: []common.Address{e.Deployment.Contracts.ChallengeGame},
		Topics:    [][]common.Hash{{gameB.GetABI().Events["RewardPaid"].ID}, {hash}}}
	logs, err := e.Client.FilterLogs(context.Background(), q)
	require.NoError(t, err)
	require.Len(t, logs, 1, "one reward")
	ev, err := gameB.UnpackRewardPaidEvent(&logs[0])
	require.NoError(t, err)
	firstID := ^uint64(0)
	for id := range gamesOn(t, e, hash) {
		firstID = min(firstID, id)
	}
	require.Equal(t, firstID, ev.Id.Uint64(), "the reward goes to the game opened first")
	require.Equal(t, getGame(t, e, firstID).Challenger, ev.Challenger)
}

// TestChallengerRestart: the challenger is stopped in the middle of a game
// and a new process with the same key and database finishes it and wins.
func TestChallengerRestart(t *testing.T) {
	e := fptest.New(t, fptest.Options{})
	startAgent(t, defender(t, e))
	first := challenger(t, e, 1, "challenger", false)
	require.NoError(t, first.Start(context.Background()))

	b := e.Encode([]l2.Block{e.Block(400, nil), e.Block(400, nil)}, nil)
	e.Tamper(b, 555, creditOne)
	_, hash := e.Post(b)
	id, _ := waitGame(t, e, hash, 30*time.Second)
	eventually(t, time.Minute, "three answers", func() bool { return len(logsOf(t, e, "Responded", id)) >= 3 })
	require.NoError(t, first.Stop())
	answered := len(logsOf(t, e, "Responded", id))
	g := getGame(t, e, id)
	require.Equal(t, solver.StatusActive, g.Status)
	t.Logf("challenger stopped after %d answers, segment [%d, %d]", answered, g.Lo, g.Hi)
	eventually(t, time.Minute, "the defender to move meanwhile", func() bool {
		return getGame(t, e, id).Turn != solver.TurnProposerBisect
	})

	second := startAgent(t, challenger(t, e, 1, "challenger", false))
	g = waitEnd(t, e, id, 2*time.Minute)
	require.Equal(t, solver.StatusChallengerWon, g.Status)
	require.Equal(t, uint64(555), g.Lo)
	require.Len(t, gamesOn(t, e, hash), 1, "the restarted challenger opened no second game")
	p, c := moves(t, e, id)
	require.LessOrEqual(t, p, moveBound(b.NumSteps))
	require.LessOrEqual(t, c, moveBound(b.NumSteps))
	eventually(t, 10*time.Second, "the restarted agent to see its win", func() bool { return second.Status().GamesWon == 1 })
}

// adjustTime moves L1 time forward, retrying while transactions are pending.
func adjustTime(t *testing.T, e *fptest.Env, d time.Duration) {
	t.Helper()
	eventually(t, 30*time.Second, "an empty pool to adjust time", func() bool {
		err := e.Chain.AdjustTime(d)
		if err != nil && !strings.Contains(err.Error(), "non-empty") {
			require.NoError(t, err)
		}
		return err == nil
	})
}

// TestClocks: a side that does not move loses when its clock runs out, and
// the other side's agent ends the game.
func TestClocks(t *testing.T) {
	t.Run("proposer", func(t *testing.T) {
		e := fptest.New(t, fptest.Options{})
		startAgent(t, challenger(t, e, 1, "challenger", false)) // no defender
		b := e.Encode([]l2.Block{e.Block(30, nil)}, nil)
		e.Tamper(b, 10, creditOne)
		index := nextIndex(t, e)
		_, hash := e.Post(b)
		id, _ := waitGame(t, e, hash, 30*time.Second)
		require.Never(t, func() bool { return getGame(t, e, id).Turn != solver.TurnProposerBisect }, 300*time.Millisecond, 20*time.Millisecond,
			"nobody answers for the proposer")
		adjustTime(t, e, time.Duration(e.Deployment.GameClock+5)*time.Second)
		g := waitEnd(t, e, id, time.Minute)
		require.Equal(t, solver.StatusChallengerWon, g.Status)
		require.Len(t, logsOf(t, e, "Bisected", id), 0)
		require.Equal(t, index, nextIndex(t, e))
	})
	t.Run("challenger", func(t *testing.T) {
		e := fptest.New(t, fptest.Options{})
		startAgent(t, defender(t, e))
		ch := challenger(t, e, 1, "challenger", false)
		require.NoError(t, ch.Start(context.Background()))
		b := e.Encode([]l2.Block{e.Block(30, nil)}, nil)
		e.Tamper(b, 10, creditOne)
		index := nextIndex(t, e)
		_, hash := e.Post(b)
		id, _ := waitGame(t, e, hash, 30*time.Second)
		require.NoError(t, ch.Stop()) // the challenger goes away
		eventually(t, 30*time.Second, "the defender's bisection", func() bool {
			return getGame(t, e, id).Turn != solver.TurnProposerBisect
		})
		adjustTime(t, e, time.Duration(e.Deployment.GameClock+5)*time.Second)
		g := waitEnd(t, e, id, time.Minute)
		require.Equal(t, solver.StatusProposerWon, g.Status, "a wrong batch survives an absent challenger")
		require.Equal(t, index+1, nextIndex(t, e))
	})
}

// TestManualChallengeAndList: a game opened by hand (rollup challenge) with
// nobody playing the challenger's side ends by timeout for the proposer, and
// ListGames (rollup games) reports every game with its winner.
func TestManualChallengeAndList(t *testing.T) {
	e := fptest.New(t, fptest.Options{})
	startAgent(t, defender(t, e))
	_, hash := e.PostHonest(e.Block(20, nil))
	index := nextIndex(t, e) - 1
	mgr := e.StartTx(e.Accounts[3].Key, "manual")
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	id, err := fraudproof.OpenChallenge(ctx, e.Client, e.Deployment, mgr, index)
	require.NoError(t, err)
	again, err := fraudproof.OpenChallenge(ctx, e.Client, e.Deployment, mgr, index)
	require.NoError(t, err, "opening again is idempotent")
	require.Equal(t, id, again)
	_, err = fraudproof.OpenChallenge(ctx, e.Client, e.Deployment, mgr, index+5)
	require.ErrorIs(t, err, fraudproof.ErrNoBatch)
	require.Len(t, gamesOn(t, e, hash), 1)

	eventually(t, 30*time.Second, "the defender's bisection", func() bool { return getGame(t, e, id).Turn != solver.TurnProposerBisect })
	games, err := fraudproof.ListGames(ctx, e.Client, e.Deployment)
	require.NoError(t, err)
	require.Len(t, games, 1)
	g := games[0]
	require.Equal(t, "active", g.Status)
	require.Equal(t, "challenger_respond", g.Turn)
	require.Equal(t, 1, g.ProposerMoves)
	require.Equal(t, 1, g.ChallengerMoves)
	require.NotZero(t, g.Deadline)

	adjustTime(t, e, time.Duration(e.Deployment.GameClock+5)*time.Second)
	require.Equal(t, solver.StatusProposerWon, waitEnd(t, e, id, time.Minute).Status)
	games, err = fraudproof.ListGames(ctx, e.Client, e.Deployment)
	require.NoError(t, err)
	g = games[0]
	require.Equal(t, "proposer", g.Winner)
	require.Equal(t, "timeout", g.Reason)
	require.Equal(t, index, g.BatchIndex)
	require.Zero(t, g.Deadline)
}

// TestRestartDuringGameOnRevertedBatch: two honest challengers dispute the
// same wrong batch; the second is stopped, the first wins and the batch is
// reverted; a new process of the second, which must rebuild the reverted
// batch to know its trace, still wins its game instead of running out of
// time.
func TestRestartDuringGameOnRevertedBatch(t *testing.T) {
	e := fptest.New(t, fptest.Options{})
	startAgent(t, defender(t, e))
	startAgent(t, challenger(t, e, 1, "first", false))
	second := challenger(t, e, 2, "second", false)
	require.NoError(t, second.Start(context.Background()))

	b := e.Encode([]l2.Block{e.Block(120, nil)}, nil)
	e.Tamper(b, 77, creditOne)
	index := nextIndex(t, e)
	_, hash := e.Post(b)
	eventually(t, 30*time.Second, "two games", func() bool { return len(gamesOn(t, e, hash)) == 2 })
	require.NoError(t, second.Stop())
	var firstID, secondID uint64
	for id := range gamesOn(t, e, hash) {
		if getGame(t, e, id).Challenger == e.Accounts[1].Address {
			firstID = id
		} else {
			secondID = id
		}
	}
	require.Equal(t, solver.StatusChallengerWon, waitEnd(t, e, firstID, 2*time.Minute).Status)
	require.Equal(t, index, nextIndex(t, e), "the batch is reverted")
	require.Equal(t, solver.StatusActive, getGame(t, e, secondID).Status)

	// The second agent's process follows L1 past the revert and goes down
	// before its next move: an agent under its name that plays no game
	// (defending a key that proposed nothing) records the revert.
	follower, err := fraudproof.New(fraudproof.Config{Deployment: e.Deployment, Key: e.Accounts[2].Key, Defend: true, Name: "second",
		PollInterval: poll}, fraudproof.Deps{L1: e.Client, Pool: e.Pool, Logger: e.Log.Named("second-follower")})
	require.NoError(t, err)
	require.NoError(t, follower.Start(context.Background()))
	head, err := e.Client.BlockNumber(context.Background())
	require.NoError(t, err)
	eventually(t, 20*time.Second, "the revert recorded", func() bool { return follower.Status().L1Synced >= head })
	require.NoError(t, follower.Stop())
	require.Equal(t, solver.StatusActive, getGame(t, e, secondID).Status)

	restarted := startAgent(t, challenger(t, e, 2, "second", false))
	require.Equal(t, solver.StatusChallengerWon, waitEnd(t, e, secondID, 2*time.Minute).Status)
	eventually(t, 10*time.Second, "the restarted agent to see its win", func() bool { return restarted.Status().GamesWon == 1 })
}
