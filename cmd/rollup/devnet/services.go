package devnet

import (
	"context"
	"fmt"
	"time"

	"github.com/holiman/uint256"

	"github.com/rollup-dev/rollup/batcher"
	"github.com/rollup-dev/rollup/fraudproof"
	"github.com/rollup-dev/rollup/fraudproof/derive"
	"github.com/rollup-dev/rollup/l1client/beacon"
	"github.com/rollup-dev/rollup/l1client/txmgr"
	"github.com/rollup-dev/rollup/l2"
)

// l2Params are the deployment's chain parameters as the protocol core takes them.
func (d *Devnet) l2Params() (*l2.Params, error) {
	fee, overflow := uint256.FromBig(d.dep.BaseFee.Big())
	if overflow {
		return nil, fmt.Errorf("devnet: base fee %s does not fit in 256 bits", d.dep.BaseFee.Big())
	}
	p := &l2.Params{ChainID: d.dep.L2ChainID, BaseFee: fee, FeeRecipient: d.dep.FeeRecipient, GenesisTimestamp: d.dep.GenesisTimestamp}
	return p, p.Check()
}

// startBatcher starts the proposer: one transaction manager for the proposer
// key, shared by the batcher (appendBatch, finalize) and its defender (the
// game agent in defend mode, answering challenges against its batches).
func (d *Devnet) startBatcher(ctx context.Context) error {
	params, err := d.l2Params()
	if err != nil {
		return err
	}
	mgr, err := txmgr.New(txmgr.Config{Name: "proposer", PrivateKey: d.proposer.Key},
		txmgr.Deps{Client: d.l1Client, Pool: d.pool, Logger: d.cfg.Logger})
	if err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	if err := mgr.Start(ctx); err != nil {
		return fmt.Errorf("devnet: starting the proposer's transaction manager: %w", err)
	}
	d.onStop("proposer transaction manager", func(context.Context) error { return mgr.Stop() })
	d.startStakeKeeper(mgr)

	cfg := batcher.Config{
		RollupAddress: d.dep.Contracts.Rollup,
		StartBlock:    d.dep.DeploymentBlock,
		Params:        params,
		PrivateKey:    d.proposer.Key,
		Policy:        batcher.Policy{MaxAge: d.cfg.BatchInterval},
		Data:          d.BatchData(),
		L1Beacon:      d.L1BeaconURL(),
	}
	if d.cfg.FaultBadRootBatch != nil {
		cfg.Faults = append(cfg.Faults, batcher.Fault{Kind: batcher.FaultBadRoot, Batch: *d.cfg.FaultBadRootBatch})
	}
	if d.cfg.FaultBadStepBatch != nil {
		cfg.Faults = append(cfg.Faults, batcher.Fault{Kind: batcher.FaultBadStep, Batch: *d.cfg.FaultBadStepBatch})
	}
	// The defender answers with the proposer's own machine states (Claims),
	// which differ from an honest replay only for a fault-injected batch.
	newDefender := func(claims batcher.ClaimSource) (batcher.Defender, error) {
		return fraudproof.New(fraudproof.Config{Deployment: d.dep, Defend: true, Name: "defender-" + mgr.From().Hex()},
			fraudproof.Deps{L1: d.l1Client, Pool: d.pool, Sender: mgr, Claims: claims, Blobs: d.blobSource(), Logger: d.cfg.Logger.Named("defender")})
	}
	b, err := batcher.New(cfg, batcher.Deps{Pool: d.pool, L1: d.l1Client, Logger: d.cfg.Logger, TxMgr: mgr, NewDefender: newDefender})
	if err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	if err := b.Start(ctx); err != nil {
		return fmt.Errorf("devnet: starting the batcher: %w", err)
	}
	d.onStop("batcher", func(context.Context) error { return b.Stop() })
	return nil
}

// blobSource reads blob batches from the in-process L1's beacon API; none
// (a nil interface) when it serves none or the L1 is external.
func (d *Devnet) blobSource() derive.BlobSource {
	if u := d.L1BeaconURL(); u != "" {
		return beacon.NewClient(u, 10*time.Second)
	}
	return nil
}

// startChallenger starts the challenger agent with its own key: it rebuilds
// the L2 state from L1 alone and challenges every wrong claim.
func (d *Devnet) startChallenger(ctx context.Context) error {
	s, err := fraudproof.New(fraudproof.Config{Deployment: d.dep, Key: d.challenger.Key, Challenge: true},
		fraudproof.Deps{L1: d.l1Client, Pool: d.pool, Blobs: d.blobSource(), Logger: d.cfg.Logger.Named("challenger")})
	if err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	if err := s.Start(ctx); err != nil {
		return fmt.Errorf("devnet: starting the challenger: %w", err)
	}
	d.onStop("challenger", func(context.Context) error { return s.Stop() })
	return nil
}
