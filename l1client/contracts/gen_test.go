package contracts_test

import (
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"math/rand"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/rollup-dev/rollup/l2"
)

// This file generates the differential test's inputs: batches of records of
// every kind the step machine distinguishes (docs/protocol.md §5.3, §6.2),
// written byte by byte so that malformed encodings can be produced, and
// steered by running each record on a scratch state as it is generated (so a
// "valid transfer" really has the sender's nonce and enough balance).

const gwei = 1_000_000_000

var (
	secpN     = uint256.MustFromHex("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")
	secpHalfN = uint256.MustFromHex("0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0")
	maxU256   = new(uint256.Int).SetAllOne()
	twoTo255  = new(uint256.Int).Lsh(uint256.NewInt(1), 255)
	hugePrice = new(uint256.Int).Rsh(maxU256, 4) // 21000 × this overflows
)

// feeSpec is one fee entry: what it decodes to and whether rule 2 accepts it.
type feeSpec struct {
	name     string
	typ      uint8
	gas      uint64
	tip, cap *uint256.Int
	valid    bool
	enc      []byte // the encoded entry
	// call and token make the entry a token call's (docs/protocol.md §5.2);
	// call > 2 is invalid.
	call  uint8
	token common.Address
}

// encCuint writes v as a cuint; non-minimal forms now and then (decoders
// accept them, §5.1).
func encCuint(rng *rand.Rand, v uint64) []byte {
	if rng != nil && rng.Intn(12) == 0 {
		return binary.BigEndian.AppendUint64([]byte{0xff}, v)
	}
	switch {
	case v <= 239:
		return []byte{byte(v)}
	case v <= 3823:
		v -= 240
		return []byte{0xf0 + byte(v>>8), byte(v)}
	case v <= 69359:
		v -= 3824
		return []byte{0xfe, byte(v >> 8), byte(v)}
	}
	return binary.BigEndian.AppendUint64([]byte{0xff}, v)
}

// encAmount writes v in one of the forms of §5.1 that represent it.
func encAmount(rng *rand.Rand, v *uint256.Int) []byte {
	raw := func(extra int) []byte {
		n := v.ByteLen() + extra
		if n > 32 {
			n = 32
		}
		var w [32]byte
		v.WriteToArray32(&w)
		return append([]byte{0xff, byte(n)}, w[32-n:]...)
	}
	if v.IsZero() {
		return raw(rng.Intn(2))
	}
	m, e := new(uint256.Int).Set(v), 0
	ten := uint256.NewInt(10)
	for {
		var q, r uint256.Int
		q.DivMod(m, ten, &r)
		if !r.IsZero() {
			break
		}
		m.Set(&q)
		e++
	}
	var forms [][]byte
	if m.IsUint64() {
		mu := m.Uint64()
		if mu <= 9 && e <= 24 {
			forms = append(forms, []byte{byte(e*9 + int(mu) - 1)})
		}
		if mu <= 9 && e >= 1 && e-1 <= 77 {
			k := (e-1)*90 + int(mu*10) - 10
			forms = append(forms, []byte{byte(0xe1 + k>>8), byte(k)})
		}
		if mu >= 10 && mu <= 99 && e <= 77 {
			k := e*90 + int(mu) - 10
			forms = append(forms, []byte{byte(0xe1 + k>>8), byte(k)})
		}
	}
	forms = append(forms, raw(0))
	if rng.Intn(8) == 0 {
		forms = append(forms, raw(1+rng.Intn(3)))
	}
	return forms[rng.Intn(len(forms))]
}

func (f *feeSpec) encode(rng *rand.Rand) {
	out := append([]byte{f.call<<4 | f.typ}, encCuint(rng, f.gas)...)
	if f.typ != l2.LegacyTxType {
		out = append(out, encAmount(rng, f.tip)...)
	}
	out = append(out, encAmount(rng, f.cap)...)
	if f.call != 0 {
		out = append(out, f.token[:]...)
	}
	f.enc = out
}

