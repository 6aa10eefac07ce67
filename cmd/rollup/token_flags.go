package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rollup-dev/rollup/userflow"
)

// valueArgs are the --value and --token flags of send, withdraw and deposit:
// without --token the value is ETH with a unit (1.5eth); with it, whole
// tokens (12.5) or base units (12500000units).
type valueArgs struct {
	value string
	token common.Address
}

func (v *valueArgs) register(fs *flag.FlagSet, tokenHelp string) {
	fs.StringVar(&v.value, "value", "", "amount: ETH with a unit (1.5eth, 20gwei, 1000wei; no unit: wei), or with --token whole tokens "+
		"(12.5) or base units (12500000units) (required)")
	fs.Var(addrFlag{&v.token}, "token", tokenHelp)
}

// eth parses the value as ETH; an error when --token was given.
func (v *valueArgs) eth() (*big.Int, error) {
	if v.value == "" {
		return nil, errors.New("--value is required (e.g. 1.5eth, or 12.5 with --token)")
	}
	return userflow.ParseAmount(v.value)
}

// tokenAmount resolves --token on L2 and parses the value in its units.
func (v *valueArgs) tokenAmount(ctx context.Context, l2 *userflow.L2) (*userflow.Token, *big.Int, error) {
	if v.value == "" {
		return nil, nil, errors.New("--value is required (e.g. 12.5 for 12.5 tokens)")
	}
	tok, err := l2.Token(ctx, v.token)
	if err != nil {
		return nil, nil, fmt.Errorf("--token: %w", err)
	}
	amount, err := userflow.ParseTokenAmount(v.value, tok.Decimals)
	if err != nil {
		return nil, nil, fmt.Errorf("--value: %w", err)
	}
	return tok, amount, nil
}

func (v *valueArgs) isToken() bool { return v.token != (common.Address{}) }
