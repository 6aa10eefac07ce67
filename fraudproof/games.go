package fraudproof

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rollup-dev/rollup/fraudproof/solver"
	"github.com/rollup-dev/rollup/l1client/contracts"
	"github.com/rollup-dev/rollup/l1client/deploy"
	"github.com/rollup-dev/rollup/l1client/txmgr"
)

// GameSummary describes one game as `rollup games` lists it.
type GameSummary struct {
	ID         uint64         `json:"id"`
	BatchIndex uint64         `json:"batch"`
	BatchHash  common.Hash    `json:"batchHash"`
	Challenger common.Address `json:"challenger"`
	Proposer   common.Address `json:"proposer"`
	NumSteps   uint64         `json:"steps"`
	Status     string         `json:"status"`
	// Winner is "challenger" or "proposer" once decided, "" while active;
	// Reason how it ended (one_step_proof, timeout, no_steps).
	Winner string `json:"winner,omitempty"`
	Reason string `json:"reason,omitempty"`
	// Turn is the move awaited while active; Lo and Hi the segment.
	Turn string `json:"turn,omitempty"`
	Lo   uint64 `json:"lo"`
	Hi   uint64 `json:"hi"`
	// ProposerMoves counts bisections, ChallengerMoves the opening and the
	// answers; Proved tells whether the one-step proof was submitted.
	ProposerMoves   int  `json:"proposerMoves"`
	ChallengerMoves int  `json:"challengerMoves"`
	Proved          bool `json:"proved"`
	// ProposerClock and ChallengerClock are the seconds left to each side.
	ProposerClock   uint64 `json:"proposerClock"`
	ChallengerClock uint64 `json:"challengerClock"`
	// Deadline is the L1 time after which the side to move loses by
	// timeout (0 once decided).
	Deadline    uint64 `json:"deadline,omitempty"`
	OpenedBlock uint64 `json:"openedBlock"`
	EndedBlock  uint64 `json:"endedBlock,omitempty"`
}

// GameReader is the L1 access ListGames and FindBatch need.
type GameReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

// logSpan bounds one log query.
const logSpan = 10_000

// filterAll reads logs from the deployment block to the head in spans.
func filterAll(ctx context.Context, c GameReader, from uint64, addr common.Address, topics [][]common.Hash) ([]types.Log, uint64, error) {
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, 0, fmt.Errorf("reading the L1 head: %w", err)
	}
	to := head.Number.Uint64()
	var out []types.Log
	for start := from; start <= to; start += logSpan {
		end := min(start+logSpan-1, to)
		logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(start), ToBlock: new(big.Int).SetUint64(end),
			Addresses: []common.Address{addr}, Topics: topics})
		if err != nil {
			return nil, 0, fmt.Errorf("reading logs of blocks %d..%d: %w", start, end, err)
		}
		out = append(out, logs...)
	}
	return out, head.Time, nil
}

var reasons = []string{"no_steps", "one_step_proof", "timeout"}