// tokenFeeMenu returns token call entries: a valid transfer and withdraw
// entry of each legacy and EIP-1559 type per token, one for an address that
// is no token, and the ways rule 2 fails for a call.
func tokenFeeMenu(rng *rand.Rand, tokens []common.Address) []*feeSpec {
	var fees []*feeSpec
	for i, tok := range tokens {
		fees = append(fees,
			&feeSpec{name: fmt.Sprintf("transfer-legacy-%d", i), typ: 0, gas: l2.TokenGas, cap: u(2 * gwei), valid: true, call: l2.CallTransfer, token: tok},
			&feeSpec{name: fmt.Sprintf("transfer-1559-%d", i), typ: 2, gas: 65000, tip: u(gwei), cap: u(3 * gwei), valid: true, call: l2.CallTransfer, token: tok},
			&feeSpec{name: fmt.Sprintf("withdraw-legacy-%d", i), typ: 0, gas: 70000, cap: u(2 * gwei), valid: true, call: l2.CallWithdraw, token: tok},
			&feeSpec{name: fmt.Sprintf("withdraw-1559-%d", i), typ: 2, gas: l2.TokenGas, tip: u(0), cap: u(2 * gwei), valid: true, call: l2.CallWithdraw, token: tok},
		)
	}
	fees = append(fees,
		&feeSpec{name: "transfer-not-a-token", typ: 2, gas: l2.TokenGas, tip: u(gwei), cap: u(2 * gwei), valid: true, call: l2.CallTransfer, token: randAddr(rng)},
		&feeSpec{name: "call-gas-low", typ: 2, gas: l2.TokenGas - 1, tip: u(gwei), cap: u(2 * gwei), call: l2.CallTransfer, token: tokens[0]},
		&feeSpec{name: "call-21000", typ: 0, gas: 21000, cap: u(2 * gwei), call: l2.CallWithdraw, token: tokens[0]},
		&feeSpec{name: "call-3", typ: 2, gas: l2.TokenGas, tip: u(gwei), cap: u(2 * gwei), call: 3, token: tokens[0]},
		&feeSpec{name: "call-type1", typ: 1, gas: l2.TokenGas, tip: u(gwei), cap: u(2 * gwei), call: l2.CallTransfer, token: tokens[0]},
	)
	for _, f := range fees {
		f.encode(rng)
	}
	// An entry whose token runs past the end of the data: last in the batch,
	// with nothing after it (set by the batch builder).
	return fees
}

func u(v uint64) *uint256.Int { return uint256.NewInt(v) }

// feeMenu returns every kind of fee entry: valid legacy and EIP-1559 entries
// and each way rule 2 can fail.
func feeMenu(rng *rand.Rand) []*feeSpec {
	fees := []*feeSpec{
		{name: "legacy", typ: 0, gas: 21000, cap: u(2 * gwei), valid: true},
		{name: "eip1559", typ: 2, gas: 21000, tip: u(gwei), cap: u(3 * gwei), valid: true},
		{name: "eip1559-at-base", typ: 2, gas: 50000, tip: u(0), cap: u(gwei), valid: true},
		{name: "legacy-at-base", typ: 0, gas: math.MaxUint32, cap: u(gwei), valid: true},
		{name: "eip1559-tip-capped", typ: 2, gas: 30000, tip: u(5 * gwei), cap: u(5 * gwei), valid: true},
		{name: "eip1559-huge-tip", typ: 2, gas: 21000, tip: maxU256, cap: maxU256, valid: true},
		{name: "legacy-huge-price", typ: 0, gas: 21000, cap: hugePrice, valid: true},
		{name: "type1", typ: 1, gas: 21000, tip: u(gwei), cap: u(2 * gwei)},
		{name: "type3", typ: 3, gas: 21000, tip: u(gwei), cap: u(2 * gwei)},
		{name: "gas-low", typ: 2, gas: 20999, tip: u(gwei), cap: u(2 * gwei)},
		{name: "gas-high", typ: 0, gas: math.MaxUint32 + 1, cap: u(2 * gwei)},
		{name: "tip-above-cap", typ: 2, gas: 21000, tip: u(3 * gwei), cap: u(2 * gwei)},
		{name: "below-base", typ: 0, gas: 21000, cap: u(gwei - 1)},
		{name: "below-base-1559", typ: 2, gas: 21000, tip: u(0), cap: u(gwei / 2)},
	}
	for _, f := range fees {
		f.encode(rng)
	}
	// Undecodable entries: a bad amount code, an oversized raw amount, and an
	// entry whose offset points past the data (set by the batch builder).
	fees = append(fees,
		&feeSpec{name: "bad-amount-code", typ: 2, enc: []byte{2, 0x52, 0xfe, 0xff, 0x01}},
		&feeSpec{name: "raw-too-long", typ: 0, enc: []byte{0, 0x52, 0xff, 33}},
		&feeSpec{name: "past-end", typ: 0},
	)
	return fees
}

