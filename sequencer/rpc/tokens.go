package rpc

import (
	"context"
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/rollup-dev/rollup/chain"
	"github.com/rollup-dev/rollup/l2"
)

// Bridged tokens (protocol §2.4) are native to the chain: no EVM runs them.
// This file answers what Ethereum libraries ask of an ERC-20 contract: its
// code (a marker, so that libraries treat the address as a contract), the
// view methods by eth_call, and transfer and withdraw by eth_call and
// eth_estimateGas, with the reverts the chain would apply.

// tokenCode is what eth_getCode answers for a token address: the INVALID
// opcode. The token is not EVM code; the marker only says "a contract".
var tokenCode = hexutil.Bytes{0xfe}

// ERC-20 selectors answered by eth_call on a token.
var (
	selName        = [4]byte{0x06, 0xfd, 0xde, 0x03} // name()
	selSymbol      = [4]byte{0x95, 0xd8, 0x9b, 0x41} // symbol()
	selDecimals    = [4]byte{0x31, 0x3c, 0xe5, 0x67} // decimals()
	selTotalSupply = [4]byte{0x18, 0x16, 0x0d, 0xdd} // totalSupply()
	selBalanceOf   = [4]byte{0x70, 0xa0, 0x82, 0x31} // balanceOf(address)
	selAllowance   = [4]byte{0xdd, 0x62, 0xed, 0x3e} // allowance(address,address)
	selApprove     = [4]byte{0x09, 0x5e, 0xa7, 0xb3} // approve(address,uint256)
	selTransferFrm = [4]byte{0x23, 0xb8, 0x72, 0xdd} // transferFrom(address,address,uint256)
)

// errUnsupportedTokenMethod is the revert reason of approve and transferFrom.
const errUnsupportedTokenMethod = "approve and transferFrom are not supported on this rollup: bridged tokens move by transfer(address,uint256) only, signed by their owner"

// revertError is geth's answer to a call that reverts: code 3, the reason in
// the message and the ABI-encoded Error(string) as data.
func revertError(reason string) *Error {
	if reason == "" {
		return &Error{Code: 3, Message: "execution reverted", Data: hexutil.Bytes{}}
	}
	data := append([]byte{0x08, 0xc3, 0x79, 0xa0}, abiString(reason)...)
	return &Error{Code: 3, Message: "execution reverted: " + reason, Data: hexutil.Bytes(data)}
}

// abiString is abi.encode(string).
func abiString(s string) []byte {
	out := make([]byte, 64, 64+(len(s)+31)/32*32)
	out[31] = 32
	binary.BigEndian.PutUint64(out[56:64], uint64(len(s)))
	out = append(out, s...)
	return append(out, make([]byte, (32-len(s)%32)%32)...)
}

func word(v *big.Int) hexutil.Bytes { return common.BigToHash(v).Bytes() }

// wordAddress reads an ABI address argument: false when its upper 12 bytes
// are not zero (Solidity's decoder reverts then).
func wordAddress(w []byte) (common.Address, bool) {
	for _, b := range w[:12] {
		if b != 0 {
			return common.Address{}, false
		}
	}
	return common.BytesToAddress(w[12:32]), true
}

// tokenState reads token balances and supplies: of the current state, or of
// a sealed block.
type tokenState struct {
	balance func(token, owner common.Address) (*big.Int, error)
	supply  func(token common.Address) (*big.Int, error)
}

// currentTokens reads the current state.
func (a *ethAPI) currentTokens() tokenState {
	return tokenState{balance: a.b.TokenBalance, supply: a.b.TokenSupply}
}

// tokensAt reads sealed block n from the token history.
func (a *ethAPI) tokensAt(ctx context.Context, n uint64) tokenState {
	return tokenState{
		balance: func(token, owner common.Address) (*big.Int, error) { return a.b.TokenBalanceAt(ctx, token, owner, n) },
		supply:  func(token common.Address) (*big.Int, error) { return a.b.TokenSupplyAt(ctx, token, n) },
	}
}

// tokenReverts is why a token call from `from` would revert in st
// (protocol §2.4); empty if it succeeds.
func (a *ethAPI) tokenReverts(st tokenState, tok *chain.Token, from common.Address, data []byte) (string, error) {
	to, ok := wordAddress(data[4:36])
	if !ok {
		return "", nil // unreachable through admission: the codec cannot carry it
	}
	amount := new(big.Int).SetBytes(data[36:68])
	withdraw := [4]byte(data[:4]) == l2.WithdrawSelector
	switch {
	case to == (common.Address{}) && withdraw:
		return revertReason(l2.ErrWithdrawToZero), nil
	case to == (common.Address{}):
		return revertReason(l2.ErrTransferToZero), nil
	case withdraw && amount.Sign() == 0:
		return revertReason(l2.ErrWithdrawZero), nil
	}
	bal, err := st.balance(tok.L2, from)
	if err != nil {
		return "", err
	}
	if bal.Cmp(amount) < 0 {
		return revertReason(l2.ErrTransferExceedsBalance), nil
	}
	return "", nil
}

