package solver_test

import (
	"encoding/binary"
	"fmt"
	"math/bits"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/fraudproof/solver"
)

// trace is a synthetic trace: the honest hash after k steps is h(k, 0); a
// faulty trace diverges after step fault (its hashes from fault+1 on carry
// the fault). Steps beyond n repeat the halted state.
type trace struct {
	n     uint64
	fault int64 // −1: honest
}

func h(k uint64, tag int64) common.Hash {
	var b [16]byte
	binary.BigEndian.PutUint64(b[:8], k)
	binary.BigEndian.PutUint64(b[8:], uint64(tag))
	return crypto.Keccak256Hash(b[:])
}

func (t trace) HashAt(k uint64) common.Hash {
	if k > t.n {
		k = t.n
	}
	if t.fault >= 0 && k > uint64(t.fault) {
		return h(k, t.fault+1)
	}
	return h(k, 0)
}

// honestNext is what the one-step prover computes from a pre-state hash: the
// honest successor of an honest state. ok is false for a state nobody can
// open (not on the honest trace).
func honestNext(n uint64, pre common.Hash) (common.Hash, bool) {
	for k := uint64(0); k <= n; k++ {
		if h(k, 0) == pre {
			return trace{n: n, fault: -1}.HashAt(k + 1), true
		}
	}
	return common.Hash{}, false
}

var (
	proposerAddr   = common.HexToAddress("0x1111")
	challengerAddr = common.HexToAddress("0x2222")
)

// model is the ChallengeGame contract's state machine (ChallengeGame.sol).
type model struct {
	g     solver.Game
	now   uint64
	clock uint64
	moves map[string]int
}

func newModel(numSteps uint64, start, end common.Hash, clock uint64) *model {
	m := &model{clock: clock, now: 1000, moves: map[string]int{"challenger": 1}}
	m.g = solver.Game{ID: 1, Status: solver.StatusActive, Proposer: proposerAddr, Challenger: challengerAddr,
		Hi: numSteps, HLo: start, HHi: end, ProposerClock: clock, ChallengerClock: clock, LastMoveAt: m.now}
	switch {
	case numSteps == 0:
		if start == end {
			m.g.Status = solver.StatusProposerWon
		} else {
			m.g.Status = solver.StatusChallengerWon
		}
	case numSteps == 1:
		m.g.Turn = solver.TurnChallengerProve
	}
	return m
}

func (m *model) spend(proposer bool) {
	elapsed := m.now - m.g.LastMoveAt
	if proposer {
		m.g.ProposerClock -= elapsed
	} else {
		m.g.ChallengerClock -= elapsed
	}
	m.g.LastMoveAt = m.now
}

// apply executes a player's action like the contract does.
func (m *model) apply(t *testing.T, who string, a solver.Action, n uint64) {
	t.Helper()
	g := &m.g
	switch a.Kind {
	case solver.Bisect:
		require.Equal(t, solver.TurnProposerBisect, g.Turn)
		m.spend(true)
		g.Mid, g.Turn = a.Hash, solver.TurnChallengerRespond
	case solver.Respond:
		require.Equal(t, solver.TurnChallengerRespond, g.Turn)
		m.spend(false)
		mid := g.MidStep()
		if a.Agree {
			g.Lo, g.HLo = mid, g.Mid
		} else {
			g.Hi, g.HHi = mid, g.Mid
		}
		g.Turn = solver.TurnProposerBisect
		if g.Hi-g.Lo <= 1 {
			g.Turn = solver.TurnChallengerProve
		}
	case solver.Prove:
		require.Equal(t, solver.TurnChallengerProve, g.Turn)
		require.Equal(t, g.Lo, a.At)
		post, ok := honestNext(n, g.HLo)
		require.True(t, ok, "the agreed pre-state must be openable")
		m.spend(false)
		if post == g.HHi {
			g.Status = solver.StatusProposerWon
		} else {
			g.Status = solver.StatusChallengerWon
		}
	case solver.Timeout:
		require.Greater(t, m.now, g.Deadline())
		if g.Turn.ProposerToMove() {
			g.Status = solver.StatusChallengerWon
		} else {
			g.Status = solver.StatusProposerWon
		}
	default:
		return
	}
	m.moves[who]++
}

type side struct {
	p solver.Player
	t solver.Hasher
	// idle: never moves (its clock runs out)
	idle bool
}

// play runs a game to its end and returns the final status and each side's
// move count (the challenger's includes opening the game).
func play(t *testing.T, n uint64, claimEnd common.Hash, prop, chal side) (*model, int) {
	m := newModel(n, h(0, 0), claimEnd, 300)
	rounds := 0
	for m.g.Status == solver.StatusActive {
		rounds++
		require.Less(t, rounds, 400, "game does not end")
		m.now += 5
		moved := false
		for _, s := range []struct {
			name string
			side
		}{{"proposer", prop}, {"challenger", chal}} {
			if s.idle || m.g.Status != solver.StatusActive {
				continue
			}
			a := solver.Decide(s.p, m.g, solver.View{Now: m.now, Trace: s.t})
			if a.Kind == solver.Prove && a.MustWin {
				post, ok := honestNext(n, m.g.HLo)
				require.True(t, ok)
				wins := post != m.g.HHi
				if s.p.Address == proposerAddr {
					wins = !wins
				}
				if !wins {
					continue
				}
			}
			if a.Kind != solver.None {
				moved = true
			}
			m.apply(t, s.name, a, n)
		}
		if !moved {
			m.now += 100 // let a clock run
		}
	}
	return m, rounds
}

