// Package workload generates deterministic workloads of signed L2 transfers
// and token calls for benchmarks and tests: the realistic, token and
// worst-case workloads of
// `rollup bench codec`, the deposits that fund their senders, and their
// grouping into blocks and batches as the sequencer and batcher would.
package workload

import (
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"math/rand"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/rollup-dev/rollup/l2"
)

// Workload is a list of signed transfers and the keys that signed them.
type Workload struct {
	Name string
	Txs  []*types.Transaction
	// From[i] is the sender of Txs[i].
	From []common.Address
	// Senders are the distinct senders, in order of first use.
	Senders []common.Address
	// Keys are the senders' private keys, by address.
	Keys map[common.Address]*ecdsa.PrivateKey
	// L1Tokens are the L1 tokens whose L2 tokens a token workload calls.
	L1Tokens []common.Address
}

// Gwei is 10^9 wei.
const Gwei = 1_000_000_000

// Key returns the i-th deterministic private key of a seed.
func Key(seed int64, i int) *ecdsa.PrivateKey {
	var buf [16]byte
	binary.BigEndian.PutUint64(buf[:8], uint64(seed))
	binary.BigEndian.PutUint64(buf[8:], uint64(i))
	for ctr := byte(0); ; ctr++ {
		h := crypto.Keccak256(buf[:], []byte{ctr})
		if k, err := crypto.ToECDSA(h); err == nil {
			return k
		}
	}
}

// Address returns the address of Key(seed, i).
func Address(seed int64, i int) common.Address {
	return crypto.PubkeyToAddress(Key(seed, i).PublicKey)
}

// fee is one fee level: a type and its prices (wei per gas).
type fee struct {
	typ      uint8
	gas      uint64
	tip, cap *big.Int
}

// Realistic returns n transfers from 2,000 senders to 5,000 recipients, both
// drawn Zipf(s = 1.2) (the k-th most active sender sends with probability ∝
// k^−1.2), values with one or two significant digits (equally likely, between
// 10^13 and 10^18 wei), four fee levels (three EIP-1559, one legacy; used 50,
// 25, 15 and 10 % of the time) and nonces counting up per sender from 0.
func Realistic(p *l2.Params, n int, seed int64) (*Workload, error) {
	rng := rand.New(rand.NewSource(seed))
	base := p.BaseFee.ToBig()
	levels := []fee{
		{types.DynamicFeeTxType, 21000, big.NewInt(1 * Gwei), new(big.Int).Add(base, big.NewInt(2*Gwei))},
		{types.DynamicFeeTxType, 21000, big.NewInt(2 * Gwei), new(big.Int).Add(base, big.NewInt(5*Gwei))},
		{types.DynamicFeeTxType, 21000, big.NewInt(Gwei / 10), new(big.Int).Add(base, big.NewInt(Gwei))},
		{types.LegacyTxType, 21000, nil, new(big.Int).Add(base, big.NewInt(Gwei))},
	}
	ps := newParties(rng, seed)
	w := &Workload{Name: "realistic", Keys: map[common.Address]*ecdsa.PrivateKey{}}
	for i := 0; i < n; i++ {
		key, nonce := ps.sender()
		value := new(big.Int).Exp(big.NewInt(10), big.NewInt(13+rng.Int63n(5)), nil)
		if rng.Intn(2) == 0 {
			value.Mul(value, big.NewInt(1+rng.Int63n(9)))
		} else {
			value.Mul(value, big.NewInt(10+rng.Int63n(90)))
		}
		to := ps.recipient()
		tx, err := sign(p, key, pickLevel(rng, levels), nonce, to, value)
		if err != nil {
			return nil, err
		}
		w.add(tx, key)
	}
	return w, nil
}

// pickLevel draws one of four fee levels, used 50, 25, 15 and 10 % of the
// time.
func pickLevel(rng *rand.Rand, levels []fee) fee {
	switch x := rng.Intn(100); {
	case x < 50:
		return levels[0]
	case x < 75:
		return levels[1]
	case x < 90:
		return levels[2]
	}
	return levels[3]
}

// parties draws the senders and recipients of the realistic workloads: 2,000
// senders and 5,000 recipients, both Zipf(s = 1.2), each sender's nonces
// counting up from 0.
type parties struct {
	seed       int64
	zs, zr     *rand.Zipf
	recipients []common.Address
	keys       map[int]*ecdsa.PrivateKey
	nonces     map[int]uint64
}

func newParties(rng *rand.Rand, seed int64) *parties {
	const senders, recipients = 2000, 5000
	ps := &parties{seed: seed, zs: rand.NewZipf(rng, 1.2, 1, senders-1), zr: rand.NewZipf(rng, 1.2, 1, recipients-1),
		recipients: make([]common.Address, recipients), keys: map[int]*ecdsa.PrivateKey{}, nonces: map[int]uint64{}}
	for i := range ps.recipients {
		rng.Read(ps.recipients[i][:])
	}
	return ps
}

