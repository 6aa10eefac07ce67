package l2

import (
	"math"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

func TestKeys(t *testing.T) {
	a := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	require.Equal(t, keccak(a[:]), AccountKey(a))
	pre := append([]byte{0x57}, a[:]...)
	pre = append(pre, 0, 0, 0, 0, 0, 0, 1, 2)
	require.Len(t, pre, 29)
	require.Equal(t, keccak(pre), WithdrawalKey(a, 0x0102))
}

func TestApplyTransfer(t *testing.T) {
	p := testParams()
	key := testKey(1)
	from := addrOf(key)
	to := common.HexToAddress("0x2222")
	fee := new(uint256.Int).Mul(u256(21000), u256(2*gwei)) // legacy at 2 gwei
	maxNonce := uint64(math.MaxUint64)

	type check func(t *testing.T, s *State)
	cases := []struct {
		name    string
		balance *uint256.Int
		nonce   uint64
		sender  common.Address // default: from
		tx      txSpec
		err     error
		check   check
	}{
		{"transfer", ether(1), 0, common.Address{}, txSpec{typ: 0, to: to, value: big.NewInt(1e15)}, nil, func(t *testing.T, s *State) {
			b, n := s.Account(from)
			want := new(uint256.Int).Sub(ether(1), u256(1e15))
			want.Sub(want, fee)
			require.Equal(t, want, &b)
			require.Equal(t, uint64(1), n)
			b, n = s.Account(to)
			require.Equal(t, u256(1e15), &b)
			require.Equal(t, uint64(0), n)
			b, _ = s.Account(p.FeeRecipient)
			require.Equal(t, fee, &b)
		}},
		{"exact balance", new(uint256.Int).Add(u256(1e15), fee), 0, common.Address{}, txSpec{typ: 0, to: to, value: big.NewInt(1e15)}, nil, func(t *testing.T, s *State) {
			b, _ := s.Account(from)
			require.True(t, b.IsZero())
		}},
		{"to oneself", ether(1), 0, common.Address{}, txSpec{typ: 0, to: from, value: big.NewInt(1e15)}, nil, func(t *testing.T, s *State) {
			b, n := s.Account(from)
			require.Equal(t, new(uint256.Int).Sub(ether(1), fee), &b)
			require.Equal(t, uint64(1), n)
		}},
		{"zero value creates the recipient", ether(1), 0, common.Address{}, txSpec{typ: 0, to: to, value: new(big.Int)}, nil, func(t *testing.T, s *State) {
			_, _, ok := s.Tree().Get(AccountKey(to))
			require.True(t, ok)
		}},
		{"withdrawal", ether(1), 7, common.Address{}, txSpec{typ: 0, nonce: 7, to: WithdrawalAddress, value: big.NewInt(1e15)}, nil, func(t *testing.T, s *State) {
			amount, recipient, ok := s.Withdrawal(from, 7)
			require.True(t, ok)
			require.Equal(t, u256(1e15), &amount)
			require.Equal(t, from, recipient)
			_, _, ok = s.Tree().Get(AccountKey(WithdrawalAddress))
			require.False(t, ok, "no account is credited")
		}},
		{"nonce too low", ether(1), 1, common.Address{}, txSpec{typ: 0, to: to}, ErrNonceTooLow, nil},
		{"nonce too high", ether(1), 0, common.Address{}, txSpec{typ: 0, nonce: 1, to: to}, ErrNonceTooHigh, nil},
		{"nonce at max", ether(1), maxNonce, common.Address{}, txSpec{typ: 0, nonce: maxNonce, to: to}, ErrNonceMax, nil},
		{"insufficient funds", new(uint256.Int).Add(u256(1e15), fee).SubUint64(new(uint256.Int).Add(u256(1e15), fee), 1), 0, common.Address{},
			txSpec{typ: 0, to: to, value: big.NewInt(1e15)}, ErrInsufficientFunds, nil},
		{"no account", nil, 0, common.Address{}, txSpec{typ: 0, to: to}, ErrInsufficientFunds, nil},
		{"value plus fee overflows", new(uint256.Int).SetAllOne(), 0, common.Address{},
			txSpec{typ: 0, to: to, value: new(uint256.Int).SetAllOne().ToBig()}, ErrCostOverflow, nil},
		{"fee overflows", new(uint256.Int).SetAllOne(), 0, common.Address{},
			txSpec{typ: 0, to: to, cap: new(uint256.Int).SetAllOne().ToBig()}, ErrCostOverflow, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := NewState()
			if c.balance != nil || c.nonce != 0 {
				bal := c.balance
				if bal == nil {
					bal = new(uint256.Int)
				}
				s.Tree().Set(AccountKey(from), bal, u256(c.nonce))
			}
			before := s.Root()
			tx := signTx(t, key, c.tx)
			sender, err := ValidateTx(p, tx)
			require.NoError(t, err)
			require.Equal(t, from, sender)
			supply := sumA(s)
			_, err = s.ApplyTransfer(p, tx, sender)
			if c.err != nil {
				require.ErrorIs(t, err, c.err)
				require.Equal(t, before, s.Root(), "a failed transfer changes nothing")
				return
			}
			require.NoError(t, err)
			require.Equal(t, supply, sumA(s), "supply conserved")
			c.check(t, s)
		})
	}
}

func TestApplyTransferFromFeeRecipient(t *testing.T) {
	p := testParams()
	key := testKey(3)
	p.FeeRecipient = addrOf(key)
	s := NewState()
	s.ApplyDeposit(Deposit{Recipient: p.FeeRecipient, Amount: ether(1)})
	tx := signTx(t, key, txSpec{typ: 2, to: common.HexToAddress("0x99"), value: big.NewInt(1e15)})
	sender, err := ValidateTx(p, tx)
	require.NoError(t, err)
	_, err = s.ApplyTransfer(p, tx, sender)
	require.NoError(t, err)
	b, n := s.Account(p.FeeRecipient)
	// The fee comes back: only the value leaves.
	require.Equal(t, new(uint256.Int).Sub(ether(1), u256(1e15)), &b)
	require.Equal(t, uint64(1), n)
}

func TestApplyDeposit(t *testing.T) {
	s := NewState()
	a := common.HexToAddress("0x77")
	s.ApplyDeposit(Deposit{Index: 0, Recipient: a, Amount: u256(5)})
	s.ApplyDeposit(Deposit{Index: 1, Recipient: a, Amount: u256(6)})
	b, n := s.Account(a)
	require.Equal(t, u256(11), &b)
	require.Zero(t, n)
	snap := s.Copy()
	s.ApplyDeposit(Deposit{Index: 2, Recipient: a, Amount: u256(1)})
	b, _ = snap.Account(a)
	require.Equal(t, u256(11), &b, "snapshots are independent")
	require.NotEqual(t, snap.Root(), s.Root())
}

func TestApplyTransferRejectsUnrepresentable(t *testing.T) {
	p := testParams()
	key := testKey(1)
	tx := signTx(t, key, txSpec{typ: 2, chainID: 5, to: common.HexToAddress("0x1")})
	_, err := NewState().ApplyTransfer(p, tx, addrOf(key))
	require.ErrorIs(t, err, ErrInvalidChainID)
	_ = types.LegacyTxType
}
