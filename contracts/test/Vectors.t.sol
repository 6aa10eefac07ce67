// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Test} from "./utils/Test.sol";
import {BatchEncoder} from "./utils/BatchEncoder.sol";
import {DecoderHarness} from "./Codec.t.sol";
import {Hashing} from "../src/lib/Hashing.sol";
import {SparseMerkle} from "../src/lib/SparseMerkle.sol";
import {SigningHash} from "../src/lib/SigningHash.sol";
import {ChunkTree} from "../src/lib/ChunkTree.sol";
import {BatchContext, StateProof} from "../src/lib/Types.sol";
import {SmtModel} from "./utils/SmtModel.sol";

/// @dev Exposes the contract libraries for the vectors.
contract VectorHarness {
    function chunkRoot(bytes calldata data) external pure returns (bytes32) {
        return ChunkTree.rootOfCalldata(data);
    }

    /// @dev Builds a tree by successive updates from the empty state.
    function insert(bytes32 root, StateProof calldata p, bytes32 key, uint256 a, uint256 b)
        external
        pure
        returns (bytes32)
    {
        SparseMerkle.read(p, root, key);
        return SparseMerkle.update(p, key, a, b);
    }
}

/// @notice The vectors of contracts/vectors/vectors.go, asserted against the
/// contract code. Keep the two files in step.
contract VectorsTest is Test {
    VectorHarness internal h;
    DecoderHarness internal dh;

    bytes32 internal constant ROOT1 = 0x1111111111111111111111111111111111111111111111111111111111111111;
    bytes32 internal constant ROOT2 = 0x2222222222222222222222222222222222222222222222222222222222222222;
    bytes32 internal constant HASH3 = 0x3333333333333333333333333333333333333333333333333333333333333333;
    address internal constant ADDR1 = address(1);
    address internal constant ADDR2 = address(2);
    address internal constant ADDR3 = address(3);

    function setUp() public {
        h = new VectorHarness();
        dh = new DecoderHarness();
    }

    function test_vectors_hashes_succeeds() public pure {
        assertEq(
            Hashing.machineHash(ROOT1, 1234, 5, 6, 1_700_000_000),
            0x4d20a13eee53853c522c9b255c7c6e9f940a1dc301a0f4e171ebb7f17475c273
        );
        assertEq(
            Hashing.claimHash(ROOT2, 7, 8, 1_700_000_001),
            0xf0e2efc2c13e55c4e9fb00b3a9966338703ab792e251dec0447ead5a20f0d136
        );
        bytes32 leaf = SparseMerkle.leafHash(keccak256("key"), 1e18, 7);
        assertEq(leaf, 0x340a4e0d13d4cb73eb5059cada3986a7528cc6fda781f805cc5dfaa6bf2d779c);
        assertEq(SparseMerkle.nodeHash(leaf, HASH3), 0xd4359df31ed0f74d4923962b1adf0f3f72a7c1d87318a1fc8b4ed7bfdb30846e);
        assertEq(
            keccak256(abi.encodePacked(bytes1(0x57), ADDR3, uint64(4))),
            0xe15baabc6c21e77b5fba0a100acabb02bda8992921bb35fb4b4bdb5ee5283f4a
        );
    }

    function test_vectors_stateRoots_succeeds() public view {
        // built by update-from-proof, one leaf at a time, from the empty state
        SmtModel.Leaf[] memory ls = new SmtModel.Leaf[](0);
        bytes32 root;
        bytes32[3] memory keys = [
            SmtModel.accountKey(ADDR1),
            SmtModel.accountKey(ADDR2),
            keccak256(abi.encodePacked(bytes1(0x57), ADDR3, uint64(4)))
        ];
        uint256[3] memory as_ = [uint256(10), 20, 5];
        uint256[3] memory bs = [uint256(1), 2, uint256(uint160(ADDR3))];
        for (uint256 i = 0; i < 3; ++i) {
            root = h.insert(root, SmtModel.proof(ls, keys[i]), keys[i], as_[i], bs[i]);
            ls = SmtModel.set(ls, keys[i], as_[i], bs[i]);
            if (i == 0) assertEq(root, 0x5dc475037450118b6f6ab7e218daccfc36802429d841a4b7b2ed0e72dcee9050);
        }
        assertEq(root, 0xf6be3587a1d2118a1ec9c4c4f244e013a8b895e0dd638495ea43d747049cb505);
    }

    function test_vectors_chunkRoots_succeeds() public view {
        assertEq(h.chunkRoot("hello rollup"), 0xede3cef5e71f900e73918dac71dec8332206666f00c8d7c5e2e64752588adfd7);
        bytes memory d = new bytes(2500);
        for (uint256 i = 0; i < d.length; ++i) {
            d[i] = bytes1(uint8(i * 7));
        }
        assertEq(h.chunkRoot(d), 0xed7e49d80eb855a4f5b12bbc3e071cef518c5baf229d5df04033491a69b8dba9);
    }

    function test_vectors_signingHashes_succeeds() public pure {
        assertEq(
            SigningHash.legacy(7, 2 gwei, 21_000, address(0xbEEF), 1 ether, 901),
            0xc9458c2418326882b45f71e412003c23f79ead7d7841f9d5ad3f8927cee58022
        );
        assertEq(
            SigningHash.eip1559(
                901, 300, 0, (uint256(1) << 200) - 3, 4_000_000_000, 0x5757575757575757575757575757575757575757, 127
            ),
            0xf1de59906ea156770066f7e23891f3b5021461332b6c662e8b1ced2bfa73309d
        );
    }

    function _cuint(bytes memory enc, uint256 value, uint256 len, bool ok) internal view {
        bytes memory data = abi.encodePacked(enc);
        (uint256 v, uint256 next, bool got) = dh.cuint(
            BatchContext(BatchEncoder.chunkRoot(data), false, uint32(data.length), 0, 0, 0),
            BatchEncoder.allChunks(data),
            0
        );
        assertEq(got, ok);
        if (ok) {
            assertEq(v, value, "cuint value");
            assertEq(next, len, "cuint length");
        }
    }

    function test_vectors_cuints_succeeds() public view {
        _cuint(hex"00", 0, 1, true);
        _cuint(hex"ef", 239, 1, true);
        _cuint(hex"f000", 240, 2, true);
        _cuint(hex"f105", 501, 2, true);
        _cuint(hex"fdff", 3823, 2, true);
        _cuint(hex"fe0000", 3824, 3, true);
        _cuint(hex"feffff", 69359, 3, true);
        _cuint(hex"ff0000000000000100", 256, 9, true);
        _cuint(hex"ffffffffffffffffff", type(uint64).max, 9, true);
        _cuint(hex"f0", 0, 0, false);
        _cuint(hex"fe01", 0, 0, false);
        _cuint(hex"ff0102", 0, 0, false);
    }

    function _amount(bytes memory enc, uint256 value, uint256 len, bool ok) internal view {
        bytes memory data = abi.encodePacked(enc);
        (uint256 v, uint256 next, bool got) = dh.amount(
            BatchContext(BatchEncoder.chunkRoot(data), false, uint32(data.length), 0, 0, 0),
            BatchEncoder.allChunks(data),
            0
        );
        assertEq(got, ok);
        if (ok) {
            assertEq(v, value, "amount value");
            assertEq(next, len, "amount length");
        }
    }

    function test_vectors_amounts_succeeds() public view {
        _amount(hex"00", 1, 1, true);
        _amount(hex"08", 9, 1, true);
        _amount(hex"09", 10, 1, true);
        _amount(hex"13", 200, 1, true);
        _amount(hex"e0", 9e24, 1, true);
        _amount(hex"e100", 10, 2, true);
        _amount(hex"e15a", 100, 2, true);
        _amount(hex"e2c3", 1_100_000, 2, true);
        _amount(hex"fbb9", 11e76, 2, true);
        _amount(hex"fbba", 0, 0, false);
        _amount(hex"fc6b", 0, 0, false);
        _amount(hex"fc6c", 0, 0, false);
        _amount(hex"fe00", 0, 0, false);
        _amount(hex"ff00", 0, 2, true);
        _amount(hex"ff0201ff", 511, 4, true);
        _amount(hex"ff20ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", type(uint256).max, 34, true);
        _amount(hex"ff21", 0, 0, false);
        _amount(hex"ff02ff", 0, 0, false);
        _amount(hex"e1", 0, 0, false);
    }
}
