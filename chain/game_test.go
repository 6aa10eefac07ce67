package chain

import "testing"

func TestGameNames(t *testing.T) {
	for s := GameNone; s <= GameChallengerWon; s++ {
		if ParseGameStatus(s.String()) != s {
			t.Errorf("ParseGameStatus(%q) != %d", s.String(), s)
		}
	}
	for _, c := range []struct {
		s          GameStatus
		name, text string
		winner     string
	}{
		{GameActive, "active", "active", ""},
		{GameProposerWon, "proposer_won", "proposer won", "proposer"},
		{GameChallengerWon, "challenger_won", "challenger won", "challenger"},
		{GameStatus(9), "unknown_9", "unknown (9)", ""},
	} {
		if c.s.String() != c.name || c.s.Text() != c.text || c.s.Winner() != c.winner {
			t.Errorf("status %d: %q %q %q", c.s, c.s.String(), c.s.Text(), c.s.Winner())
		}
	}
	if ParseGameStatus("nonsense") != GameNone {
		t.Error("an unknown name parses to none")
	}
	if TurnChallengerRespond.String() != "challenger_respond" || TurnChallengerProve.Text() != "challenger proves" ||
		!TurnProposerBisect.ProposerToMove() || TurnChallengerProve.ProposerToMove() {
		t.Error("turn names")
	}
	if EndTimeout.Text() != "timeout" || GameEnd(7).Text() != "unknown (7)" {
		t.Error("end reasons")
	}
}
