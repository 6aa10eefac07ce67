package chain

import "github.com/ethereum/go-ethereum/common"

// Token is a bridged ERC-20 as the Bridge registered it (TokenRegistered,
// protocol §4): its L1 and L2 addresses and the metadata read at its first
// deposit.
type Token struct {
	L1, L2        common.Address
	Name, Symbol  string
	Decimals      uint8
	L1BlockNumber uint64
}
