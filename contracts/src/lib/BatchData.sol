// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {BatchContext, ChunkProof, BlobElement, Witness, Protocol} from "./Types.sol";
import {ChunkTree} from "./ChunkTree.sol";
import {BlobRead} from "./BlobRead.sol";

/// @title BatchData
/// @notice Reads batch data inside the one-step prover, through chunks proven
/// against the chunk root of a calldata batch or through field elements proven
/// against the versioned hash of a blob batch's blob (point evaluation), and
/// decodes the integer and amount encodings of docs/protocol.md §5.1.
/// @dev The data is read in segments: a chunk of CHUNK_SIZE bytes, or the 31
/// data bytes of a blob element, which hold blob stream bytes [31·i, 31·i + 31)
/// (the data starts at stream byte 5). Every decoder returns `ok = false` instead
/// of reverting when the encoding is undecodable or runs past `dataLen`. A read of
/// a byte inside `dataLen` whose segment the witness lacks reverts with
/// MissingChunk: that is a bad witness, not a property of the data.
library BatchData {
    /// @notice The witness lacks segment `index` (a chunk, or a blob element),
    /// which the step reads.
    error MissingChunk(uint256 index);
    /// @notice Chunk `index` of the witness does not match the chunk root.
    error InvalidChunkProof(uint256 index);
    /// @notice Element `index` of the witness does not match the blob's versioned hash.
    error InvalidBlobElement(uint256 index);

    /// @notice Proven segments loaded in memory.
    /// @param dataLen length of the batch data
    /// @param segSize bytes per segment (CHUNK_SIZE, or 31 for blob elements)
    /// @param shift position of data byte 0 in the segments (0, or 5 for blobs)
    /// @param indices segment index of each loaded segment
    /// @param ptrs memory address of the first byte of each loaded segment
    struct View {
        uint256 dataLen;
        uint256 segSize;
        uint256 shift;
        uint256[] indices;
        uint256[] ptrs;
    }

    /// @notice Verifies every chunk or blob element of the witness against
    /// `ctx.dataRoot` and loads it.
    function load(BatchContext calldata ctx, Witness calldata w) internal view returns (View memory v) {
        v.dataLen = ctx.dataLen;
        if (ctx.blob) return _loadElements(v, ctx.dataRoot, w.blobCommitment, w.elements);
        return loadChunks(ctx, w.chunks);
    }

    /// @notice Verifies every chunk against `ctx.dataRoot`, a chunk root, and loads it.
    function loadChunks(BatchContext calldata ctx, ChunkProof[] calldata chunks) internal pure returns (View memory v) {
        v.dataLen = ctx.dataLen;
        v.segSize = Protocol.CHUNK_SIZE;
        uint256 n = chunks.length;
        v.indices = new uint256[](n);
        v.ptrs = new uint256[](n);
        for (uint256 i = 0; i < n; ++i) {
            bytes memory data = chunks[i].data;
            uint256 index = chunks[i].index;
            if (!ChunkTree.verify(ctx.dataRoot, ctx.dataLen, index, data, chunks[i].siblings)) {
                revert InvalidChunkProof(index);
            }
            uint256 p;
            assembly ("memory-safe") {
                p := add(data, 0x20)
            }
            v.indices[i] = index;
            v.ptrs[i] = p;
        }
    }

    /// @dev Each element's 31 data bytes go to the start of a 32-byte word.
    function _loadElements(
        View memory v,
        bytes32 versionedHash,
        bytes calldata commitment,
        BlobElement[] calldata elements
    ) private view returns (View memory) {
        v.segSize = Protocol.BLOB_ELEMENT_BYTES;
        v.shift = Protocol.BLOB_STREAM_HEADER;
        uint256 n = elements.length;
        v.indices = new uint256[](n);
        v.ptrs = new uint256[](n);
        uint256 words;
        assembly ("memory-safe") {
            words := mload(0x40)
            mstore(0x40, add(words, shl(5, add(n, 1)))) // one spare word: reads may run past the last
        }
        for (uint256 i = 0; i < n; ++i) {
            uint256 index = elements[i].index;
            bytes32 value = elements[i].value;
            if (!BlobRead.verify(versionedHash, index, value, commitment, elements[i].proof)) {
                revert InvalidBlobElement(index);
            }
            uint256 p = words + 32 * i;
            assembly ("memory-safe") {
                mstore(p, shl(8, value))
            }
            v.indices[i] = index;
            v.ptrs[i] = p;
        }
        return v;
    }

    function _ptr(View memory v, uint256 index) private pure returns (uint256) {
        uint256[] memory indices = v.indices;
        for (uint256 i = 0; i < indices.length; ++i) {
            if (indices[i] == index) return v.ptrs[i];
        }
        revert MissingChunk(index);
    }

    /// @notice The `n` bytes (n <= 32) at `pos` as a big-endian integer.
    /// @dev The caller guarantees pos + n <= dataLen. A read spans at most two
    /// segments: n <= 32 and a segment holds at least 31 bytes.
    function readN(View memory v, uint256 pos, uint256 n) internal pure returns (uint256 x) {
        if (n == 0) return 0;
        uint256 size = v.segSize;
        uint256 s = pos + v.shift;
        uint256 off = s % size;
        uint256 p = _ptr(v, s / size);
        if (off + n <= size) {
            assembly ("memory-safe") {
                x := shr(sub(256, shl(3, n)), mload(add(p, off)))
            }
        } else {
            uint256 k = size - off; // bytes in the first segment
            uint256 p2 = _ptr(v, s / size + 1);
            assembly ("memory-safe") {
                let hi := shr(sub(256, shl(3, k)), mload(add(p, off)))
                let lo := shr(sub(256, shl(3, sub(n, k))), mload(p2))
                x := or(shl(shl(3, sub(n, k)), hi), lo)
            }
        }
    }

    /// @notice Whether `n` bytes starting at `pos` lie inside the data.
    function has(View memory v, uint256 pos, uint256 n) internal pure returns (bool) {
        return pos <= v.dataLen && n <= v.dataLen - pos;
    }

    /// @notice Decodes a cuint at `pos` (docs/protocol.md §5.1).
    /// @return value the integer
    /// @return next the position after it
    /// @return ok false when it runs past the end of the data
    function readCuint(View memory v, uint256 pos) internal pure returns (uint256 value, uint256 next, bool ok) {
        if (!has(v, pos, 1)) return (0, pos, false);
        uint256 b0 = readN(v, pos, 1);
        if (b0 < 0xF0) return (b0, pos + 1, true);
        if (b0 <= 0xFD) {
            if (!has(v, pos, 2)) return (0, pos, false);
            return (240 + (b0 - 0xF0) * 256 + readN(v, pos + 1, 1), pos + 2, true);
        }
        if (b0 == 0xFE) {
            if (!has(v, pos, 3)) return (0, pos, false);
            return (3824 + readN(v, pos + 1, 2), pos + 3, true);
        }
        if (!has(v, pos, 9)) return (0, pos, false);
        return (readN(v, pos + 1, 8), pos + 9, true);
    }

    /// @notice Decodes an amount at `pos` (docs/protocol.md §5.1).
    /// @return value the amount
    /// @return next the position after it
    /// @return ok false when undecodable (bad code, overflow, or past the end)
    function readAmount(View memory v, uint256 pos) internal pure returns (uint256 value, uint256 next, bool ok) {
        if (!has(v, pos, 1)) return (0, pos, false);
        uint256 b0 = readN(v, pos, 1);
        if (b0 <= 0xE0) {
            return ((b0 % 9 + 1) * 10 ** (b0 / 9), pos + 1, true);
        }
        if (!has(v, pos, 2)) return (0, pos, false);
        uint256 b1 = readN(v, pos + 1, 1);
        if (b0 < 0xFF) {
            uint256 k = (b0 - 0xE1) * 256 + b1;
            if (k >= 7020) return (0, pos, false);
            uint256 m = 10 + k % 90;
            uint256 e = k / 90; // <= 77, and 10**77 < 2**256
            uint256 p10 = 10 ** e;
            if (p10 > type(uint256).max / m) return (0, pos, false);
            return (m * p10, pos + 2, true);
        }
        // 0xFF: length-prefixed big-endian value
        if (b1 > 32) return (0, pos, false);
        if (!has(v, pos + 2, b1)) return (0, pos, false);
        return (readN(v, pos + 2, b1), pos + 2 + b1, true);
    }
}
