package l2

import (
	"encoding/hex"
	"math"
	"math/big"
	"math/rand"
	"testing"

	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

func TestCuint(t *testing.T) {
	cases := []struct {
		v   uint64
		hex string
	}{
		{0, "00"},
		{239, "ef"},
		{240, "f000"},
		{495, "f0ff"},
		{496, "f100"},
		{3823, "fdff"},
		{3824, "fe0000"},
		{69359, "feffff"},
		{69360, "ff0000000000010ef0"},
		{math.MaxUint64, "ffffffffffffffffff"},
	}
	for _, c := range cases {
		enc := appendCuint(nil, c.v)
		require.Equal(t, c.hex, hex.EncodeToString(enc), "encode %d", c.v)
		require.Equal(t, len(enc), cuintLen(c.v))
		r := reader{data: enc}
		require.Equal(t, c.v, r.cuint())
		require.NoError(t, r.err)
		require.Equal(t, len(enc), r.off)
		// Every strict prefix is truncated.
		for n := 0; n < len(enc); n++ {
			r := reader{data: enc[:n]}
			r.cuint()
			require.ErrorIs(t, r.err, ErrTruncated, "prefix %d of %d", n, c.v)
		}
	}
	// Non-minimal encodings decode.
	r := reader{data: []byte{0xff, 0, 0, 0, 0, 0, 0, 0, 7}}
	require.Equal(t, uint64(7), r.cuint())
	r = reader{data: []byte{0xfe, 0, 1}}
	require.Equal(t, uint64(3825), r.cuint())
}

func mustHex(s string) *uint256.Int { return uint256.MustFromHex(s) }

func TestAmountEncodings(t *testing.T) {
	cases := []struct {
		name string
		v    *uint256.Int
		hex  string
	}{
		{"zero", u256(0), "ff00"},
		{"one", u256(1), "00"},
		{"nine", u256(9), "08"},
		{"ten is one digit", u256(10), "09"},
		{"9e24", new(uint256.Int).Mul(u256(9), &pow10[24]), "e0"},
		{"1e25 needs two digits", &pow10[25], "e970"},         // k = 24·90 + 0 = 2160
		{"two digits", u256(25), "e10f"},                      // k = 15
		{"99", u256(99), "e159"},                              // k = 89
		{"two digits with exponent", u256(1_500_000), "e2c7"}, // 15·10^5: k = 5·90 + 5 = 455
		{"three digits", u256(255), "ff01ff"},
		{"three digits large", u256(123_000), "ff0301e078"},
		{"1e77", &pow10[77], "fbb8"}, // 10·10^76: k = 76·90 = 6840
		{"11e76 as two digits", new(uint256.Int).Mul(u256(11), &pow10[76]), "fbb9"},
		{"max", mustHex("0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"),
			"ff20ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			enc := appendAmount(nil, c.v)
			require.Equal(t, c.hex, hex.EncodeToString(enc))
			require.Equal(t, len(enc), amountLen(c.v))
			var got uint256.Int
			r := reader{data: enc}
			r.amount(&got)
			require.NoError(t, r.err)
			require.Equal(t, c.v.Hex(), got.Hex())
			require.Equal(t, len(enc), r.off)
		})
	}
}

// TestAmountEveryShortCode decodes every one- and two-byte code and checks that
// re-encoding gives a form no longer than the code, equal when it is the
// canonical form.
func TestAmountEveryShortCode(t *testing.T) {
	for b0 := 0; b0 <= 0xfe; b0++ {
		for b1 := 0; b1 <= 0xff; b1++ {
			data := []byte{byte(b0), byte(b1)}
			var v uint256.Int
			r := reader{data: data}
			r.amount(&v)
			if r.err != nil {
				require.ErrorIs(t, r.err, ErrBadAmountCode)
				k := (b0-0xe1)*256 + b1
				overflows := false
				if k < 7020 {
					v := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k/90)), nil)
					v.Mul(v, big.NewInt(int64(10+k%90)))
					overflows = v.BitLen() > 256
				}
				require.True(t, k >= 7020 || overflows, "code %x%x", b0, b1)
				continue
			}
			enc := appendAmount(nil, &v)
			require.LessOrEqual(t, len(enc), r.off, "code %x%x", b0, b1)
			if len(enc) == r.off {
				require.Equal(t, data[:r.off], enc, "the canonical form of code %x%x", b0, b1)
			}
			if b0 <= amount1Max {
				break // one-byte code: b1 unused
			}
		}
	}
}

