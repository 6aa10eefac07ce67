// Package deploy deploys and initializes the rollup's L1 contracts (Bridge,
// Rollup, OneStepProver, ChallengeGame) through the generated bindings and
// describes the result as a Deployment record (deployments/<name>.json).
//
// Deploy sends every transaction at once with consecutive nonces (the later
// contracts' constructor arguments are the earlier contracts' predicted
// addresses), then waits for all receipts:
//
//	Bridge() ─▶ Rollup(bridge, config) ─▶ OneStepProver(bridge, …) ─▶
//	ChallengeGame(rollup, prover, …) ─▶ Rollup.initialize(game) ─▶
//	Bridge.initialize(rollup) ─▶ [Rollup.depositStake, when Config.Stake > 0]
//
// It works against anything that speaks the Ethereum JSON-RPC API (anvil,
// geth --dev) and in process against go-ethereum's simulated backend, which must
// be mining (the devnet commits on a timer).
package deploy

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rollup-dev/rollup/contracts/bindings"
	"github.com/rollup-dev/rollup/internal/poll"
)

// Backend is the L1 connection Deploy needs. *ethclient.Client and the simulated
// backend's client satisfy it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
}

// Config describes one deployment.
type Config struct {
	// Name of the deployment (the record's file name without .json). Default "devnet".
	Name string
	// Key signs every transaction; its address is the deployer.
	Key *ecdsa.PrivateKey
	// Params are the chain parameters.
	Params Params
	// Stake, when positive, is deposited as the deployer's proposer stake once the
	// contracts are initialized (the deployer is then a bonded proposer).
	Stake *big.Int
	// Timeout bounds the whole deployment, including waiting for receipts.
	// Default 2 minutes.
	Timeout time.Duration
}

// initGas is the gas limit of the initialize and depositStake calls (they cannot
// be estimated before the contracts they call are mined). Unused gas is not paid.
const initGas = 1_000_000

// estimateMargin scales gas estimates of contract creations: go-ethereum's
// simulated backend runs a post-Osaka gas schedule (state-gas metering) under
// which eth_estimateGas of a creation comes out below what it uses.
const estimateMargin = 3 // numerator over 2: +50 %

// ErrTxFailed is returned when a deployment transaction was mined but reverted.
var ErrTxFailed = errors.New("deployment transaction reverted")

// Deploy deploys and initializes the contracts and returns the deployment record.
func Deploy(ctx context.Context, b Backend, cfg Config) (*Deployment, error) {
	if cfg.Key == nil {
		return nil, errors.New("deploy: Key is required")
	}
	if cfg.Name == "" {
		cfg.Name = "devnet"
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 2 * time.Minute
	}
	p := cfg.Params
	if err := p.Check(); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, cfg.Timeout)
	defer cancel()

	from := crypto.PubkeyToAddress(cfg.Key.PublicKey)
	if p.Sequencer == (common.Address{}) {
		p.Sequencer = from
	}
	if p.FeeRecipient == (common.Address{}) {
		p.FeeRecipient = p.Sequencer
	}
	chainID, err := b.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading L1 chain ID: %w", err)
	}
	if p.GenesisTimestamp == 0 {
		head, err := b.HeaderByNumber(ctx, nil)
		if err != nil {
			return nil, fmt.Errorf("reading L1 head: %w", err)
		}
		p.GenesisTimestamp = head.Time
	}
	nonce, err := b.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, fmt.Errorf("reading deployer nonce: %w", err)
	}
	opts := bind.NewKeyedTransactor(cfg.Key, chainID)
	opts.Context = ctx
	s := &sender{b: b, opts: opts, nonce: nonce}

	var (
		bridgeB = bindings.NewBridge()
		rollupB = bindings.NewRollup()
		osp     = bindings.NewOneStepProver()
		gameB   = bindings.NewChallengeGame()
		addrs   Addresses
	)
	if addrs.Bridge, err = s.deploy("Bridge", bindings.BridgeMetaData.Bin, nil); err != nil {
		return nil, err
	}
	addrs.Rollup, err = s.deploy("Rollup", bindings.RollupMetaData.Bin, rollupB.PackConstructor(addrs.Bridge, bindings.RollupConfig{
		Sequencer:        p.Sequencer,
		ProposerBond:     p.ProposerBond,
		DisputeWindow:    p.DisputeWindow,
		InclusionWindow:  p.InclusionWindow,
		EscapeWindow:     p.EscapeWindow,
		GenesisTimestamp: p.GenesisTimestamp,
	}))
	if err != nil {
		return nil, err
	}
	addrs.OneStepProver, err = s.deploy("OneStepProver", bindings.OneStepProverMetaData.Bin,
		osp.PackConstructor(addrs.Bridge, new(big.Int).SetUint64(p.L2ChainID), p.BaseFee, p.FeeRecipient))
	if err != nil {
		return nil, err
	}
	addrs.ChallengeGame, err = s.deploy("ChallengeGame", bindings.ChallengeGameMetaData.Bin,
		gameB.PackConstructor(addrs.Rollup, addrs.OneStepProver, p.ChallengerBond, p.GameClock, p.ClockIncrement))
	if err != nil {
		return nil, err
	}
	if err := s.call("Rollup.initialize", rollupB.Instance(b, addrs.Rollup), rollupB.PackInitialize(addrs.ChallengeGame), nil); err != nil {
		return nil, err
	}
	if err := s.call("Bridge.initialize", bridgeB.Instance(b, addrs.Bridge), bridgeB.PackInitialize(addrs.Rollup), nil); err != nil {
		return nil, err
	}
	if cfg.Stake != nil && cfg.Stake.Sign() > 0 {
		if err := s.call("Rollup.depositStake", rollupB.Instance(b, addrs.Rollup), rollupB.PackDepositStake(), cfg.Stake); err != nil {
			return nil, err
		}
	}

	receipts, err := s.wait(ctx)
	if err != nil {
		return nil, err
	}
	first := receipts[0]
	return &Deployment{
		Name:                cfg.Name,
		L1ChainID:           chainID.Uint64(),
		Deployer:            from,
		DeploymentBlock:     first.BlockNumber.Uint64(),
		DeploymentBlockHash: first.BlockHash,
		Contracts:           addrs,
		L2ChainID:           p.L2ChainID,
		BaseFee:             NewWei(p.BaseFee),
		Sequencer:           p.Sequencer,
		FeeRecipient:        p.FeeRecipient,
		GenesisTimestamp:    p.GenesisTimestamp,
		GenesisStateRoot:    common.Hash{}, // the empty state (docs/protocol.md §3.2)
		DisputeWindow:       p.DisputeWindow,
		InclusionWindow:     p.InclusionWindow,
		EscapeWindow:        p.EscapeWindow,
		GameClock:           p.GameClock,
		ClockIncrement:      p.ClockIncrement,
		L1BlockTimeMs:       uint64(p.L1BlockTime / time.Millisecond),
		ProposerBond:        NewWei(p.ProposerBond),
		ChallengerBond:      NewWei(p.ChallengerBond),
	}, nil
}

