// Package contracts is the layer between the protocol core's values (package
// l2) and the ABI types of the L1 contracts' generated bindings: the values
// several services exchange with L1 (batch states and headers, forced
// transactions) and the one-step proof witness, with the Go↔Solidity
// differential test of the step machine. It is pure: nothing here signs,
// sends or reads a chain.
package contracts

import (
	"math/big"

	"github.com/rollup-dev/rollup/contracts/bindings"
	"github.com/rollup-dev/rollup/l2"
)

// ForcedTx converts a forced transaction to its ABI form (Bridge.forceTransaction).
func ForcedTx(f *l2.ForcedTx) bindings.ForcedTx {
	return bindings.ForcedTx{
		TxType: f.Fee.TypeByte(), Nonce: f.Nonce, GasLimit: f.Fee.GasLimit,
		MaxPriorityFeePerGas: f.Fee.GasTipCap.ToBig(), MaxFeePerGas: f.Fee.GasFeeCap.ToBig(),
		To: f.To, Value: f.Value.ToBig(), R: f.R, Vs: f.VS, Token: f.Fee.Token,
	}
}

// ForcedTxFromABI converts an ABI forced transaction (from TransactionForced)
// back; false when a price or the value is not a uint256.
func ForcedTxFromABI(b bindings.ForcedTx) (l2.ForcedTx, bool) {
	f := l2.ForcedTx{Nonce: b.Nonce, To: b.To, R: b.R, VS: b.Vs}
	f.Fee.Type, f.Fee.Call, f.Fee.GasLimit, f.Fee.Token = b.TxType&0x0f, b.TxType>>4, b.GasLimit, b.Token
	for _, v := range []*big.Int{b.MaxPriorityFeePerGas, b.MaxFeePerGas, b.Value} {
		if v == nil || v.Sign() < 0 || v.BitLen() > 256 {
			return f, false
		}
	}
	f.Fee.GasTipCap.SetFromBig(b.MaxPriorityFeePerGas)
	f.Fee.GasFeeCap.SetFromBig(b.MaxFeePerGas)
	f.Value.SetFromBig(b.Value)
	return f, true
}

var forcedArgs = bindings.NewBridge().GetABI().Methods["forceTransaction"].Inputs

// EncodeForcedTx returns abi.encode(ForcedTx), whose keccak the Bridge stores
// and which the OneStepProver's witness carries.
func EncodeForcedTx(f *l2.ForcedTx) []byte {
	b, err := forcedArgs.Pack(ForcedTx(f))
	if err != nil {
		panic("contracts: encoding a forced transaction: " + err.Error())
	}
	return b
}
