// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Test} from "./utils/Test.sol";
import {BlobRead} from "../src/lib/BlobRead.sol";

/// @dev Exposes BlobRead with calldata arguments.
contract BlobReadHarness {
    function verify(bytes32 vh, uint256 index, bytes32 value, bytes calldata commitment, bytes calldata proof)
        external
        view
        returns (bool ok, uint256 gasUsed)
    {
        uint256 g = gasleft();
        ok = BlobRead.verify(vh, index, value, commitment, proof);
        gasUsed = g - gasleft();
    }

    function point(uint256 index) external view returns (uint256) {
        return BlobRead.point(index);
    }
}

/// @notice The blob read vectors of contracts/vectors/vectors.go (computed
/// there with go-ethereum's kzg4844): every element verifies against the
/// versioned hash through the point-evaluation precompile, and a wrong value,
/// index, commitment, proof or versioned hash does not.
contract BlobReadTest is Test {
    BlobReadHarness internal h;

    bytes32 internal constant VH = 0x0135ae4bd0836d6bab621fd711a8e348a57940a0c23b8504e11af091d58da3a2;
    bytes internal constant COMMITMENT =
        hex"b54b073e72c1e5314da5c315abdd54549713f28c297919bcf3d45eee93cd7089fd25283e4a5a889cc7d5ea0a641cd78e";

    struct Element {
        uint256 index;
        bytes32 value;
        bytes proof;
    }

    function setUp() public {
        h = new BlobReadHarness();
    }

    function _elements() internal pure returns (Element[4] memory e) {
        e[0] = Element(
            0,
            0x0000000003e8000102030405060708090a0b0c0d0e0f10111213141516171819,
            hex"91750d244d987c674ab999d4979514665908033ca88c8a926be054b9043cb70e015065d21afcf8b1bfc5fbe364cb7725"
        );
        e[1] = Element(
            1,
            0x001a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738,
            hex"8b7d30b4e89b144cdfbf3b31c65d3e87fd11ec689f5fe624c9cbc70fcbd7e7172f2629d4e9f8b317491696b44ea66e78"
        );
        e[2] = Element(
            32,
            0x00eaebecedeeeff0f1f2f3f4f5f6000000000000000000000000000000000000,
            hex"a9b1259d9c062708891f0b0a3f16b1f86997d1a4e039ea6f6c9b0fc44749bdcf5b7645b43b7d71d2e118e53c453a71bf"
        );
        e[3] = Element(
            4095,
            bytes32(0),
            hex"85a2a7c672f58f7228517a1b3b496ea0a6b2da41710f2edca842c35703ddb2c357b8e3c097274cb298f0c14bf6cf9694"
        );
    }

    function test_verify_vectors_succeeds() public {
        Element[4] memory es = _elements();
        for (uint256 i; i < es.length; ++i) {
            (bool ok, uint256 gasUsed) = h.verify(VH, es[i].index, es[i].value, COMMITMENT, es[i].proof);
            assertTrue(ok);
            emit log_named_uint("BlobRead.verify gas", gasUsed);
        }
    }

    function test_verify_wrongWitness_fails() public view {
        Element[4] memory es = _elements();
        Element memory e = es[2];
        (bool ok,) = h.verify(VH, e.index, bytes32(uint256(e.value) ^ 1), COMMITMENT, e.proof);
        assertFalse(ok, "wrong value");
        (ok,) = h.verify(VH, e.index + 1, e.value, COMMITMENT, e.proof);
        assertFalse(ok, "wrong index");
        (ok,) = h.verify(VH, e.index, e.value, COMMITMENT, es[1].proof);
        assertFalse(ok, "wrong proof");
        (ok,) = h.verify(bytes32(uint256(VH) ^ 1), e.index, e.value, COMMITMENT, e.proof);
        assertFalse(ok, "wrong versioned hash");
        (ok,) = h.verify(VH, 4096, e.value, COMMITMENT, e.proof);
        assertFalse(ok, "index beyond the blob");
        (ok,) = h.verify(VH, e.index, bytes32(BlobRead.BLS_MODULUS), COMMITMENT, e.proof);
        assertFalse(ok, "value not a field element");
        (ok,) = h.verify(VH, e.index, e.value, hex"00", e.proof);
        assertFalse(ok, "short commitment");
    }

    function test_point_matchesDomain_succeeds() public view {
        assertEq(h.point(0), 1, "bitrev(0) = 0: omega^0");
        assertEq(h.point(2048), BlobRead.ROOT_OF_UNITY, "bitrev(2048) = 1");
        // omega^2048 = r - 1 (a primitive 4096th root of unity squares to -1 at half order)
        assertEq(h.point(1), BlobRead.BLS_MODULUS - 1);
    }
}
