package rpc

import (
	"encoding/json"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
)

func TestParseParams(t *testing.T) {
	cases := []struct {
		name    string
		raw     string
		wantErr string
	}{
		{"all", `["0x0000000000000000000000000000000000000001", true]`, ""},
		{"optional missing", `["0x0000000000000000000000000000000000000001"]`, ""},
		{"optional null", `["0x0000000000000000000000000000000000000001", null]`, ""},
		{"required missing", `[]`, "missing value for required argument 0"},
		{"no params", ``, "missing value for required argument 0"},
		{"too many", `["0x0000000000000000000000000000000000000001", true, 3]`, "too many arguments, want at most 2"},
		{"object", `{"a": 1}`, "non-array args"},
		{"wrong type", `[1]`, "invalid argument 0"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var (
				a common.Address
				b bool
			)
			err := parseParams(json.RawMessage(c.raw), 1, &a, &b)
			if c.wantErr == "" {
				require.NoError(t, err)
				require.Equal(t, common.HexToAddress("0x1"), a)
				return
			}
			require.ErrorContains(t, err, c.wantErr)
			var e *Error
			require.ErrorAs(t, err, &e)
			require.Equal(t, CodeInvalidParams, e.Code)
		})
	}
}

func TestToError(t *testing.T) {
	require.Equal(t, CodeServer, toError(errString("nonce too low")).Code)
	require.Equal(t, "nonce too low", toError(errString("nonce too low")).Message)
	e := toError(retry{})
	require.Equal(t, CodeLimitExceeded, e.Code)
	require.Equal(t, RetryHint{RetryAfterMs: 7}, e.Data)
	require.Equal(t, CodeUnavailable, toError(&Error{Code: CodeUnavailable, Message: "x"}).Code)
}

type errString string

func (e errString) Error() string { return string(e) }

type retry struct{}

func (retry) Error() string       { return "busy" }
func (retry) RetryAfterMs() int64 { return 7 }