// ListGames lists every game of the deployment's ChallengeGame, oldest first,
// with its current state read on chain.
func ListGames(ctx context.Context, c GameReader, d *deploy.Deployment) ([]GameSummary, error) {
	abi := contracts.GameABI
	ev := func(n string) common.Hash { return abi.Events[n].ID }
	logs, now, err := filterAll(ctx, c, d.DeploymentBlock, d.Contracts.ChallengeGame, [][]common.Hash{{
		ev("GameOpened"), ev("Bisected"), ev("Responded"), ev("StepProved"), ev("GameResolved")}})
	if err != nil {
		return nil, err
	}
	games := map[uint64]*GameSummary{}
	for i := range logs {
		l := &logs[i]
		if len(l.Topics) < 2 {
			continue
		}
		id := new(big.Int).SetBytes(l.Topics[1][:]).Uint64()
		if l.Topics[0] == ev("GameOpened") {
			o, err := contracts.Unpack(l, contracts.Game.UnpackGameOpenedEvent)
			if err != nil {
				return nil, err
			}
			games[id] = &GameSummary{ID: id, BatchIndex: o.BatchIndex, BatchHash: o.BatchHash, Challenger: o.Challenger,
				Proposer: o.Proposer, NumSteps: o.NumSteps, ChallengerMoves: 1, OpenedBlock: l.BlockNumber}
			continue
		}
		g := games[id]
		if g == nil {
			continue
		}
		switch l.Topics[0] {
		case ev("Bisected"):
			g.ProposerMoves++
		case ev("Responded"):
			g.ChallengerMoves++
		case ev("StepProved"):
			g.Proved = true
		case ev("GameResolved"):
			r, err := contracts.Unpack(l, contracts.Game.UnpackGameResolvedEvent)
			if err != nil {
				return nil, err
			}
			if int(r.Reason) < len(reasons) {
				g.Reason = reasons[r.Reason]
			}
			g.EndedBlock = l.BlockNumber
		}
	}
	out := make([]GameSummary, 0, len(games))
	for id, g := range games {
		raw, err := c.CallContract(ctx, ethereum.CallMsg{To: &d.Contracts.ChallengeGame, Data: contracts.Game.PackGetGame(new(big.Int).SetUint64(id))}, nil)
		if err != nil {
			return nil, fmt.Errorf("reading game %d: %w", id, err)
		}
		onchain, err := contracts.Game.UnpackGetGame(raw)
		if err != nil {
			return nil, err
		}
		sg := solver.FromABI(id, onchain)
		g.Status = sg.Status.String()
		g.Winner = sg.Status.Winner()
		g.Lo, g.Hi = sg.Lo, sg.Hi
		g.ProposerClock, g.ChallengerClock = sg.Clocks(now)
		if sg.Status == solver.StatusActive {
			g.Turn = sg.Turn.String()
			g.Deadline = sg.Deadline()
		}
		out = append(out, *g)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// ErrNoBatch: the Rollup has no current batch at the index.
var ErrNoBatch = errors.New("no current batch at that index")

// FindBatch returns the record of the current batch at index, from its
// BatchAppended log.
func FindBatch(ctx context.Context, c GameReader, d *deploy.Deployment, index uint64) (contracts.BatchInfo, common.Hash, error) {
	raw, err := c.CallContract(ctx, ethereum.CallMsg{To: &d.Contracts.Rollup, Data: contracts.Rollup.PackBatchHash(new(big.Int).SetUint64(index))}, nil)
	if err != nil {
		return contracts.BatchInfo{}, common.Hash{}, fmt.Errorf("reading batch %d: %w", index, err)
	}
	current, err := contracts.Rollup.UnpackBatchHash(raw)
	if err != nil {
		return contracts.BatchInfo{}, common.Hash{}, err
	}
	if current == [32]byte{} {
		return contracts.BatchInfo{}, common.Hash{}, fmt.Errorf("batch %d: %w", index, ErrNoBatch)
	}
	logs, _, err := filterAll(ctx, c, d.DeploymentBlock, d.Contracts.Rollup, [][]common.Hash{{contracts.TopicBatchAppended},
		{common.BigToHash(new(big.Int).SetUint64(index))}, nil, {current}})
	if err != nil {
		return contracts.BatchInfo{}, common.Hash{}, err
	}
	for i := len(logs) - 1; i >= 0; i-- {
		ev, err := contracts.Unpack(&logs[i], contracts.Rollup.UnpackBatchAppendedEvent)
		if err == nil && ev.BatchHash == current {
			return ev.Info, ev.BatchHash, nil
		}
	}
	return contracts.BatchInfo{}, common.Hash{}, fmt.Errorf("batch %d: no BatchAppended log for record %x", index, current)
}

// OpenChallenge opens a game on the current batch at index with the
// challenger bond, through sender, and returns the game id. The key makes
// it idempotent with the agent's own challenge of the same batch.
func OpenChallenge(ctx context.Context, c GameReader, d *deploy.Deployment, sender Sender, index uint64) (uint64, error) {
	info, hash, err := FindBatch(ctx, c, d, index)
	if err != nil {
		return 0, err
	}
	game := d.Contracts.ChallengeGame
	r, err := sender.Send(ctx, txmgr.Candidate{To: &game, Data: contracts.Game.PackChallenge(info), Value: d.ChallengerBond.Big(),
		Key: fmt.Sprintf("%s/challenge/%s", game.Hex(), hash.Hex())})
	if err != nil {
		return 0, fmt.Errorf("challenging batch %d: %w", index, err)
	}
	for _, l := range r.Logs {
		if ev, err := contracts.Unpack(l, contracts.Game.UnpackGameOpenedEvent); err == nil {
			return ev.Id.Uint64(), nil
		}
	}
	return 0, errors.New("the challenge transaction opened no game")
}