func TestAmountBadCodes(t *testing.T) {
	cases := []struct {
		name string
		hex  string
		err  error
	}{
		{"k = 7020", "fc6c", ErrBadAmountCode}, // (0xfc−0xe1)·256 + 0x6c = 7020
		{"k max", "feff", ErrBadAmountCode},
		{"10e77 overflows", "fc12", ErrBadAmountCode}, // k = 77·90
		{"12e76 overflows", "fbba", ErrBadAmountCode}, // k = 76·90 + 2
		{"99e77 overflows", "fc6b", ErrBadAmountCode}, // k = 7019
		{"raw longer than 32", "ff21", ErrBadAmountCode},
		{"raw truncated", "ff0201", ErrTruncated},
		{"raw length missing", "ff", ErrTruncated},
		{"two-byte truncated", "e1", ErrTruncated},
		{"empty", "", ErrTruncated},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data, _ := hex.DecodeString(c.hex)
			var v uint256.Int
			r := reader{data: data}
			r.amount(&v)
			require.ErrorIs(t, r.err, c.err)
		})
	}
	// 11·10^76 is the largest two-digit value below 2^256 and decodes.
	var v uint256.Int
	r := reader{data: []byte{0xfb, 0xb9}} // k = 76·90 + 1
	r.amount(&v)
	require.NoError(t, r.err)
	require.Equal(t, new(uint256.Int).Mul(u256(11), &pow10[76]), &v)
	// Non-minimal raw encodings decode.
	r = reader{data: []byte{0xff, 4, 0, 0, 0, 5}}
	r.amount(&v)
	require.NoError(t, r.err)
	require.Equal(t, u256(5), &v)
}

func TestAmountRoundTripRandom(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 20000; i++ {
		var v uint256.Int
		switch i % 4 {
		case 0:
			v.SetUint64(rng.Uint64() >> uint(rng.Intn(64)))
		case 1:
			v.Mul(u256(uint64(1+rng.Intn(99))), &pow10[rng.Intn(76)])
		case 2:
			var b [32]byte
			rng.Read(b[:rng.Intn(33)])
			v.SetBytes(b[:])
		default:
			v.Mul(u256(uint64(1+rng.Intn(9))), &pow10[rng.Intn(78)])
		}
		enc := appendAmount(nil, &v)
		require.Equal(t, len(enc), amountLen(&v))
		var got uint256.Int
		r := reader{data: enc}
		r.amount(&got)
		require.NoError(t, r.err)
		require.Equal(t, v, got)
	}
}

func TestParseHeader(t *testing.T) {
	good := rawBatch{}.bytes()
	_, err := ParseHeader(good)
	require.NoError(t, err)

	cases := []struct {
		name string
		data func() []byte
		err  error
	}{
		{"too short", func() []byte { return good[:7] }, ErrBatchTooShort},
		{"too large", func() []byte { return append(append([]byte(nil), good...), make([]byte, MaxBatchBytes)...) }, ErrBatchTooLarge},
		{"version", func() []byte { b := append([]byte(nil), good...); b[0] = 2; return b }, ErrBadVersion},
		{"records start past end", func() []byte { b := append([]byte(nil), good...); b[7] = 9; return b }, ErrBadRecordsStart},
		{"records start inside the tables", func() []byte {
			return rawBatch{fees: [][]byte{{0}}, recordsStart: 9}.bytes()
		}, ErrBadRecordsStart},
		{"dictionary beyond data", func() []byte { b := append([]byte(nil), good...); b[3] = 1; return b }, ErrBadRecordsStart},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ParseHeader(c.data())
			require.ErrorIs(t, err, c.err)
		})
	}
}
