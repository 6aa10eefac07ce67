package userflow

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rollup-dev/rollup/l1client/contracts"
	"github.com/rollup-dev/rollup/l2"
)

// Token is a bridged ERC-20 as a user names it: its L2 address (the one
// wallets call), its L1 address when known, and its metadata.
type Token struct {
	L2       common.Address `json:"l2Token"`
	Symbol   string         `json:"symbol"`
	Name     string         `json:"name"`
	Decimals uint8          `json:"decimals"`
}

// ErrNotToken means an address is neither an L2 token nor the L1 address of
// one.
var ErrNotToken = errors.New("not a bridged token")

// Token resolves addr, the L2 address of a bridged token or the L1 address of
// the token it bridges, and reads its metadata from the L2 node.
func (c *L2) Token(ctx context.Context, addr common.Address) (*Token, error) {
	for _, cand := range []common.Address{addr, l2.TokenAddress(addr)} {
		code, err := c.Eth.CodeAt(ctx, cand, nil)
		if err != nil {
			return nil, fmt.Errorf("reading the code of %s: %w", cand, err)
		}
		if len(code) == 0 {
			continue
		}
		t := &Token{L2: cand}
		erc := contracts.ERC20
		if out, err := c.callToken(ctx, cand, erc.PackSymbol()); err == nil {
			t.Symbol, _ = erc.UnpackSymbol(out)
		}
		if out, err := c.callToken(ctx, cand, erc.PackName()); err == nil {
			t.Name, _ = erc.UnpackName(out)
		}
		out, err := c.callToken(ctx, cand, erc.PackDecimals())
		if err != nil {
			return nil, fmt.Errorf("reading the decimals of %s: %w", cand, err)
		}
		if t.Decimals, err = erc.UnpackDecimals(out); err != nil {
			return nil, fmt.Errorf("reading the decimals of %s: %w", cand, err)
		}
		return t, nil
	}
	return nil, fmt.Errorf("%s: %w on this rollup (a token becomes known at its first deposit: rollup deposit --token L1ADDR)", addr, ErrNotToken)
}

func (c *L2) callToken(ctx context.Context, token common.Address, data []byte) ([]byte, error) {
	return c.Eth.CallContract(ctx, ethereum.CallMsg{To: &token, Data: data}, nil)
}

// TokenBalance is owner's balance of the L2 token, in base units.
func (c *L2) TokenBalance(ctx context.Context, token, owner common.Address) (*big.Int, error) {
	out, err := c.callToken(ctx, token, contracts.ERC20.PackBalanceOf(owner))
	if err != nil {
		return nil, fmt.Errorf("reading the %s balance of %s: %w", token, owner, err)
	}
	return contracts.ERC20.UnpackBalanceOf(out)
}

// TokenCall makes a Transfer a token call (protocol §2.4): transfer(To,
// Value) on Token, or withdraw(To, Value) with Withdraw (To is then the L1
// recipient).
type TokenCall struct {
	Token    common.Address
	Withdraw bool
}

// data returns the call's 68 bytes.
func (c *TokenCall) data(to common.Address, amount *big.Int) []byte {
	sel := l2.TransferSelector
	if c.Withdraw {
		sel = l2.WithdrawSelector
	}
	out := append(append(sel[:], make([]byte, 12)...), to[:]...)
	return append(out, common.BigToHash(amount).Bytes()...)
}

// ParseTokenAmount reads an amount of a token with decimals: a decimal
// number of whole tokens ("12.5", "1_000"), or base units with the suffix
// "units" ("12500000units"). It must be a whole number of base units.
func ParseTokenAmount(s string, decimals uint8) (*big.Int, error) {
	in := s
	s = strings.ToLower(strings.TrimSpace(strings.ReplaceAll(s, "_", "")))
	exp := int64(decimals)
	if strings.HasSuffix(s, "units") {
		s, exp = strings.TrimSpace(strings.TrimSuffix(s, "units")), 0
	}
	r, ok := new(big.Rat).SetString(s)
	if !ok || r.Sign() < 0 || s == "" || strings.ContainsAny(s, "e/+-") {
		return nil, fmt.Errorf("not a token amount: %q (examples: 12.5, 1000, 12500000units)", in)
	}
	r.Mul(r, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(exp), nil)))
	if !r.IsInt() {
		return nil, fmt.Errorf("token amount %q has more than %d decimals", in, decimals)
	}
	return checkRange(new(big.Int).Set(r.Num()), in)
}

// FormatTokenAmount writes base units as whole tokens: "12.5 DUSD".
func FormatTokenAmount(v *big.Int, decimals uint8, symbol string) string {
	if v == nil {
		v = new(big.Int)
	}
	r := new(big.Rat).SetFrac(v, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil))
	s := r.FloatString(int(decimals))
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if symbol == "" {
		return s
	}
	return s + " " + symbol
}

