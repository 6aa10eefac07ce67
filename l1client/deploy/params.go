package deploy

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"
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
	// DisputeWindow, InclusionWindow, EscapeWindow and GameClock are in seconds.
	DisputeWindow   uint64
	InclusionWindow uint64
	EscapeWindow    uint64
	GameClock       uint64
	// ProposerBond and ChallengerBond are in wei.
	ProposerBond   *big.Int
	ChallengerBond *big.Int
}

// DefaultParams returns the devnet values of docs/protocol.md §1.
func DefaultParams() Params {
	return Params{
		L2ChainID:       901,
		BaseFee:         big.NewInt(params.GWei),
		DisputeWindow:   60,
		InclusionWindow: 600,
		EscapeWindow:    3600,
		GameClock:       300,
		ProposerBond:    new(big.Int).Set(big.NewInt(params.Ether)),
		ChallengerBond:  new(big.Int).Div(big.NewInt(params.Ether), big.NewInt(2)),
	}
}

var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// Check names the first invalid field.
func (p *Params) Check() error {
	switch {
	case p.L2ChainID == 0:
		return errors.New("deploy: L2ChainID must be positive")
	case p.BaseFee == nil || p.BaseFee.Sign() < 0 || p.BaseFee.Cmp(maxUint256) > 0:
		return errors.New("deploy: BaseFee must be a uint256")
	case p.DisputeWindow == 0:
		return errors.New("deploy: DisputeWindow must be positive")
	case p.InclusionWindow == 0:
		return errors.New("deploy: InclusionWindow must be positive")
	case p.EscapeWindow == 0:
		return errors.New("deploy: EscapeWindow must be positive")
	case p.GameClock == 0:
		return errors.New("deploy: GameClock must be positive")
	case p.ProposerBond == nil || p.ProposerBond.Sign() < 0 || p.ProposerBond.Cmp(maxUint256) > 0:
		return errors.New("deploy: ProposerBond must be a uint256")
	case p.ChallengerBond == nil || p.ChallengerBond.Sign() < 0 || p.ChallengerBond.Cmp(maxUint256) > 0:
		return errors.New("deploy: ChallengerBond must be a uint256")
	}
	const maxUint64 = ^uint64(0)
	for name, v := range map[string]uint64{"DisputeWindow": p.DisputeWindow, "InclusionWindow": p.InclusionWindow,
		"EscapeWindow": p.EscapeWindow, "GameClock": p.GameClock, "GenesisTimestamp": p.GenesisTimestamp} {
		if v > maxUint64/4 {
			return fmt.Errorf("deploy: %s %d is too large", name, v)
		}
	}
	return nil
}
