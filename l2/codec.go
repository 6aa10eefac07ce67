package l2

import (
	"encoding/binary"

	"github.com/holiman/uint256"
)

// This file holds the integer and amount encodings of §5.1 and the batch
// header of §5.2, shared by the encoder, the decoder and the step machine.

// cuint ranges.
const (
	cuint1Max = 239
	cuint2Max = 3_823
	cuint3Max = 69_359
)

// cuintLen returns the length of the shortest cuint encoding of v.
func cuintLen(v uint64) int {
	switch {
	case v <= cuint1Max:
		return 1
	case v <= cuint2Max:
		return 2
	case v <= cuint3Max:
		return 3
	}
	return 9
}

// appendCuint appends the shortest cuint encoding of v.
func appendCuint(b []byte, v uint64) []byte {
	switch {
	case v <= cuint1Max:
		return append(b, byte(v))
	case v <= cuint2Max:
		v -= cuint1Max + 1
		return append(b, 0xf0+byte(v>>8), byte(v))
	case v <= cuint3Max:
		v -= cuint2Max + 1
		return append(b, 0xfe, byte(v>>8), byte(v))
	}
	b = append(b, 0xff)
	return binary.BigEndian.AppendUint64(b, v)
}

// reader reads the fields of §5 from data, remembering how far it has looked.
// After a failed read err is set and further reads are no-ops.
type reader struct {
	data []byte
	off  int
	err  error
	// hi is one past the last byte examined, including bytes a failed read
	// could have examined (up to the end of data); the witness uses it.
	hi int
}

func (r *reader) touch(end int) {
	if end > len(r.data) {
		end = len(r.data)
	}
	if end > r.hi {
		r.hi = end
	}
}

// take returns the next n bytes or fails with ErrTruncated.
func (r *reader) take(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n > len(r.data)-r.off {
		r.touch(len(r.data))
		r.err = ErrTruncated
		return nil
	}
	b := r.data[r.off : r.off+n]
	r.off += n
	r.touch(r.off)
	return b
}

func (r *reader) byte1() byte {
	b := r.take(1)
	if b == nil {
		return 0
	}
	return b[0]
}

// cuint reads a cuint (§5.1); non-minimal encodings are accepted.
func (r *reader) cuint() uint64 {
	b0 := r.byte1()
	if r.err != nil {
		return 0
	}
	switch {
	case b0 < 0xf0:
		return uint64(b0)
	case b0 <= 0xfd:
		b := r.take(1)
		if b == nil {
			return 0
		}
		return cuint1Max + 1 + uint64(b0-0xf0)<<8 + uint64(b[0])
	case b0 == 0xfe:
		b := r.take(2)
		if b == nil {
			return 0
		}
		return cuint2Max + 1 + uint64(binary.BigEndian.Uint16(b))
	}
	b := r.take(8)
	if b == nil {
		return 0
	}
	return binary.BigEndian.Uint64(b)
}

// Amount encoding (§5.1).
const (
	amount1Max     = 224   // last one-byte code
	amount2Max     = 0xfe  // last two-byte code
	amountRaw      = 0xff  // raw big-endian value follows
	amount2Codes   = 7_020 // valid k of the two-byte form: 90 mantissas × 78 exponents
	amountMaxExp1  = 24
	amountMaxExp2  = 77
	amountMaxBytes = 32
)

// pow10 holds 10^0 … 10^77, the powers an amount can use.
var pow10 = func() (t [amountMaxExp2 + 1]uint256.Int) {
	t[0].SetOne()
	ten := uint256.NewInt(10)
	for i := 1; i < len(t); i++ {
		t[i].Mul(&t[i-1], ten)
	}
	return t
}()

// amount reads an amount into z (§5.1). A bad code fails with
// ErrBadAmountCode, a short read with ErrTruncated.
func (r *reader) amount(z *uint256.Int) {
	b0 := r.byte1()
	if r.err != nil {
		return
	}
	switch {
	case b0 <= amount1Max:
		z.SetUint64(uint64(b0%9 + 1))
		z.Mul(z, &pow10[b0/9])
	case b0 <= amount2Max:
		b := r.take(1)
		if b == nil {
			return
		}
		k := uint(b0-amount1Max-1)<<8 | uint(b[0])
		if k >= amount2Codes {
			r.err = ErrBadAmountCode
			return
		}
		z.SetUint64(uint64(10 + k%90))
		if _, overflow := z.MulOverflow(z, &pow10[k/90]); overflow {
			r.err = ErrBadAmountCode
		}
	default:
		l := int(r.byte1())
		if r.err != nil {
			return
		}
		if l > amountMaxBytes {
			r.err = ErrBadAmountCode
			return
		}
		b := r.take(l)
		if r.err != nil {
			return
		}
		z.SetBytes(b)
	}
}

