package deploy

import (
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Addresses are the deployed contracts.
type Addresses struct {
	Rollup        common.Address `json:"rollup"`
	Bridge        common.Address `json:"bridge"`
	ChallengeGame common.Address `json:"challengeGame"`
	OneStepProver common.Address `json:"oneStepProver"`
}

// Deployment is a deployment record, stored as deployments/<name>.json (the
// format is described in deployments/README.md).
type Deployment struct {
	Name      string         `json:"name"`
	L1ChainID uint64         `json:"l1ChainId"`
	Deployer  common.Address `json:"deployer"`
	// DeploymentBlock is the L1 block of the first contract creation: event
	// followers start there. DeploymentBlockHash identifies it across reorgs.
	DeploymentBlock     uint64      `json:"deploymentBlock"`
	DeploymentBlockHash common.Hash `json:"deploymentBlockHash"`
	Contracts           Addresses   `json:"contracts"`

	L2ChainID        uint64         `json:"l2ChainId"`
	BaseFee          *Wei           `json:"baseFee"`
	Sequencer        common.Address `json:"sequencer"`
	FeeRecipient     common.Address `json:"feeRecipient"`
	GenesisTimestamp uint64         `json:"genesisTimestamp"`
	GenesisStateRoot common.Hash    `json:"genesisStateRoot"`
	DisputeWindow    uint64         `json:"disputeWindow"`
	InclusionWindow  uint64         `json:"inclusionWindow"`
	EscapeWindow     uint64         `json:"escapeWindow"`
	GameClock        uint64         `json:"gameClock"`
	ClockIncrement   uint64         `json:"clockIncrement"`
	L1BlockTimeMs    uint64         `json:"l1BlockTimeMs"`
	ProposerBond     *Wei           `json:"proposerBond"`
	ChallengerBond   *Wei           `json:"challengerBond"`

	// DevToken is the ERC-20 a devnet deploys on L1 to try bridged tokens
	// with (a DevToken, DevTokenParams); it is no part of the rollup.
	DevToken *common.Address `json:"devToken,omitempty"`
}

// Params returns the chain parameters recorded in d.
func (d *Deployment) Params() Params {
	return Params{
		L2ChainID:        d.L2ChainID,
		BaseFee:          d.BaseFee.Big(),
		Sequencer:        d.Sequencer,
		FeeRecipient:     d.FeeRecipient,
		GenesisTimestamp: d.GenesisTimestamp,
		DisputeWindow:    d.DisputeWindow,
		InclusionWindow:  d.InclusionWindow,
		EscapeWindow:     d.EscapeWindow,
		GameClock:        d.GameClock,
		ClockIncrement:   d.ClockIncrement,
		L1BlockTime:      time.Duration(d.L1BlockTimeMs) * time.Millisecond,
		ProposerBond:     d.ProposerBond.Big(),
		ChallengerBond:   d.ChallengerBond.Big(),
	}
}

// WriteFile writes d as indented JSON to path, creating its folder.
func (d *Deployment) WriteFile(path string) error {
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return fmt.Errorf("encoding deployment: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("creating %s: %w", filepath.Dir(path), err)
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("writing deployment: %w", err)
	}
	return nil
}

// Path is where the record named name lives under dir: dir/<name>.json.
func Path(dir, name string) string { return filepath.Join(dir, name+".json") }

// Load reads a deployment record.
func Load(path string) (*Deployment, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading deployment: %w", err)
	}
	var d Deployment
	if err := json.Unmarshal(b, &d); err != nil {
		return nil, fmt.Errorf("decoding deployment %s: %w", path, err)
	}
	return &d, nil
}

// Wei is a uint256 amount, written in JSON as a decimal string so that no
// precision is lost.
type Wei big.Int

// NewWei copies x.
func NewWei(x *big.Int) *Wei { return (*Wei)(new(big.Int).Set(x)) }

// Big returns a copy as a big.Int (zero for nil).
func (w *Wei) Big() *big.Int {
	if w == nil {
		return new(big.Int)
	}
	return new(big.Int).Set((*big.Int)(w))
}

// MarshalJSON writes the decimal string.
func (w *Wei) MarshalJSON() ([]byte, error) {
	return json.Marshal((*big.Int)(w).String())
}

// UnmarshalJSON reads a decimal string (or a JSON number).
func (w *Wei) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		s = string(b)
	}
	x, ok := new(big.Int).SetString(s, 10)
	if !ok || x.Sign() < 0 {
		return fmt.Errorf("invalid wei amount %s", b)
	}
	*w = Wei(*x)
	return nil
}
