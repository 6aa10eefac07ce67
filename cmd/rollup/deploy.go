package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/rollup-dev/rollup/l1client/deploy"
)

func init() {
	register(command{
		name:    "deploy",
		summary: "deploy and initialize the L1 contracts and write deployments/<name>.json",
		run:     runDeploy,
	})
}

// bigFlag is a flag.Value holding a non-negative decimal integer (wei amounts).
type bigFlag struct{ v *big.Int }

func (b bigFlag) String() string {
	if b.v == nil {
		return "0"
	}
	return b.v.String()
}

func (b bigFlag) Set(s string) error {
	x, ok := new(big.Int).SetString(strings.ReplaceAll(s, "_", ""), 10)
	if !ok || x.Sign() < 0 {
		return fmt.Errorf("not a non-negative integer: %q", s)
	}
	b.v.Set(x)
	return nil
}

// addressFlag is a flag.Value holding an address (empty: zero).
type addressFlag struct{ a *common.Address }

func (f addressFlag) String() string {
	if f.a == nil || *f.a == (common.Address{}) {
		return ""
	}
	return f.a.Hex()
}

func (f addressFlag) Set(s string) error {
	if s == "" {
		*f.a = common.Address{}
		return nil
	}
	if !common.IsHexAddress(s) {
		return fmt.Errorf("not an address: %q", s)
	}
	*f.a = common.HexToAddress(s)
	return nil
}

func runDeploy(ctx context.Context, args []string) error {
	p := deploy.DefaultParams()
	fs := flag.NewFlagSet("deploy", flag.ContinueOnError)
	rpcURL := fs.String("l1-rpc", "", "L1 JSON-RPC URL (required)")
	keyHex := fs.String("key", "", "hex private key of the deployer (required; never logged)")
	name := fs.String("name", "devnet", "deployment name: the record is <out-dir>/<name>.json")
	outDir := fs.String("out-dir", "deployments", "folder of deployment records")
	timeout := fs.Duration("timeout", 2*time.Minute, "time limit for the whole deployment")
	stake := new(big.Int)
	fs.Var(bigFlag{stake}, "stake", "wei deposited as the deployer's proposer stake after deployment (0: none)")
	fs.Uint64Var(&p.L2ChainID, "l2-chain-id", p.L2ChainID, "L2_CHAIN_ID")
	fs.Var(bigFlag{p.BaseFee}, "base-fee", "BASE_FEE in wei")
	fs.Var(addressFlag{&p.Sequencer}, "sequencer", "address of the proposer role (default: the deployer)")
	fs.Var(addressFlag{&p.FeeRecipient}, "fee-recipient", "FEE_RECIPIENT (default: the sequencer)")
	fs.Uint64Var(&p.GenesisTimestamp, "genesis-timestamp", 0, "GENESIS_TIMESTAMP (0: the L1 head's timestamp)")
	fs.Uint64Var(&p.DisputeWindow, "dispute-window", p.DisputeWindow, "DISPUTE_WINDOW in seconds")
	fs.Uint64Var(&p.InclusionWindow, "inclusion-window", p.InclusionWindow, "INCLUSION_WINDOW in seconds")
	fs.Uint64Var(&p.EscapeWindow, "escape-window", p.EscapeWindow, "ESCAPE_WINDOW in seconds")
	fs.Uint64Var(&p.GameClock, "game-clock", p.GameClock, "GAME_CLOCK in seconds")
	fs.Var(bigFlag{p.ProposerBond}, "proposer-bond", "PROPOSER_BOND in wei")
	fs.Var(bigFlag{p.ChallengerBond}, "challenger-bond", "CHALLENGER_BOND in wei")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: rollup deploy --l1-rpc URL --key HEX [flags]\n\n"+
			"Every flag falls back to ROLLUP_<FLAG> (e.g. ROLLUP_L1_RPC, ROLLUP_KEY).\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := envFallbackErr(fs); err != nil {
		return err
	}
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
