package sequencer

import (
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rollup-dev/rollup/l1client/deploy"
	"github.com/rollup-dev/rollup/sequencer/engine"
)

// ApplyDeployment sets cfg's chain parameters, contract addresses and the
// first L1 block to follow from a deployment record (deployments/<name>.json).
func ApplyDeployment(cfg *Config, d *deploy.Deployment) {
	cfg.ChainID = d.L2ChainID
	if d.BaseFee != nil {
		cfg.BaseFee = d.BaseFee.Big()
	}
	cfg.FeeRecipient = d.FeeRecipient
	cfg.GenesisTimestamp = d.GenesisTimestamp
	root := d.GenesisStateRoot
	cfg.GenesisStateRoot = &root
	cfg.DisputeWindow = time.Duration(d.DisputeWindow) * time.Second
	cfg.BridgeAddress = d.Contracts.Bridge
	cfg.RollupAddress = d.Contracts.Rollup
	cfg.DepositStartBlock = d.DeploymentBlock
}

// GenesisRoot returns the state root of L2 block 0 for a development
// allocation (the zero hash for none), e.g. to deploy contracts whose genesis
// matches it.
func GenesisRoot(alloc []GenesisAccount) common.Hash {
	a := make([]engine.GenesisAccount, len(alloc))
	for i, x := range alloc {
		a[i] = engine.GenesisAccount{Address: x.Address, Balance: x.Balance}
	}
	return engine.GenesisState(a).Root()
}