// sender draws the next sender and takes its next nonce.
func (ps *parties) sender() (*ecdsa.PrivateKey, uint64) {
	s := int(ps.zs.Uint64())
	key, ok := ps.keys[s]
	if !ok {
		key = Key(ps.seed, s)
		ps.keys[s] = key
	}
	nonce := ps.nonces[s]
	ps.nonces[s]++
	return key, nonce
}

func (ps *parties) recipient() common.Address { return ps.recipients[ps.zr.Uint64()] }

// Tokens returns n token calls on three tokens (used 60, 30 and 10 % of the
// time) from 2,000 senders to 5,000 recipients, both drawn Zipf(s = 1.2) as in
// Realistic; 2 % of the calls are withdraws to the sender's own L1 address.
// Amounts are in 6-decimal units between 1 and 10,000 whole tokens: half of
// them with one or two significant digits (25, 300), 30 % with cents (12.34)
// and 20 % with six significant digits. Fees are Realistic's four levels with
// the gas limit a wallet takes from eth_estimateGas (TOKEN_GAS), or 65,000 for
// one level in four.
func Tokens(p *l2.Params, n int, seed int64) (*Workload, error) {
	rng := rand.New(rand.NewSource(seed))
	base := p.BaseFee.ToBig()
	levels := []fee{
		{types.DynamicFeeTxType, l2.TokenGas, big.NewInt(1 * Gwei), new(big.Int).Add(base, big.NewInt(2*Gwei))},
		{types.DynamicFeeTxType, 65_000, big.NewInt(2 * Gwei), new(big.Int).Add(base, big.NewInt(5*Gwei))},
		{types.DynamicFeeTxType, l2.TokenGas, big.NewInt(Gwei / 10), new(big.Int).Add(base, big.NewInt(Gwei))},
		{types.LegacyTxType, l2.TokenGas, nil, new(big.Int).Add(base, big.NewInt(Gwei))},
	}
	w := &Workload{Name: "tokens", Keys: map[common.Address]*ecdsa.PrivateKey{}}
	tokens := make([]common.Address, 3)
	for i := range tokens {
		var l1 common.Address
		rng.Read(l1[:])
		tokens[i] = l2.TokenAddress(l1)
		w.L1Tokens = append(w.L1Tokens, l1)
	}
	ps := newParties(rng, seed)
	for i := 0; i < n; i++ {
		key, nonce := ps.sender()
		var amount uint64
		switch x := rng.Intn(10); {
		case x < 5:
			amount = uint64(1+rng.Intn(99)) * pow10(rng.Intn(3)) * 1e6
		case x < 8:
			amount = uint64(100+rng.Intn(99_900)) * 1e4
		default:
			amount = uint64(100_000+rng.Intn(900_000)) * pow10(rng.Intn(5))
		}
		var token common.Address
		switch x := rng.Intn(10); {
		case x < 6:
			token = tokens[0]
		case x < 9:
			token = tokens[1]
		default:
			token = tokens[2]
		}
		sel, arg := l2.TransferSelector, ps.recipient()
		if rng.Intn(50) == 0 {
			sel, arg = l2.WithdrawSelector, crypto.PubkeyToAddress(key.PublicKey)
		}
		data := append(append(sel[:], make([]byte, 12)...), arg[:]...)
		data = append(data, common.BigToHash(new(big.Int).SetUint64(amount)).Bytes()...)
		tx, err := signCall(p, key, pickLevel(rng, levels), nonce, token, new(big.Int), data)
		if err != nil {
			return nil, err
		}
		w.add(tx, key)
	}
	return w, nil
}

func pow10(e int) uint64 {
	v := uint64(1)
	for ; e > 0; e-- {
		v *= 10
	}
	return v
}

// WorstNonceLimit bounds the worst-case workload's nonces.
const WorstNonceLimit = 1 << 16

// Worst returns n transfers where every sender and every recipient is
// distinct, values are random 8-byte numbers, nonces are uniform in [0,
// 65536) (senders with arbitrary histories) and fees come from 32 levels with
// random full-precision prices (tips below 2 gwei, caps between base + tip and
// base + tip + 8 gwei,
// 24 EIP-1559 and 8 legacy) and random gas limits between 21,000 and 100,000.
func Worst(p *l2.Params, n int, seed int64) (*Workload, error) {
	rng := rand.New(rand.NewSource(seed))
	base := p.BaseFee.ToBig()
	levels := make([]fee, 32)
	for i := range levels {
		f := fee{typ: types.DynamicFeeTxType, gas: 21000 + uint64(rng.Intn(79_001))}
		f.tip = big.NewInt(rng.Int63n(2 * Gwei))
		f.cap = new(big.Int).Add(base, f.tip)
		f.cap.Add(f.cap, big.NewInt(rng.Int63n(8*Gwei)))
		if i%4 == 3 {
			f.typ, f.tip = types.LegacyTxType, nil
		}
		levels[i] = f
	}
	w := &Workload{Name: "worst", Keys: map[common.Address]*ecdsa.PrivateKey{}}
	for i := 0; i < n; i++ {
		key := Key(seed, i)
		var to common.Address
		rng.Read(to[:])
		value := new(big.Int).SetUint64(rng.Uint64() | 1<<56) // eight significant bytes
		tx, err := sign(p, key, levels[rng.Intn(len(levels))], uint64(rng.Intn(WorstNonceLimit)), to, value)
		if err != nil {
			return nil, err
		}
		w.add(tx, key)
	}
	return w, nil
}

