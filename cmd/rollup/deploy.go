package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/rollup-dev/rollup/l1client/deploy"
)

// deployFlags are the flags of rollup deploy; the chain parameters start from p.
type deployFlags struct {
	fs                           *flag.FlagSet
	preset, rpcURL, keyHex, name *string
	outDir                       *string
	timeout                      *time.Duration
	stake                        *big.Int
}

func newDeployFlags(p *deploy.Params) *deployFlags {
	fs := flag.NewFlagSet("deploy", flag.ContinueOnError)
	f := &deployFlags{fs: fs, stake: new(big.Int)}
	f.preset = fs.String("preset", "production", "parameter defaults: production (days, Ethereum's 12 s blocks) or devnet (seconds, 1 s blocks)")
	f.rpcURL = fs.String("l1-rpc", "", "L1 JSON-RPC URL (required)")
	f.keyHex = fs.String("key", "", "hex private key of the deployer (required; never logged)")
	f.name = fs.String("name", "devnet", "deployment name: the record is <out-dir>/<name>.json")
	f.outDir = fs.String("out-dir", "deployments", "folder of deployment records")
	f.timeout = fs.Duration("timeout", 2*time.Minute, "time limit for the whole deployment")
	fs.Var(weiFlag{f.stake}, "stake", "wei deposited as the deployer's proposer stake after deployment (0: none)")
	fs.Uint64Var(&p.L2ChainID, "l2-chain-id", p.L2ChainID, "L2_CHAIN_ID")
	fs.Var(weiFlag{p.BaseFee}, "base-fee", "BASE_FEE in wei")
	fs.Var(addrFlag{&p.Sequencer}, "sequencer", "address of the proposer role (default: the deployer)")
	fs.Var(addrFlag{&p.FeeRecipient}, "fee-recipient", "FEE_RECIPIENT (default: the sequencer)")
	fs.Uint64Var(&p.GenesisTimestamp, "genesis-timestamp", 0, "GENESIS_TIMESTAMP (0: the L1 head's timestamp)")
	fs.Uint64Var(&p.DisputeWindow, "dispute-window", p.DisputeWindow, "DISPUTE_WINDOW in seconds")
	fs.Uint64Var(&p.InclusionWindow, "inclusion-window", p.InclusionWindow, "INCLUSION_WINDOW in seconds")
	fs.Uint64Var(&p.EscapeWindow, "escape-window", p.EscapeWindow, "ESCAPE_WINDOW in seconds")
	fs.Uint64Var(&p.GameClock, "game-clock", p.GameClock, "GAME_CLOCK in seconds")
	fs.Uint64Var(&p.ClockIncrement, "clock-increment", p.ClockIncrement, "CLOCK_INCREMENT in seconds, added after each move")
	fs.DurationVar(&p.L1BlockTime, "l1-block-time", p.L1BlockTime, "the L1's block interval (windows and clocks must cover "+
		fmt.Sprint(deploy.MoveMarginBlocks)+" blocks a move)")
	fs.Var(weiFlag{p.ProposerBond}, "proposer-bond", "PROPOSER_BOND in wei")
	fs.Var(weiFlag{p.ChallengerBond}, "challenger-bond", "CHALLENGER_BOND in wei")
	setUsage(fs, "usage: rollup deploy --l1-rpc URL --key HEX [flags]\n\n"+
		"Every flag falls back to ROLLUP_<FLAG> (e.g. ROLLUP_L1_RPC, ROLLUP_KEY).\n\n")
	return f
}

// parseDeployFlags parses args twice: once to learn the preset, then over the
// preset's parameters, so that explicit flags override either preset.
func parseDeployFlags(args []string) (*deployFlags, deploy.Params, error) {
	p := deploy.DefaultParams()
	f := newDeployFlags(&p)
	if err := f.fs.Parse(args); err != nil {
		return nil, p, err
	}
	if err := envFallbackErr(f.fs); err != nil {
		return nil, p, err
	}
	switch *f.preset {
	case "production":
		return f, p, nil
	case "devnet":
		p = deploy.DevnetParams()
	default:
		return nil, p, fmt.Errorf("--preset %q: want production or devnet", *f.preset)
	}
	f = newDeployFlags(&p)
	f.fs.SetOutput(io.Discard)
	if err := f.fs.Parse(args); err != nil {
		return nil, p, err
	}
	return f, p, envFallbackErr(f.fs)
}

func runDeploy(ctx context.Context, args []string) error {
	f, p, err := parseDeployFlags(args)
	if err != nil {
		return err
	}
	rpcURL, keyHex, name, outDir, timeout, stake := f.rpcURL, f.keyHex, f.name, f.outDir, f.timeout, f.stake
	if *rpcURL == "" {
		return errors.New("--l1-rpc is required")
	}
	if *keyHex == "" {
		return errors.New("--key is required")
	}
	key, err := crypto.HexToECDSA(strings.TrimPrefix(*keyHex, "0x"))
	if err != nil {
		return errors.New("--key is not a valid hex private key")
	}
	if err := p.Check(); err != nil {
		return err
	}

	client, err := ethclient.DialContext(ctx, *rpcURL)
	if err != nil {
		return fmt.Errorf("connecting to %s: %w", *rpcURL, err)
	}
	defer client.Close()
	d, err := deploy.Deploy(ctx, client, deploy.Config{Name: *name, Key: key, Params: p, Stake: stake, Timeout: *timeout})
	if err != nil {
		return err
	}
	path := deploy.Path(*outDir, *name)
	if err := d.WriteFile(path); err != nil {
		return err
	}
	fmt.Printf("deployed on L1 chain %d at block %d\n  Rollup        %s\n  Bridge        %s\n  ChallengeGame %s\n  OneStepProver %s\nwrote %s\n",
		d.L1ChainID, d.DeploymentBlock, d.Contracts.Rollup, d.Contracts.Bridge, d.Contracts.ChallengeGame, d.Contracts.OneStepProver, path)
	return nil
}
