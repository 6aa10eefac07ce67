// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Vm} from "./Test.sol";

/// @notice Signs L2 transfers for tests, with a naive RLP encoder independent of
/// src/lib/SigningHash.sol.
library TxSigner {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    function rlpUint(uint256 x) internal pure returns (bytes memory) {
        if (x == 0) return hex"80";
        if (x < 0x80) return abi.encodePacked(uint8(x));
        bytes memory b;
        while (x != 0) {
            b = abi.encodePacked(uint8(x & 0xff), b);
            x >>= 8;
        }
        return abi.encodePacked(uint8(0x80 + b.length), b);
    }

    function rlpList(bytes memory payload) internal pure returns (bytes memory) {
        if (payload.length < 56) return abi.encodePacked(uint8(0xc0 + payload.length), payload);
        bytes memory lb;
        for (uint256 x = payload.length; x != 0; x >>= 8) {
            lb = abi.encodePacked(uint8(x & 0xff), lb);
        }
        return abi.encodePacked(uint8(0xf7 + lb.length), lb, payload);
    }

    function legacyHash(uint256 nonce, uint256 gasPrice, uint256 gasLimit, address to, uint256 value, uint256 chainId)
        internal
        pure
        returns (bytes32)
    {
        bytes memory payload = abi.encodePacked(
            rlpUint(nonce), rlpUint(gasPrice), rlpUint(gasLimit), uint8(0x94), to, rlpUint(value), hex"80"
        );
        payload = abi.encodePacked(payload, rlpUint(chainId), hex"8080");
        return keccak256(rlpList(payload));
    }

    function eip1559Hash(
        uint256 chainId,
        uint256 nonce,
        uint256 prio,
        uint256 maxFee,
        uint256 gasLimit,
        address to,
        uint256 value
    ) internal pure returns (bytes32) {
        bytes memory payload = abi.encodePacked(rlpUint(chainId), rlpUint(nonce), rlpUint(prio), rlpUint(maxFee));
        payload = abi.encodePacked(payload, rlpUint(gasLimit), uint8(0x94), to, rlpUint(value), hex"80c0");
        return keccak256(abi.encodePacked(uint8(2), rlpList(payload)));
    }

    /// @notice Signs `digest` and returns R and the EIP-2098 VS word.
    function sign(uint256 pk, bytes32 digest) internal pure returns (bytes32 r, bytes32 vs) {
        (uint8 v, bytes32 r_, bytes32 s) = vm.sign(pk, digest);
        r = r_;
        vs = bytes32(uint256(s) | (uint256(v - 27) << 255));
    }
}
