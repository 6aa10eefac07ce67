package userflow

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/rollup-dev/rollup/internal/poll"
	"github.com/rollup-dev/rollup/l1client/contracts"
	"github.com/rollup-dev/rollup/l1client/deploy"
	"github.com/rollup-dev/rollup/l2"
)

// L1Backend is the L1 connection the flows need; *ethclient.Client satisfies it.
type L1Backend interface {
	ethereum.ChainIDReader
	ethereum.ChainReader
	ethereum.BlockNumberReader
	ethereum.ChainStateReader
	ethereum.ContractCaller
	ethereum.GasEstimator
	ethereum.GasPricer
	ethereum.GasPricer1559
	ethereum.LogFilterer
	ethereum.PendingStateReader
	ethereum.TransactionReader
	ethereum.TransactionSender
}

// L1 is a connection to L1 and the rollup's contracts there.
type L1 struct {
	Eth        L1Backend
	Deployment *deploy.Deployment
	// Poll is how often waits poll L1 (default 200 ms).
	Poll time.Duration

	closer func()
}

// DialL1 connects to the L1 node at url for deployment d and checks that the
// contracts are there.
func DialL1(ctx context.Context, url string, d *deploy.Deployment) (*L1, error) {
	rc, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("connecting to L1 %s: %w", url, err)
	}
	c := NewL1(ethclient.NewClient(rc), d)
	c.closer = rc.Close
	if err := c.Check(ctx); err != nil {
		rc.Close()
		return nil, err
	}
	return c, nil
}

// NewL1 wraps an existing L1 connection.
func NewL1(b L1Backend, d *deploy.Deployment) *L1 {
	return &L1{Eth: b, Deployment: d, Poll: 200 * time.Millisecond}
}

// Close closes a connection opened by DialL1.
func (c *L1) Close() {
	if c.closer != nil {
		c.closer()
	}
}

// ErrNoDeployment means the L1 node does not hold the deployment's contracts:
// a fresh anvil, another chain, or an L1 whose state was lost.
var ErrNoDeployment = errors.New("the rollup contracts of the deployment record are not on this L1")

// Check verifies the chain ID and that the Rollup contract has code.
func (c *L1) Check(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	id, err := c.Eth.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("reading the L1 chain ID: %w", err)
	}
	if id.Uint64() != c.Deployment.L1ChainID {
		return fmt.Errorf("%w: L1 chain ID is %d, the deployment's is %d", ErrNoDeployment, id, c.Deployment.L1ChainID)
	}
	code, err := c.Eth.CodeAt(ctx, c.Deployment.Contracts.Rollup, nil)
	if err != nil {
		return fmt.Errorf("reading the Rollup contract's code: %w", err)
	}
	if len(code) == 0 {
		return fmt.Errorf("%w: no code at Rollup %s", ErrNoDeployment, c.Deployment.Contracts.Rollup)
	}
	return nil
}

// call runs a view call on a contract.
func (c *L1) call(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
	return c.Eth.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
}

// SendCall signs and sends a contract call (or a plain transfer when data is
// empty) from key, waits for its receipt and fails when it reverted.
func (c *L1) SendCall(ctx context.Context, key *ecdsa.PrivateKey, to common.Address, data []byte, value *big.Int) (*types.Transaction, *types.Receipt, error) {
	from := crypto.PubkeyToAddress(key.PublicKey)
	if value == nil {
		value = new(big.Int)
	}
	chainID, err := c.Eth.ChainID(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("reading the L1 chain ID: %w", err)
	}
	nonce, err := c.Eth.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, nil, fmt.Errorf("reading the L1 nonce of %s: %w", from, err)
	}
	gas, err := c.Eth.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to, Data: data, Value: value})
	if err != nil {
		return nil, nil, fmt.Errorf("estimating gas: %w", contracts.RevertError(err))
	}
	if len(data) > 0 {
		gas = gas * 13 / 10
	}
	tip, err := c.Eth.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("reading the L1 tip: %w", err)
	}
	if tip.Sign() == 0 {
		tip = big.NewInt(1)
	}
	head, err := c.Eth.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("reading the L1 head: %w", err)
	}
	maxFee := new(big.Int).Add(tip, big.NewInt(1))
	if head.BaseFee != nil {
		maxFee = new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	}
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: maxFee, Gas: gas, To: &to, Value: value, Data: data,
	})
	if err != nil {
		return nil, nil, fmt.Errorf("signing: %w", err)
	}
	if err := c.Eth.SendTransaction(ctx, tx); err != nil {
		return nil, nil, fmt.Errorf("sending L1 transaction: %w", err)
	}
	r, err := c.WaitReceipt(ctx, tx.Hash())
	if err != nil {
		return tx, nil, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return tx, r, fmt.Errorf("L1 transaction %s reverted", tx.Hash())
	}
	return tx, r, nil
}

