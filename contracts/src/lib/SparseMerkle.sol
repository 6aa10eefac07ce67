// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {StateProof} from "./Types.sol";

/// @title SparseMerkle
/// @notice The compact sparse Merkle tree of docs/protocol.md §3: leaf and node
/// hashes, proof verification and update from a proof.
library SparseMerkle {
    /// @notice A proof does not lead to the root it is checked against, is deeper
    /// than 256, or names a leaf off the key's path.
    error InvalidStateProof();

    /// @notice keccak(0x00 ‖ key ‖ uint256 a ‖ uint256 b).
    function leafHash(bytes32 key, uint256 a, uint256 b) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore8(p, 0x00)
            mstore(add(p, 1), key)
            mstore(add(p, 33), a)
            mstore(add(p, 65), b)
            h := keccak256(p, 97)
        }
    }

    /// @notice keccak(0x01 ‖ left ‖ right).
    function nodeHash(bytes32 left, bytes32 right) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore8(p, 0x01)
            mstore(add(p, 1), left)
            mstore(add(p, 33), right)
            h := keccak256(p, 65)
        }
    }

    /// @notice Bit i of key; i = 0 is the most significant bit of byte 0.
    function bit(bytes32 key, uint256 i) internal pure returns (uint256) {
        return (uint256(key) >> (255 - i)) & 1;
    }

    /// @notice Folds `h` at depth `siblings.length` up to the root along `key`'s path.
    function _fold(bytes32[] calldata siblings, bytes32 key, bytes32 h) private pure returns (bytes32) {
        uint256 k = uint256(key);
        for (uint256 i = siblings.length; i > 0;) {
            unchecked {
                --i;
            }
            bytes32 s = siblings[i];
            h = ((k >> (255 - i)) & 1) == 0 ? nodeHash(h, s) : nodeHash(s, h);
        }
        return h;
    }

    /// @notice Verifies `p` for `key` against `root` (docs/protocol.md §3.3) and
    /// returns the key's values: the leaf's on inclusion, (0, 0) on non-inclusion.
    /// @dev Reverts with InvalidStateProof when the proof is not valid.
    function read(StateProof calldata p, bytes32 root, bytes32 key) internal pure returns (uint256 a, uint256 b) {
        uint256 d = p.siblings.length;
        if (d > 256) revert InvalidStateProof();
        bytes32 h;
        if (p.leafPresent) {
            if (d > 0 && (uint256(p.leafKey ^ key) >> (256 - d)) != 0) revert InvalidStateProof();
            h = leafHash(p.leafKey, p.leafA, p.leafB);
        }
        if (_fold(p.siblings, key, h) != root) revert InvalidStateProof();
        if (p.leafPresent && p.leafKey == key) return (p.leafA, p.leafB);
        return (0, 0);
    }

    /// @notice The root after setting `key` to (a, b), given a proof `p` for `key`
    /// that `read` has accepted against the current root (docs/protocol.md §3.3).
    function update(StateProof calldata p, bytes32 key, uint256 a, uint256 b) internal pure returns (bytes32) {
        uint256 d = p.siblings.length;
        bytes32 h = leafHash(key, a, b);
        if (p.leafPresent && p.leafKey != key) {
            uint256 j = firstDifferingBit(key, p.leafKey);
            bytes32 old = leafHash(p.leafKey, p.leafA, p.leafB);
            h = bit(key, j) == 0 ? nodeHash(h, old) : nodeHash(old, h);
            uint256 k = uint256(key);
            for (uint256 i = j; i > d;) {
                unchecked {
                    --i;
                }
                h = ((k >> (255 - i)) & 1) == 0 ? nodeHash(h, bytes32(0)) : nodeHash(bytes32(0), h);
            }
        }
        return _fold(p.siblings, key, h);
    }

    /// @notice Index (0 = most significant) of the first bit where x and y differ; x != y.
    function firstDifferingBit(bytes32 x, bytes32 y) internal pure returns (uint256 n) {
        uint256 v = uint256(x ^ y);
        // n = number of leading zero bits of v.
        if (v >> 128 == 0) {
            n += 128;
            v <<= 128;
        }
        if (v >> 192 == 0) {
            n += 64;
            v <<= 64;
        }
        if (v >> 224 == 0) {
            n += 32;
            v <<= 32;
        }
        if (v >> 240 == 0) {
            n += 16;
            v <<= 16;
        }
        if (v >> 248 == 0) {
            n += 8;
            v <<= 8;
        }
        if (v >> 252 == 0) {
            n += 4;
            v <<= 4;
        }
        if (v >> 254 == 0) {
            n += 2;
            v <<= 2;
        }
        if (v >> 255 == 0) {
            n += 1;
        }
    }

    /// @notice Verifies an inclusion proof of leaf (key, a, b) given only siblings
    /// (the path ends at the leaf itself) against `root`.
    function verifyInclusion(bytes32[] calldata siblings, bytes32 root, bytes32 key, uint256 a, uint256 b)
        internal
        pure
        returns (bool)
    {
        if (siblings.length > 256) return false;
        return _fold(siblings, key, leafHash(key, a, b)) == root;
    }
}
