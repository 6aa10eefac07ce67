//go:build nacl || js || wasip1 || !cgo || gofuzz || tinygo

package l2

// NativeSecp256k1 reports whether sender recovery uses libsecp256k1 through
// cgo. This build uses go-ethereum's pure Go fallback, about four times
// slower: build with CGO_ENABLED=1 and a C compiler.
const NativeSecp256k1 = false
