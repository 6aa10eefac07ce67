// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Protocol} from "./Types.sol";

/// @title ChunkTree
/// @notice The chunk Merkle root of batch data (docs/protocol.md §7): data cut into
/// CHUNK_SIZE chunks, leaf_i = keccak(chunk_i), leaves padded with zero hashes to
/// the next power of two and combined pairwise with keccak(left ‖ right).
library ChunkTree {
    /// @notice Number of chunks of a byte string of `len` bytes.
    function chunkCount(uint256 len) internal pure returns (uint256) {
        return (len + Protocol.CHUNK_SIZE - 1) / Protocol.CHUNK_SIZE;
    }

    /// @notice log2 of the padded leaf count P for `n` chunks (0 when n <= 1).
    function depth(uint256 n) internal pure returns (uint256 d) {
        while ((uint256(1) << d) < n) {
            ++d;
        }
    }

    /// @notice The chunk root of `data`, hashed from calldata through one reused
    /// CHUNK_SIZE buffer, so the batch is never copied into memory whole.
    function rootOfCalldata(bytes calldata data) internal pure returns (bytes32 root) {
        assembly ("memory-safe") {
            let len := data.length
            let n := div(add(len, 1023), 1024)
            let leaves := mload(0x40)
            let buf := add(leaves, mul(n, 0x20))
            // leaves: the full chunks, then the shorter last one
            let out := leaves
            let p := data.offset
            for { let full := add(p, mul(div(len, 1024), 1024)) } lt(p, full) { p := add(p, 1024) } {
                calldatacopy(buf, p, 1024)
                mstore(out, keccak256(buf, 1024))
                out := add(out, 0x20)
            }
            let rest := mod(len, 1024)
            if rest {
                calldatacopy(buf, p, rest)
                mstore(out, keccak256(buf, rest))
            }
            // pairwise reduction in place; `z` is the hash of an all-zero subtree
            // of the current level's height.
            let z := 0
            for {} gt(n, 1) {} {
                let half := shr(1, n)
                for { let i := 0 } lt(i, half) { i := add(i, 1) } {
                    let src := add(leaves, mul(i, 0x40))
                    mstore(add(leaves, mul(i, 0x20)), keccak256(src, 0x40))
                }
                if and(n, 1) {
                    let last := add(leaves, mul(sub(n, 1), 0x20))
                    mstore(buf, mload(last))
                    mstore(add(buf, 0x20), z)
                    mstore(add(leaves, mul(half, 0x20)), keccak256(buf, 0x40))
                    half := add(half, 1)
                }
                mstore(buf, z)
                mstore(add(buf, 0x20), z)
                z := keccak256(buf, 0x40)
                n := half
            }
            root := mload(leaves)
        }
    }

    /// @notice Whether `chunk` is chunk `index` of data of length `dataLen` under `root`.
    /// @dev Checks the chunk's length and the number of siblings as well as the path.
    function verify(bytes32 root, uint256 dataLen, uint256 index, bytes memory chunk, bytes32[] calldata siblings)
        internal
        pure
        returns (bool)
    {
        uint256 n = chunkCount(dataLen);
        if (index >= n) return false;
        uint256 expectedLen = dataLen - index * Protocol.CHUNK_SIZE;
        if (expectedLen > Protocol.CHUNK_SIZE) expectedLen = Protocol.CHUNK_SIZE;
        if (chunk.length != expectedLen) return false;
        if (siblings.length != depth(n)) return false;
        bytes32 h = keccak256(chunk);
        for (uint256 i = 0; i < siblings.length; ++i) {
            bytes32 s = siblings[i];
            h = ((index >> i) & 1) == 0 ? _pair(h, s) : _pair(s, h);
        }
        return h == root;
    }

    function _pair(bytes32 a, bytes32 b) private pure returns (bytes32 h) {
        assembly ("memory-safe") {
            mstore(0x00, a)
            mstore(0x20, b)
            h := keccak256(0x00, 0x40)
        }
    }
}