// amountForm describes the shortest encoding of an amount.
type amountForm struct {
	n    int  // encoded length
	code uint // the one-byte code, or the two-byte k
}

// shortestAmount finds the shortest encoding of v (§5.1: ties go to the
// earlier row).
func shortestAmount(v *uint256.Int) amountForm {
	if v.IsZero() {
		return amountForm{n: 2} // 0xff 0x00
	}
	m, e := stripZeros(v)
	if m.IsUint64() {
		mu := m.Uint64()
		if mu <= 9 && e <= amountMaxExp1 {
			return amountForm{n: 1, code: uint(e)*9 + uint(mu-1)}
		}
		if mu <= 9 { // e > 24: one digit as ten times a digit
			mu, e = mu*10, e-1
		}
		if mu <= 99 && e <= amountMaxExp2 {
			return amountForm{n: 2, code: uint(e)*90 + uint(mu-10)}
		}
	}
	return amountForm{n: 2 + v.ByteLen()}
}

// stripZeros returns v = m·10^e with m not divisible by 10; v ≠ 0.
func stripZeros(v *uint256.Int) (m uint256.Int, e int) {
	m = *v
	if m.IsUint64() {
		u := m.Uint64()
		for u%10 == 0 {
			u /= 10
			e++
		}
		m.SetUint64(u)
		return m, e
	}
	ten := uint256.NewInt(10)
	var q, rem uint256.Int
	for {
		q.DivMod(&m, ten, &rem)
		if !rem.IsZero() {
			return m, e
		}
		m = q
		e++
	}
}

// amountLen returns the length of the shortest encoding of v.
func amountLen(v *uint256.Int) int { return shortestAmount(v).n }

// appendAmount appends the shortest encoding of v.
func appendAmount(b []byte, v *uint256.Int) []byte {
	f := shortestAmount(v)
	switch f.n {
	case 1:
		return append(b, byte(f.code))
	case 2:
		if v.IsZero() {
			return append(b, amountRaw, 0)
		}
		return append(b, byte(amount1Max+1+f.code>>8), byte(f.code))
	}
	n := v.ByteLen()
	var w [32]byte
	v.WriteToArray32(&w)
	b = append(b, amountRaw, byte(n))
	return append(b, w[32-n:]...)
}

// Header is the fixed part of a batch (§5.2) as appendBatch checks it.
type Header struct {
	Version uint8
	// FeeCount is F, the number of fee entries.
	FeeCount int
	// AddrCount is A, the number of dictionary addresses.
	AddrCount int
	// RecordsStart is the offset of the first record.
	RecordsStart int
}

// headerSize is the size of the fixed header.
const headerSize = 8

// DictOffset returns the offset of dictionary address i.
func (h *Header) DictOffset(i int) int { return headerSize + 20*i }

// FeeTableOffset returns the offset of the fee table.
func (h *Header) FeeTableOffset() int { return headerSize + 20*h.AddrCount }

// FeeBase returns the offset fee entry offsets are relative to.
func (h *Header) FeeBase() int { return headerSize + 20*h.AddrCount + 2*h.FeeCount }

// ParseHeader applies appendBatch's data checks (§5.2): length in [8,
// MAX_BATCH_BYTES], version 1, recordsStart in [8 + 20·A + 2·F, len(data)].
func ParseHeader(data []byte) (Header, error) {
	var h Header
	if len(data) < headerSize {
		return h, ErrBatchTooShort
	}
	if len(data) > MaxBatchBytes {
		return h, ErrBatchTooLarge
	}
	h.Version = data[0]
	if h.Version != CodecVersion {
		return h, ErrBadVersion
	}
	h.FeeCount = int(data[1])
	h.AddrCount = int(binary.BigEndian.Uint16(data[2:4]))
	rs := binary.BigEndian.Uint32(data[4:8])
	if uint64(rs) < uint64(h.FeeBase()) || uint64(rs) > uint64(len(data)) {
		return h, ErrBadRecordsStart
	}
	h.RecordsStart = int(rs)
	return h, nil
}
