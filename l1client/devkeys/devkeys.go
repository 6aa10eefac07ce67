// Package devkeys derives the well-known development accounts: the keys of the
// test mnemonic "test test test test test test test test test test test junk" on
// the BIP-44 path m/44'/60'/0'/0/i, the same accounts anvil and Hardhat fund
// (account 0 is 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266). These keys are
// public knowledge: use them only on development chains.
//
// The derivation is BIP-39 (PBKDF2-HMAC-SHA512 seed, no passphrase) and BIP-32
// (HMAC-SHA512 child keys on secp256k1), written out here with go-ethereum's
// crypto package.
package devkeys

import (
	"crypto/ecdsa"
	"crypto/hmac"
	"crypto/pbkdf2"
	"crypto/sha512"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Mnemonic is the well-known test mnemonic.
const Mnemonic = "test test test test test test test test test test test junk"

// Account is one derived development account.
type Account struct {
	Index   uint32
	Address common.Address
	Key     *ecdsa.PrivateKey
}

// KeyHex is the private key as 0x-prefixed hex, as cast and wallets take it.
func (a Account) KeyHex() string { return "0x" + common.Bytes2Hex(crypto.FromECDSA(a.Key)) }

const hardened = 0x80000000

// Accounts derives the first n accounts of Mnemonic.
func Accounts(n int) ([]Account, error) {
	return AccountsFrom(Mnemonic, n)
}

// AccountsFrom derives the first n accounts of mnemonic on m/44'/60'/0'/0/i.
func AccountsFrom(mnemonic string, n int) ([]Account, error) {
	seed, err := pbkdf2.Key(sha512.New, normalize(mnemonic), []byte("mnemonic"), 2048, 64)
	if err != nil {
		return nil, fmt.Errorf("deriving seed: %w", err)
	}
	key, chain := master(seed)
	// m/44'/60'/0'/0
	for _, idx := range []uint32{44 | hardened, 60 | hardened, 0 | hardened, 0} {
		if key, chain, err = child(key, chain, idx); err != nil {
			return nil, err
		}
	}
	out := make([]Account, 0, n)
	for i := 0; i < n; i++ {
		k, _, err := child(key, chain, uint32(i))
		if err != nil {
			return nil, err
		}
		priv, err := crypto.ToECDSA(k)
		if err != nil {
			return nil, err
		}
		out = append(out, Account{Index: uint32(i), Address: crypto.PubkeyToAddress(priv.PublicKey), Key: priv})
	}
	return out, nil
}

// MustAccounts is Accounts for package initialisation and tests.
func MustAccounts(n int) []Account {
	a, err := Accounts(n)
	if err != nil {
		panic(err)
	}
	return a
}

func normalize(m string) string { return strings.Join(strings.Fields(m), " ") }

func master(seed []byte) (key, chain []byte) {
	mac := hmac.New(sha512.New, []byte("Bitcoin seed"))
	mac.Write(seed)
	sum := mac.Sum(nil)
	return sum[:32], sum[32:]
}

var curveN = crypto.S256().Params().N

// child derives the BIP-32 private child key idx of (key, chain).
func child(key, chain []byte, idx uint32) ([]byte, []byte, error) {
	var data []byte
	if idx >= hardened {
		data = append([]byte{0}, key...)
	} else {
		priv, err := crypto.ToECDSA(key)
		if err != nil {
			return nil, nil, err
		}
		data = crypto.CompressPubkey(&priv.PublicKey)
	}
	data = binary.BigEndian.AppendUint32(data, idx)
	mac := hmac.New(sha512.New, chain)
	mac.Write(data)
	sum := mac.Sum(nil)
	il := new(big.Int).SetBytes(sum[:32])
	if il.Cmp(curveN) >= 0 {
		return nil, nil, errors.New("invalid child key (skip this index)")
	}
	k := il.Add(il, new(big.Int).SetBytes(key))
	k.Mod(k, curveN)
	if k.Sign() == 0 {
		return nil, nil, errors.New("invalid child key (skip this index)")
	}
	return common.LeftPadBytes(k.Bytes(), 32), sum[32:], nil
}
