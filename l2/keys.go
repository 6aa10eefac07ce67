package l2

import (
	"encoding/binary"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Prefixes of the key preimages (§3.1) and of the token address derivation
// (§2.4).
const (
	withdrawalKeyPrefix      = 0x57 // ‖ sender ‖ u64 nonce: 29 bytes
	tokenKeyPrefix           = 0x52 // ‖ token: 21 bytes
	balanceKeyPrefix         = 0x54 // ‖ token ‖ owner: 41 bytes
	tokenWithdrawalKeyPrefix = 0x77 // ‖ token ‖ sender ‖ u64 nonce: 49 bytes
	tokenAddressPrefix       = 0x74 // ‖ l1Token, hashed to the L2 token address
)

// keccaker is a reusable keccak state with an output buffer kept off the heap.
type keccaker struct {
	st  crypto.KeccakState
	buf [64]byte
	out common.Hash
	rlp [maxSigningPayload + 8]byte // scratch for signing payloads
}

func (k *keccaker) tokenKey(token common.Address) common.Hash {
	k.buf[0] = tokenKeyPrefix
	copy(k.buf[1:21], token[:])
	return k.sum(k.buf[:21])
}

func (k *keccaker) balanceKey(token, owner common.Address) common.Hash {
	k.buf[0] = balanceKeyPrefix
	copy(k.buf[1:21], token[:])
	copy(k.buf[21:41], owner[:])
	return k.sum(k.buf[:41])
}

func (k *keccaker) tokenWithdrawalKey(token, sender common.Address, nonce uint64) common.Hash {
	k.buf[0] = tokenWithdrawalKeyPrefix
	copy(k.buf[1:21], token[:])
	copy(k.buf[21:41], sender[:])
	binary.BigEndian.PutUint64(k.buf[41:49], nonce)
	return k.sum(k.buf[:49])
}

func newKeccak() crypto.KeccakState { return crypto.NewKeccakState() }

var keccakPool = sync.Pool{New: func() any { return &keccaker{st: newKeccak()} }}

func (k *keccaker) sum(data []byte) common.Hash {
	k.st.Reset()
	k.st.Write(data)
	k.st.Read(k.out[:])
	return k.out
}

func (k *keccaker) accountKey(addr common.Address) common.Hash {
	copy(k.buf[:20], addr[:])
	return k.sum(k.buf[:20])
}

func (k *keccaker) withdrawalKey(sender common.Address, nonce uint64) common.Hash {
	k.buf[0] = withdrawalKeyPrefix
	copy(k.buf[1:21], sender[:])
	binary.BigEndian.PutUint64(k.buf[21:29], nonce)
	return k.sum(k.buf[:29])
}

// AccountKey returns the state key of an account: keccak(address) (§3.1).
func AccountKey(addr common.Address) common.Hash {
	k := keccakPool.Get().(*keccaker)
	defer keccakPool.Put(k)
	return k.accountKey(addr)
}

// WithdrawalKey returns the state key of the withdrawal written by sender's
// transfer with the given nonce: keccak(0x57 ‖ sender ‖ u64 nonce) (§3.1, §4).
func WithdrawalKey(sender common.Address, nonce uint64) common.Hash {
	k := keccakPool.Get().(*keccaker)
	defer keccakPool.Put(k)
	return k.withdrawalKey(sender, nonce)
}

// TokenKey returns the state key of a token's leaf (L2 supply, L1 address):
// keccak(0x52 ‖ token), token being the L2 token address (§3.1).
func TokenKey(token common.Address) common.Hash {
	k := keccakPool.Get().(*keccaker)
	defer keccakPool.Put(k)
	return k.tokenKey(token)
}

// BalanceKey returns the state key of owner's balance of the L2 token:
// keccak(0x54 ‖ token ‖ owner) (§3.1).
func BalanceKey(token, owner common.Address) common.Hash {
	k := keccakPool.Get().(*keccaker)
	defer keccakPool.Put(k)
	return k.balanceKey(token, owner)
}

// TokenWithdrawalKey returns the state key of the token withdrawal written by
// sender's withdraw call with the given nonce: keccak(0x77 ‖ token ‖ sender ‖
// u64 nonce) (§3.1, §4).
func TokenWithdrawalKey(token, sender common.Address, nonce uint64) common.Hash {
	k := keccakPool.Get().(*keccaker)
	defer keccakPool.Put(k)
	return k.tokenWithdrawalKey(token, sender, nonce)
}

// TokenAddress returns the L2 address of the L1 token l1Token:
// keccak(0x74 ‖ l1Token)[12:] (§2.4).
func TokenAddress(l1Token common.Address) common.Address {
	k := keccakPool.Get().(*keccaker)
	defer keccakPool.Put(k)
	k.buf[0] = tokenAddressPrefix
	copy(k.buf[1:21], l1Token[:])
	h := k.sum(k.buf[:21])
	return common.Address(h[12:])
}

// TokenLeaves returns the state keys of the token leaves a successful token
// call by sender changes (§2.4): the balances of sender and recipient for a
// transfer, the sender's balance and the token's supply for a withdraw; nil
// for any other transaction. tx must have passed ValidateTx.
func TokenLeaves(tx *types.Transaction, sender common.Address) []common.Hash {
	data := tx.Data()
	if len(data) != tokenCallLen || tx.To() == nil {
		return nil
	}
	token := *tx.To()
	switch [4]byte(data[:4]) {
	case TransferSelector:
		return []common.Hash{BalanceKey(token, sender), BalanceKey(token, common.BytesToAddress(data[16:36]))}
	case WithdrawSelector:
		return []common.Hash{BalanceKey(token, sender), TokenKey(token)}
	}
	return nil
}

// DepositLeaves returns the state keys of the token leaves a token deposit
// changes (§4): the recipient's balance and the token's supply; nil for an
// ETH deposit or a forced transaction.
func DepositLeaves(d *Deposit) []common.Hash {
	if d.Token == (common.Address{}) || d.Forced != nil {
		return nil
	}
	token := TokenAddress(d.Token)
	return []common.Hash{BalanceKey(token, d.Recipient), TokenKey(token)}
}

// Withdrawal is the withdrawal leaf a transaction writes when it executes
// (§4): of ETH (a transfer to WITHDRAWAL_ADDRESS, paid to its sender) or of
// a token (a withdraw call that does not revert).
type Withdrawal struct {
	// Token is the L2 token of a token withdrawal; zero for ETH.
	Token     common.Address
	Sender    common.Address
	Nonce     uint64
	Recipient common.Address
	Amount    *big.Int
	// Key is the leaf's state key, which the Bridge records once paid.
	Key common.Hash
}

// WithdrawalOf returns the withdrawal leaf tx, sent by sender, writes when it
// executes; nil if it writes none. A token withdraw that reverts writes
// none: the caller checks the receipt.
func WithdrawalOf(tx *types.Transaction, sender common.Address) *Withdrawal {
	to := tx.To()
	switch data := tx.Data(); {
	case to == nil:
		return nil
	case *to == WithdrawalAddress && len(data) == 0:
		return &Withdrawal{Sender: sender, Nonce: tx.Nonce(), Recipient: sender, Amount: tx.Value(), Key: WithdrawalKey(sender, tx.Nonce())}
	case len(data) == tokenCallLen && [4]byte(data[:4]) == WithdrawSelector:
		return &Withdrawal{Token: *to, Sender: sender, Nonce: tx.Nonce(), Recipient: common.BytesToAddress(data[16:36]),
			Amount: new(big.Int).SetBytes(data[36:68]), Key: TokenWithdrawalKey(*to, sender, tx.Nonce())}
	}
	return nil
}
