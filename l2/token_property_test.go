package l2

import (
	"math/rand"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

// TestTokenModel runs random token deposits, transfers and withdraws (many
// of them reverting) through the state and through a plain model of §2.4 and
// §4 (maps of balances, supplies and withdrawals), and requires after every
// operation that both agree, that every token's supply is the sum of its
// balances, and that a reverted call moved no token but took its fee.
func TestTokenModel(t *testing.T) {
	p := testParams()
	rng := rand.New(rand.NewSource(11))
	const users = 5
	keys := make([]common.Address, users)
	for i := range keys {
		keys[i] = addrOf(testKey(100 + i))
	}
	l1s := []common.Address{common.HexToAddress("0xaa01"), common.HexToAddress("0xaa02")}
	type bk struct{ token, owner common.Address }
	bal := map[bk]uint64{}
	supply := map[common.Address]uint64{}
	type wk struct {
		token, sender common.Address
		nonce         uint64
	}
	withdrawn := map[wk]uint64{}
	nonces := make([]uint64, users)

	s := NewState()
	for _, a := range keys {
		s.ApplyDeposit(Deposit{Recipient: a, Amount: ether(10)})
	}
	check := func(step int) {
		for _, l1 := range l1s {
			tok := TokenAddress(l1)
			var sum uint64
			for _, a := range append(keys, common.Address{}) {
				got := s.TokenBalance(tok, a)
				require.Equal(t, bal[bk{tok, a}], got.Uint64(), "step %d: balance of %s", step, a)
				sum += got.Uint64()
			}
			sup, _, _ := s.Token(tok)
			require.Equal(t, supply[tok], sup.Uint64(), "step %d: supply", step)
			require.Equal(t, sum, sup.Uint64(), "step %d: supply = sum of balances", step)
		}
		for k, v := range withdrawn {
			amount, _, ok := s.TokenWithdrawal(k.token, k.sender, k.nonce)
			require.True(t, ok, "step %d: withdrawal leaf", step)
			require.Equal(t, v, amount.Uint64())
		}
	}
	var reverts, applied int
	for step := 0; step < 2000; step++ {
		l1 := l1s[rng.Intn(len(l1s))]
		tok := TokenAddress(l1)
		i := rng.Intn(users)
		from := keys[i]
		switch x := rng.Intn(10); {
		case x < 2: // deposit
			amount := uint64(1 + rng.Intn(1000))
			s.ApplyDeposit(Deposit{Recipient: from, Amount: u256(amount), Token: l1})
			bal[bk{tok, from}] += amount
			supply[tok] += amount
		default: // a transfer or a withdraw, sometimes of more than the balance
			to := keys[rng.Intn(users)]
			if rng.Intn(20) == 0 {
				to = common.Address{}
			}
			have := bal[bk{tok, from}]
			amount := uint64(rng.Intn(int(have) + 2))
			if rng.Intn(8) == 0 {
				amount = have + 1 + uint64(rng.Intn(5))
			}
			withdraw := x >= 8
			sel := TransferSelector
			if withdraw {
				sel = WithdrawSelector
			}
			ethBefore, _ := s.Account(from)
			tx := signTx(t, testKey(100+i), txSpec{typ: 2, nonce: nonces[i], gas: TokenGas, to: tok, data: callData(sel, to, u256(amount))})
			res, err := s.ApplyTransfer(p, tx, from)
			require.NoError(t, err, "step %d", step)
			ethAfter, _ := s.Account(from)
			fee := new(uint256.Int).Mul(u256(TokenGas), u256(2*gwei))
			require.Equal(t, new(uint256.Int).Sub(&ethBefore, fee), &ethAfter, "step %d: the fee is taken, revert or not", step)
			wantRevert := to == (common.Address{}) || amount > have || (withdraw && amount == 0)
			require.Equal(t, wantRevert, res.Reverted != nil, "step %d: %v", step, res.Reverted)
			if wantRevert {
				reverts++
			} else {
				applied++
				bal[bk{tok, from}] -= amount
				if withdraw {
					supply[tok] -= amount
					withdrawn[wk{tok, from, nonces[i]}] = amount
				} else {
					bal[bk{tok, to}] += amount
				}
			}
			nonces[i]++
		}
		check(step)
	}
	require.Positive(t, reverts)
	require.Positive(t, applied)
	require.NotEmpty(t, withdrawn)
}
