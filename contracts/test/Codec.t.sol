// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Test} from "./utils/Test.sol";
import {BatchEncoder} from "./utils/BatchEncoder.sol";
import {SmtModel} from "./utils/SmtModel.sol";
import {BatchData} from "../src/lib/BatchData.sol";
import {SparseMerkle} from "../src/lib/SparseMerkle.sol";
import {OneStepProver} from "../src/OneStepProver.sol";
import {Bridge} from "../src/Bridge.sol";
import {IOneStepProver} from "../src/interfaces/IOneStepProver.sol";
import {BatchContext, ChunkProof, MachineState, StateProof, Witness} from "../src/lib/Types.sol";

/// @dev Exposes the decoders over a fully loaded witness.
contract DecoderHarness {
    function cuint(BatchContext calldata ctx, ChunkProof[] calldata chunks, uint256 pos)
        external
        pure
        returns (uint256, uint256, bool)
    {
        BatchData.View memory v = BatchData.loadChunks(ctx, chunks);
        return BatchData.readCuint(v, pos);
    }

    function amount(BatchContext calldata ctx, ChunkProof[] calldata chunks, uint256 pos)
        external
        pure
        returns (uint256, uint256, bool)
    {
        BatchData.View memory v = BatchData.loadChunks(ctx, chunks);
        return BatchData.readAmount(v, pos);
    }
}

/// @dev Exposes SparseMerkle over calldata proofs.
contract SmtHarness {
    function readAndUpdate(StateProof calldata p, bytes32 root, bytes32 key, uint256 a, uint256 b)
        external
        pure
        returns (uint256 oldA, uint256 oldB, bytes32 newRoot)
    {
        (oldA, oldB) = SparseMerkle.read(p, root, key);
        newRoot = SparseMerkle.update(p, key, a, b);
    }
}

