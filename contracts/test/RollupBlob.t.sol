// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Fixture} from "./utils/Fixture.sol";
import {Rollup} from "../src/Rollup.sol";
import {BatchHeader, BatchInfo, BlobHead, L2State} from "../src/lib/Types.sol";
import {Hashing} from "../src/lib/Hashing.sol";

/// @notice Rollup.appendBlobBatches on the blob batch vectors of
/// contracts/vectors/vectors.go (computed there with go-ethereum's kzg4844): the
/// batch is bound to its blob's versioned hash, and its data header is read from
/// element 0 through the point-evaluation precompile.
contract RollupBlobTest is Fixture {
    /// @dev The 8-byte batch of no records in a blob.
    bytes32 internal constant VH = 0x0165c1626b37232f9aeddea4cde81c9944662a68b53eaa59f30b6830171bb140;
    bytes internal constant COMMITMENT =
        hex"88926f5574dbc0433e0fab87dab6ee9b6ffdca4ffb4da844ac2295cf52b224c541064fc0df950c736a9e4f8b30a7049f";
    bytes32 internal constant HEAD = 0x0000000000080100000000000008000000000000000000000000000000000000;
    bytes internal constant HEAD_PROOF =
        hex"b52b14c7ed00e0ff832aeb192f6b5a0f8279c724e0dc3d381643517819625d70747412c4bdddabb3f74b9ffd841fefb2";
    /// @dev The BlobRead vector blob: stream version 0, dataLen 1000, data byte 0
    /// (the codec version) 0.
    bytes32 internal constant OTHER_VH = 0x0135ae4bd0836d6bab621fd711a8e348a57940a0c23b8504e11af091d58da3a2;
    bytes internal constant OTHER_COMMITMENT =
        hex"b54b073e72c1e5314da5c315abdd54549713f28c297919bcf3d45eee93cd7089fd25283e4a5a889cc7d5ea0a641cd78e";
    bytes32 internal constant OTHER_HEAD = 0x0000000003e8000102030405060708090a0b0c0d0e0f10111213141516171819;
    bytes internal constant OTHER_PROOF =
        hex"91750d244d987c674ab999d4979514665908033ca88c8a926be054b9043cb70e015065d21afcf8b1bfc5fbe364cb7725";

    function setUp() public {
        deploySystem();
        stake(sequencer, PROPOSER_BOND);
    }

    function _post(uint64 n) internal pure returns (L2State memory) {
        return L2State({
            stateRoot: keccak256(abi.encode(n)), depositsConsumed: 0, blockNumber: n, timestamp: GENESIS_TIMESTAMP
        });
    }

    function _one(BatchHeader memory h) internal pure returns (BatchHeader[] memory hs) {
        hs = new BatchHeader[](1);
        hs[0] = h;
    }

    function _heads(bytes32 value, bytes memory commitment, bytes memory proof)
        internal
        pure
        returns (BlobHead[] memory hd)
    {
        hd = new BlobHead[](1);
        hd[0] = BlobHead(value, commitment, proof);
    }

    function _blobs(bytes32 a) internal {
        bytes32[] memory hs = new bytes32[](1);
        hs[0] = a;
        vm.blobhashes(hs);
    }

    function test_appendBlobBatches_succeeds() public {
        BatchHeader memory h = BatchHeader({index: 0, prev: genesis(), post: _post(1), numSteps: 1});
        _blobs(VH);
        vm.recordLogs();
        vm.prank(sequencer, sequencer);
        bytes32[] memory hashes = rollup.appendBlobBatches(_one(h), _heads(HEAD, COMMITMENT, HEAD_PROOF));
        BatchInfo memory info = lastAppended();
        assertEq(hashes.length, 1);
        assertEq(hashes[0], hashOf(info));
        assertEq(rollup.batchHash(0), hashes[0]);
        assertEq(info.dataRoot, VH);
        assertTrue(info.blob);
        assertEq(info.dataLen, 8);
        assertEq(info.recordsStart, 8);
        assertEq(info.feeCount, 0);
        assertEq(info.addrCount, 0);
        assertEq(info.startHash, Hashing.machineHash(0, 8, 0, 0, GENESIS_TIMESTAMP));
        assertEq(info.endHash, Hashing.machineHash(h.post.stateRoot, 8, 0, 1, GENESIS_TIMESTAMP));
        assertEq(rollup.lastClaim(), claimOf(h.post));
    }

    /// Two batches in one transaction, batch i in blob i.
    function test_appendBlobBatches_two_succeeds() public {
        BatchHeader[] memory hs = new BatchHeader[](2);
        hs[0] = BatchHeader({index: 0, prev: genesis(), post: _post(1), numSteps: 1});
        hs[1] = BatchHeader({index: 1, prev: _post(1), post: _post(2), numSteps: 1});
        BlobHead[] memory hd = new BlobHead[](2);
        hd[0] = BlobHead(HEAD, COMMITMENT, HEAD_PROOF);
        hd[1] = hd[0];
        bytes32[] memory vhs = new bytes32[](2);
        vhs[0] = VH;
        vhs[1] = VH;
        vm.blobhashes(vhs);
        vm.prank(sequencer, sequencer);
        rollup.appendBlobBatches(hs, hd);
        assertEq(rollup.nextIndex(), 2);
        assertEq(rollup.lastClaim(), claimOf(_post(2)));
    }

    function test_appendBlobBatches_noBlob_reverts() public {
        BatchHeader memory h = BatchHeader({index: 0, prev: genesis(), post: _post(1), numSteps: 1});
        vm.prank(sequencer, sequencer);
        vm.expectRevert(abi.encodeWithSelector(Rollup.MissingBlob.selector, 0));
        rollup.appendBlobBatches(_one(h), _heads(HEAD, COMMITMENT, HEAD_PROOF));
    }

    function test_appendBlobBatches_badHead_reverts() public {
        BatchHeader memory h = BatchHeader({index: 0, prev: genesis(), post: _post(1), numSteps: 1});
        _blobs(VH);
        bytes memory proof = HEAD_PROOF;
        proof[9] ^= 0x01;
        vm.prank(sequencer, sequencer);
        vm.expectRevert(abi.encodeWithSelector(Rollup.BadBlobHead.selector, 0));
        rollup.appendBlobBatches(_one(h), _heads(HEAD, COMMITMENT, proof));
        // A claimed head that is not the blob's element 0: a longer dataLen.
        bytes32 lie = HEAD | bytes32(uint256(1) << 216);
        vm.prank(sequencer, sequencer);
        vm.expectRevert(abi.encodeWithSelector(Rollup.BadBlobHead.selector, 0));
        rollup.appendBlobBatches(_one(h), _heads(lie, COMMITMENT, HEAD_PROOF));
        // The head of another blob than the transaction's.
        vm.prank(sequencer, sequencer);
        vm.expectRevert(abi.encodeWithSelector(Rollup.BadBlobHead.selector, 0));
        rollup.appendBlobBatches(_one(h), _heads(OTHER_HEAD, OTHER_COMMITMENT, OTHER_PROOF));
    }

    /// The data header is checked as appendBatch checks it: this blob's data
    /// starts with codec version 0.
    function test_appendBlobBatches_badVersion_reverts() public {
        BatchHeader memory h = BatchHeader({index: 0, prev: genesis(), post: _post(1), numSteps: 1});
        _blobs(OTHER_VH);
        vm.prank(sequencer, sequencer);
        vm.expectRevert(abi.encodeWithSelector(Rollup.BadVersion.selector, 0));
        rollup.appendBlobBatches(_one(h), _heads(OTHER_HEAD, OTHER_COMMITMENT, OTHER_PROOF));
    }

    function test_appendBlobBatches_tooManySteps_reverts() public {
        BatchHeader memory h = BatchHeader({index: 0, prev: genesis(), post: _post(1), numSteps: 9});
        _blobs(VH);
        vm.prank(sequencer, sequencer);
        vm.expectRevert(abi.encodeWithSelector(Rollup.TooManySteps.selector, 9, 8));
        rollup.appendBlobBatches(_one(h), _heads(HEAD, COMMITMENT, HEAD_PROOF));
    }

    function test_appendBlobBatches_counts_reverts() public {
        BatchHeader[] memory none = new BatchHeader[](0);
        vm.prank(sequencer, sequencer);
        vm.expectRevert(abi.encodeWithSelector(Rollup.BadBlobBatchCount.selector, 0, 0));
        rollup.appendBlobBatches(none, new BlobHead[](0));
        BatchHeader memory h = BatchHeader({index: 0, prev: genesis(), post: _post(1), numSteps: 1});
        vm.prank(sequencer, sequencer);
        vm.expectRevert(abi.encodeWithSelector(Rollup.BadBlobBatchCount.selector, 1, 0));
        rollup.appendBlobBatches(_one(h), new BlobHead[](0));
    }

    function test_appendBlobBatches_notProposer_reverts() public {
        BatchHeader memory h = BatchHeader({index: 0, prev: genesis(), post: _post(1), numSteps: 1});
        address other = makeAddr("other");
        _blobs(VH);
        vm.prank(other, other);
        vm.expectRevert(abi.encodeWithSelector(Rollup.NotProposer.selector, other));
        rollup.appendBlobBatches(_one(h), _heads(HEAD, COMMITMENT, HEAD_PROOF));
    }
}
