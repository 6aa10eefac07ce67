// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title BlobRead
/// @notice Reads one field element of an EIP-4844 blob on chain, against the
/// blob's versioned hash, with the point-evaluation precompile (0x0a). A blob is
/// a polynomial in evaluation form: field element `index` is its value at
/// ω^bitrev(index), ω = 7^((r−1)/4096) the primitive 4,096th root of unity of
/// the BLS12-381 scalar field and bitrev the reversal of the index's 12 bits. In
/// the layout of docs/protocol.md §5.5 an element carries 31 bytes of batch data
/// (its first byte is zero). This is the building block of one-step proofs over
/// blob batches; the step machine does not use it yet.
library BlobRead {
    address internal constant POINT_EVALUATION = address(0x0a);
    address internal constant MODEXP = address(0x05);
    /// @notice r, the BLS12-381 scalar field modulus.
    uint256 internal constant BLS_MODULUS =
        52435875175126190479447740508185965837690552500527637822603658699938581184513;
    /// @notice ω.
    uint256 internal constant ROOT_OF_UNITY = 0x564c0a11a0f704f4fc3e8acfe0f8245f0ad1347b378fbf96e206da11a5d36306;
    uint256 internal constant ELEMENTS_PER_BLOB = 4096;
    /// @notice The precompile's fixed price (EIP-4844); a failed evaluation
    /// consumes what it was given, so it is given exactly that.
    uint256 internal constant POINT_EVALUATION_GAS = 50_000;

    /// @notice The evaluation point of field element `index` (< 4096): ω^bitrev(index).
    function point(uint256 index) internal view returns (uint256 z) {
        uint256 e;
        for (uint256 i; i < 12; ++i) {
            e = (e << 1) | ((index >> i) & 1);
        }
        (bool ok, bytes memory out) = MODEXP.staticcall(abi.encode(32, 32, 32, ROOT_OF_UNITY, e, BLS_MODULUS));
        require(ok && out.length == 32);
        z = abi.decode(out, (uint256));
    }

    /// @notice Whether `value` is field element `index` of the blob whose versioned
    /// hash is `versionedHash`, given the blob's KZG commitment and the proof at the
    /// element's point (48 bytes each). Never reverts on a wrong witness.
    function verify(
        bytes32 versionedHash,
        uint256 index,
        bytes32 value,
        bytes calldata commitment,
        bytes calldata proof
    ) internal view returns (bool) {
        if (index >= ELEMENTS_PER_BLOB || uint256(value) >= BLS_MODULUS) return false;
        if (commitment.length != 48 || proof.length != 48) return false;
        (bool ok, bytes memory out) = POINT_EVALUATION.staticcall{gas: POINT_EVALUATION_GAS}(
            abi.encodePacked(versionedHash, point(index), value, commitment, proof)
        );
        return ok && out.length == 64 && abi.decode(out, (uint256)) == ELEMENTS_PER_BLOB;
    }
}
