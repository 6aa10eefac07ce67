package userflow

import (
	"context"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/l1client/contracts"
)

// Event is one thing that happened on L1 to a batch (or a withdrawal).
type Event struct {
	L1Block uint64      `json:"l1Block"`
	L1Tx    common.Hash `json:"l1Transaction"`
	// Kind is appended, challenged, bisected, responded, step-proved, resolved,
	// reverted, finalized or claimed.
	Kind string `json:"kind"`
	// Text says it in a sentence.
	Text string `json:"text"`

	logIndex uint
}

// BatchHistory returns what happened on L1 to batch index, in order: every
// BatchAppended at that index (a reverted batch is appended again), the games
// opened on it and their moves and results, the reverts that removed it and
// its finalization.
func (c *L1) BatchHistory(ctx context.Context, index uint64) ([]Event, error) {
	from := new(big.Int).SetUint64(c.Deployment.DeploymentBlock)
	rabi, gabi := contracts.RollupABI, contracts.GameABI
	idxTopic := common.BigToHash(new(big.Int).SetUint64(index))
	rlogs, err := c.Eth.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: from, Addresses: []common.Address{c.Deployment.Contracts.Rollup},
		Topics: [][]common.Hash{{rabi.Events["BatchAppended"].ID, rabi.Events["BatchFinalized"].ID, rabi.Events["BatchesReverted"].ID, rabi.Events["ProposerSlashed"].ID}},
	})
	if err != nil {
		return nil, fmt.Errorf("reading Rollup events: %w", err)
	}
	glogs, err := c.Eth.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: from, Addresses: []common.Address{c.Deployment.Contracts.ChallengeGame},
		Topics: [][]common.Hash{{gabi.Events["GameOpened"].ID, gabi.Events["Bisected"].ID, gabi.Events["Responded"].ID,
			gabi.Events["StepProved"].ID, gabi.Events["GameResolved"].ID}},
	})
	if err != nil {
		return nil, fmt.Errorf("reading ChallengeGame events: %w", err)
	}
	var out []Event
	add := func(l *types.Log, kind, text string) {
		out = append(out, Event{L1Block: l.BlockNumber, L1Tx: l.TxHash, Kind: kind, Text: text, logIndex: l.Index})
	}
	appended := 0
	var revertedHere bool
	for i := range rlogs {
		l := &rlogs[i]
		switch l.Topics[0] {
		case rabi.Events["BatchAppended"].ID:
			if l.Topics[1] != idxTopic {
				continue
			}
			ev, err := contracts.Unpack(l, contracts.Rollup.UnpackBatchAppendedEvent)
			if err != nil {
				return nil, err
			}
			again := ""
			if appended > 0 {
				again = " again"
			}
			appended++
			add(l, "appended", fmt.Sprintf("batch %d appended%s by %s, claiming state root %s after %d steps",
				index, again, short(ev.Proposer.Hex()), short(common.Hash(ev.Info.Post.StateRoot).Hex()), ev.Info.NumSteps))
			revertedHere = false
		case rabi.Events["BatchFinalized"].ID:
			if l.Topics[1] != idxTopic {
				continue
			}
			add(l, "finalized", fmt.Sprintf("batch %d final: its dispute window passed", index))
		case rabi.Events["BatchesReverted"].ID:
			ev, err := contracts.Unpack(l, contracts.Rollup.UnpackBatchesRevertedEvent)
			if err != nil {
				return nil, err
			}
			if ev.FromIndex <= index && index < ev.PreviousNextIndex {
				add(l, "reverted", fmt.Sprintf("batches %d to %d reverted: a challenger proved batch %d wrong", ev.FromIndex, ev.PreviousNextIndex-1, ev.FromIndex))
				revertedHere = true
			}
		case rabi.Events["ProposerSlashed"].ID:
			if !revertedHere {
				continue
			}
			ev, err := contracts.Unpack(l, contracts.Rollup.UnpackProposerSlashedEvent)
			if err != nil {
				return nil, err
			}
			add(l, "slashed", fmt.Sprintf("proposer %s slashed %s ETH (%s ETH to the challenger)", short(ev.Proposer.Hex()), FormatEther(ev.Amount), FormatEther(ev.Reward)))
		}
	}
	games := map[common.Hash]bool{}
	for i := range glogs {
		l := &glogs[i]
		switch l.Topics[0] {
		case gabi.Events["GameOpened"].ID:
			if len(l.Topics) < 3 || l.Topics[2] != idxTopic {
				continue
			}
			ev, err := contracts.Unpack(l, contracts.Game.UnpackGameOpenedEvent)
			if err != nil {
				return nil, err
			}
			games[l.Topics[1]] = true
			add(l, "challenged", fmt.Sprintf("game %s opened on batch %d by challenger %s over %d steps", ev.Id, index, short(ev.Challenger.Hex()), ev.NumSteps))
		case gabi.Events["Bisected"].ID:
			if !games[l.Topics[1]] {
				continue
			}
			ev, err := contracts.Unpack(l, contracts.Game.UnpackBisectedEvent)
			if err != nil {
				return nil, err
			}
			add(l, "bisected", fmt.Sprintf("game %s: proposer posted its state at step %d of [%d, %d]", ev.Id, ev.Mid, ev.Lo, ev.Hi))
		case gabi.Events["Responded"].ID:
			if !games[l.Topics[1]] {
				continue
			}
			ev, err := contracts.Unpack(l, contracts.Game.UnpackRespondedEvent)
			if err != nil {
				return nil, err
			}
			verb := "disagreed"
			if ev.Agree {
				verb = "agreed"
			}
			add(l, "responded", fmt.Sprintf("game %s: challenger %s; dispute narrowed to steps [%d, %d]", ev.Id, verb, ev.Lo, ev.Hi))
		case gabi.Events["StepProved"].ID:
			if !games[l.Topics[1]] {
				continue
			}
			ev, err := contracts.Unpack(l, contracts.Game.UnpackStepProvedEvent)
			if err != nil {
				return nil, err
			}
			verdict := "differs from the proposer's claim"
			if ev.MatchesClaim {
				verdict = "matches the proposer's claim"
			}
			add(l, "step-proved", fmt.Sprintf("game %s: step %d executed on L1; the result %s", ev.Id, ev.Lo, verdict))
		case gabi.Events["GameResolved"].ID:
			if !games[l.Topics[1]] {
				continue
			}
			ev, err := contracts.Unpack(l, contracts.Game.UnpackGameResolvedEvent)
			if err != nil {
				return nil, err
			}
			add(l, "resolved", fmt.Sprintf("game %s over: %s (%s)", ev.Id, chain.GameStatus(ev.Status).Text(), chain.GameEnd(ev.Reason).Text()))
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].L1Block != out[j].L1Block {
			return out[i].L1Block < out[j].L1Block
		}
		return out[i].logIndex < out[j].logIndex
	})
	return out, nil
}