// WaitReceipt polls for the receipt of h until ctx ends.
func (c *L1) WaitReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	var r *types.Receipt
	err := poll.Until(ctx, c.Poll, func() (bool, error) {
		var err error
		r, err = c.Eth.TransactionReceipt(ctx, h)
		return err == nil, nil
	})
	if err != nil {
		return nil, fmt.Errorf("waiting for L1 transaction %s: %w", h, err)
	}
	return r, nil
}

// Deposited is a Bridge deposit mined on L1.
type Deposited struct {
	Tx        *types.Transaction
	Receipt   *types.Receipt
	Index     uint64
	From      common.Address
	Recipient common.Address
	Amount    *big.Int
	// Token is the L1 token of a token deposit; zero for ETH.
	Token common.Address
}

// Deposit sends amount from key's L1 account to recipient on L2 through
// Bridge.deposit and returns the queued deposit once mined.
func (c *L1) Deposit(ctx context.Context, key *ecdsa.PrivateKey, recipient common.Address, amount *big.Int) (*Deposited, error) {
	if amount == nil || amount.Sign() <= 0 {
		return nil, errors.New("a deposit must be of more than 0 wei")
	}
	if new(big.Int).Rem(amount, big.NewInt(params.GWei)).Sign() != 0 {
		return nil, fmt.Errorf("a deposit must be a whole number of gwei (L2 blocks list deposits as withdrawals in gwei); %s wei is not: try %s gwei",
			amount, new(big.Int).Quo(amount, big.NewInt(params.GWei)))
	}
	tx, r, err := c.SendCall(ctx, key, c.Deployment.Contracts.Bridge, contracts.Bridge.PackDeposit(recipient), amount)
	if err != nil {
		return nil, fmt.Errorf("depositing: %w", err)
	}
	for _, l := range r.Logs {
		if ev, err := contracts.Unpack(l, contracts.Bridge.UnpackDepositQueuedEvent); err == nil && l.Address == c.Deployment.Contracts.Bridge {
			return &Deposited{Tx: tx, Receipt: r, Index: ev.Index.Uint64(), From: ev.From, Recipient: ev.Recipient, Amount: ev.Amount}, nil
		}
	}
	return nil, fmt.Errorf("deposit %s mined without a DepositQueued event", tx.Hash())
}

// Forced is a transaction queued on L1 with Bridge.forceTransaction.
type Forced struct {
	L1Tx    *types.Transaction
	Receipt *types.Receipt
	// Index is the entry's position in the L1 queue.
	Index uint64
}

// ForceTransaction submits the signed L2 transaction tx on L1, signed and
// paid for on L1 by key: the sequencer must execute it (under the usual
// transfer rules) before the inclusion window of its queue entry ends.
func (c *L1) ForceTransaction(ctx context.Context, key *ecdsa.PrivateKey, tx *types.Transaction) (*Forced, error) {
	p := &l2.Params{ChainID: tx.ChainId().Uint64(), BaseFee: new(uint256.Int)}
	f, err := l2.ForcedTxFromTx(p, tx)
	if err != nil {
		return nil, fmt.Errorf("forcing %s: %w", tx.Hash(), err)
	}
	l1tx, r, err := c.SendCall(ctx, key, c.Deployment.Contracts.Bridge, contracts.Bridge.PackForceTransaction(contracts.ForcedTx(&f)), nil)
	if err != nil {
		return nil, fmt.Errorf("forcing %s on L1: %w", tx.Hash(), err)
	}
	for _, l := range r.Logs {
		if ev, err := contracts.Unpack(l, contracts.Bridge.UnpackTransactionForcedEvent); err == nil && l.Address == c.Deployment.Contracts.Bridge {
			return &Forced{L1Tx: l1tx, Receipt: r, Index: ev.Index.Uint64()}, nil
		}
	}
	return nil, fmt.Errorf("forceTransaction %s mined without a TransactionForced event", l1tx.Hash())
}

