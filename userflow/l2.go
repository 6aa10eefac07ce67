package userflow

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/internal/poll"
	"github.com/rollup-dev/rollup/l2"
)

// TransferGas is the gas limit of an L2 transfer (exactly this much is
// charged, docs/protocol.md §2.3).
const TransferGas = 21_000

// L2 is a connection to a sequencer's JSON-RPC API.
type L2 struct {
	URL string
	RPC *rpc.Client
	Eth *ethclient.Client
}

// DialL2 connects to the sequencer at url and checks that it answers.
func DialL2(ctx context.Context, url string) (*L2, error) {
	rc, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("connecting to L2 %s: %w", url, err)
	}
	c := &L2{URL: url, RPC: rc, Eth: ethclient.NewClient(rc)}
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if _, err := c.Eth.ChainID(cctx); err != nil {
		rc.Close()
		return nil, fmt.Errorf("L2 %s does not answer: %w", url, err)
	}
	return c, nil
}

// Close closes the connection.
func (c *L2) Close() { c.RPC.Close() }

// Transfer is an L2 transfer to send: of ETH, or with Call of a token.
type Transfer struct {
	Key   *ecdsa.PrivateKey
	To    common.Address
	Value *big.Int
	// Nonce is the sender's nonce; nil asks the sequencer (pending count).
	Nonce *uint64
	// MaxFee and Tip are the EIP-1559 fee fields; nil means the sequencer's
	// suggestions (eth_gasPrice, which is the base fee, and a zero tip).
	MaxFee, Tip *big.Int
	// Force, when set, submits the signed transaction on L1
	// (Bridge.forceTransaction, signed by the same key) instead of to the
	// sequencer, which then has to execute it within the inclusion window.
	Force *L1
	// Call, when set, makes the transfer a token call: Value of Call.Token
	// to To (its L1 recipient for a withdraw); no ETH moves.
	Call *TokenCall
}

// Sent is a transfer the sequencer acknowledged: it is executed and durable,
// and its receipt is final on L2.
type Sent struct {
	Tx      *types.Transaction
	From    common.Address
	Receipt *types.Receipt
	// Fee is what the sender paid on top of the value.
	Fee *big.Int
	// Token, Amount and To describe a token call (set by the caller that
	// resolved the token).
	Token  *Token
	Amount *big.Int
	To     common.Address
}

// Send signs t as an EIP-1559 transaction, submits it and returns it with its
// receipt.
func (c *L2) Send(ctx context.Context, t Transfer) (*Sent, error) {
	if t.Key == nil {
		return nil, errors.New("no signing key")
	}
	if t.Value == nil {
		t.Value = new(big.Int)
	}
	from := crypto.PubkeyToAddress(t.Key.PublicKey)
	chainID, err := c.Eth.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading the L2 chain ID: %w", err)
	}
	var nonce uint64
	if t.Nonce != nil {
		nonce = *t.Nonce
	} else if nonce, err = c.Eth.PendingNonceAt(ctx, from); err != nil {
		return nil, fmt.Errorf("reading the nonce of %s: %w", from, err)
	}
	maxFee, tip := t.MaxFee, t.Tip
	if maxFee == nil {
		if maxFee, err = c.Eth.SuggestGasPrice(ctx); err != nil {
			return nil, fmt.Errorf("reading the L2 gas price: %w", err)
		}
	}
	if tip == nil {
		if tip, err = c.Eth.SuggestGasTipCap(ctx); err != nil {
			return nil, fmt.Errorf("reading the L2 tip: %w", err)
		}
		if tip.Cmp(maxFee) > 0 {
			tip = new(big.Int).Set(maxFee)
		}
	}
	to, value, gas, data := t.To, t.Value, uint64(TransferGas), []byte(nil)
	if t.Call != nil {
		to, value, gas, data = t.Call.Token, new(big.Int), l2.TokenGas, t.Call.data(t.To, t.Value)
		// As wallets do: a call that would revert is not sent (it would cost
		// its fee and move nothing).
		if _, err := c.Eth.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to, Data: data}); err != nil {
			return nil, fmt.Errorf("the token call would fail, not sent: %w", err)
		}
	}
	tx, err := types.SignNewTx(t.Key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: maxFee,
		Gas: gas, To: &to, Value: value, Data: data,
	})
	if err != nil {
		return nil, fmt.Errorf("signing: %w", err)
	}
	if t.Force != nil {
		if _, err := t.Force.ForceTransaction(ctx, t.Key, tx); err != nil {
			return nil, err
		}
		// The sequencer executes it once the L1 block is confirmed deep enough.
	} else if err := c.Eth.SendTransaction(ctx, tx); err != nil {
		return nil, fmt.Errorf("sending %s: %w", tx.Hash(), err)
	}
	// The sequencer answers once the transaction is executed and durable;
	// its receipt exists once its block is sealed (a forced one: once
	// executed and sealed).
	r, err := c.WaitReceipt(ctx, tx.Hash())
	if err != nil {
		return nil, err
	}
	fee := new(big.Int).Mul(r.EffectiveGasPrice, new(big.Int).SetUint64(r.GasUsed))
	return &Sent{Tx: tx, From: from, Receipt: r, Fee: fee}, nil
}

