package l2

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

// callData returns the 68 bytes of a token call (§2.4).
func callData(sel [4]byte, arg common.Address, amount *uint256.Int) []byte {
	out := append(sel[:], make([]byte, 12)...)
	out = append(out, arg[:]...)
	v := amount.Bytes32()
	return append(out, v[:]...)
}

var (
	testL1Token = common.HexToAddress("0x1111000000000000000000000000000000000001")
	testToken   = TokenAddress(testL1Token)
)

func TestTokenAddressAndKeys(t *testing.T) {
	// The derivations of §2.4 and §3.1, written out with crypto.Keccak256.
	want := common.BytesToAddress(crypto.Keccak256(append([]byte{0x74}, testL1Token[:]...))[12:])
	require.Equal(t, want, testToken)
	owner := common.HexToAddress("0x2222")
	require.Equal(t, common.BytesToHash(crypto.Keccak256([]byte{0x52}, testToken[:])), TokenKey(testToken))
	require.Equal(t, common.BytesToHash(crypto.Keccak256([]byte{0x54}, testToken[:], owner[:])), BalanceKey(testToken, owner))
	require.Equal(t, common.BytesToHash(crypto.Keccak256([]byte{0x77}, testToken[:], owner[:], []byte{0, 0, 0, 0, 0, 0, 1, 2})),
		TokenWithdrawalKey(testToken, owner, 0x102))
	// The selectors are the ABI's.
	require.Equal(t, crypto.Keccak256([]byte("transfer(address,uint256)"))[:4], TransferSelector[:])
	require.Equal(t, crypto.Keccak256([]byte("withdraw(address,uint256)"))[:4], WithdrawSelector[:])
}

func TestTokenCallAdmission(t *testing.T) {
	p := testParams()
	key := testKey(1)
	bob := common.HexToAddress("0xb0b")
	good := callData(TransferSelector, bob, u256(5))
	dirty := append([]byte(nil), good...)
	dirty[4] = 1
	for _, tc := range []struct {
		name string
		spec txSpec
		err  error
	}{
		{"transfer", txSpec{typ: 2, gas: TokenGas, to: testToken, data: good}, nil},
		{"withdraw legacy", txSpec{typ: 0, gas: TokenGas, to: testToken, data: callData(WithdrawSelector, bob, u256(5))}, nil},
		{"gas below TOKEN_GAS", txSpec{typ: 2, gas: TokenGas - 1, to: testToken, data: good}, ErrIntrinsicGas},
		{"value with a call", txSpec{typ: 2, gas: TokenGas, to: testToken, data: good, value: big.NewInt(1)}, ErrTokenCallValue},
		{"approve", txSpec{typ: 2, gas: TokenGas, to: testToken, data: callData([4]byte{0x09, 0x5e, 0xa7, 0xb3}, bob, u256(5))}, ErrDataNotSupported},
		{"dirty address word", txSpec{typ: 2, gas: TokenGas, to: testToken, data: dirty}, ErrDataNotSupported},
		{"short", txSpec{typ: 2, gas: TokenGas, to: testToken, data: good[:67]}, ErrDataNotSupported},
		{"long", txSpec{typ: 2, gas: TokenGas, to: testToken, data: append(good, 0)}, ErrDataNotSupported},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tx := signTx(t, key, tc.spec)
			sender, err := ValidateTx(p, tx)
			if tc.err != nil {
				require.ErrorIs(t, err, tc.err)
				return
			}
			require.NoError(t, err)
			require.Equal(t, addrOf(key), sender)
			cost, _, err := TxCost(p, tx)
			require.NoError(t, err)
			require.Equal(t, new(uint256.Int).Mul(u256(TokenGas), u256(2*gwei)), &cost, "a token call costs its fee in ETH")
		})
	}
}

// tokenState returns a state where alice holds ETH and 1,000 tokens from a
// deposit.
func tokenState(t *testing.T) (*State, common.Address) {
	s := NewState()
	alice := addrOf(testKey(1))
	s.ApplyDeposit(Deposit{Recipient: alice, Amount: ether(1)})
	s.ApplyDeposit(Deposit{Recipient: alice, Amount: u256(1000), Token: testL1Token})
	supply, l1, ok := s.Token(testToken)
	require.True(t, ok)
	require.Equal(t, testL1Token, l1)
	require.Equal(t, u256(1000), &supply)
	return s, alice
}