// funded is an L2 account whose key the generator holds.
type funded struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

// generator builds batches.
type generator struct {
	t        testing.TB
	rng      *rand.Rand
	p        *l2.Params
	chainID  *big.Int
	keys     []funded
	deposits []l2.Deposit
	// crafted accounts with extreme leaves
	nonceMax, nonceHuge funded
	fullBalance         common.Address
	// tokens are the L2 addresses of the bridged tokens; l1Tokens their L1
	// contracts.
	tokens, l1Tokens []common.Address
}

func newKey(rng *rand.Rand) funded {
	for {
		var b [32]byte
		rng.Read(b[:])
		k, err := crypto.ToECDSA(b[:])
		if err == nil {
			return funded{key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
		}
	}
}

func randAddr(rng *rand.Rand) common.Address {
	var a common.Address
	rng.Read(a[:])
	return a
}

// genBatch is one generated batch and its records' intended kinds.
type genBatch struct {
	data         []byte
	prev         l2.L2State
	depositLimit uint64
	kinds        []string // intended kind of each record, in order
}

// batchLayout is the fixed part of a batch being generated.
type batchLayout struct {
	dict []common.Address
	fees []*feeSpec
	head []byte // header, dictionary, fee table and entries
}

func (g *generator) layout(noFees bool) *batchLayout {
	l := &batchLayout{}
	nd := g.rng.Intn(4)
	switch g.rng.Intn(4) {
	case 0:
		nd = 0
	case 1:
		nd = 55 + g.rng.Intn(20) // more than a chunk of dictionary
	}
	for i := 0; i < nd; i++ {
		if g.rng.Intn(2) == 0 {
			l.dict = append(l.dict, g.keys[g.rng.Intn(len(g.keys))].addr)
		} else {
			l.dict = append(l.dict, randAddr(g.rng))
		}
	}
	if nd > 0 && g.rng.Intn(3) == 0 {
		l.dict[g.rng.Intn(nd)] = l2.WithdrawalAddress
	}
	if !noFees {
		menu := feeMenu(g.rng)
		g.rng.Shuffle(len(menu), func(i, j int) { menu[i], menu[j] = menu[j], menu[i] })
		l.fees = menu[:6+g.rng.Intn(len(menu)-5)]
		// At least one valid entry of each type.
		has := map[uint8]bool{}
		for _, f := range l.fees {
			if f.valid && f.gas == 21000 && f.cap.Cmp(u(2*gwei)) >= 0 && f.cap.Lt(u(10*gwei)) {
				has[f.typ] = true
			}
		}
		for _, f := range menu[len(l.fees):] {
			if f.valid && !has[f.typ] && f.gas == 21000 && f.cap.Cmp(u(2*gwei)) >= 0 && f.cap.Lt(u(10*gwei)) {
				l.fees = append(l.fees, f)
				has[f.typ] = true
			}
		}
		// Token entries: most batches have some, with at least one valid
		// transfer and one valid withdraw entry.
		if len(g.tokens) > 0 && g.rng.Intn(4) != 0 {
			tm := tokenFeeMenu(g.rng, g.tokens)
			g.rng.Shuffle(len(tm), func(i, j int) { tm[i], tm[j] = tm[j], tm[i] })
			pick := tm[:2+g.rng.Intn(len(tm)-1)]
			hasCall := map[uint8]bool{}
			for _, f := range pick {
				if f.valid && g.isToken(f.token) {
					hasCall[f.call] = true
				}
			}
			for _, f := range tm[len(pick):] {
				if f.valid && g.isToken(f.token) && !hasCall[f.call] {
					pick = append(pick, f)
					hasCall[f.call] = true
				}
			}
			l.fees = append(l.fees, pick...)
			g.rng.Shuffle(len(l.fees), func(i, j int) { l.fees[i], l.fees[j] = l.fees[j], l.fees[i] })
		}
	}
	h := []byte{l2.CodecVersion, byte(len(l.fees)), 0, 0, 0, 0, 0, 0}
	binary.BigEndian.PutUint16(h[2:4], uint16(len(l.dict)))
	for _, a := range l.dict {
		h = append(h, a[:]...)
	}
	off := 0
	for _, f := range l.fees {
		o := uint16(off)
		if f.name == "past-end" {
			o = 0xffff
		}
		h = binary.BigEndian.AppendUint16(h, o)
		off += len(f.enc)
	}
	for _, f := range l.fees {
		h = append(h, f.enc...)
	}
	// Now and then a gap between the fee entries and the records.
	if g.rng.Intn(5) == 0 {
		h = append(h, make([]byte, 1+g.rng.Intn(40))...)
	}
	binary.BigEndian.PutUint32(h[4:8], uint32(len(h)))
	l.head = h
	return l
}

func (g *generator) isToken(a common.Address) bool {
	for _, t := range g.tokens {
		if t == a {
			return true
		}
	}
	return false
}

// callData returns the 68 bytes of a token call (docs/protocol.md §2.4).
func callData(call uint8, arg common.Address, amount *uint256.Int) []byte {
	sel := l2.TransferSelector
	if call == l2.CallWithdraw {
		sel = l2.WithdrawSelector
	}
	out := append(sel[:], make([]byte, 12)...)
	out = append(out, arg[:]...)
	v := amount.Bytes32()
	return append(out, v[:]...)
}

// signTransfer signs a transfer with fee entry f and returns its r, s, parity.
// For a token call entry it signs the call of to and value on the entry's
// token.
func (g *generator) signTransfer(key *ecdsa.PrivateKey, f *feeSpec, chainID *big.Int, nonce uint64, to common.Address, value *uint256.Int) (r, s *uint256.Int, parity byte) {
	var inner types.TxData
	typ := f.typ
	txTo, txValue := to, value.ToBig()
	var data []byte
	if f.call != 0 {
		txTo, txValue = f.token, new(big.Int)
		data = callData(f.call, to, value)
	}
	if typ != l2.LegacyTxType {
		tip := u(0)
		if f.tip != nil {
			tip = f.tip
		}
		inner = &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: tip.ToBig(), GasFeeCap: f.cap.ToBig(), Gas: f.gas, To: &txTo, Value: txValue, Data: data}
	} else {
		inner = &types.LegacyTx{Nonce: nonce, GasPrice: f.cap.ToBig(), Gas: f.gas, To: &txTo, Value: txValue, Data: data}
	}
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), inner)
	require.NoError(g.t, err)
	v, rb, sb := tx.RawSignatureValues()
	r, _ = uint256.FromBig(rb)
	s, _ = uint256.FromBig(sb)
	if typ == l2.LegacyTxType {
		parity = byte(new(big.Int).Sub(v, new(big.Int).Add(new(big.Int).Lsh(chainID, 1), big.NewInt(35))).Uint64())
	} else {
		parity = byte(v.Uint64())
	}
	return r, s, parity
}

