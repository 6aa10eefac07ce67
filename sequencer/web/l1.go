package web

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/l1client/contracts"
	"github.com/rollup-dev/rollup/l1client/deploy"
)

// L1Reader is the L1 access the page's L1 facts need; go-ethereum's
// ethclient satisfies it.
type L1Reader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error)
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// L1Status is what GET /ui/l1.json answers.
type L1Status struct {
	ChainID        uint64           `json:"chainId"`
	Head           uint64           `json:"head"`
	Time           uint64           `json:"time"`
	Contracts      deploy.Addresses `json:"contracts"`
	DisputeWindow  uint64           `json:"disputeWindow"`
	GameClock      uint64           `json:"gameClock"`
	BridgeBalance  string           `json:"bridgeBalance"`
	NextIndex      uint64           `json:"nextIndex"`
	FinalizedCount uint64           `json:"finalizedCount"`
	GameCount      uint64           `json:"gameCount"`
	Games          []Game           `json:"games"`
	// Claimed are the keys of claimed withdrawals (the latest ones).
	Claimed []common.Hash `json:"claimed"`
}

// Game is a dispute game as the page shows it.
type Game struct {
	ID              uint64         `json:"id"`
	Batch           uint64         `json:"batch"`
	Status          string         `json:"status"`
	Turn            string         `json:"turn"`
	Challenger      common.Address `json:"challenger"`
	Proposer        common.Address `json:"proposer"`
	Lo              uint64         `json:"lo"`
	Hi              uint64         `json:"hi"`
	ProposerClock   uint64         `json:"proposerClock"`
	ChallengerClock uint64         `json:"challengerClock"`
	LastMoveAt      uint64         `json:"lastMoveAt"`
}

const (
	gamesShown  = 20
	claimsShown = 200
)

var ()

type l1View struct {
	c L1Reader
	d *deploy.Deployment
}

func (v *l1View) call(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
	return v.c.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
}

func (v *l1View) read(ctx context.Context) (*L1Status, error) {
	rollup, game := contracts.Rollup, contracts.Game
	c := v.d.Contracts
	head, err := v.c.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("reading the L1 head: %w", err)
	}
	st := &L1Status{ChainID: v.d.L1ChainID, Head: head.Number.Uint64(), Time: head.Time, Contracts: c,
		DisputeWindow: v.d.DisputeWindow, GameClock: v.d.GameClock, Games: []Game{}, Claimed: []common.Hash{}}
	bal, err := v.c.BalanceAt(ctx, c.Bridge, nil)
	if err != nil {
		return nil, fmt.Errorf("reading the Bridge balance: %w", err)
	}
	st.BridgeBalance = bal.String()
	if out, err := v.call(ctx, c.Rollup, rollup.PackNextIndex()); err == nil {
		st.NextIndex, _ = rollup.UnpackNextIndex(out)
	}
	if out, err := v.call(ctx, c.Rollup, rollup.PackFinalizedCount()); err == nil {
		st.FinalizedCount, _ = rollup.UnpackFinalizedCount(out)
	}
	out, err := v.call(ctx, c.ChallengeGame, game.PackGameCount())
	if err != nil {
		return nil, fmt.Errorf("reading the game count: %w", err)
	}
	n, err := game.UnpackGameCount(out)
	if err != nil {
		return nil, err
	}
	st.GameCount = n.Uint64()
	for id := st.GameCount; id > 0 && len(st.Games) < gamesShown; id-- {
		out, err := v.call(ctx, c.ChallengeGame, game.PackGetGame(new(big.Int).SetUint64(id-1)))
		if err != nil {
			return nil, fmt.Errorf("reading game %d: %w", id-1, err)
		}
		g, err := game.UnpackGetGame(out)
		if err != nil {
			return nil, err
		}
		st.Games = append(st.Games, Game{
			ID: id - 1, Batch: g.BatchIndex, Status: chain.GameStatus(g.Status).Text(), Turn: chain.GameTurn(g.Turn).Text(),
			Challenger: g.Challenger, Proposer: g.Proposer, Lo: g.Lo, Hi: g.Hi,
			ProposerClock: g.ProposerClock, ChallengerClock: g.ChallengerClock, LastMoveAt: g.LastMoveAt,
		})
	}
	logs, err := v.c.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(v.d.DeploymentBlock), Addresses: []common.Address{c.Bridge},
		Topics: [][]common.Hash{{contracts.TopicWithdrawalClaimed}},
	})
	if err != nil {
		return nil, fmt.Errorf("reading claimed withdrawals: %w", err)
	}
	for i := len(logs) - 1; i >= 0 && len(st.Claimed) < claimsShown; i-- {
		if len(logs[i].Topics) > 1 {
			st.Claimed = append(st.Claimed, logs[i].Topics[1])
		}
	}
	return st, nil
}