// Withdraw sends value from key's account to the withdrawal address: the
// amount leaves L2 and can be claimed on L1 by the same address once the batch
// carrying the transfer is final.
func (c *L2) Withdraw(ctx context.Context, key *ecdsa.PrivateKey, value *big.Int) (*Sent, error) {
	return c.Send(ctx, Transfer{Key: key, To: l2.WithdrawalAddress, Value: value})
}

// WaitReceipt polls for a receipt until ctx ends.
func (c *L2) WaitReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	var r *types.Receipt
	var readErr error
	err := poll.Until(ctx, 100*time.Millisecond, func() (bool, error) {
		r, readErr = c.Eth.TransactionReceipt(ctx, h)
		if readErr != nil && !errors.Is(readErr, ethereum.NotFound) {
			return false, readErr
		}
		return readErr == nil, nil
	})
	switch {
	case err == nil:
		return r, nil
	case err == readErr:
		return nil, fmt.Errorf("reading the receipt of %s: %w", h, err)
	default:
		return nil, fmt.Errorf("waiting for the receipt of %s: %w", h, err)
	}
}

// Balance is an account's L2 balance after every executed transaction.
func (c *L2) Balance(ctx context.Context, a common.Address) (*big.Int, error) {
	return c.Eth.BalanceAt(ctx, a, nil)
}

// TxStatus is rollup_getTransactionStatus: nil when the sequencer does not
// know the transaction.
func (c *L2) TxStatus(ctx context.Context, h common.Hash) (*chain.TxStatus, error) {
	var st *chain.TxStatus
	if err := c.RPC.CallContext(ctx, &st, "rollup_getTransactionStatus", h); err != nil {
		return nil, fmt.Errorf("rollup_getTransactionStatus: %w", err)
	}
	return st, nil
}

// SyncStatus is rollup_syncStatus.
func (c *L2) SyncStatus(ctx context.Context) (*chain.SyncStatus, error) {
	var st chain.SyncStatus
	if err := c.RPC.CallContext(ctx, &st, "rollup_syncStatus"); err != nil {
		return nil, fmt.Errorf("rollup_syncStatus: %w", err)
	}
	return &st, nil
}

// Batch is a batch as rollup_getBatch describes it.
type Batch = chain.RPCBatch

// Batch is rollup_getBatch: nil when there is no such batch.
func (c *L2) Batch(ctx context.Context, index uint64) (*Batch, error) {
	var b *Batch
	if err := c.RPC.CallContext(ctx, &b, "rollup_getBatch", hexutil.Uint64(index)); err != nil {
		return nil, fmt.Errorf("rollup_getBatch(%d): %w", index, err)
	}
	return b, nil
}

// Proof is a state proof as rollup_getProof returns it (docs/protocol.md §3.3),
// against the post-state root of batch BatchIndex.
type Proof = chain.StateProof

