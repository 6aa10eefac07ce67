package chain

import "github.com/ethereum/go-ethereum/common"

// L1Block names an L1 block: its number and hash and, where the reader
// knows them, its parent's hash and its time. The L1 follower, the agents'
// cursor and the reorg repair use it; L1Ref is the JSON form the status
// views serve.
type L1Block struct {
	Number     uint64
	Hash       common.Hash
	ParentHash common.Hash
	Time       uint64
}