/// @notice Fuzz tests of the decoders, the prover on arbitrary data, and the
/// sparse Merkle update against the reference model.
contract CodecTest is Test {
    DecoderHarness internal dh;
    SmtHarness internal sh;
    OneStepProver internal prover;

    function setUp() public {
        dh = new DecoderHarness();
        sh = new SmtHarness();
        prover = new OneStepProver(new Bridge(), 901, 1 gwei, address(0xFEE));
    }

    function _ctx(bytes memory data) internal pure returns (BatchContext memory) {
        return BatchContext(BatchEncoder.chunkRoot(data), false, uint32(data.length), 0, 0, 0);
    }

    // ------------------------------------------------------------ reference decoders

    function _refCuint(bytes memory d, uint256 pos) internal pure returns (uint256 v, uint256 next, bool ok) {
        if (pos >= d.length) return (0, pos, false);
        uint256 b0 = uint8(d[pos]);
        uint256 len = b0 < 0xF0 ? 1 : b0 <= 0xFD ? 2 : b0 == 0xFE ? 3 : 9;
        if (pos + len > d.length) return (0, pos, false);
        if (len == 1) return (b0, pos + 1, true);
        if (len == 2) return (240 + (b0 - 0xF0) * 256 + uint8(d[pos + 1]), pos + 2, true);
        for (uint256 i = 1; i < len; ++i) {
            v = v << 8 | uint8(d[pos + i]);
        }
        if (len == 3) v += 3824;
        return (v, pos + len, true);
    }

    function _refAmount(bytes memory d, uint256 pos) internal pure returns (uint256 v, uint256 next, bool ok) {
        if (pos >= d.length) return (0, pos, false);
        uint256 b0 = uint8(d[pos]);
        if (b0 <= 0xE0) {
            v = b0 % 9 + 1;
            for (uint256 i = 0; i < b0 / 9; ++i) {
                v *= 10;
            }
            return (v, pos + 1, true);
        }
        if (pos + 2 > d.length) return (0, pos, false);
        uint256 b1 = uint8(d[pos + 1]);
        if (b0 < 0xFF) {
            uint256 k = (b0 - 0xE1) * 256 + b1;
            if (k >= 7020) return (0, pos, false);
            v = 10 + k % 90;
            for (uint256 i = 0; i < k / 90; ++i) {
                if (v > type(uint256).max / 10) return (0, pos, false);
                v *= 10;
            }
            return (v, pos + 2, true);
        }
        if (b1 > 32 || pos + 2 + b1 > d.length) return (0, pos, false);
        for (uint256 i = 0; i < b1; ++i) {
            v = v << 8 | uint8(d[pos + 2 + i]);
        }
        return (v, pos + 2 + b1, true);
    }

    // ------------------------------------------------------------ decoders

    function testFuzz_readCuint_neverReverts_succeeds(bytes memory data, uint256 pos) public view {
        vm.assume(data.length > 0 && data.length <= 3000);
        pos = bound(pos, 0, data.length + 2);
        (uint256 v, uint256 next, bool ok) = dh.cuint(_ctx(data), BatchEncoder.allChunks(data), pos);
        (uint256 rv, uint256 rnext, bool rok) = _refCuint(data, pos);
        assertEq(ok, rok);
        if (ok) {
            assertEq(v, rv, "value");
            assertEq(next, rnext, "next");
        }
    }

    function testFuzz_readAmount_neverReverts_succeeds(bytes memory data, uint256 pos) public view {
        vm.assume(data.length > 0 && data.length <= 3000);
        pos = bound(pos, 0, data.length + 2);
        (uint256 v, uint256 next, bool ok) = dh.amount(_ctx(data), BatchEncoder.allChunks(data), pos);
        (uint256 rv, uint256 rnext, bool rok) = _refAmount(data, pos);
        assertEq(ok, rok);
        if (ok) {
            assertEq(v, rv, "value");
            assertEq(next, rnext, "next");
        }
    }

    function testFuzz_amount_encodeDecode_succeeds(uint256 x) public view {
        bytes memory enc = BatchEncoder.amount(x);
        bytes memory data = abi.encodePacked(enc, hex"00");
        (uint256 v, uint256 next, bool ok) = dh.amount(_ctx(data), BatchEncoder.allChunks(data), 0);
        assertTrue(ok);
        assertEq(v, x);
        assertEq(next, enc.length);
    }

    function testFuzz_cuint_encodeDecode_succeeds(uint64 x) public view {
        bytes memory enc = BatchEncoder.cuint(x);
        (uint256 v, uint256 next, bool ok) = dh.cuint(_ctx(enc), BatchEncoder.allChunks(enc), 0);
        assertTrue(ok);
        assertEq(v, x);
        assertEq(next, enc.length);
    }

    // ------------------------------------------------------------ prover on arbitrary data

    /// @notice On an empty state (where the empty proof is valid for every key) and
    /// with every chunk, a step on arbitrary data never reverts and moves the cursor
    /// as §6.2 says.
    function testFuzz_executeStep_arbitraryData_neverReverts_succeeds(
        bytes memory records,
        uint8 f,
        uint8 a,
        uint256 cursor,
        bytes memory dict
    ) public view {
        vm.assume(records.length <= 2500 && dict.length <= 600);
        uint256 tableEnd = 8 + 20 * uint256(a) + 2 * uint256(f);
        bytes memory header = abi.encodePacked(uint8(1), f, uint16(a), uint32(tableEnd));
        bytes memory data =
            abi.encodePacked(header, dict, new bytes(tableEnd > 8 + dict.length ? tableEnd - 8 - dict.length : 0));
        // dictionary and fee table bytes come from `dict`, the records follow
        data = abi.encodePacked(_truncate(data, tableEnd), records);
        BatchContext memory ctx =
            BatchContext(BatchEncoder.chunkRoot(data), false, uint32(data.length), f, uint16(a), 0);
        MachineState memory pre = MachineState(bytes32(0), uint64(bound(cursor, 8, data.length)), 0, 5, 1000);
        Witness memory w;
        w.chunks = BatchEncoder.allChunks(data);
        w.proofs = new StateProof[](3);
        (MachineState memory post, IOneStepProver.Outcome o) = prover.executeStep(ctx, pre, w);
        if (pre.cursor >= data.length) {
            assertEq(uint256(o), uint256(IOneStepProver.Outcome.Halt));
        } else if (o == IOneStepProver.Outcome.End) {
            assertEq(post.cursor, data.length);
        } else {
            assertTrue(post.cursor > pre.cursor && post.cursor <= data.length, "cursor moves");
            // an empty state has no funds: no transfer can apply
            assertEq(post.stateRoot, bytes32(0));
        }
    }

    function _truncate(bytes memory b, uint256 n) internal pure returns (bytes memory out) {
        out = new bytes(n);
        for (uint256 i = 0; i < n && i < b.length; ++i) {
            out[i] = b[i];
        }
    }

    // ------------------------------------------------------------ sparse Merkle

    function _leaves(uint256 seed, uint256 n) internal pure returns (SmtModel.Leaf[] memory ls) {
        ls = new SmtModel.Leaf[](n);
        for (uint256 i = 0; i < n; ++i) {
            bytes32 k = keccak256(abi.encode(seed, i));
            if (i % 3 == 2) {
                // share a 20-bit prefix with the previous key
                bytes32 top = bytes32(type(uint256).max << 236);
                k = (ls[i - 1].key & top) | (k & ~top);
            }
            ls[i] = SmtModel.Leaf(k, uint256(keccak256(abi.encode(k))), i);
        }
    }

    function _pickKey(SmtModel.Leaf[] memory ls, uint256 seed, uint256 which) internal pure returns (bytes32) {
        uint256 n = ls.length;
        which = bound(which, 0, n + 2);
        if (which < n) return ls[which].key; // an existing leaf
        if (which == n && n > 0) return ls[0].key ^ bytes32(uint256(1) << (255 - seed % 32)); // a neighbour
        return keccak256(abi.encode(seed, "new"));
    }

    function testFuzz_update_matchesModel_succeeds(uint256 seed, uint8 n, uint256 which, uint256 a, uint256 b)
        public
        view
    {
        SmtModel.Leaf[] memory ls = _leaves(seed, bound(n, 0, 12));
        bytes32 key = _pickKey(ls, seed, which);
        (uint256 oa, uint256 ob, bytes32 newRoot) =
            sh.readAndUpdate(SmtModel.proof(ls, key), SmtModel.root(ls), key, a, b);
        (uint256 ea, uint256 eb) = SmtModel.get(ls, key);
        assertEq(oa, ea, "old a");
        assertEq(ob, eb, "old b");
        assertEq(newRoot, SmtModel.root(SmtModel.set(ls, key, a, b)), "new root");
    }

    function testFuzz_read_tamperedProof_reverts(uint256 seed, uint8 n, uint256 which, uint256 flip) public {
        n = uint8(bound(n, 2, 10));
        SmtModel.Leaf[] memory ls = _leaves(seed, n);
        bytes32 key = ls[bound(which, 0, n - 1)].key;
        StateProof memory p = SmtModel.proof(ls, key);
        bytes32 root = SmtModel.root(ls);
        if (p.siblings.length > 0 && flip % 2 == 0) {
            p.siblings[flip % p.siblings.length] ^= bytes32(uint256(1));
        } else {
            p.leafA ^= 1;
        }
        vm.expectRevert(SparseMerkle.InvalidStateProof.selector);
        sh.readAndUpdate(p, root, key, 1, 1);
    }

    function test_read_leafOffPath_reverts() public {
        SmtModel.Leaf[] memory ls = _leaves(7, 4);
        StateProof memory p = SmtModel.proof(ls, ls[0].key);
        // claim the leaf sits on the path of a key whose first bit differs
        bytes32 other = ls[0].key ^ bytes32(uint256(1) << 255);
        assertTrue(p.siblings.length > 0);
        vm.expectRevert(SparseMerkle.InvalidStateProof.selector);
        sh.readAndUpdate(p, SmtModel.root(ls), other, 1, 1);
    }

    /// @notice Two keys that differ only in their last bit: the update builds a
    /// path of 255 single-child nodes (too deep for the recursive model).
    function test_update_deepNeighbour_succeeds() public view {
        bytes32 k1 = keccak256("deep");
        bytes32 k2 = k1 ^ bytes32(uint256(1));
        SmtModel.Leaf[] memory ls = new SmtModel.Leaf[](1);
        ls[0] = SmtModel.Leaf(k1, 1, 2);
        StateProof memory p = SmtModel.proof(ls, k2);
        (uint256 a, uint256 b, bytes32 r) = sh.readAndUpdate(p, SmtModel.root(ls), k2, 3, 4);
        assertEq(a, 0);
        assertEq(b, 0);
        bytes32 nw = SmtModel.leafHash(k2, 3, 4);
        bytes32 old = SmtModel.leafHash(k1, 1, 2);
        bytes32 h = uint256(k2) & 1 == 0 ? SmtModel.nodeHash(nw, old) : SmtModel.nodeHash(old, nw);
        for (uint256 i = 255; i > 0; --i) {
            uint256 bitv = (uint256(k2) >> (256 - i)) & 1; // bit i-1
            h = bitv == 0 ? SmtModel.nodeHash(h, 0) : SmtModel.nodeHash(0, h);
        }
        assertEq(r, h);
    }

    function test_update_emptyTree_succeeds() public view {
        StateProof memory p;
        p.siblings = new bytes32[](0);
        bytes32 key = keccak256("k");
        (,, bytes32 r) = sh.readAndUpdate(p, bytes32(0), key, 5, 6);
        assertEq(r, SmtModel.leafHash(key, 5, 6));
    }
}