// WithdrawalProof asks for the proof of the withdrawal made by transaction h
// against batch's post-state root (nil: the newest final batch, else the
// newest posted one).
func (c *L2) WithdrawalProof(ctx context.Context, h common.Hash, batch *uint64) (*Proof, error) {
	var p Proof
	args := []any{h}
	if batch != nil {
		args = append(args, hexutil.Uint64(*batch))
	}
	if err := c.RPC.CallContext(ctx, &p, "rollup_getProof", args...); err != nil {
		return nil, fmt.Errorf("rollup_getProof(%s): %w", h, err)
	}
	if p.Withdrawal == nil || (p.Kind != "withdrawal" && p.Kind != "tokenWithdrawal") {
		return nil, fmt.Errorf("rollup_getProof(%s) returned no withdrawal", h)
	}
	return &p, nil
}

// Tx is an L2 transaction as eth_getTransactionByHash describes it, with its
// sender.
type Tx struct {
	Tx     *types.Transaction
	From   common.Address
	Block  uint64
	Status uint64
}

// Transaction reads transaction h and its receipt; nil when unknown.
func (c *L2) Transaction(ctx context.Context, h common.Hash) (*Tx, error) {
	var raw json.RawMessage
	if err := c.RPC.CallContext(ctx, &raw, "eth_getTransactionByHash", h); err != nil {
		return nil, fmt.Errorf("eth_getTransactionByHash: %w", err)
	}
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	var tx types.Transaction
	if err := json.Unmarshal(raw, &tx); err != nil {
		return nil, fmt.Errorf("decoding transaction %s: %w", h, err)
	}
	var extra struct {
		From common.Address `json:"from"`
	}
	_ = json.Unmarshal(raw, &extra)
	out := &Tx{Tx: &tx, From: extra.From}
	r, err := c.Eth.TransactionReceipt(ctx, h)
	if err != nil && !errors.Is(err, ethereum.NotFound) {
		return nil, fmt.Errorf("reading the receipt of %s: %w", h, err)
	}
	if r != nil {
		out.Block, out.Status = r.BlockNumber.Uint64(), r.Status
	}
	return out, nil
}

// IsWithdrawal reports whether tx is a withdrawal: a transfer to the
// withdrawal address, or a token's withdraw(address,uint256) call.
func IsWithdrawal(tx *types.Transaction) bool {
	return WithdrawalOf(tx, common.Address{}) != nil
}

// Withdrawal is what a withdrawal pays on L1 (docs/protocol.md §4).
type Withdrawal = l2.Withdrawal

// WithdrawalOf returns the withdrawal tx, sent by from, makes; nil if it is
// none. A token withdraw that reverted on L2 withdrew nothing: the caller
// checks the receipt.
func WithdrawalOf(tx *types.Transaction, from common.Address) *Withdrawal {
	return l2.WithdrawalOf(tx, from)
}

// ParseKey reads a hex private key, with or without 0x.
func ParseKey(s string) (*ecdsa.PrivateKey, error) {
	k, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(s), "0x"))
	if err != nil {
		return nil, errors.New("not a hex private key")
	}
	return k, nil
}

// WaitDeposit waits until the L2 chain has consumed deposit index, that is
// credited its recipient (the sequencer consumes deposits in queue order once
// they are deep enough on L1). progress, when set, sees each sync status.
func (c *L2) WaitDeposit(ctx context.Context, index uint64, progress func(*chain.SyncStatus)) (*chain.SyncStatus, error) {
	var st *chain.SyncStatus
	var readErr error
	err := poll.Until(ctx, 200*time.Millisecond, func() (bool, error) {
		st, readErr = c.SyncStatus(ctx)
		if readErr != nil && ctx.Err() == nil {
			return false, readErr
		}
		if st == nil {
			return false, nil
		}
		if progress != nil {
			progress(st)
		}
		return uint64(st.DepositsConsumed) > index, nil
	})
	switch {
	case err == nil:
		return st, nil
	case err == readErr:
		return nil, err
	default:
		return st, fmt.Errorf("waiting for deposit %d to reach L2: %w", index, err)
	}
}
