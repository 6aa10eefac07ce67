// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {StateProof} from "../../src/lib/Types.sol";

/// @notice A reference compact sparse Merkle tree for tests, computed from the
/// full leaf set by recursion (docs/protocol.md §3.2, §3.3); independent of
/// src/lib/SparseMerkle.sol.
library SmtModel {
    struct Leaf {
        bytes32 key;
        uint256 a;
        uint256 b;
    }

    function leafHash(bytes32 key, uint256 a, uint256 b) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(bytes1(0x00), key, a, b));
    }

    function nodeHash(bytes32 l, bytes32 r) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(bytes1(0x01), l, r));
    }

    function _bit(bytes32 k, uint256 i) private pure returns (uint256) {
        return (uint256(k) >> (255 - i)) & 1;
    }

    function _split(Leaf[] memory ls, uint256 depth) private pure returns (Leaf[] memory l, Leaf[] memory r) {
        uint256 nl;
        for (uint256 i = 0; i < ls.length; ++i) {
            if (_bit(ls[i].key, depth) == 0) ++nl;
        }
        l = new Leaf[](nl);
        r = new Leaf[](ls.length - nl);
        uint256 il;
        uint256 ir;
        for (uint256 i = 0; i < ls.length; ++i) {
            if (_bit(ls[i].key, depth) == 0) l[il++] = ls[i];
            else r[ir++] = ls[i];
        }
    }

    function _hash(Leaf[] memory ls, uint256 depth) private pure returns (bytes32) {
        if (ls.length == 0) return bytes32(0);
        if (ls.length == 1) return leafHash(ls[0].key, ls[0].a, ls[0].b);
        (Leaf[] memory l, Leaf[] memory r) = _split(ls, depth);
        return nodeHash(_hash(l, depth + 1), _hash(r, depth + 1));
    }

    /// @notice The root of a leaf set with distinct keys.
    function root(Leaf[] memory ls) internal pure returns (bytes32) {
        return _hash(ls, 0);
    }

    /// @notice The proof for `key` in the tree of `ls`.
    function proof(Leaf[] memory ls, bytes32 key) internal pure returns (StateProof memory p) {
        bytes32[] memory sib = new bytes32[](256);
        uint256 d;
        Leaf[] memory cur = ls;
        while (cur.length > 1) {
            (Leaf[] memory l, Leaf[] memory r) = _split(cur, d);
            if (_bit(key, d) == 0) {
                sib[d] = _hash(r, d + 1);
                cur = l;
            } else {
                sib[d] = _hash(l, d + 1);
                cur = r;
            }
            ++d;
        }
        p.siblings = new bytes32[](d);
        for (uint256 i = 0; i < d; ++i) {
            p.siblings[i] = sib[i];
        }
        if (cur.length == 1) {
            p.leafPresent = true;
            p.leafKey = cur[0].key;
            p.leafA = cur[0].a;
            p.leafB = cur[0].b;
        }
    }

    /// @notice The values of `key` ((0, 0) when absent).
    function get(Leaf[] memory ls, bytes32 key) internal pure returns (uint256, uint256) {
        for (uint256 i = 0; i < ls.length; ++i) {
            if (ls[i].key == key) return (ls[i].a, ls[i].b);
        }
        return (0, 0);
    }

    /// @notice A copy of `ls` with `key` set to (a, b).
    function set(Leaf[] memory ls, bytes32 key, uint256 a, uint256 b) internal pure returns (Leaf[] memory out) {
        for (uint256 i = 0; i < ls.length; ++i) {
            if (ls[i].key == key) {
                out = new Leaf[](ls.length);
                for (uint256 j = 0; j < ls.length; ++j) {
                    out[j] = ls[j];
                }
                out[i] = Leaf(key, a, b);
                return out;
            }
        }
        out = new Leaf[](ls.length + 1);
        for (uint256 j = 0; j < ls.length; ++j) {
            out[j] = ls[j];
        }
        out[ls.length] = Leaf(key, a, b);
    }

    function accountKey(address a) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(a));
    }
}