// sender signs and sends transactions with consecutive nonces and remembers them.
type sender struct {
	b     Backend
	opts  *bind.TransactOpts
	nonce uint64
	txs   []*types.Transaction
	names []string
}

func (s *sender) next(gas uint64, value *big.Int) *bind.TransactOpts {
	o := *s.opts
	o.Nonce = new(big.Int).SetUint64(s.nonce)
	o.GasLimit = gas
	o.Value = value
	s.nonce++
	return &o
}

func (s *sender) deploy(name, bin string, args []byte) (common.Address, error) {
	code := common.FromHex(bin)
	est, err := s.b.EstimateGas(s.opts.Context, ethereum.CallMsg{From: s.opts.From, Data: append(append([]byte{}, code...), args...)})
	if err != nil {
		return common.Address{}, fmt.Errorf("estimating gas of %s: %w", name, err)
	}
	addr, tx, err := bind.DeployContract(s.next(est*estimateMargin/2, nil), code, s.b, args)
	if err != nil {
		return common.Address{}, fmt.Errorf("deploying %s: %w", name, err)
	}
	s.txs = append(s.txs, tx)
	s.names = append(s.names, name)
	return addr, nil
}

func (s *sender) call(name string, c *bind.BoundContract, data []byte, value *big.Int) error {
	tx, err := bind.Transact(c, s.next(initGas, value), data)
	if err != nil {
		return fmt.Errorf("sending %s: %w", name, err)
	}
	s.txs = append(s.txs, tx)
	s.names = append(s.names, name)
	return nil
}

func (s *sender) wait(ctx context.Context) ([]*types.Receipt, error) {
	out := make([]*types.Receipt, len(s.txs))
	for i, tx := range s.txs {
		r, err := WaitReceipt(ctx, s.b, tx.Hash())
		if err != nil {
			return nil, fmt.Errorf("waiting for %s (%s): %w", s.names[i], tx.Hash(), err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return nil, fmt.Errorf("%s (%s): %w", s.names[i], tx.Hash(), ErrTxFailed)
		}
		out[i] = r
	}
	return out, nil
}

// receiptPoll is how often WaitReceipt asks for a receipt.
const receiptPoll = 100 * time.Millisecond

// WaitReceipt polls for the receipt of txHash until it is mined or ctx ends.
func WaitReceipt(ctx context.Context, b bind.DeployBackend, txHash common.Hash) (*types.Receipt, error) {
	var r *types.Receipt
	err := poll.Until(ctx, receiptPoll, func() (bool, error) {
		var err error
		r, err = b.TransactionReceipt(ctx, txHash)
		if err != nil && !errors.Is(err, ethereum.NotFound) && ctx.Err() != nil {
			return false, err
		}
		return err == nil, nil
	})
	if err != nil {
		return nil, err
	}
	return r, nil
}
