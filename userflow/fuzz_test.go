package userflow

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// FuzzParseAmount feeds arbitrary text to the amount parser: it never panics,
// accepts only whole numbers of wei within 256 bits, and reads back exactly
// what FormatAmount and FormatEther write.
func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"1.5eth", "1.5 ether", "20gwei", "1000wei", "1000", "1_000gwei", "0x10", "0.000000000000000001eth", "1e18", "-1", "0x-1", "0X+1", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseAmount(s)
		if err != nil {
			return
		}
		require.True(t, v.Sign() >= 0 && v.Cmp(maxUint256) <= 0, "%q parsed to %s", s, v)
		back, err := ParseAmount(FormatAmount(v))
		require.NoError(t, err, "FormatAmount(%s) = %q", v, FormatAmount(v))
		require.Equal(t, 0, v.Cmp(back), "%q → %s → %q → %s", s, v, FormatAmount(v), back)
		back, err = ParseAmount(FormatEther(v) + "eth")
		require.NoError(t, err)
		require.Equal(t, 0, v.Cmp(back))
	})
}
