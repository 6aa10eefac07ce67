package deploy

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rollup-dev/rollup/contracts/bindings"
)

// Token describes a DevToken to deploy: a standard ERC-20 whose deployer and
// each of Holders get Supply (in base units); the deployer may mint more.
type Token struct {
	Name, Symbol string
	Decimals     uint8
	Supply       *big.Int
	Holders      []common.Address
}

// DevTokenParams is the token the devnet bridges: "Dev Dollar" (DUSD), 6
// decimals, a billion of them.
func DevTokenParams() Token {
	return Token{Name: "Dev Dollar", Symbol: "DUSD", Decimals: 6, Supply: new(big.Int).Mul(big.NewInt(1e9), big.NewInt(1e6))}
}

// DeployToken deploys a DevToken from key and waits until it is mined.
func DeployToken(ctx context.Context, b Backend, key *ecdsa.PrivateKey, t Token) (common.Address, error) {
	if key == nil {
		return common.Address{}, errors.New("deploy: key is required")
	}
	if t.Supply == nil || t.Supply.Sign() < 0 {
		return common.Address{}, errors.New("deploy: token supply must be set and not negative")
	}
	chainID, err := b.ChainID(ctx)
	if err != nil {
		return common.Address{}, fmt.Errorf("reading L1 chain ID: %w", err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := b.PendingNonceAt(ctx, from)
	if err != nil {
		return common.Address{}, fmt.Errorf("reading deployer nonce: %w", err)
	}
	opts := bind.NewKeyedTransactor(key, chainID)
	opts.Context = ctx
	s := &sender{b: b, opts: opts, nonce: nonce}
	addr, err := s.deploy("DevToken", bindings.DevTokenMetaData.Bin,
		bindings.NewDevToken().PackConstructor(t.Name, t.Symbol, t.Decimals, t.Supply, t.Holders))
	if err != nil {
		return common.Address{}, err
	}
	if _, err := s.wait(ctx); err != nil {
		return common.Address{}, err
	}
	return addr, nil
}