// ClaimEvent is the Bridge's record of a paid withdrawal (WithdrawalClaimed
// or TokenWithdrawalClaimed).
type ClaimEvent struct {
	Key        common.Hash
	Recipient  common.Address
	Amount     *big.Int
	BatchIndex uint64
	L1Tx       common.Hash
	L1Block    uint64
}

// ClaimOf returns the WithdrawalClaimed or TokenWithdrawalClaimed event of
// the withdrawal key, nil if it was not claimed.
func (c *L1) ClaimOf(ctx context.Context, key common.Hash) (*ClaimEvent, error) {
	logs, err := c.Eth.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(c.Deployment.DeploymentBlock),
		Addresses: []common.Address{c.Deployment.Contracts.Bridge},
		Topics:    [][]common.Hash{{contracts.TopicWithdrawalClaimed, contracts.TopicTokenWithdrawalClaimed}, {key}},
	})
	if err != nil {
		return nil, fmt.Errorf("reading WithdrawalClaimed events: %w", err)
	}
	for i := range logs {
		if ev := claimEvent(&logs[i]); ev != nil {
			return ev, nil
		}
	}
	return nil, nil
}

// claimEvent decodes a WithdrawalClaimed or TokenWithdrawalClaimed log.
func claimEvent(l *types.Log) *ClaimEvent {
	if ev, err := contracts.Unpack(l, contracts.Bridge.UnpackWithdrawalClaimedEvent); err == nil {
		return &ClaimEvent{Key: ev.Key, Recipient: ev.Recipient, Amount: ev.Amount, BatchIndex: ev.BatchIndex, L1Tx: l.TxHash, L1Block: l.BlockNumber}
	}
	if ev, err := contracts.Unpack(l, contracts.Bridge.UnpackTokenWithdrawalClaimedEvent); err == nil {
		return &ClaimEvent{Key: ev.Key, Recipient: ev.Recipient, Amount: ev.Amount, BatchIndex: ev.BatchIndex, L1Tx: l.TxHash, L1Block: l.BlockNumber}
	}
	return nil
}

// short abbreviates a hex string: 0x1234…abcd.
func short(s string) string {
	if len(s) <= 14 {
		return s
	}
	return s[:6] + "…" + s[len(s)-4:]
}
