package chain

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rollup-dev/rollup/l2"
)

// TransferTopic is topic 0 of ERC-20's Transfer(address,address,uint256).
var TransferTopic = common.HexToHash("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef")

// TxGas returns the gas a transaction is charged (protocol §2.3): TOKEN_GAS
// for a token call (any calldata: the protocol accepts no other), else
// TRANSFER_GAS.
func TxGas(tx *types.Transaction) uint64 {
	if len(tx.Data()) != 0 {
		return l2.TokenGas
	}
	return TransferGas
}

// TxLog returns the log a transaction emits (protocol §2.4): Transfer(sender,
// to, amount) for a successful transfer call, Transfer(sender, 0, amount) for
// a successful withdraw, nil for an ETH transfer or a reverted call. Only the
// consensus fields (address, topics, data) are set. tx must have passed the
// protocol's admission rules.
func TxLog(tx *types.Transaction, sender common.Address, failed bool) *types.Log {
	data := tx.Data()
	if failed || len(data) != 68 || tx.To() == nil {
		return nil
	}
	to := common.BytesToAddress(data[16:36])
	if [4]byte(data[:4]) == l2.WithdrawSelector {
		to = common.Address{}
	}
	return TransferLog(*tx.To(), sender, to, data[36:68])
}

// TransferLog returns the consensus fields of Transfer(from, to, amount) by
// token; amount is the 32-byte big-endian value.
func TransferLog(token, from, to common.Address, amount []byte) *types.Log {
	return &types.Log{
		Address: token,
		Topics:  []common.Hash{TransferTopic, common.BytesToHash(from[:]), common.BytesToHash(to[:])},
		Data:    append([]byte(nil), amount...),
	}
}
