// Package solver decides the next move in a bisection game (docs/protocol.md
// §8) from the game's state as read on chain, the time, and the player's
// trace of the disputed batch. It is pure: the agent reads the game, asks
// Decide, and sends what it answers; re-reading before every move makes every
// action idempotent (a move already made yields the next one, a move made by
// someone else yields nothing or a different move).
//
//	           ┌──────────── ProposerBisect ◀────────────┐
//	challenge ─┤  proposer posts its hash at mid          │ hi − lo > 1
//	           │            ▼                             │
//	           │   ChallengerRespond: agree ⇒ (mid, hi),  ┘
//	           │                      disagree ⇒ (lo, mid)
//	           └─ hi − lo = 1 ─▶ ChallengerProve: one-step proof of step lo
//
// A side whose clock has run out on its turn loses: the other side calls
// timeout. A game is played to its end also after its batch was reverted by
// another game: its bond still goes to the side that wins it.
package solver

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/l1client/contracts"
)

// Status is a game's status (ChallengeGame.Status), named in chain.
type Status = chain.GameStatus

// The game statuses.
const (
	StatusNone          = chain.GameNone
	StatusActive        = chain.GameActive
	StatusProposerWon   = chain.GameProposerWon
	StatusChallengerWon = chain.GameChallengerWon
)

// Turn is the move a game awaits (ChallengeGame.Turn), named in chain.
type Turn = chain.GameTurn

// The turns.
const (
	TurnProposerBisect    = chain.TurnProposerBisect
	TurnChallengerRespond = chain.TurnChallengerRespond
	TurnChallengerProve   = chain.TurnChallengerProve
)

// Game is a game as ChallengeGame.getGame returns it.
type Game struct {
	ID              uint64
	BatchHash       common.Hash
	BatchIndex      uint64
	Status          Status
	Turn            Turn
	Proposer        common.Address
	Challenger      common.Address
	Lo, Hi          uint64
	HLo, HHi, Mid   common.Hash
	ProposerClock   uint64 // seconds left, as of LastMoveAt
	ChallengerClock uint64
	LastMoveAt      uint64
}

// FromABI converts getGame's result.
func FromABI(id uint64, g contracts.GameRecord) Game {
	return Game{
		ID: id, BatchHash: g.BatchHash, BatchIndex: g.BatchIndex,
		Status: Status(g.Status), Turn: Turn(g.Turn),
		Proposer: g.Proposer, Challenger: g.Challenger,
		Lo: g.Lo, Hi: g.Hi, HLo: g.HLo, HHi: g.HHi, Mid: g.Mid,
		ProposerClock: g.ProposerClock, ChallengerClock: g.ChallengerClock, LastMoveAt: g.LastMoveAt,
	}
}

// MidStep returns the step the proposer posts a hash for: lo + (hi − lo) / 2.
func (g *Game) MidStep() uint64 { return g.Lo + (g.Hi-g.Lo)/2 }

// Deadline returns when the side to move runs out of time: timeout succeeds
// in a block whose timestamp is above it.
func (g *Game) Deadline() uint64 {
	if g.Turn.ProposerToMove() {
		return g.LastMoveAt + g.ProposerClock
	}
	return g.LastMoveAt + g.ChallengerClock
}

// Clocks returns each side's seconds left at time now.
func (g *Game) Clocks(now uint64) (proposer, challenger uint64) {
	proposer, challenger = g.ProposerClock, g.ChallengerClock
	if g.Status != StatusActive {
		return
	}
	elapsed := uint64(0)
	if now > g.LastMoveAt {
		elapsed = now - g.LastMoveAt
	}
	left := func(c uint64) uint64 {
		if elapsed >= c {
			return 0
		}
		return c - elapsed
	}
	if g.Turn.ProposerToMove() {
		proposer = left(proposer)
	} else {
		challenger = left(challenger)
	}
	return
}

// Kind is the kind of an action.
type Kind uint8