func sign(p *l2.Params, key *ecdsa.PrivateKey, f fee, nonce uint64, to common.Address, value *big.Int) (*types.Transaction, error) {
	return signCall(p, key, f, nonce, to, value, nil)
}

func signCall(p *l2.Params, key *ecdsa.PrivateKey, f fee, nonce uint64, to common.Address, value *big.Int, data []byte) (*types.Transaction, error) {
	chainID := new(big.Int).SetUint64(p.ChainID)
	var inner types.TxData
	if f.typ == types.LegacyTxType {
		inner = &types.LegacyTx{Nonce: nonce, GasPrice: f.cap, Gas: f.gas, To: &to, Value: value, Data: data}
	} else {
		inner = &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: f.tip, GasFeeCap: f.cap, Gas: f.gas, To: &to, Value: value, Data: data}
	}
	return types.SignNewTx(key, types.LatestSignerForChainID(chainID), inner)
}

func (w *Workload) add(tx *types.Transaction, key *ecdsa.PrivateKey) {
	from := crypto.PubkeyToAddress(key.PublicKey)
	if _, ok := w.Keys[from]; !ok {
		w.Keys[from] = key
		w.Senders = append(w.Senders, from)
	}
	w.Txs = append(w.Txs, tx)
	w.From = append(w.From, from)
}

// Funding returns one deposit of amount to every sender, numbered from first.
func (w *Workload) Funding(first uint64, amount *uint256.Int) []l2.Deposit {
	out := make([]l2.Deposit, len(w.Senders))
	for i, s := range w.Senders {
		out[i] = l2.Deposit{Index: first + uint64(i), Recipient: s, Amount: amount, L1Timestamp: 1}
	}
	return out
}

// TokenFunding returns one deposit of amount of every token of L1Tokens to
// every sender, numbered from first.
func (w *Workload) TokenFunding(first uint64, amount *uint256.Int) []l2.Deposit {
	var out []l2.Deposit
	for _, tok := range w.L1Tokens {
		for _, s := range w.Senders {
			out = append(out, l2.Deposit{Index: first + uint64(len(out)), Recipient: s, Amount: amount, L1Timestamp: 1, Token: tok})
		}
	}
	return out
}

// Blocks groups the transfers into blocks of perBlock transfers, one second
// apart, following prev. Deposits, if any, go first, in a block of their own.
func (w *Workload) Blocks(prev l2.L2State, perBlock int, deposits []l2.Deposit) []l2.Block {
	var blocks []l2.Block
	number, ts := prev.BlockNumber, prev.Timestamp
	next := func() *l2.Block {
		number++
		ts++
		blocks = append(blocks, l2.Block{Number: number, Timestamp: ts})
		return &blocks[len(blocks)-1]
	}
	if len(deposits) > 0 {
		b := next()
		for i := range deposits {
			b.Items = append(b.Items, l2.Item{Deposit: &deposits[i]})
		}
	}
	for i := 0; i < len(w.Txs); i += perBlock {
		b := next()
		for _, tx := range w.Txs[i:min(i+perBlock, len(w.Txs))] {
			b.Items = append(b.Items, l2.Item{Tx: tx})
		}
	}
	return blocks
}

// Batch is one encoded batch and the state it follows.
type Batch struct {
	Data  []byte
	Prev  l2.L2State
	Tip   l2.L2State // block number, timestamp, deposits consumed after it (no root)
	Count int        // transfers
}

// SplitBatches encodes blocks into consecutive batches as a batcher does:
// each batch takes whole blocks until the next would exceed MAX_BATCH_BYTES.
// The batches' Prev and Tip carry no state root.
func SplitBatches(p *l2.Params, prev l2.L2State, blocks []l2.Block) ([]Batch, error) {
	var out []Batch
	b := l2.NewBatchBuilder(p, prev)
	start := prev
	flush := func() {
		num, ts, dep := b.Tip()
		tip := l2.L2State{BlockNumber: num, Timestamp: ts, DepositsConsumed: dep}
		out = append(out, Batch{Data: b.Encode(), Prev: start, Tip: tip, Count: b.Transfers()})
		start = tip
		b = l2.NewBatchBuilder(p, tip)
	}
	for i, blk := range blocks {
		err := b.Add(blk)
		if errors.Is(err, l2.ErrBatchFull) {
			flush()
			err = b.Add(blk)
		}
		if err != nil {
			return nil, fmt.Errorf("block %d: %w", i, err)
		}
	}
	if b.Blocks() > 0 {
		flush()
	}
	return out, nil
}
