// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ChunkProof} from "../../src/lib/Types.sol";

/// @notice Builds batch data (codec version 1, docs/protocol.md §5) and chunk
/// proofs for tests.
library BatchEncoder {
    /// @notice The shortest cuint encoding of x.
    function cuint(uint256 x) internal pure returns (bytes memory) {
        require(x <= type(uint64).max, "cuint range");
        if (x < 240) return abi.encodePacked(uint8(x));
        if (x < 3824) {
            uint256 y = x - 240;
            return abi.encodePacked(uint8(0xF0 + y / 256), uint8(y % 256));
        }
        if (x < 69360) return abi.encodePacked(uint8(0xFE), uint16(x - 3824));
        return abi.encodePacked(uint8(0xFF), uint64(x));
    }

    /// @notice The shortest amount encoding of x (ties: the earlier row).
    function amount(uint256 x) internal pure returns (bytes memory) {
        if (x != 0) {
            uint256 e;
            uint256 m = x;
            while (m % 10 == 0) {
                m /= 10;
                ++e;
            }
            // one significant digit
            if (m < 10 && e <= 24) return abi.encodePacked(uint8(e * 9 + m - 1));
            // two significant digits: m·10^e with 10 <= m <= 99
            if (m < 10 && e >= 1) {
                m *= 10;
                e -= 1;
            }
            if (m >= 10 && m <= 99 && e <= 77) {
                uint256 k = e * 90 + (m - 10);
                return abi.encodePacked(uint8(0xE1 + k / 256), uint8(k % 256));
            }
        }
        uint256 n;
        for (uint256 y = x; y != 0; y >>= 8) {
            ++n;
        }
        bytes memory out = new bytes(2 + n);
        out[0] = 0xFF;
        out[1] = bytes1(uint8(n));
        for (uint256 i = 0; i < n; ++i) {
            out[2 + i] = bytes1(uint8(x >> (8 * (n - 1 - i))));
        }
        return out;
    }

    function legacyFee(uint256 gasLimit, uint256 gasPrice) internal pure returns (bytes memory) {
        return abi.encodePacked(uint8(0), cuint(gasLimit), amount(gasPrice));
    }

    function eip1559Fee(uint256 gasLimit, uint256 maxPriority, uint256 maxFee) internal pure returns (bytes memory) {
        return abi.encodePacked(uint8(2), cuint(gasLimit), amount(maxPriority), amount(maxFee));
    }

    function blockRecord(uint256 dt) internal pure returns (bytes memory) {
        return abi.encodePacked(cuint(0), cuint(dt));
    }

    /// @notice A batch of n block records with Δt = 1, 2, 3, …, n and nothing else.
    function blockBatch(uint256 n) internal pure returns (bytes memory data) {
        bytes memory recs;
        for (uint256 i = 0; i < n; ++i) {
            recs = abi.encodePacked(recs, blockRecord(i + 1));
        }
        (data,) = batch(new address[](0), new bytes[](0), recs);
    }

    function depositRecord() internal pure returns (bytes memory) {
        return cuint(1);
    }

    /// @notice A transfer record with an inline recipient.
    function transferInline(uint256 feeIndex, address to, uint256 nonce, uint256 value, bytes32 r, bytes32 vs)
        internal
        pure
        returns (bytes memory)
    {
        // r = 0, so tag = 2 + feeIndex
        return abi.encodePacked(cuint(2 + feeIndex), to, cuint(nonce), amount(value), r, vs);
    }

    /// @notice A transfer record with dictionary recipient `dictIndex`.
    function transferDict(
        uint256 feeIndex,
        uint256 feeCount,
        uint256 dictIndex,
        uint256 nonce,
        uint256 value,
        bytes32 r,
        bytes32 vs
    ) internal pure returns (bytes memory) {
        uint256 tag = 2 + feeIndex + (dictIndex + 1) * feeCount;
        return abi.encodePacked(cuint(tag), cuint(nonce), amount(value), r, vs);
    }

    /// @notice Assembles a batch: header, dictionary, fee table, fee entries, records.
    function batch(address[] memory dict, bytes[] memory fees, bytes memory records)
        internal
        pure
        returns (bytes memory data, uint256 recordsStart)
    {
        bytes memory table;
        bytes memory entries;
        for (uint256 i = 0; i < fees.length; ++i) {
            table = abi.encodePacked(table, uint16(entries.length));
            entries = abi.encodePacked(entries, fees[i]);
        }
        bytes memory d;
        for (uint256 i = 0; i < dict.length; ++i) {
            d = abi.encodePacked(d, dict[i]);
        }
        recordsStart = 8 + d.length + table.length + entries.length;
        data = abi.encodePacked(
            uint8(1), uint8(fees.length), uint16(dict.length), uint32(recordsStart), d, table, entries, records
        );
    }

    // ------------------------------------------------------------ chunk tree

    function _chunk(bytes memory data, uint256 i) private pure returns (bytes memory c) {
        uint256 start = i * 1024;
        uint256 end = start + 1024;
        if (end > data.length) end = data.length;
        c = new bytes(end - start);
        for (uint256 j = start; j < end; ++j) {
            c[j - start] = data[j];
        }
    }

    function _levels(bytes memory data) private pure returns (bytes32[] memory leaves, uint256 depth) {
        uint256 n = (data.length + 1023) / 1024;
        uint256 p = 1;
        while (p < n) {
            p <<= 1;
            ++depth;
        }
        leaves = new bytes32[](p);
        for (uint256 i = 0; i < n; ++i) {
            leaves[i] = keccak256(_chunk(data, i));
        }
    }

    /// @notice The chunk root of `data`, computed naively over the padded tree.
    function chunkRoot(bytes memory data) internal pure returns (bytes32) {
        (bytes32[] memory level,) = _levels(data);
        while (level.length > 1) {
            bytes32[] memory next = new bytes32[](level.length / 2);
            for (uint256 i = 0; i < next.length; ++i) {
                next[i] = keccak256(abi.encodePacked(level[2 * i], level[2 * i + 1]));
            }
            level = next;
        }
        return level[0];
    }

    /// @notice Chunk `index` of `data` with its proof.
    function chunkProof(bytes memory data, uint256 index) internal pure returns (ChunkProof memory cp) {
        (bytes32[] memory level, uint256 depth) = _levels(data);
        cp.index = uint32(index);
        cp.data = _chunk(data, index);
        cp.siblings = new bytes32[](depth);
        uint256 idx = index;
        for (uint256 d = 0; d < depth; ++d) {
            cp.siblings[d] = level[idx ^ 1];
            bytes32[] memory next = new bytes32[](level.length / 2);
            for (uint256 i = 0; i < next.length; ++i) {
                next[i] = keccak256(abi.encodePacked(level[2 * i], level[2 * i + 1]));
            }
            level = next;
            idx >>= 1;
        }
    }

    /// @notice Proofs of every chunk of `data`.
    function allChunks(bytes memory data) internal pure returns (ChunkProof[] memory cps) {
        uint256 n = (data.length + 1023) / 1024;
        cps = new ChunkProof[](n);
        for (uint256 i = 0; i < n; ++i) {
            cps[i] = chunkProof(data, i);
        }
    }
}
