package rpc

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

// parseParams decodes positional params into args: the first required are
// mandatory, the rest optional (left untouched when absent or null). Errors read
// like go-ethereum's ("missing value for required argument 0").
func parseParams(raw json.RawMessage, required int, args ...any) error {
	raw = bytes.TrimSpace(raw)
	var list []json.RawMessage
	if len(raw) > 0 && !bytes.Equal(raw, []byte("null")) {
		if raw[0] != '[' {
			return invalidParams("non-array args")
		}
		if err := json.Unmarshal(raw, &list); err != nil {
			return invalidParams("invalid params: %v", err)
		}
	}
	if len(list) > len(args) {
		return invalidParams("too many arguments, want at most %d", len(args))
	}
	for i := range args {
		if i >= len(list) || bytes.Equal(bytes.TrimSpace(list[i]), []byte("null")) {
			if i < required {
				return invalidParams("missing value for required argument %d", i)
			}
			continue
		}
		if err := json.Unmarshal(list[i], args[i]); err != nil {
			return invalidParams("invalid argument %d: %s", i, cleanJSONError(err))
		}
	}
	return nil
}

// cleanJSONError drops the Go type names encoding/json puts in its messages.
func cleanJSONError(err error) string {
	msg := err.Error()
	if i := strings.Index(msg, "json: cannot unmarshal "); i >= 0 {
		return "wrong type: " + strings.TrimPrefix(msg[i:], "json: cannot unmarshal ")
	}
	return msg
}

// fmtUint is the decimal form used by net_version.
func fmtUint(v uint64) string { return fmt.Sprintf("%d", v) }