// DepositToken deposits amount of the ERC-20 l1Token from key's L1 account
// to recipient on L2 through Bridge.depositERC20, approving the Bridge first
// when its allowance is short, and returns the queued deposit once mined.
// Amount is what the Bridge received (less than asked for a fee-on-transfer
// token).
func (c *L1) DepositToken(ctx context.Context, key *ecdsa.PrivateKey, l1Token, recipient common.Address, amount *big.Int) (*Deposited, error) {
	if amount == nil || amount.Sign() <= 0 {
		return nil, errors.New("a token deposit must be of more than 0")
	}
	bridge := c.Deployment.Contracts.Bridge
	from := crypto.PubkeyToAddress(key.PublicKey)
	out, err := c.call(ctx, l1Token, contracts.ERC20.PackAllowance(from, bridge))
	if err != nil {
		return nil, fmt.Errorf("reading the allowance of %s on %s: %w (is it an ERC-20?)", from, l1Token, err)
	}
	allowed, err := contracts.ERC20.UnpackAllowance(out)
	if err != nil {
		return nil, fmt.Errorf("reading the allowance of %s on %s: %w (is it an ERC-20?)", from, l1Token, err)
	}
	if allowed.Cmp(amount) < 0 {
		if _, _, err := c.SendCall(ctx, key, l1Token, contracts.ERC20.PackApprove(bridge, amount), nil); err != nil {
			return nil, fmt.Errorf("approving the Bridge for %s of %s: %w", amount, l1Token, err)
		}
	}
	tx, r, err := c.SendCall(ctx, key, bridge, contracts.Bridge.PackDepositERC20(l1Token, recipient, amount), nil)
	if err != nil {
		return nil, fmt.Errorf("depositing: %w", err)
	}
	for _, l := range r.Logs {
		if l.Address != bridge {
			continue
		}
		if ev, err := contracts.Unpack(l, contracts.Bridge.UnpackTokenDepositQueuedEvent); err == nil {
			return &Deposited{Tx: tx, Receipt: r, Index: ev.Index.Uint64(), From: ev.From, Recipient: ev.Recipient, Amount: ev.Amount,
				Token: l1Token}, nil
		}
	}
	return nil, fmt.Errorf("deposit %s mined without a TokenDepositQueued event", tx.Hash())
}

// TokenBalanceOf is owner's L1 balance of an ERC-20.
func (c *L1) TokenBalanceOf(ctx context.Context, token, owner common.Address) (*big.Int, error) {
	out, err := c.call(ctx, token, contracts.ERC20.PackBalanceOf(owner))
	if err != nil {
		return nil, fmt.Errorf("reading the %s balance of %s on L1: %w", token, owner, err)
	}
	return contracts.ERC20.UnpackBalanceOf(out)
}

// TokenMeta reads an L1 ERC-20's symbol, name and decimals (18 and empty
// strings for a token without them, as the Bridge does) and names its L2
// address.
func (c *L1) TokenMeta(ctx context.Context, l1Token common.Address) (Token, error) {
	t := Token{L2: l2.TokenAddress(l1Token), Decimals: 18}
	code, err := c.Eth.CodeAt(ctx, l1Token, nil)
	if err != nil {
		return t, fmt.Errorf("reading the code of %s: %w", l1Token, err)
	}
	if len(code) == 0 {
		return t, fmt.Errorf("%s has no code on L1: not a token", l1Token)
	}
	erc := contracts.ERC20
	if out, err := c.call(ctx, l1Token, erc.PackSymbol()); err == nil {
		t.Symbol, _ = erc.UnpackSymbol(out)
	}
	if out, err := c.call(ctx, l1Token, erc.PackName()); err == nil {
		t.Name, _ = erc.UnpackName(out)
	}
	if out, err := c.call(ctx, l1Token, erc.PackDecimals()); err == nil {
		if d, err := erc.UnpackDecimals(out); err == nil {
			t.Decimals = d
		}
	}
	return t, nil
}

// QueueEntry reads entry i of the Bridge's queue: its amount, and its L1
// token (zero for ETH deposits and forced transactions).
func (c *L1) QueueEntry(ctx context.Context, i uint64) (token common.Address, amount *big.Int, err error) {
	idx := new(big.Int).SetUint64(i)
	out, err := c.call(ctx, c.Deployment.Contracts.Bridge, contracts.Bridge.PackDepositAt(idx))
	if err != nil {
		return token, nil, fmt.Errorf("reading queue entry %d: %w", i, err)
	}
	d, err := contracts.Bridge.UnpackDepositAt(out)
	if err != nil {
		return token, nil, fmt.Errorf("reading queue entry %d: %w", i, err)
	}
	out, err = c.call(ctx, c.Deployment.Contracts.Bridge, contracts.Bridge.PackDepositToken(idx))
	if err != nil {
		return token, nil, fmt.Errorf("reading the token of queue entry %d: %w", i, err)
	}
	token, err = contracts.Bridge.UnpackDepositToken(out)
	return token, d.Amount, err
}
