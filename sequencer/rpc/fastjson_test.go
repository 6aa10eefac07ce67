package rpc

import (
	"encoding/json"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/stretchr/testify/require"
)

func TestDecodeRequestMatchesEncodingJSON(t *testing.T) {
	cases := []string{
		`{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}`,
		` { "jsonrpc" : "2.0" , "id" : "abc" , "method" : "eth_getBalance" , "params" : ["0x01", {"a":[1,"]"]}] } `,
		`{"jsonrpc":"2.0","id":null,"method":"m"}`,
		`{"method":"m","params":["a\"b"],"jsonrpc":"2.0","id":-1.5e3}`,
		`{}`,
	}
	for _, c := range cases {
		var fast, slow request
		require.True(t, decodeRequest([]byte(c), &fast), c)
		require.NoError(t, json.Unmarshal([]byte(c), &slow))
		require.Equal(t, slow.JSONRPC, fast.JSONRPC, c)
		require.Equal(t, slow.Method, fast.Method, c)
		require.JSONEq(t, string(orNull(slow.ID)), string(orNull(fast.ID)), c)
		require.JSONEq(t, string(orNull(slow.Params)), string(orNull(fast.Params)), c)
	}
	for _, c := range []string{
		`{"jsonrpc":"2.0","id":1,"method":"eth_chainId"`,      // truncated
		`{"jsonrpc":"2.0","id":1,"method":"eth\u0043hainId"}`, // escapes: encoding/json decides
		`{"jsonrpc":2,"id":1,"method":"m"}`,                   // not a string
		`{"jsonrpc":"2.0","extra":1,"method":"m"}`,            // unknown member
		`["x"]`,
		`{"jsonrpc":"2.0","id":1,"method":"m"} trailing`,
	} {
		var r request
		require.False(t, decodeRequest([]byte(c), &r), c)
	}
	var r request
	require.Error(t, parseRequest([]byte(`{"jsonrpc":"2.0","id":1x,"method":"m"}`), &r), "an invalid id goes to encoding/json, which refuses it")
}

func orNull(b json.RawMessage) json.RawMessage {
	if len(b) == 0 {
		return json.RawMessage("null")
	}
	return b
}

func TestSingleHexParam(t *testing.T) {
	b, ok := singleHexParam(json.RawMessage(` [ "0x0aFF" ] `))
	require.True(t, ok)
	require.Equal(t, []byte{0x0a, 0xff}, b)
	for _, p := range []string{`["0x0"]`, `["ab"]`, `["0x0g"]`, `["0x00", 1]`, `[]`, `"0x00"`} {
		_, ok := singleHexParam(json.RawMessage(p))
		require.False(t, ok, p)
	}
}

func TestAppendResultMatchesEncodingJSON(t *testing.T) {
	for _, v := range []any{
		common.HexToHash("0x0102"), hexutil.Uint64(0), hexutil.Uint64(901), (*hexutil.Big)(big.NewInt(0)),
		(*hexutil.Big)(new(big.Int).Lsh(big.NewInt(1), 200)), true, false, "901", "rollup/1.0",
	} {
		fast, ok := appendResult(nil, v)
		require.True(t, ok, "%T", v)
		slow, err := json.Marshal(v)
		require.NoError(t, err)
		require.Equal(t, string(slow), string(fast))
	}
	_, ok := appendResult(nil, "needs \"escaping\"")
	require.False(t, ok)
	_, ok = appendResult(nil, []int{1})
	require.False(t, ok)
}
