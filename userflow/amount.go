package userflow

import (
	"fmt"
	"math/big"
	"strings"
)

// units are the amount suffixes ParseAmount understands, longest first.
var units = []struct {
	suffix string
	exp    int
}{
	{"ether", 18}, {"eth", 18}, {"gwei", 9}, {"wei", 0},
}

var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// ParseAmount reads an amount of wei: a decimal number with an optional unit,
// as in "1.5eth", "1.5 ether", "20gwei", "1000wei" or "1000" (no unit: wei,
// as cast reads it). Underscores are ignored ("1_000gwei"). The result must be
// a whole number of wei that fits in 256 bits.
func ParseAmount(s string) (*big.Int, error) {
	in := s
	s = strings.ToLower(strings.TrimSpace(strings.ReplaceAll(s, "_", "")))
	exp := 0
	for _, u := range units {
		if strings.HasSuffix(s, u.suffix) {
			s, exp = strings.TrimSpace(strings.TrimSuffix(s, u.suffix)), u.exp
			break
		}
	}
	if s == "" || strings.ContainsAny(s, "eE/+-") && !strings.HasPrefix(s, "0x") {
		return nil, fmt.Errorf("not an amount: %q (examples: 1.5eth, 20gwei, 1000wei)", in)
	}
	if strings.HasPrefix(s, "0x") {
		if exp != 0 {
			return nil, fmt.Errorf("not an amount: %q (hex amounts take no unit)", in)
		}
		digits := s[2:]
		v, ok := new(big.Int).SetString(digits, 16)
		if !ok || digits == "" || strings.Trim(digits, "0123456789abcdef") != "" {
			return nil, fmt.Errorf("not an amount: %q", in)
		}
		return checkRange(v, in)
	}
	r, ok := new(big.Rat).SetString(s)
	if !ok || r.Sign() < 0 {
		return nil, fmt.Errorf("not an amount: %q (examples: 1.5eth, 20gwei, 1000wei)", in)
	}
	r.Mul(r, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(exp)), nil)))
	if !r.IsInt() {
		return nil, fmt.Errorf("amount %q is not a whole number of wei", in)
	}
	return checkRange(new(big.Int).Set(r.Num()), in)
}

func checkRange(v *big.Int, in string) (*big.Int, error) {
	if v.Cmp(maxUint256) > 0 {
		return nil, fmt.Errorf("amount %q does not fit in 256 bits", in)
	}
	return v, nil
}

// FormatEther writes wei as ether with every significant decimal: "1.5",
// "0.000021", "100".
func FormatEther(wei *big.Int) string {
	if wei == nil {
		return "0"
	}
	neg := wei.Sign() < 0
	v := new(big.Int).Abs(wei)
	q, r := new(big.Int).QuoRem(v, big.NewInt(1e18), new(big.Int))
	s := q.String()
	if r.Sign() != 0 {
		frac := fmt.Sprintf("%018s", r.String())
		s += "." + strings.TrimRight(frac, "0")
	}
	if neg {
		s = "-" + s
	}
	return s
}

// FormatAmount writes wei for people: "1.5 ETH" from a millionth of an ether
// up, else "20 gwei" or "1000 wei".
func FormatAmount(wei *big.Int) string {
	if wei == nil {
		return "0 ETH"
	}
	v := new(big.Int).Abs(wei)
	switch {
	case v.Sign() == 0:
		return "0 ETH"
	case v.Cmp(big.NewInt(1e12)) >= 0:
		return FormatEther(wei) + " ETH"
	case v.Cmp(big.NewInt(1e9)) >= 0 && new(big.Int).Mod(v, big.NewInt(1)).Sign() == 0:
		r := new(big.Rat).SetFrac(wei, big.NewInt(1e9))
		return strings.TrimRight(strings.TrimRight(r.FloatString(9), "0"), ".") + " gwei"
	}
	return wei.String() + " wei"
}