func TestTokenTransferAndWithdraw(t *testing.T) {
	p := testParams()
	key := testKey(1)
	bob := common.HexToAddress("0xb0b")
	fee := new(uint256.Int).Mul(u256(TokenGas), u256(2*gwei))
	call := func(s *State, nonce uint64, sel [4]byte, arg common.Address, amount uint64) Result {
		tx := signTx(t, key, txSpec{typ: 2, nonce: nonce, gas: TokenGas + 7, to: testToken, data: callData(sel, arg, u256(amount))})
		res, err := s.ApplyTransfer(p, tx, addrOf(key))
		require.NoError(t, err)
		return res
	}
	t.Run("transfer", func(t *testing.T) {
		s, alice := tokenState(t)
		require.NoError(t, call(s, 0, TransferSelector, bob, 300).Reverted)
		require.Equal(t, u256(700), ptr(s.TokenBalance(testToken, alice)))
		require.Equal(t, u256(300), ptr(s.TokenBalance(testToken, bob)))
		bal, nonce := s.Account(alice)
		require.Equal(t, new(uint256.Int).Sub(ether(1), fee), &bal)
		require.EqualValues(t, 1, nonce)
		fb, _ := s.Account(p.FeeRecipient)
		require.Equal(t, fee, &fb)
		// to oneself
		require.NoError(t, call(s, 1, TransferSelector, alice, 700).Reverted)
		require.Equal(t, u256(700), ptr(s.TokenBalance(testToken, alice)))
	})
	t.Run("reverts keep fee and nonce", func(t *testing.T) {
		s, alice := tokenState(t)
		require.ErrorIs(t, call(s, 0, TransferSelector, bob, 1001).Reverted, ErrTransferExceedsBalance)
		require.ErrorIs(t, call(s, 1, TransferSelector, common.Address{}, 1).Reverted, ErrTransferToZero)
		require.ErrorIs(t, call(s, 2, WithdrawSelector, bob, 0).Reverted, ErrWithdrawZero)
		require.ErrorIs(t, call(s, 3, WithdrawSelector, common.Address{}, 5).Reverted, ErrWithdrawToZero)
		require.ErrorIs(t, call(s, 4, WithdrawSelector, bob, 1001).Reverted, ErrTransferExceedsBalance)
		require.Equal(t, u256(1000), ptr(s.TokenBalance(testToken, alice)))
		bal, nonce := s.Account(alice)
		require.EqualValues(t, 5, nonce)
		require.Equal(t, new(uint256.Int).Sub(ether(1), new(uint256.Int).Mul(fee, u256(5))), &bal)
	})
	t.Run("zero transfer writes nothing", func(t *testing.T) {
		s, _ := tokenState(t)
		n := s.Tree().Len()
		require.NoError(t, call(s, 0, TransferSelector, bob, 0).Reverted)
		require.Equal(t, n+1, s.Tree().Len(), "the fee recipient's leaf only")
		_, _, ok := s.Tree().Get(BalanceKey(testToken, bob))
		require.False(t, ok, "no balance leaf for bob")
	})
	t.Run("unknown token", func(t *testing.T) {
		s, _ := tokenState(t)
		other := common.HexToAddress("0x0707")
		tx := signTx(t, key, txSpec{typ: 2, gas: TokenGas, to: other, data: callData(TransferSelector, bob, u256(1))})
		res, err := s.ApplyTransfer(p, tx, addrOf(key))
		require.NoError(t, err)
		require.ErrorIs(t, res.Reverted, ErrTransferExceedsBalance)
	})
	t.Run("withdraw", func(t *testing.T) {
		s, alice := tokenState(t)
		l1 := common.HexToAddress("0x1a1a")
		require.NoError(t, call(s, 0, WithdrawSelector, l1, 400).Reverted)
		require.Equal(t, u256(600), ptr(s.TokenBalance(testToken, alice)))
		supply, _, _ := s.Token(testToken)
		require.Equal(t, u256(600), &supply)
		amount, recipient, ok := s.TokenWithdrawal(testToken, alice, 0)
		require.True(t, ok)
		require.Equal(t, u256(400), &amount)
		require.Equal(t, l1, recipient)
	})
	t.Run("not enough ETH for the fee is a skip", func(t *testing.T) {
		s := NewState()
		s.ApplyDeposit(Deposit{Recipient: addrOf(key), Amount: u256(1000), Token: testL1Token})
		tx := signTx(t, key, txSpec{typ: 2, gas: TokenGas, to: testToken, data: callData(TransferSelector, bob, u256(1))})
		root := s.Root()
		_, err := s.ApplyTransfer(p, tx, addrOf(key))
		require.ErrorIs(t, err, ErrInsufficientFunds)
		require.Equal(t, root, s.Root())
	})
}

func ptr(v uint256.Int) *uint256.Int { return &v }