// revertReason is the reason of a revert sentinel, without "execution reverted: ".
func revertReason(err error) string {
	s := err.Error()
	if p := l2.ErrReverted.Error() + ": "; len(s) > len(p) && s[:len(p)] == p {
		return s[len(p):]
	}
	return s
}

// isTokenCall reports whether data is a call the protocol carries (§2.4).
func isTokenCall(data []byte) bool {
	if len(data) != 68 {
		return false
	}
	sel := [4]byte(data[:4])
	_, ok := wordAddress(data[4:36])
	return ok && (sel == l2.TransferSelector || sel == l2.WithdrawSelector)
}

// tokenCall answers eth_call on the registered token tok in st.
func (a *ethAPI) tokenCall(st tokenState, tok *chain.Token, args *callArgs) (any, error) {
	data := args.data()
	if len(data) < 4 {
		return nil, revertError("")
	}
	var from common.Address
	if args.From != nil {
		from = *args.From
	}
	if args.Value != nil && args.Value.ToInt().Sign() != 0 {
		return nil, revertError("") // no method of the token is payable
	}
	switch sel := [4]byte(data[:4]); sel {
	case selName:
		return hexutil.Bytes(abiString(tok.Name)), nil
	case selSymbol:
		return hexutil.Bytes(abiString(tok.Symbol)), nil
	case selDecimals:
		return word(big.NewInt(int64(tok.Decimals))), nil
	case selTotalSupply:
		s, err := st.supply(tok.L2)
		if err != nil {
			return nil, err
		}
		return word(s), nil
	case selBalanceOf:
		if len(data) < 36 {
			return nil, revertError("")
		}
		owner, ok := wordAddress(data[4:36])
		if !ok {
			return nil, revertError("")
		}
		bal, err := st.balance(tok.L2, owner)
		if err != nil {
			return nil, err
		}
		return word(bal), nil
	case selAllowance:
		if len(data) < 68 {
			return nil, revertError("")
		}
		return word(new(big.Int)), nil
	case selApprove, selTransferFrm:
		return nil, revertError(errUnsupportedTokenMethod)
	case l2.TransferSelector, l2.WithdrawSelector:
		if !isTokenCall(data) {
			return nil, revertError("")
		}
		reason, err := a.tokenReverts(st, tok, from, data)
		if err != nil {
			return nil, err
		}
		if reason != "" {
			return nil, revertError(reason)
		}
		if sel == l2.TransferSelector {
			return word(big.NewInt(1)), nil // true
		}
		return hexutil.Bytes{}, nil
	}
	return nil, revertError("")
}

// estimateTokenCall answers eth_estimateGas for data sent to the registered
// token tok: TOKEN_GAS, or the revert the call would meet.
func (a *ethAPI) estimateTokenCall(tok *chain.Token, args *callArgs) (any, error) {
	data := args.data()
	if !isTokenCall(data) {
		if len(data) >= 4 && ([4]byte(data[:4]) == selApprove || [4]byte(data[:4]) == selTransferFrm) {
			return nil, revertError(errUnsupportedTokenMethod)
		}
		return nil, &Error{Code: CodeServer, Message: l2.ErrDataNotSupported.Error()}
	}
	if args.Value != nil && args.Value.ToInt().Sign() != 0 {
		return nil, &Error{Code: CodeServer, Message: l2.ErrTokenCallValue.Error()}
	}
	if args.Gas != nil && uint64(*args.Gas) < l2.TokenGas {
		return nil, fmt.Errorf("gas required exceeds allowance (%d)", uint64(*args.Gas))
	}
	if args.From != nil {
		reason, err := a.tokenReverts(a.currentTokens(), tok, *args.From, data)
		if err != nil {
			return nil, err
		}
		if reason != "" {
			return nil, revertError(reason)
		}
		if err := a.checkFee(*args.From, args, new(big.Int), l2.TokenGas); err != nil {
			return nil, err
		}
	}
	return hexutil.Uint64(l2.TokenGas), nil
}

// token returns the registered token at addr, nil if addr is none.
func (a *ethAPI) token(ctx context.Context, addr *common.Address) (*chain.Token, error) {
	if addr == nil {
		return nil, nil
	}
	return a.b.Token(ctx, *addr)
}