func bound(n uint64) int {
	if n <= 1 {
		return 2
	}
	return bits.Len64(n-1) + 2 // ⌈log2 n⌉ + 2
}

func TestGamesEndRight(t *testing.T) {
	honestProposer := solver.Player{Address: proposerAddr, Defend: true}
	honestChallenger := solver.Player{Address: challengerAddr, Challenge: true}
	for _, n := range []uint64{1, 2, 3, 4, 5, 7, 8, 9, 100, 1000, 1 << 16, 1<<16 + 1, 120_000} {
		faults := []int64{0, int64(n) / 2, int64(n) - 1}
		for _, f := range faults {
			t.Run(fmt.Sprintf("wrong step %d of %d", f, n), func(t *testing.T) {
				bad := trace{n: n, fault: f}
				m, _ := play(t, n, bad.HashAt(n),
					side{p: honestProposer, t: bad},
					side{p: honestChallenger, t: trace{n: n, fault: -1}})
				require.Equal(t, solver.StatusChallengerWon, m.g.Status)
				require.Equal(t, uint64(f), m.g.Lo, "the proof is of the first wrong step")
				require.LessOrEqual(t, m.moves["proposer"], bound(n))
				require.LessOrEqual(t, m.moves["challenger"], bound(n))
			})
		}
		t.Run(fmt.Sprintf("false challenge of %d", n), func(t *testing.T) {
			honest := trace{n: n, fault: -1}
			m, _ := play(t, n, honest.HashAt(n),
				side{p: honestProposer, t: honest},
				side{p: solver.Player{Address: challengerAddr, Challenge: true, Dishonest: true}, t: honest})
			require.Equal(t, solver.StatusProposerWon, m.g.Status)
			require.LessOrEqual(t, m.moves["proposer"], bound(n))
			require.LessOrEqual(t, m.moves["challenger"], bound(n))
		})
	}
}

func TestWrongStepCount(t *testing.T) {
	// The proposer claims the honest end state after n−1 steps while the batch
	// takes n: its hash at n−1 is the end state, which the honest trace reaches
	// only at n.
	const n = 37
	honest := trace{n: n, fault: -1}
	claim := honest.HashAt(n)
	bad := shortTrace{n: n - 1, end: claim}
	m, _ := play(t, n-1, claim, side{p: solver.Player{Address: proposerAddr, Defend: true}, t: bad},
		side{p: solver.Player{Address: challengerAddr, Challenge: true}, t: honest})
	require.Equal(t, solver.StatusChallengerWon, m.g.Status)
	require.Equal(t, uint64(n-2), m.g.Lo)
}

type shortTrace struct {
	n   uint64
	end common.Hash
}

func (s shortTrace) HashAt(k uint64) common.Hash {
	if k >= s.n {
		return s.end
	}
	return h(k, 0)
}

func TestClocks(t *testing.T) {
	n := uint64(64)
	honest := trace{n: n, fault: -1}
	bad := trace{n: n, fault: 10}
	t.Run("idle proposer", func(t *testing.T) {
		m, _ := play(t, n, bad.HashAt(n), side{idle: true},
			side{p: solver.Player{Address: challengerAddr, Challenge: true}, t: honest})
		require.Equal(t, solver.StatusChallengerWon, m.g.Status)
	})
	t.Run("idle challenger", func(t *testing.T) {
		m, _ := play(t, n, honest.HashAt(n), side{p: solver.Player{Address: proposerAddr, Defend: true}, t: honest},
			side{idle: true})
		require.Equal(t, solver.StatusProposerWon, m.g.Status)
	})
}

func TestDecideEdges(t *testing.T) {
	me := solver.Player{Address: challengerAddr, Challenge: true, Defend: true}
	g := solver.Game{Status: solver.StatusActive, Proposer: proposerAddr, Challenger: challengerAddr,
		Hi: 10, ProposerClock: 300, ChallengerClock: 300, LastMoveAt: 100, Turn: solver.TurnChallengerRespond}
	tr := trace{n: 10, fault: -1}

	// the game is played whether or not its batch is still current
	a := solver.Decide(me, g, solver.View{Now: 150, Trace: tr})
	require.Equal(t, solver.Respond, a.Kind)

	a = solver.Decide(me, g, solver.View{Now: 401, Trace: tr})
	require.Equal(t, solver.None, a.Kind, "our own clock ran out")
	a = solver.Decide(me, g, solver.View{Now: 150})
	require.Equal(t, solver.None, a.Kind, "no trace")

	own := g
	own.Proposer = challengerAddr
	a = solver.Decide(me, own, solver.View{Now: 150, Trace: tr})
	require.Equal(t, solver.None, a.Kind, "never answer one's own claim")

	other := g
	other.Challenger = common.HexToAddress("0x3333")
	a = solver.Decide(me, other, solver.View{Now: 150, Trace: tr})
	require.Equal(t, solver.None, a.Kind, "not a party")

	done := g
	done.Status = solver.StatusProposerWon
	require.Equal(t, solver.None, solver.Decide(me, done, solver.View{Now: 150, Trace: tr}).Kind)
	require.Equal(t, "proposer", done.Status.Winner())

	pc, cc := g.Clocks(160)
	require.Equal(t, uint64(300), pc)
	require.Equal(t, uint64(240), cc)
	require.Equal(t, uint64(400), g.Deadline())
}