const (
	// None: nothing to do now.
	None Kind = iota
	// Bisect: post Hash, the proposer's machine hash at the mid step.
	Bisect
	// Respond: answer the midpoint with Agree.
	Respond
	// Prove: submit the one-step proof of step At.
	Prove
	// Timeout: the side to move has run out of time; end the game.
	Timeout
)

func (k Kind) String() string {
	switch k {
	case Bisect:
		return "bisect"
	case Respond:
		return "respond"
	case Prove:
		return "prove"
	case Timeout:
		return "timeout"
	}
	return "none"
}

// Action is what to do next.
type Action struct {
	Kind  Kind
	Hash  common.Hash // Bisect: the hash to post
	Agree bool        // Respond
	At    uint64      // Prove: the step to prove (lo)
	// MustWin, for Prove: send only when the one-step result makes this
	// player win (a defender proving the challenger's step; an honest
	// challenger). A dishonest challenger proves regardless.
	MustWin bool
	// Why explains the action, or why there is none.
	Why string
}

// Hasher gives a player's machine hash after k steps of the disputed batch.
type Hasher interface {
	HashAt(k uint64) common.Hash
}

// Player is who decides.
type Player struct {
	Address common.Address
	// Challenge: play the challenger's side of games this address opened.
	Challenge bool
	// Defend: play the proposer's side of games on this address's batches.
	Defend bool
	// Dishonest: as challenger, disagree with every midpoint (a false
	// challenger, for demonstrations and tests).
	Dishonest bool
}

// View is what the player knows besides the game.
type View struct {
	// Now is the timestamp of the latest L1 block.
	Now uint64
	// Trace is the player's trace of the batch; nil when it has none.
	Trace Hasher
}

// Decide returns the player's next action in g.
func Decide(p Player, g Game, v View) Action {
	if g.Status != StatusActive {
		return Action{Why: "game is " + g.Status.String()}
	}
	isChallenger := p.Challenge && g.Challenger == p.Address
	isProposer := p.Defend && g.Proposer == p.Address
	if g.Challenger == g.Proposer {
		// Never answer one's own claim.
		return Action{Why: "the challenger is the proposer"}
	}
	if !isChallenger && !isProposer {
		return Action{Why: "not a party"}
	}
	proposerMoves := g.Turn.ProposerToMove()
	if v.Now > g.Deadline() {
		if (proposerMoves && isChallenger) || (!proposerMoves && isProposer) {
			return Action{Kind: Timeout, Why: "the other side's clock ran out"}
		}
		return Action{Why: "our clock ran out"}
	}
	if v.Trace == nil {
		return Action{Why: "no trace of the batch"}
	}
	switch g.Turn {
	case TurnProposerBisect:
		if !isProposer {
			return Action{Why: "waiting for the proposer"}
		}
		return Action{Kind: Bisect, Hash: v.Trace.HashAt(g.MidStep()), Why: "post the midpoint"}
	case TurnChallengerRespond:
		if !isChallenger {
			return Action{Why: "waiting for the challenger"}
		}
		if p.Dishonest {
			return Action{Kind: Respond, Agree: false, Why: "dishonest: disagree"}
		}
		agree := v.Trace.HashAt(g.MidStep()) == g.Mid
		return Action{Kind: Respond, Agree: agree, Why: "compare the midpoint"}
	case TurnChallengerProve:
		if isChallenger {
			if p.Dishonest {
				return Action{Kind: Prove, At: g.Lo, Why: "dishonest: prove"}
			}
			if v.Trace.HashAt(g.Lo) != g.HLo {
				return Action{Why: "the agreed state is not ours"}
			}
			return Action{Kind: Prove, At: g.Lo, MustWin: true, Why: "one step left"}
		}
		// The defender may prove too, when its trace holds both ends: the
		// game ends without waiting for the challenger's clock.
		if v.Trace.HashAt(g.Lo) == g.HLo && v.Trace.HashAt(g.Lo+1) == g.HHi {
			return Action{Kind: Prove, At: g.Lo, MustWin: true, Why: "prove the challenger wrong"}
		}
		return Action{Why: "waiting for the challenger's proof"}
	}
	return Action{Why: "unknown turn"}
}
