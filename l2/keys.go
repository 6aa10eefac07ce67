package l2

import (
	"encoding/binary"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// withdrawalKeyPrefix starts the 29-byte preimage of a withdrawal key.
const withdrawalKeyPrefix = 0x57

// keccaker is a reusable keccak state with an output buffer kept off the heap.
type keccaker struct {
	st  crypto.KeccakState
	buf [64]byte
	out common.Hash
	rlp [maxSigningPayload + 8]byte // scratch for signing payloads
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
