package l2

import (
	"encoding/binary"

	"github.com/ethereum/go-ethereum/common"
)

// L2State is the state a batch starts from and claims to end at (§6.1).
type L2State struct {
	StateRoot        common.Hash
	DepositsConsumed uint64
	BlockNumber      uint64
	Timestamp        uint64
}

// ClaimHash returns keccak(abi.encode(stateRoot, depositsConsumed,
// blockNumber, timestamp)).
func (s L2State) ClaimHash() common.Hash {
	var buf [4 * 32]byte
	copy(buf[0:32], s.StateRoot[:])
	binary.BigEndian.PutUint64(buf[56:64], s.DepositsConsumed)
	binary.BigEndian.PutUint64(buf[88:96], s.BlockNumber)
	binary.BigEndian.PutUint64(buf[120:128], s.Timestamp)
	return keccak(buf[:])
}

// Machine returns the machine state at cursor with this L2 state.
func (s L2State) Machine(cursor uint64) MachineState {
	return MachineState{
		StateRoot:        s.StateRoot,
		Cursor:           cursor,
		DepositsConsumed: s.DepositsConsumed,
		BlockNumber:      s.BlockNumber,
		Timestamp:        s.Timestamp,
	}
}

// MachineState is the state of the step machine between two steps (§6.1).
type MachineState struct {
	StateRoot        common.Hash
	Cursor           uint64
	DepositsConsumed uint64
	BlockNumber      uint64
	Timestamp        uint64
}

// Hash returns the machine hash keccak(abi.encode(stateRoot, cursor,
// depositsConsumed, blockNumber, timestamp)).
func (m MachineState) Hash() common.Hash {
	var buf [5 * 32]byte
	copy(buf[0:32], m.StateRoot[:])
	binary.BigEndian.PutUint64(buf[56:64], m.Cursor)
	binary.BigEndian.PutUint64(buf[88:96], m.DepositsConsumed)
	binary.BigEndian.PutUint64(buf[120:128], m.BlockNumber)
	binary.BigEndian.PutUint64(buf[152:160], m.Timestamp)
	return keccak(buf[:])
}

// L2State returns the L2 state part of m (dropping the cursor).
func (m MachineState) L2State() L2State {
	return L2State{
		StateRoot:        m.StateRoot,
		DepositsConsumed: m.DepositsConsumed,
		BlockNumber:      m.BlockNumber,
		Timestamp:        m.Timestamp,
	}
}

func keccak(data []byte) common.Hash {
	k := keccakPool.Get().(*keccaker)
	defer keccakPool.Put(k)
	return k.sum(data)
}
