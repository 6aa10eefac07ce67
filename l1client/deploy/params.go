package deploy

import (
	"errors"
	"fmt"
	"math/big"
	"math/bits"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/rollup-dev/rollup/l2"
)

// Params are the chain parameters of docs/protocol.md §1, fixed at deployment.
type Params struct {
	// L2ChainID is the EIP-155 chain ID of L2 transactions.
	L2ChainID uint64
	// BaseFee is the L2 base fee per gas, in wei.
	BaseFee *big.Int
	// Sequencer holds the proposer role. Zero means the deployer.
	Sequencer common.Address
	// FeeRecipient is the L2 account credited with every fee. Zero means the sequencer.
	FeeRecipient common.Address
	// GenesisTimestamp is the timestamp of L2 block 0. Zero means the timestamp of
	// the L1 head when the deployment starts.
	GenesisTimestamp uint64
	// DisputeWindow, InclusionWindow, EscapeWindow, GameClock and
	// ClockIncrement are in seconds. GameClock is each side's time when a game
	// opens; ClockIncrement is added to a side's clock after each of its
	// bisection moves.
	DisputeWindow   uint64
	InclusionWindow uint64
	EscapeWindow    uint64
	GameClock       uint64
	ClockIncrement  uint64
	// L1BlockTime is the L1's block interval. It is not a contract parameter:
	// Check uses it to refuse windows and clocks that an L1 delay of a few
	// blocks per move could run out.
	L1BlockTime time.Duration
	// ProposerBond and ChallengerBond are in wei.
	ProposerBond   *big.Int
	ChallengerBond *big.Int
}

// MoveMarginBlocks is how many L1 blocks of delay every move of a dispute
// game, and the challenge that opens it, must be able to absorb: Check
// requires DisputeWindow and ClockIncrement of at least this many blocks, and
// a GameClock that covers MaxGameMoves moves of this many blocks each.
const MoveMarginBlocks = 10

// MaxGameMoves is the most moves one side makes in a game on a batch of
// MAX_BATCH_BYTES: ⌈log2(MaxBatchBytes)⌉ bisection answers and the one-step
// proof (the proposer makes one move fewer).
var MaxGameMoves = uint64(bits.Len64(l2.MaxBatchBytes-1)) + 1

// DefaultParams returns the production values of docs/protocol.md §1, in
// days, after Optimism's fault dispute game (3.5-day chess clock, 3-hour
// extension, 7-day window before withdrawals finalize) and Arbitrum's
// delayed inbox (24 hours until a user can force inclusion); L1 blocks are
// Ethereum's 12 s.
func DefaultParams() Params {
	const hour, day = 3600, 24 * 3600
	return Params{
		L2ChainID:       901,
		BaseFee:         big.NewInt(params.GWei),
		DisputeWindow:   7 * day,
		InclusionWindow: 1 * day,
		EscapeWindow:    7 * day,
		GameClock:       7 * day / 2,
		ClockIncrement:  3 * hour,
		L1BlockTime:     12 * time.Second,
		ProposerBond:    new(big.Int).Mul(big.NewInt(10), big.NewInt(params.Ether)),
		ChallengerBond:  new(big.Int).Set(big.NewInt(params.Ether)),
	}
}

// DevnetParams returns the short devnet values of docs/protocol.md §1 (an L1
// block every second): a batch is final a minute after it is posted. They are
// not safe against a real L1's delays.
func DevnetParams() Params {
	p := DefaultParams()
	p.DisputeWindow = 60
	p.InclusionWindow = 600
	p.EscapeWindow = 3600
	p.GameClock = 300
	p.ClockIncrement = 20
	p.L1BlockTime = time.Second
	p.ProposerBond = big.NewInt(params.Ether)
	p.ChallengerBond = new(big.Int).Div(big.NewInt(params.Ether), big.NewInt(2))
	return p
}

var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// Check names the first invalid field.
func (p *Params) Check() error {
	isWei := func(v *big.Int) bool { return v != nil && v.Sign() >= 0 && v.Cmp(maxUint256) <= 0 }
	switch {
	case p.L2ChainID == 0:
		return errors.New("deploy: L2ChainID must be positive")
	case !isWei(p.BaseFee):
		return errors.New("deploy: BaseFee must be a uint256")
	case p.DisputeWindow == 0:
		return errors.New("deploy: DisputeWindow must be positive")
	case p.InclusionWindow == 0:
		return errors.New("deploy: InclusionWindow must be positive")
	case p.EscapeWindow == 0:
		return errors.New("deploy: EscapeWindow must be positive")
	case p.GameClock == 0:
		return errors.New("deploy: GameClock must be positive")
	case p.L1BlockTime <= 0 || p.L1BlockTime > 24*time.Hour:
		return fmt.Errorf("deploy: L1BlockTime %v must be positive and at most a day", p.L1BlockTime)
	case !isWei(p.ProposerBond) || p.ProposerBond.Sign() == 0:
		return errors.New("deploy: ProposerBond must be a positive uint256")
	case !isWei(p.ChallengerBond) || p.ChallengerBond.Sign() == 0:
		return errors.New("deploy: ChallengerBond must be a positive uint256")
	}
	const maxUint64 = ^uint64(0)
	for name, v := range map[string]uint64{"DisputeWindow": p.DisputeWindow, "InclusionWindow": p.InclusionWindow,
		"EscapeWindow": p.EscapeWindow, "GameClock": p.GameClock, "ClockIncrement": p.ClockIncrement,
		"GenesisTimestamp": p.GenesisTimestamp} {
		if v > maxUint64/4 {
			return fmt.Errorf("deploy: %s %d is too large", name, v)
		}
	}
	return p.checkTiming()
}

// checkTiming refuses windows and clocks that a delay of MoveMarginBlocks L1
// blocks per move could run out (docs/protocol.md §10).
func (p *Params) checkTiming() error {
	margin := MoveMarginBlocks * p.L1BlockTime
	sec := func(v uint64) time.Duration { return time.Duration(v) * time.Second }
	switch {
	case sec(p.DisputeWindow) < margin:
		return fmt.Errorf("deploy: DisputeWindow %ds is below %d L1 blocks of %v (%v): a delayed challenge could miss it",
			p.DisputeWindow, MoveMarginBlocks, p.L1BlockTime, margin)
	case sec(p.ClockIncrement) < margin:
		return fmt.Errorf("deploy: ClockIncrement %ds is below %d L1 blocks of %v (%v): a delay on every move could run a clock out",
			p.ClockIncrement, MoveMarginBlocks, p.L1BlockTime, margin)
	case sec(p.GameClock) < time.Duration(MaxGameMoves)*margin:
		return fmt.Errorf("deploy: GameClock %ds cannot cover %d moves of %d L1 blocks of %v each (%v)",
			p.GameClock, MaxGameMoves, MoveMarginBlocks, p.L1BlockTime, time.Duration(MaxGameMoves)*margin)
	}
	return nil
}
