// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title SigningHash
/// @notice The EIP-155 and EIP-1559 signing hashes of an L2 transfer or token call
/// (docs/protocol.md §2.2, §2.4), built with RLP in memory.
/// @dev A token call is given as `to` = the call's address argument, `value` = its
/// amount, `sel` = its selector and `token` = the L2 token; `sel` zero is an ETH
/// transfer (empty data, `token` ignored).
library SigningHash {
    /// @notice keccak(rlp([nonce, gasPrice, gasLimit, to, value, 0x, chainId, 0, 0])).
    function legacy(uint256 nonce, uint256 gasPrice, uint256 gasLimit, address to, uint256 value, uint256 chainId)
        internal
        pure
        returns (bytes32)
    {
        return legacy(nonce, gasPrice, gasLimit, to, value, chainId, bytes4(0), address(0));
    }

    /// @notice keccak(rlp([nonce, gasPrice, gasLimit, to, value, data, chainId, 0, 0])).
    function legacy(
        uint256 nonce,
        uint256 gasPrice,
        uint256 gasLimit,
        address to,
        uint256 value,
        uint256 chainId,
        bytes4 sel,
        address token
    ) internal pure returns (bytes32) {
        (uint256 start, uint256 p) = _begin();
        p = _uint(p, nonce);
        p = _uint(p, gasPrice);
        p = _uint(p, gasLimit);
        p = _call(p, to, value, sel, token);
        p = _uint(p, chainId);
        p = _byte(p, 0x80);
        p = _byte(p, 0x80);
        return _finish(start, p, false);
    }

    /// @notice keccak(0x02 ‖ rlp([chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value, 0x, []])).
    function eip1559(
        uint256 chainId,
        uint256 nonce,
        uint256 maxPriorityFeePerGas,
        uint256 maxFeePerGas,
        uint256 gasLimit,
        address to,
        uint256 value
    ) internal pure returns (bytes32) {
        return eip1559(chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value, bytes4(0), address(0));
    }

    /// @notice keccak(0x02 ‖ rlp([chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value, data, []])).
    function eip1559(
        uint256 chainId,
        uint256 nonce,
        uint256 maxPriorityFeePerGas,
        uint256 maxFeePerGas,
        uint256 gasLimit,
        address to,
        uint256 value,
        bytes4 sel,
        address token
    ) internal pure returns (bytes32) {
        (uint256 start, uint256 p) = _begin();
        p = _uint(p, chainId);
        p = _uint(p, nonce);
        p = _uint(p, maxPriorityFeePerGas);
        p = _uint(p, maxFeePerGas);
        p = _uint(p, gasLimit);
        p = _call(p, to, value, sel, token);
        p = _byte(p, 0xc0);
        return _finish(start, p, true);
    }

    /// @dev Writes the `to`, `value` and `data` fields: of an ETH transfer, or of a
    /// token call (to = token, value = 0, data = sel ‖ 12 zero bytes ‖ to ‖ value).
    function _call(uint256 p, address to, uint256 value, bytes4 sel, address token) private pure returns (uint256) {
        if (sel == 0) {
            p = _address(p, to);
            p = _uint(p, value);
            return _byte(p, 0x80);
        }
        p = _address(p, token);
        p = _byte(p, 0x80);
        assembly ("memory-safe") {
            mstore8(p, 0xb8)
            mstore8(add(p, 1), 68)
            mstore(add(p, 2), and(sel, shl(224, 0xffffffff)))
            mstore(add(p, 6), and(to, 0xffffffffffffffffffffffffffffffffffffffff))
            mstore(add(p, 38), value)
        }
        return p + 70;
    }

    /// @dev The payload is written 16 bytes after the free memory pointer so that the
    /// list header (at most 1 + 1 + 1 bytes: type, 0xf8/0xf9, length) fits before it.
    function _begin() private pure returns (uint256 start, uint256 p) {
        assembly ("memory-safe") {
            start := add(mload(0x40), 16)
        }
        p = start;
    }

    function _byte(uint256 p, uint256 b) private pure returns (uint256) {
        assembly ("memory-safe") {
            mstore8(p, b)
        }
        return p + 1;
    }

    function _address(uint256 p, address a) private pure returns (uint256) {
        assembly ("memory-safe") {
            mstore8(p, 0x94)
            mstore(add(p, 1), shl(96, a))
        }
        return p + 21;
    }

    function _uint(uint256 p, uint256 x) private pure returns (uint256) {
        if (x == 0) return _byte(p, 0x80);
        if (x < 0x80) return _byte(p, x);
        uint256 n = _byteLength(x);
        assembly ("memory-safe") {
            mstore8(p, add(0x80, n))
            mstore(add(p, 1), shl(sub(256, shl(3, n)), x))
        }
        return p + 1 + n;
    }

    function _byteLength(uint256 x) private pure returns (uint256 n) {
        while (x != 0) {
            ++n;
            x >>= 8;
        }
    }

    /// @dev Writes the list header (and the type byte) in front of the payload
    /// [start, end) and hashes the whole.
    function _finish(uint256 start, uint256 end, bool typed) private pure returns (bytes32 h) {
        uint256 len = end - start;
        uint256 s = start;
        if (len < 56) {
            s -= 1;
            assembly ("memory-safe") {
                mstore8(s, add(0xc0, len))
            }
        } else if (len < 256) {
            s -= 2;
            assembly ("memory-safe") {
                mstore8(s, 0xf8)
                mstore8(add(s, 1), len)
            }
        } else {
            // The payload is at most 9 fields of 33 bytes: below 65,536.
            s -= 3;
            assembly ("memory-safe") {
                mstore8(s, 0xf9)
                mstore8(add(s, 1), shr(8, len))
                mstore8(add(s, 2), and(len, 0xff))
            }
        }
        if (typed) {
            s -= 1;
            assembly ("memory-safe") {
                mstore8(s, 0x02)
            }
        }
        assembly ("memory-safe") {
            h := keccak256(s, sub(end, s))
        }
    }
}