// transferRecord writes a transfer record.
func (g *generator) transferRecord(l *batchLayout, feeIndex int, dictIndex int, to common.Address, nonce uint64, value *uint256.Int, r, s *uint256.Int, parity byte) []byte {
	ri := uint64(0)
	if dictIndex >= 0 {
		ri = uint64(dictIndex) + 1
	}
	tag := 2 + uint64(feeIndex) + uint64(len(l.fees))*ri
	out := encCuint(g.rng, tag)
	if dictIndex < 0 {
		out = append(out, to[:]...)
	}
	out = append(out, encCuint(g.rng, nonce)...)
	out = append(out, encAmount(g.rng, value)...)
	var sig [64]byte
	r.PutUint256(sig[:32])
	s.PutUint256(sig[32:])
	sig[32] |= parity << 7
	return append(out, sig[:]...)
}

// pickFee returns the index of a fee entry satisfying ok, or -1.
func (g *generator) pickFee(l *batchLayout, ok func(*feeSpec) bool) int {
	var idx []int
	for i, f := range l.fees {
		if ok(f) {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		return -1
	}
	return idx[g.rng.Intn(len(idx))]
}

func normalFee(f *feeSpec) bool {
	return f.valid && f.call == 0 && f.cap.Lt(u(10*gwei)) && f.gas <= math.MaxUint32
}

// recipient picks a recipient: inline (dict index −1) or from the dictionary.
func (g *generator) recipient(l *batchLayout) (common.Address, int) {
	if len(l.dict) > 0 && g.rng.Intn(2) == 0 {
		i := g.rng.Intn(len(l.dict))
		return l.dict[i], i
	}
	switch g.rng.Intn(8) {
	case 0:
		return l2.WithdrawalAddress, -1
	case 1:
		return g.p.FeeRecipient, -1
	case 2:
		return g.fullBalance, -1
	case 3, 4:
		return randAddr(g.rng), -1
	}
	return g.keys[g.rng.Intn(len(g.keys))].addr, -1
}

// record generates one record of a random kind, given the scratch state the
// machine is in before it.
func (g *generator) record(l *batchLayout, st *l2.State, ms l2.MachineState) (string, []byte) {
	if len(l.fees) == 0 {
		if g.rng.Intn(2) == 0 {
			return "block", append([]byte{0}, encCuint(g.rng, uint64(g.rng.Intn(30)))...)
		}
		return "deposit", encCuint(g.rng, 1)
	}
	x := g.rng.Intn(100)
	switch {
	case x < 8:
		return "block", append(encCuint(g.rng, 0), encCuint(g.rng, uint64(g.rng.Intn(5000)))...)
	case x < 18:
		return "deposit", encCuint(g.rng, 1)
	case x < 45:
		return g.validTransfer(l, st)
	case x < 70:
		if kind, rec := g.tokenCall(l, st); rec != nil {
			return kind, rec
		}
		return g.validTransfer(l, st)
	}
	return g.invalidTransfer(l, st)
}

// tokenCall writes a token call of a valid kind (applies, or reverts), or one
// whose fee entry rule 2 refuses; nil when the batch has no token entries.
func (g *generator) tokenCall(l *batchLayout, st *l2.State) (string, []byte) {
	fi := g.pickFee(l, func(f *feeSpec) bool { return f.call != 0 })
	if fi < 0 {
		return "", nil
	}
	f := l.fees[fi]
	k, _, nonce := g.sender(st)
	bal := st.TokenBalance(f.token, k.addr)
	to, di := g.recipient(l)
	call := "transfer"
	if f.call == l2.CallWithdraw {
		call = "withdraw"
	}
	// amount: part of the balance; now and then all of it, more, or zero
	amount := new(uint256.Int)
	if !bal.IsZero() {
		amount.Div(&bal, u(uint64(1+g.rng.Intn(5))))
	}
	kind := "token-" + call
	switch g.rng.Intn(10) {
	case 0:
		amount.Add(&bal, u(1+uint64(g.rng.Intn(3))))
		kind += "-exceeds"
	case 1:
		amount.Clear()
		kind += "-zero"
	case 2:
		to, di = common.Address{}, -1
		kind += "-to-zero"
	case 3:
		amount.Set(&bal)
		kind += "-all"
	case 4:
		to, di = k.addr, -1
		kind += "-self"
	}
	switch {
	case !f.valid:
		kind = "token-bad-fee"
	case !g.isToken(f.token):
		kind = "token-unknown"
	}
	r, s, par := g.signTransfer(k.key, f, g.chainID, nonce, to, amount)
	return kind, g.transferRecord(l, fi, di, to, nonce, amount, r, s, par)
}

func (g *generator) sender(st *l2.State) (funded, uint256.Int, uint64) {
	k := g.keys[g.rng.Intn(len(g.keys))]
	bal, nonce := st.Account(k.addr)
	return k, bal, nonce
}

func (g *generator) validTransfer(l *batchLayout, st *l2.State) (string, []byte) {
	fi := g.pickFee(l, normalFee)
	if fi < 0 {
		return g.invalidTransfer(l, st)
	}
	f := l.fees[fi]
	k, bal, nonce := g.sender(st)
	// value: one or two significant digits, below a tenth of the balance
	value := u(uint64(1+g.rng.Intn(99)) * uint64(math.Pow10(g.rng.Intn(6))))
	value.Mul(value, u(uint64(math.Pow10(9+g.rng.Intn(6)))))
	limit := new(uint256.Int).Div(&bal, u(10))
	if value.Gt(limit) {
		value = limit
	}
	if g.rng.Intn(15) == 0 {
		value = u(0)
	}
	to, di := g.recipient(l)
	kind := "transfer"
	if to == l2.WithdrawalAddress {
		kind = "withdrawal"
	}
	if to == k.addr {
		kind = "self-transfer"
	}
	if g.rng.Intn(20) == 0 { // from the fee recipient
		k = g.keys[0]
		_, nonce = st.Account(k.addr)
		kind = "from-fee-recipient"
	}
	if f.typ == l2.LegacyTxType {
		kind += "-legacy"
	} else {
		kind += "-1559"
	}
	r, s, par := g.signTransfer(k.key, f, g.chainID, nonce, to, value)
	return kind, g.transferRecord(l, fi, di, to, nonce, value, r, s, par)
}

// invalidTransfer writes a transfer that decodes but fails one of the rules
// of §6.2, or one that the machine applies but that stresses the arithmetic.
func (g *generator) invalidTransfer(l *batchLayout, st *l2.State) (string, []byte) {
	kinds := []string{"bad-fee", "dict-index", "bad-signature", "r-zero", "r-high", "s-zero", "high-s",
		"unrecoverable", "wrong-chain-id", "nonce-low", "nonce-high", "nonce-max", "nonce-huge",
		"balance", "cost-overflow", "huge-fee", "recipient-wraps"}
	kind := kinds[g.rng.Intn(len(kinds))]
	fi := g.pickFee(l, normalFee)
	if fi < 0 {
		kind = "bad-fee"
	}
	k, bal, nonce := g.sender(st)
	value := u(uint64(1+g.rng.Intn(9)) * 1e12)
	to, di := g.recipient(l)
	chainID := g.chainID
	switch kind {
	case "bad-fee":
		fi = g.pickFee(l, func(f *feeSpec) bool { return !f.valid })
		if fi < 0 {
			return g.validTransfer(l, st)
		}
	case "dict-index":
		di = len(l.dict) + g.rng.Intn(3)
	case "wrong-chain-id":
		chainID = new(big.Int).Add(g.chainID, big.NewInt(1+int64(g.rng.Intn(3))))
	case "nonce-low":
		if nonce == 0 {
			kind = "nonce-high"
			nonce = 1 + uint64(g.rng.Intn(3))
		} else {
			nonce -= 1 + uint64(g.rng.Intn(int(min(nonce, 3))))
		}
	case "nonce-high":
		nonce += 1 + uint64(g.rng.Intn(3))
	case "nonce-max":
		k = g.nonceMax
		nonce = math.MaxUint64
	case "nonce-huge":
		k = g.nonceHuge
		nonce = g.rng.Uint64()
	case "balance":
		value = new(uint256.Int).Add(&bal, u(1))
	case "cost-overflow":
		value = maxU256
	case "huge-fee":
		fi = g.pickFee(l, func(f *feeSpec) bool { return f.valid && !f.cap.Lt(hugePrice) })
		if fi < 0 {
			return g.validTransfer(l, st)
		}
	case "recipient-wraps":
		to, di = g.fullBalance, -1
	}
	f := l.fees[fi]
	var r, s *uint256.Int
	var par byte
	if f.cap != nil {
		r, s, par = g.signTransfer(k.key, f, chainID, nonce, to, value)
	} else {
		r, s, par = g.signTransfer(k.key, l.fees[g.pickFee(l, func(f *feeSpec) bool { return f.valid })], chainID, nonce, to, value)
	}
	switch kind {
	case "bad-signature":
		r = new(uint256.Int).SetBytes(crypto.Keccak256(r.Bytes()))
		r.Mod(r, secpN)
	case "r-zero":
		r = u(0)
	case "r-high":
		r = new(uint256.Int).Add(secpN, u(uint64(g.rng.Intn(2))))
	case "s-zero":
		s = u(0)
	case "high-s":
		// The record holds 255 bits of s (EIP-2098), so only s in
		// (HALF_N, 2^255) can be written.
		s = new(uint256.Int).Add(secpHalfN, u(1+uint64(g.rng.Intn(1000))))
		if g.rng.Intn(4) == 0 {
			s = new(uint256.Int).Sub(twoTo255, u(1))
		}
	case "unrecoverable":
		// x = 5 is not the x coordinate of a point of secp256k1.
		r = u(5)
	}
	return kind, g.transferRecord(l, fi, di, to, nonce, value, r, s, par)
}

// ending returns a record that makes the batch end (undecodable), or nil.
func (g *generator) ending(l *batchLayout, st *l2.State) (string, []byte) {
	switch g.rng.Intn(9) {
	case 0:
		_, rec := g.validTransfer(l, st)
		return "truncated", rec[:1+g.rng.Intn(len(rec)-1)]
	case 1:
		return "bad-amount-code", append(append(encCuint(g.rng, 2), make([]byte, 20)...), 0x05, 0xfe, 0xff)
	case 2:
		return "raw-amount-too-long", append(append(encCuint(g.rng, 2), make([]byte, 20)...), 0x05, 0xff, 33)
	case 3:
		return "timestamp-overflow", append([]byte{0}, binary.BigEndian.AppendUint64([]byte{0xff}, math.MaxUint64)...)
	case 4:
		return "truncated-cuint", []byte{0xff, 1, 2}
	case 5:
		return "truncated-block", []byte{0, 0xfe}
	}
	return "", nil
}

// forcedTx signs a forced transaction from k, which only forced transactions
// use: mostly valid (nonce 0, a valid fee), else one of the ways the rules
// skip it.
func (g *generator) forcedTx(k funded) l2.ForcedTx {
	to := randAddr(g.rng)
	switch g.rng.Intn(4) {
	case 0:
		to = l2.WithdrawalAddress
	case 1:
		to = g.keys[g.rng.Intn(len(g.keys))].addr
	}
	nonce := uint64(0)
	if g.rng.Intn(5) == 0 {
		nonce = uint64(1 + g.rng.Intn(3)) // nonce too high, or too low once a first one ran
	}
	value := big.NewInt(int64(g.rng.Intn(1000)) * 1e9)
	if g.rng.Intn(8) == 0 {
		value = new(big.Int).Mul(big.NewInt(1e6), big.NewInt(params.Ether)) // more than the balance
	}
	var txdata types.TxData
	switch g.rng.Intn(3) {
	case 0:
		txdata = &types.LegacyTx{Nonce: nonce, GasPrice: big.NewInt(2 * gwei), Gas: 21000, To: &to, Value: value}
	case 1:
		txdata = &types.DynamicFeeTx{ChainID: g.chainID, Nonce: nonce, GasTipCap: big.NewInt(gwei), GasFeeCap: big.NewInt(3 * gwei),
			Gas: 30000, To: &to, Value: value}
	default:
		// A forced token call: a withdraw or a transfer of the token its
		// deposits gave it (an amount above the balance reverts).
		call := l2.CallTransfer
		if g.rng.Intn(2) == 0 {
			call = l2.CallWithdraw
		}
		tok := g.tokens[g.rng.Intn(len(g.tokens))]
		data := callData(call, to, u(uint64(g.rng.Intn(2000))))
		txdata = &types.DynamicFeeTx{ChainID: g.chainID, Nonce: nonce, GasTipCap: big.NewInt(gwei), GasFeeCap: big.NewInt(3 * gwei),
			Gas: l2.TokenGas, To: &tok, Value: new(big.Int), Data: data}
	}
	tx, err := types.SignNewTx(k.key, types.LatestSignerForChainID(g.chainID), txdata)
	require.NoError(g.t, err)
	f, err := l2.ForcedTxFromTx(g.p, tx)
	require.NoError(g.t, err)
	switch g.rng.Intn(10) {
	case 0:
		f.Fee.GasLimit = 20999
	case 1:
		f.Fee.GasFeeCap.SetUint64(gwei - 1)
	case 2:
		f.Fee.Type = 1
	case 3: // high s
		var s uint256.Int
		s.SetBytes32(f.VS[:])
		s[3] &^= 1 << 63
		s.Sub(secpN, &s)
		f.VS = s.Bytes32()
	case 4:
		f.R = common.Hash{}
	}
	return f
}