// TestTokenBatchRoundTrip encodes token calls among ETH transfers, decodes
// them back to the same transactions, and replays the batch through the step
// machine to the state ApplyTransfer reaches.
func TestTokenBatchRoundTrip(t *testing.T) {
	p := testParams()
	key := testKey(1)
	alice := addrOf(key)
	bob := common.HexToAddress("0xb0b")
	other := TokenAddress(common.HexToAddress("0x2222"))
	txs := []txSpec{
		{typ: 2, nonce: 0, to: bob},
		{typ: 2, nonce: 1, gas: TokenGas, to: testToken, data: callData(TransferSelector, bob, u256(10))},
		{typ: 0, nonce: 2, gas: TokenGas, to: testToken, data: callData(TransferSelector, bob, u256(20))},
		{typ: 2, nonce: 3, gas: 60000, to: testToken, data: callData(WithdrawSelector, bob, u256(30))},
		{typ: 2, nonce: 4, gas: TokenGas, to: other, data: callData(TransferSelector, bob, u256(1))},        // reverts
		{typ: 2, nonce: 5, gas: TokenGas, to: testToken, data: callData(TransferSelector, bob, u256(5000))}, // reverts
	}
	deposits := []Deposit{
		{Index: 0, Recipient: alice, Amount: ether(1)},
		{Index: 1, Recipient: alice, Amount: u256(1000), Token: testL1Token},
	}
	want := NewState()
	blk := Block{Number: 1, Timestamp: p.GenesisTimestamp + 1}
	for i := range deposits {
		want.ApplyDeposit(deposits[i])
		blk.Items = append(blk.Items, Item{Deposit: &deposits[i]})
	}
	var reverted int
	for _, spec := range txs {
		tx := signTx(t, key, spec)
		res, err := want.ApplyTransfer(p, tx, alice)
		require.NoError(t, err)
		if res.Reverted != nil {
			reverted++
		}
		blk.Items = append(blk.Items, Item{Tx: tx})
	}
	require.Equal(t, 2, reverted)
	data, err := EncodeBatch(p, p.Genesis(), []Block{blk})
	require.NoError(t, err)

	dec, err := DecodeBatch(p, data)
	require.NoError(t, err)
	var got []common.Hash
	for _, r := range dec.Records {
		if r.Kind == RecordTransfer {
			got = append(got, r.Tx.Hash())
			require.Equal(t, alice, r.Sender)
		}
	}
	var wantHashes []common.Hash
	for _, it := range blk.Items[len(deposits):] {
		wantHashes = append(wantHashes, it.Tx.Hash())
	}
	require.Equal(t, wantHashes, got, "decoded token calls keep their hashes")

	src := func(i uint64) (Deposit, bool) { return deposits[i], i < uint64(len(deposits)) }
	c, err := NewBatchContext(p, data, uint64(len(deposits)), src)
	require.NoError(t, err)
	st := NewState()
	states, err := Trace(c, st, c.Start(p.Genesis()))
	require.NoError(t, err)
	require.Equal(t, want.Root(), st.Root())
	var outcomes []string
	ms := c.Start(p.Genesis())
	replay := NewState()
	for range len(states) - 1 {
		var out Outcome
		ms, out = Step(c, replay, ms)
		outcomes = append(outcomes, out.String())
	}
	require.Contains(t, outcomes, "apply transfer: "+ErrTransferExceedsBalance.Error())
}

// FuzzTokenCallData: setCall accepts exactly the 68-byte calls of §2.4 with
// a clean address word and no ETH, and the accepted call encodes back to the
// same bytes.
func FuzzTokenCallData(f *testing.F) {
	f.Add(callData(TransferSelector, common.HexToAddress("0xb0b"), u256(5)), false)
	f.Add(callData(WithdrawSelector, common.HexToAddress("0xb0b"), new(uint256.Int).SetAllOne()), false)
	f.Add(callData(TransferSelector, common.HexToAddress("0xb0b"), u256(5)), true)
	f.Add([]byte{0xa9, 0x05, 0x9c, 0xbb}, false)
	f.Fuzz(func(t *testing.T, data []byte, withValue bool) {
		tr := transfer{to: testToken}
		if withValue {
			tr.value.SetOne()
		}
		err := tr.setCall(data)
		if err != nil {
			require.True(t, errors.Is(err, ErrDataNotSupported) || errors.Is(err, ErrTokenCallValue), "%v", err)
			return
		}
		require.False(t, withValue, "a call with ETH accepted")
		require.Len(t, data, tokenCallLen)
		require.Equal(t, testToken, tr.fee.Token)
		require.Contains(t, []uint8{CallTransfer, CallWithdraw}, tr.fee.Call)
		require.Equal(t, data, tr.appendCall(nil), "round trip")
	})
}
