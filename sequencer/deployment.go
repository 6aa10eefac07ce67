package sequencer

import (
	"time"

	"github.com/rollup-dev/rollup/l1client/deploy"
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
