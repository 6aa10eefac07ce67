package rpc

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// The hot path (eth_sendRawTransaction at thousands of calls per second)
// spends much of its non-cryptographic time in encoding/json, which scans a
// request several times. decodeRequest splits a request object in one pass
// and leaves values as raw spans; it declines (ok == false) anything unusual,
// and the caller then falls back to encoding/json, which also produces the
// error messages.

var errNotFast = errors.New("not handled by the fast path")

// decodeRequest parses a JSON-RPC request object.
func decodeRequest(b []byte, req *request) (ok bool) {
	i := skipWS(b, 0)
	if i >= len(b) || b[i] != '{' {
		return false
	}
	i = skipWS(b, i+1)
	if i < len(b) && b[i] == '}' {
		return skipWS(b, i+1) == len(b)
	}
	var seen uint8
	for {
		key, next, ok := scanSimpleString(b, i)
		if !ok {
			return false
		}
		i = skipWS(b, next)
		if i >= len(b) || b[i] != ':' {
			return false
		}
		i = skipWS(b, i+1)
		end, ok := skipValue(b, i)
		if !ok {
			return false
		}
		val := b[i:end]
		// A repeated member is left to encoding/json (which keeps the last),
		// so that every value the fast path keeps was also checked.
		bit := memberBit(key)
		if bit == 0 || seen&bit != 0 {
			return false
		}
		seen |= bit
		switch string(key) {
		case "jsonrpc":
			s, _, ok := scanSimpleString(b, i)
			if !ok {
				return false
			}
			req.JSONRPC = string(s)
		case "id":
			req.ID = json.RawMessage(val)
		case "method":
			s, _, ok := scanSimpleString(b, i)
			if !ok {
				return false
			}
			req.Method = string(s)
		case "params":
			req.Params = json.RawMessage(val)
		default:
			return false // unknown members: let encoding/json decide
		}
		i = skipWS(b, end)
		if i >= len(b) {
			return false
		}
		if b[i] == '}' {
			return skipWS(b, i+1) == len(b)
		}
		if b[i] != ',' {
			return false
		}
		i = skipWS(b, i+1)
	}
}

// memberBit numbers the members of a request object; unknown members are 0.
func memberBit(key []byte) uint8 {
	switch string(key) {
	case "jsonrpc":
		return 1
	case "id":
		return 2
	case "method":
		return 4
	case "params":
		return 8
	}
	return 0
}

func skipWS(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// scanSimpleString reads a string of printable ASCII without escapes
// starting at b[i] == '"' (anything else is left to encoding/json, which
// also replaces invalid UTF-8).
func scanSimpleString(b []byte, i int) (s []byte, next int, ok bool) {
	if i >= len(b) || b[i] != '"' {
		return nil, 0, false
	}
	for j := i + 1; j < len(b); j++ {
		switch c := b[j]; {
		case c == '"':
			return b[i+1 : j], j + 1, true
		case c == '\\' || c < 0x20 || c >= 0x80:
			return nil, 0, false
		}
	}
	return nil, 0, false
}

// skipValue returns the end of the JSON value starting at b[i]. It checks
// structure (strings, brackets) but leaves the validation of scalars to the
// decoder that later reads the value.
func skipValue(b []byte, i int) (int, bool) {
	if i >= len(b) {
		return 0, false
	}
	switch c := b[i]; {
	case c == '"':
		for j := i + 1; j < len(b); j++ {
			switch b[j] {
			case '\\':
				j++
			case '"':
				return j + 1, true
			}
		}
		return 0, false
	case c == '{' || c == '[':
		depth := 0
		for j := i; j < len(b); j++ {
			switch b[j] {
			case '"':
				end, ok := skipValue(b, j)
				if !ok {
					return 0, false
				}
				j = end - 1
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return j + 1, true
				}
			}
		}
		return 0, false
	default:
		j := i
		for j < len(b) && b[j] != ',' && b[j] != '}' && b[j] != ']' && b[j] != ' ' && b[j] != '\n' && b[j] != '\r' && b[j] != '\t' {
			j++
		}
		if j == i {
			return 0, false
		}
		return j, true
	}
}

// singleHexParam reads params of the form ["0x…"] into bytes.
func singleHexParam(p json.RawMessage) ([]byte, bool) {
	i := skipWS(p, 0)
	if i >= len(p) || p[i] != '[' {
		return nil, false
	}
	s, next, ok := scanSimpleString(p, skipWS(p, i+1))
	if !ok || len(s) < 2 || s[0] != '0' || (s[1] != 'x' && s[1] != 'X') || len(s)%2 != 0 {
		return nil, false
	}
	j := skipWS(p, next)
	if j >= len(p) || p[j] != ']' || skipWS(p, j+1) != len(p) {
		return nil, false
	}
	out := make([]byte, (len(s)-2)/2)
	if _, err := hex.Decode(out, s[2:]); err != nil {
		return nil, false
	}
	return out, true
}

// appendResult encodes the common result types without reflection; it
// reports false for other types.
func appendResult(dst []byte, v any) ([]byte, bool) {
	switch x := v.(type) {
	case common.Hash:
		dst = append(dst, `"0x`...)
		dst = hex.AppendEncode(dst, x[:])
		return append(dst, '"'), true
	case hexutil.Uint64:
		dst = append(dst, `"0x`...)
		dst = strconv.AppendUint(dst, uint64(x), 16)
		return append(dst, '"'), true
	case *hexutil.Big:
		if x == nil {
			return append(dst, "null"...), true
		}
		bi := (*big.Int)(x)
		if bi.Sign() < 0 {
			return dst, false
		}
		dst = append(dst, `"0x`...)
		dst = bi.Append(dst, 16)
		return append(dst, '"'), true
	case bool:
		return strconv.AppendBool(dst, x), true
	case string:
		for i := 0; i < len(x); i++ {
			if c := x[i]; c < 0x20 || c == '"' || c == '\\' || c >= 0x80 {
				return dst, false
			}
		}
		dst = append(dst, '"')
		dst = append(dst, x...)
		return append(dst, '"'), true
	}
	return dst, false
}
