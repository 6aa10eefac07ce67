package chain

import "fmt"

// GameStatus is a dispute game's status, as ChallengeGame.Status numbers it.
// String gives the stored and wire name (challenger_games.status, JSON),
// Text the words shown to people.
type GameStatus uint8

// The game statuses.
const (
	GameNone GameStatus = iota
	GameActive
	GameProposerWon
	GameChallengerWon
)

var gameStatusNames = [...]struct{ name, text string }{
	GameNone:          {"none", "none"},
	GameActive:        {"active", "active"},
	GameProposerWon:   {"proposer_won", "proposer won"},
	GameChallengerWon: {"challenger_won", "challenger won"},
}

func (s GameStatus) String() string {
	if int(s) < len(gameStatusNames) {
		return gameStatusNames[s].name
	}
	return fmt.Sprintf("unknown_%d", uint8(s))
}

// Text names the status in words.
func (s GameStatus) Text() string {
	if int(s) < len(gameStatusNames) {
		return gameStatusNames[s].text
	}
	return fmt.Sprintf("unknown (%d)", uint8(s))
}

// Winner names the side that won a decided game: "proposer", "challenger",
// or "" (not decided).
func (s GameStatus) Winner() string {
	switch s {
	case GameProposerWon:
		return "proposer"
	case GameChallengerWon:
		return "challenger"
	}
	return ""
}

// ParseGameStatus is the inverse of GameStatus.String; unknown names give
// GameNone.
func ParseGameStatus(name string) GameStatus {
	for s := range gameStatusNames {
		if gameStatusNames[s].name == name {
			return GameStatus(s)
		}
	}
	return GameNone
}

// GameTurn is the move an active game awaits (ChallengeGame.Turn).
type GameTurn uint8

// The turns.
const (
	TurnProposerBisect GameTurn = iota
	TurnChallengerRespond
	TurnChallengerProve
)

var gameTurnNames = [...]struct{ name, text string }{
	TurnProposerBisect:    {"proposer_bisect", "proposer bisects"},
	TurnChallengerRespond: {"challenger_respond", "challenger responds"},
	TurnChallengerProve:   {"challenger_prove", "challenger proves"},
}

func (t GameTurn) String() string {
	if int(t) < len(gameTurnNames) {
		return gameTurnNames[t].name
	}
	return "unknown"
}

// Text names the turn in words.
func (t GameTurn) Text() string {
	if int(t) < len(gameTurnNames) {
		return gameTurnNames[t].text
	}
	return fmt.Sprintf("unknown (%d)", uint8(t))
}

// ProposerToMove reports whether the turn is the proposer's.
func (t GameTurn) ProposerToMove() bool { return t == TurnProposerBisect }

// GameEnd is why a game was resolved (ChallengeGame.Reason).
type GameEnd uint8

// The reasons a game ends.
const (
	EndNoSteps GameEnd = iota
	EndOneStepProof
	EndTimeout
)

var gameEndTexts = [...]string{
	EndNoSteps:      "no steps",
	EndOneStepProof: "one-step proof",
	EndTimeout:      "timeout",
}

// Text names the reason in words.
func (e GameEnd) Text() string {
	if int(e) < len(gameEndTexts) {
		return gameEndTexts[e]
	}
	return fmt.Sprintf("unknown (%d)", uint8(e))
}
