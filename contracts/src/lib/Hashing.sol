// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {L2State, BatchInfo, MachineState} from "./Types.sol";

/// @title Hashing
/// @notice The commitments of docs/protocol.md §6.1 and §7.
library Hashing {
    /// @notice keccak(abi.encode(stateRoot, cursor, depositsConsumed, blockNumber, timestamp)).
    function machineHash(bytes32 stateRoot, uint256 cursor, uint256 depositsConsumed, uint256 blockNumber, uint256 ts)
        internal
        pure
        returns (bytes32 h)
    {
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, stateRoot)
            mstore(add(p, 0x20), cursor)
            mstore(add(p, 0x40), depositsConsumed)
            mstore(add(p, 0x60), blockNumber)
            mstore(add(p, 0x80), ts)
            h := keccak256(p, 0xa0)
        }
    }

    /// @notice machineHash of a MachineState.
    function machineHash(MachineState memory s) internal pure returns (bytes32) {
        return machineHash(s.stateRoot, s.cursor, s.depositsConsumed, s.blockNumber, s.timestamp);
    }

    /// @notice keccak(abi.encode(stateRoot, depositsConsumed, blockNumber, timestamp)).
    function claimHash(L2State calldata s) internal pure returns (bytes32) {
        return keccak256(abi.encode(s.stateRoot, s.depositsConsumed, s.blockNumber, s.timestamp));
    }

    /// @notice claimHash of explicit fields.
    function claimHash(bytes32 stateRoot, uint256 depositsConsumed, uint256 blockNumber, uint256 ts)
        internal
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(stateRoot, depositsConsumed, blockNumber, ts));
    }

    /// @notice The stored hash of a batch record: keccak(abi.encode(info)).
    function batchHash(BatchInfo calldata info) internal pure returns (bytes32) {
        return keccak256(abi.encode(info));
    }

    /// @notice The stored hash of a batch record held in memory.
    function batchHashMem(BatchInfo memory info) internal pure returns (bytes32) {
        return keccak256(abi.encode(info));
    }
}
