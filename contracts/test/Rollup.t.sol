// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Fixture} from "./utils/Fixture.sol";
import {BatchEncoder} from "./utils/BatchEncoder.sol";
import {Rollup} from "../src/Rollup.sol";
import {Bridge} from "../src/Bridge.sol";
import {BatchHeader, BatchInfo, L2State, Protocol} from "../src/lib/Types.sol";
import {Hashing} from "../src/lib/Hashing.sol";
import {ChunkTree} from "../src/lib/ChunkTree.sol";

/// @dev Exposes ChunkTree.rootOfCalldata.
contract ChunkRootHarness {
    function root(bytes calldata data) external pure returns (bytes32) {
        return ChunkTree.rootOfCalldata(data);
    }
}

contract RollupTest is Fixture {
    address internal other;

    function setUp() public {
        deploySystem();
        other = makeAddr("other");
        stake(sequencer, PROPOSER_BOND);
    }

    function _post(uint64 blockNumber, uint64 ts) internal pure returns (L2State memory) {
        return L2State({stateRoot: keccak256("root"), depositsConsumed: 0, blockNumber: blockNumber, timestamp: ts});
    }

    function _appendSimple() internal returns (BatchInfo memory) {
        L2State memory prev = rollup.nextIndex() == 0 ? genesis() : _lastPost;
        L2State memory post = _post(prev.blockNumber + 1, prev.timestamp + 2);
        _lastPost = post;
        return append(sequencer, prev, post, 1, simpleData());
    }

    L2State internal _lastPost;

    function _header(L2State memory prev, L2State memory post, uint64 numSteps)
        internal
        view
        returns (BatchHeader memory)
    {
        return BatchHeader({index: rollup.nextIndex(), prev: prev, post: post, numSteps: numSteps});
    }

    // ------------------------------------------------------------ initialize

    function test_initialize_twice_reverts() public {
        vm.expectRevert(Rollup.AlreadyInitialized.selector);
        rollup.initialize(address(1));
    }

    function test_initialize_notDeployer_reverts() public {
        Rollup r = new Rollup(bridge, Rollup.Config(sequencer, 1, 1, 1, 1, 1));
        vm.prank(other, other);
        vm.expectRevert(Rollup.NotDeployer.selector);
        r.initialize(address(1));
    }

    function test_initialize_zeroAddress_reverts() public {
        Rollup r = new Rollup(bridge, Rollup.Config(sequencer, 1, 1, 1, 1, 1));
        vm.expectRevert(Rollup.ZeroAddress.selector);
        r.initialize(address(0));
    }

    function test_constructor_zeroSequencer_reverts() public {
        vm.expectRevert(Rollup.ZeroAddress.selector);
        new Rollup(bridge, Rollup.Config(address(0), 1, 1, 1, 1, 1));
    }

    function test_constructor_genesis_succeeds() public view {
        assertEq(rollup.genesisClaim(), claimOf(genesis()));
        assertEq(rollup.lastClaim(), claimOf(genesis()));
        assertEq(rollup.nextIndex(), 0);
        assertEq(rollup.challengeGame(), address(game));
    }

    // ------------------------------------------------------------ stake

    function test_depositStake_succeeds() public {
        vm.deal(other, 3 ether);
        vm.expectEmit();
        emit Rollup.StakeDeposited(other, 2 ether, 2 ether);
        vm.prank(other, other);
        rollup.depositStake{value: 2 ether}();
        (uint256 amount, uint64 last) = rollup.stakeOf(other);
        assertEq(amount, 2 ether);
        assertEq(last, 0);
    }

    function test_depositStake_zero_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(Rollup.BadAmount.selector, 0));
        rollup.depositStake();
    }

    function test_withdrawStake_noBatches_succeeds() public {
        uint256 before = sequencer.balance;
        vm.expectEmit();
        emit Rollup.StakeWithdrawn(sequencer, 0.4 ether, 0.6 ether);
        vm.prank(sequencer, sequencer);
        rollup.withdrawStake(0.4 ether);
        assertEq(sequencer.balance, before + 0.4 ether);
    }

    function test_withdrawStake_tooMuch_reverts() public {
        vm.prank(sequencer, sequencer);
        vm.expectRevert(abi.encodeWithSelector(Rollup.BadAmount.selector, 2 ether));
        rollup.withdrawStake(2 ether);
    }

    function test_withdrawStake_pendingBatch_reverts() public {
        _appendSimple();
        vm.prank(sequencer, sequencer);
        vm.expectRevert(abi.encodeWithSelector(Rollup.StakeLocked.selector, 1, 0));
        rollup.withdrawStake(1 ether);
    }

    function test_withdrawStake_afterFinal_succeeds() public {
        BatchInfo memory info = _appendSimple();
        vm.warp(block.timestamp + DISPUTE_WINDOW);
        rollup.finalize(info);
        vm.prank(sequencer, sequencer);
        rollup.withdrawStake(1 ether);
        (uint256 amount,) = rollup.stakeOf(sequencer);
        assertEq(amount, 0);
    }

    function test_withdrawStake_paymentFails_reverts() public {
        NoReceive nr = new NoReceive(rollup);
        vm.deal(address(nr), 1 ether);
        nr.stake{value: 1 ether}();
        vm.expectRevert(abi.encodeWithSelector(Rollup.PaymentFailed.selector, address(nr), 1 ether));
        nr.unstake(1 ether);
    }

    // ------------------------------------------------------------ appendBatch

    function test_appendBatch_succeeds() public {
        vm.deal(other, 1 ether);
        vm.prank(other, other);
        bridge.deposit{value: 1 ether}(other);
        bytes memory data = simpleData();
        L2State memory post = _post(1, GENESIS_TIMESTAMP + 2);
        post.depositsConsumed = 1;
        BatchHeader memory h = _header(genesis(), post, 2);
        vm.recordLogs();
        vm.prank(sequencer, sequencer);
        bytes32 hash = rollup.appendBatch(h, data);
        BatchInfo memory info = lastAppended();
        assertEq(hash, hashOf(info));
        assertEq(rollup.batchHash(0), hash);
        assertEq(info.index, 0);
        assertEq(info.proposer, sequencer);
        assertEq(info.l1Timestamp, block.timestamp);
        assertEq(info.dataRoot, BatchEncoder.chunkRoot(data));
        assertEq(info.dataLen, data.length);
        assertEq(info.recordsStart, 8);
        assertEq(info.feeCount, 0);
        assertEq(info.addrCount, 0);
        assertEq(info.depositLimit, 1);
        assertEq(info.numSteps, 2);
        assertEq(info.prevClaim, claimOf(genesis()));
        assertEq(claimOf(info.post), claimOf(post));
        assertEq(info.startHash, Hashing.machineHash(0, 8, 0, 0, GENESIS_TIMESTAMP));
        assertEq(info.endHash, Hashing.machineHash(post.stateRoot, data.length, 1, 1, GENESIS_TIMESTAMP + 2));
        assertEq(rollup.nextIndex(), 1);
        assertEq(rollup.lastClaim(), claimOf(post));
        assertEq(rollup.lastAppendTime(), block.timestamp);
        (, uint64 last) = rollup.stakeOf(sequencer);
        assertEq(last, 1);
        assertEq(uint256(rollup.status(0)), uint256(Rollup.BatchStatus.Pending));
    }

    function test_appendBatch_chained_succeeds() public {
        _appendSimple();
        _appendSimple();
        BatchInfo memory info = _appendSimple();
        assertEq(info.index, 2);
        assertEq(rollup.nextIndex(), 3);
    }

    function test_appendBatch_notSequencer_reverts() public {
        stake(other, PROPOSER_BOND);
        BatchHeader memory h = _header(genesis(), _post(1, GENESIS_TIMESTAMP), 1);
        bytes memory data = simpleData();
        vm.prank(other, other);
        vm.expectRevert(abi.encodeWithSelector(Rollup.NotProposer.selector, other));
        rollup.appendBatch(h, data);
    }

    function test_appendBatch_escapeWindow_succeeds() public {
        stake(other, PROPOSER_BOND);
        vm.warp(block.timestamp + ESCAPE_WINDOW);
        assertTrue(rollup.escapeOpen());
        assertTrue(rollup.canPropose(other));
        BatchInfo memory info = append(other, genesis(), _post(1, GENESIS_TIMESTAMP), 1, simpleData());
        assertEq(info.proposer, other);
        // the escape window closes again once a batch is appended
        assertFalse(rollup.escapeOpen());
    }

    function test_appendBatch_escapeUnbonded_reverts() public {
        vm.warp(block.timestamp + ESCAPE_WINDOW);
        BatchHeader memory h = _header(genesis(), _post(1, GENESIS_TIMESTAMP), 1);
        bytes memory data = simpleData();
        vm.prank(other, other);
        vm.expectRevert(abi.encodeWithSelector(Rollup.InsufficientStake.selector, 0, PROPOSER_BOND));
        rollup.appendBatch(h, data);
    }

    function test_appendBatch_insufficientStake_reverts() public {
        vm.prank(sequencer, sequencer);
        rollup.withdrawStake(0.5 ether);
        BatchHeader memory h = _header(genesis(), _post(1, GENESIS_TIMESTAMP), 1);
        bytes memory data = simpleData();
        vm.prank(sequencer, sequencer);
        vm.expectRevert(abi.encodeWithSelector(Rollup.InsufficientStake.selector, 0.5 ether, PROPOSER_BOND));
        rollup.appendBatch(h, data);
    }

    function _expectAppendRevert(BatchHeader memory h, bytes memory data, bytes memory err) internal {
        vm.prank(sequencer, sequencer);
        vm.expectRevert(err);
        rollup.appendBatch(h, data);
    }

    function test_appendBatch_wrongIndex_reverts() public {
        BatchHeader memory h = _header(genesis(), _post(1, GENESIS_TIMESTAMP), 1);
        h.index = 1;
        _expectAppendRevert(h, simpleData(), abi.encodeWithSelector(Rollup.WrongIndex.selector, 0, 1));
    }

    function test_appendBatch_wrongPrev_reverts() public {
        L2State memory prev = genesis();
        prev.blockNumber = 5;
        BatchHeader memory h = _header(prev, _post(1, GENESIS_TIMESTAMP), 1);
        _expectAppendRevert(
            h, simpleData(), abi.encodeWithSelector(Rollup.WrongPrevClaim.selector, claimOf(genesis()), claimOf(prev))
        );
    }

    function test_appendBatch_shortData_reverts() public {
        BatchHeader memory h = _header(genesis(), _post(1, GENESIS_TIMESTAMP), 1);
        _expectAppendRevert(h, hex"01000000000000", abi.encodeWithSelector(Rollup.BadDataLength.selector, 7));
    }

    function test_appendBatch_longData_reverts() public {
        bytes memory data = new bytes(Protocol.MAX_BATCH_BYTES + 1);
        data[0] = 0x01;
        data[7] = 0x08;
        BatchHeader memory h = _header(genesis(), _post(1, GENESIS_TIMESTAMP), 1);
        _expectAppendRevert(h, data, abi.encodeWithSelector(Rollup.BadDataLength.selector, data.length));
    }

    function test_appendBatch_badVersion_reverts() public {
        bytes memory data = simpleData();
        data[0] = 0x02;
        BatchHeader memory h = _header(genesis(), _post(1, GENESIS_TIMESTAMP), 1);
        _expectAppendRevert(h, data, abi.encodeWithSelector(Rollup.BadVersion.selector, 2));
    }

    function test_appendBatch_recordsStartTooLow_reverts() public {
        // F = 1, A = 1: records start at >= 8 + 20 + 2 = 30
        bytes memory data = abi.encodePacked(uint8(1), uint8(1), uint16(1), uint32(29), new bytes(40));
        BatchHeader memory h = _header(genesis(), _post(1, GENESIS_TIMESTAMP), 1);
        _expectAppendRevert(h, data, abi.encodeWithSelector(Rollup.BadRecordsStart.selector, 29));
    }

    function test_appendBatch_recordsStartPastEnd_reverts() public {
        bytes memory data = abi.encodePacked(uint8(1), uint8(0), uint16(0), uint32(11), hex"0002");
        BatchHeader memory h = _header(genesis(), _post(1, GENESIS_TIMESTAMP), 1);
        _expectAppendRevert(h, data, abi.encodeWithSelector(Rollup.BadRecordsStart.selector, 11));
    }

    function test_appendBatch_recordsStartAtEnd_succeeds() public {
        bytes memory data = abi.encodePacked(uint8(1), uint8(0), uint16(0), uint32(8));
        BatchInfo memory info = append(sequencer, genesis(), genesis(), 0, data);
        assertEq(info.startHash, info.endHash);
    }

    function test_appendBatch_tooManySteps_reverts() public {
        bytes memory data = simpleData();
        BatchHeader memory h = _header(genesis(), _post(1, GENESIS_TIMESTAMP), uint64(data.length + 1));
        _expectAppendRevert(h, data, abi.encodeWithSelector(Rollup.TooManySteps.selector, data.length + 1, data.length));
    }

    function test_appendBatch_depositsBeyondQueue_reverts() public {
        L2State memory post = _post(1, GENESIS_TIMESTAMP);
        post.depositsConsumed = 1;
        BatchHeader memory h = _header(genesis(), post, 1);
        _expectAppendRevert(h, simpleData(), abi.encodeWithSelector(Rollup.BadDepositRange.selector, 0, 1, 0));
    }

    function test_appendBatch_depositsGoBackwards_reverts() public {
        vm.deal(other, 2 gwei);
        vm.startPrank(other, other);
        bridge.deposit{value: 1 gwei}(other);
        bridge.deposit{value: 1 gwei}(other);
        vm.stopPrank();
        L2State memory p1 = _post(1, GENESIS_TIMESTAMP);
        p1.depositsConsumed = 2;
        append(sequencer, genesis(), p1, 1, simpleData());
        L2State memory p2 = _post(2, GENESIS_TIMESTAMP);
        p2.depositsConsumed = 1;
        BatchHeader memory h = _header(p1, p2, 1);
        _expectAppendRevert(h, simpleData(), abi.encodeWithSelector(Rollup.BadDepositRange.selector, 2, 1, 2));
    }

    function test_appendBatch_staleDepositNotIncluded_reverts() public {
        vm.deal(other, 1 gwei);
        vm.prank(other, other);
        bridge.deposit{value: 1 gwei}(other);
        uint64 t0 = uint64(block.timestamp);
        vm.warp(block.timestamp + INCLUSION_WINDOW);
        BatchHeader memory h = _header(genesis(), _post(1, GENESIS_TIMESTAMP), 1);
        _expectAppendRevert(h, simpleData(), abi.encodeWithSelector(Rollup.DepositNotIncluded.selector, 0, t0));
    }

    function test_appendBatch_youngDepositNotIncluded_succeeds() public {
        vm.deal(other, 1 gwei);
        vm.prank(other, other);
        bridge.deposit{value: 1 gwei}(other);
        vm.warp(block.timestamp + INCLUSION_WINDOW - 1);
        BatchInfo memory info = append(sequencer, genesis(), _post(1, GENESIS_TIMESTAMP), 1, simpleData());
        assertEq(info.depositLimit, 1);
    }

    /// @notice appendBatch execution gas for a 100 kB batch (calldata itself excluded).
    function test_appendBatch_gas100kB_succeeds() public {
        bytes memory data = new bytes(100_000);
        for (uint256 i = 8; i < data.length; i += 32) {
            bytes32 w = keccak256(abi.encode(i));
            assembly {
                mstore(add(add(data, 32), i), w)
            }
        }
        data[0] = 0x01;
        data[1] = 0x00;
        data[2] = 0x00;
        data[3] = 0x00;
        data[4] = 0x00;
        data[5] = 0x00;
        data[6] = 0x00;
        data[7] = 0x08;
        // keep the length exact after the word writes past the end
        assembly {
            mstore(data, 100000)
        }
        // a previous batch so that the counters are warm as in steady state
        _appendSimple();
        BatchHeader memory h = _header(_lastPost, _post(_lastPost.blockNumber + 1, _lastPost.timestamp), 90_000);
        bytes memory cd = abi.encodeCall(Rollup.appendBatch, (h, data));
        vm.prank(sequencer, sequencer);
        address target = address(rollup);
        bool ok;
        uint256 g = gasleft();
        // a raw call: Solidity's address.call would first copy the 100 kB argument
        assembly {
            ok := call(gas(), target, 0, add(cd, 32), mload(cd), 0, 0)
        }
        g -= gasleft();
        assertTrue(ok, "append");
        emit log_named_uint("appendBatch 100kB execution gas", g);
        assertLe(g, 130_000, "append gas");
    }

    // ------------------------------------------------------------ finalize

    function test_finalize_succeeds() public {
        BatchInfo memory info = _appendSimple();
        vm.warp(block.timestamp + DISPUTE_WINDOW);
        assertTrue(rollup.isFinalizable(info));
        vm.expectEmit();
        emit Rollup.BatchFinalized(0, hashOf(info), info.post.stateRoot);
        rollup.finalize(info);
        assertTrue(rollup.isFinal(0));
        assertEq(rollup.finalizedCount(), 1);
        (bool exists, uint64 idx) = rollup.lastFinalized();
        assertTrue(exists);
        assertEq(idx, 0);
        assertEq(uint256(rollup.status(0)), uint256(Rollup.BatchStatus.Final));
    }

    function test_finalize_windowOpen_reverts() public {
        BatchInfo memory info = _appendSimple();
        vm.warp(block.timestamp + DISPUTE_WINDOW - 1);
        assertFalse(rollup.isFinalizable(info));
        vm.expectRevert(abi.encodeWithSelector(Rollup.WindowOpen.selector, info.l1Timestamp + DISPUTE_WINDOW));
        rollup.finalize(info);
    }

    function test_finalize_outOfOrder_reverts() public {
        _appendSimple();
        BatchInfo memory second = _appendSimple();
        vm.warp(block.timestamp + DISPUTE_WINDOW);
        vm.expectRevert(abi.encodeWithSelector(Rollup.NotNextToFinalize.selector, 1, 0));
        rollup.finalize(second);
    }

    function test_finalize_twice_reverts() public {
        BatchInfo memory info = _appendSimple();
        vm.warp(block.timestamp + DISPUTE_WINDOW);
        rollup.finalize(info);
        vm.expectRevert(abi.encodeWithSelector(Rollup.AlreadyFinal.selector, 0));
        rollup.finalize(info);
    }

    function test_finalize_wrongRecord_reverts() public {
        BatchInfo memory info = _appendSimple();
        vm.warp(block.timestamp + DISPUTE_WINDOW);
        info.post.stateRoot = bytes32(uint256(1));
        vm.expectRevert(abi.encodeWithSelector(Rollup.UnknownBatch.selector, 0));
        rollup.finalize(info);
    }

    function test_finalize_openGame_reverts() public {
        BatchInfo memory info = _appendSimple();
        vm.deal(other, CHALLENGER_BOND);
        vm.prank(other, other);
        game.challenge{value: CHALLENGER_BOND}(info);
        assertEq(uint256(rollup.status(0)), uint256(Rollup.BatchStatus.Challenged));
        vm.warp(block.timestamp + DISPUTE_WINDOW);
        vm.expectRevert(abi.encodeWithSelector(Rollup.GameOpen.selector, 1));
        rollup.finalize(info);
    }

    function test_finalizeMany_stopsAtWindow_succeeds() public {
        BatchInfo[] memory infos = new BatchInfo[](3);
        infos[0] = _appendSimple();
        infos[1] = _appendSimple();
        vm.warp(block.timestamp + 10);
        infos[2] = _appendSimple();
        vm.warp(block.timestamp + DISPUTE_WINDOW - 5);
        assertEq(rollup.finalizeMany(infos), 2);
        assertEq(rollup.finalizedCount(), 2);
    }

    // ------------------------------------------------------------ views and revert

    function test_views_succeeds() public {
        BatchInfo memory info = _appendSimple();
        assertEq(rollup.deadline(info), info.l1Timestamp + DISPUTE_WINDOW);
        (bytes32 chunkRoot, bytes32 postRoot, bytes32 s, bytes32 e) = rollup.roots(info);
        assertEq(chunkRoot, info.dataRoot);
        assertEq(postRoot, info.post.stateRoot);
        assertEq(s, info.startHash);
        assertEq(e, info.endHash);
        assertEq(rollup.batchHash(1), bytes32(0));
        assertEq(uint256(rollup.status(1)), uint256(Rollup.BatchStatus.None));
        assertFalse(rollup.isFinal(0));
        (bool exists,) = rollup.lastFinalized();
        assertFalse(exists);
        assertTrue(rollup.canPropose(sequencer));
        assertFalse(rollup.canPropose(other));
    }

    function test_deadline_unknownBatch_reverts() public {
        BatchInfo memory info = _appendSimple();
        info.index = 1;
        vm.expectRevert(abi.encodeWithSelector(Rollup.UnknownBatch.selector, 1));
        rollup.deadline(info);
    }

    function test_revertAndSlash_notGame_reverts() public {
        vm.expectRevert(Rollup.NotChallengeGame.selector);
        rollup.revertAndSlash(0, bytes32(0), bytes32(0), sequencer);
    }

    function test_revertAndSlash_unknownBatch_reverts() public {
        vm.prank(address(game), address(game));
        vm.expectRevert(abi.encodeWithSelector(Rollup.UnknownBatch.selector, 0));
        rollup.revertAndSlash(0, bytes32(0), bytes32(0), sequencer);
    }

    // ------------------------------------------------------------ chunk root

    function test_rootOfCalldata_matchesReference_succeeds() public {
        ChunkRootHarness hr = new ChunkRootHarness();
        uint256[9] memory lens = [uint256(1), 8, 1023, 1024, 1025, 2048, 3000, 5 * 1024 + 7, 9 * 1024];
        for (uint256 i = 0; i < lens.length; ++i) {
            bytes memory data = new bytes(lens[i]);
            for (uint256 j = 0; j < data.length; ++j) {
                data[j] = bytes1(uint8(j * 7 + i));
            }
            assertEq(hr.root(data), BatchEncoder.chunkRoot(data), "root");
        }
    }

    function testFuzz_rootOfCalldata_matchesReference_succeeds(bytes memory data) public {
        vm.assume(data.length > 0);
        ChunkRootHarness hr = new ChunkRootHarness();
        assertEq(hr.root(data), BatchEncoder.chunkRoot(data));
    }
}

/// @dev A staker that rejects ETH.
contract NoReceive {
    Rollup internal immutable r;

    constructor(Rollup r_) {
        r = r_;
    }

    function stake() external payable {
        r.depositStake{value: msg.value}();
    }

    function unstake(uint256 a) external {
        r.withdrawStake(a);
    }
}