// DepositCount is the length of the Bridge's deposit queue.
func (c *L1) DepositCount(ctx context.Context) (uint64, error) {
	out, err := c.call(ctx, c.Deployment.Contracts.Bridge, contracts.Bridge.PackDepositCount())
	if err != nil {
		return 0, err
	}
	n, err := contracts.Bridge.UnpackDepositCount(out)
	if err != nil {
		return 0, err
	}
	return n.Uint64(), nil
}

// Deposits lists the DepositQueued events sent from any of senders (all when
// empty) since the deployment.
func (c *L1) Deposits(ctx context.Context, senders ...common.Address) ([]*contracts.DepositQueued, error) {
	ev := contracts.BridgeABI.Events["DepositQueued"]
	topics := [][]common.Hash{{ev.ID}, nil}
	if len(senders) > 0 {
		var s []common.Hash
		for _, a := range senders {
			s = append(s, common.BytesToHash(a.Bytes()))
		}
		topics = append(topics, s)
	}
	logs, err := c.Eth.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(c.Deployment.DeploymentBlock),
		Addresses: []common.Address{c.Deployment.Contracts.Bridge}, Topics: topics,
	})
	if err != nil {
		return nil, fmt.Errorf("reading deposits: %w", err)
	}
	out := make([]*contracts.DepositQueued, 0, len(logs))
	for i := range logs {
		d, err := contracts.Unpack(&logs[i], contracts.Bridge.UnpackDepositQueuedEvent)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, nil
}

// NextIndex and FinalizedCount read the Rollup contract: batches below
// NextIndex are on L1, batches below FinalizedCount are final.
func (c *L1) NextIndex(ctx context.Context) (uint64, error) {
	out, err := c.call(ctx, c.Deployment.Contracts.Rollup, contracts.Rollup.PackNextIndex())
	if err != nil {
		return 0, err
	}
	return contracts.Rollup.UnpackNextIndex(out)
}

// FinalizedCount is the number of final batches.
func (c *L1) FinalizedCount(ctx context.Context) (uint64, error) {
	out, err := c.call(ctx, c.Deployment.Contracts.Rollup, contracts.Rollup.PackFinalizedCount())
	if err != nil {
		return 0, err
	}
	return contracts.Rollup.UnpackFinalizedCount(out)
}

// BatchInfo returns the record of the live batch index as emitted in its
// BatchAppended event (the one whose hash the Rollup stores), with the log.
func (c *L1) BatchInfo(ctx context.Context, index uint64) (*contracts.BatchAppended, error) {
	out, err := c.call(ctx, c.Deployment.Contracts.Rollup, contracts.Rollup.PackBatchHash(new(big.Int).SetUint64(index)))
	if err != nil {
		return nil, fmt.Errorf("reading the hash of batch %d: %w", index, err)
	}
	want, err := contracts.Rollup.UnpackBatchHash(out)
	if err != nil {
		return nil, err
	}
	if want == ([32]byte{}) {
		return nil, fmt.Errorf("batch %d is not on L1", index)
	}
	ev := contracts.RollupABI.Events["BatchAppended"]
	logs, err := c.Eth.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(c.Deployment.DeploymentBlock),
		Addresses: []common.Address{c.Deployment.Contracts.Rollup},
		Topics:    [][]common.Hash{{ev.ID}, {common.BigToHash(new(big.Int).SetUint64(index))}, nil, {want}},
	})
	if err != nil {
		return nil, fmt.Errorf("reading BatchAppended of batch %d: %w", index, err)
	}
	if len(logs) == 0 {
		return nil, fmt.Errorf("no BatchAppended event for batch %d with hash %x", index, want)
	}
	return contracts.Unpack(&logs[len(logs)-1], contracts.Rollup.UnpackBatchAppendedEvent)
}

// Claimed reports whether the withdrawal with state key key was paid.
func (c *L1) Claimed(ctx context.Context, key common.Hash) (bool, error) {
	out, err := c.call(ctx, c.Deployment.Contracts.Bridge, contracts.Bridge.PackClaimed(key))
	if err != nil {
		return false, err
	}
	return contracts.Bridge.UnpackClaimed(out)
}

// BalanceOf is an L1 balance.
func (c *L1) BalanceOf(ctx context.Context, a common.Address) (*big.Int, error) {
	return c.Eth.BalanceAt(ctx, a, nil)
}

// Head is the L1 head.
func (c *L1) Head(ctx context.Context) (*types.Header, error) {
	return c.Eth.HeaderByNumber(ctx, nil)
}
