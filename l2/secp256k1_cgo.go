//go:build !nacl && !js && !wasip1 && cgo && !gofuzz && !tinygo

package l2

// NativeSecp256k1 reports whether sender recovery uses libsecp256k1 through
// cgo (go-ethereum's crypto.Ecrecover under the same build constraints), about
// four times faster than the pure Go fallback.
const NativeSecp256k1 = true
