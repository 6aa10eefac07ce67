// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Fixture} from "./utils/Fixture.sol";
import {BatchEncoder} from "./utils/BatchEncoder.sol";
import {ChallengeGame} from "../src/ChallengeGame.sol";
import {Rollup} from "../src/Rollup.sol";
import {BatchHeader, BatchInfo, BatchContext, L2State, MachineState, Witness, ForcedTx} from "../src/lib/Types.sol";
import {Bridge} from "../src/Bridge.sol";
import {OneStepProver} from "../src/OneStepProver.sol";
import {Hashing} from "../src/lib/Hashing.sol";

/// @notice Code that forwards a batch to the Rollup: as the EIP-7702 delegate of
/// the sequencer's EOA, or as a contract proposer.
contract Poster {
    function post(Rollup r, BatchHeader calldata h, bytes calldata data) external {
        r.appendBatch(h, data);
    }

    function stake(Rollup r) external payable {
        r.depositStake{value: msg.value}();
    }
}

/// @notice Attacks on the protocol's trust assumptions (docs/protocol.md §10):
/// batches whose data is not in an L1 transaction's calldata, dispute clocks
/// that an L1 delay can run out, parallel games on an honest batch, the race for
/// the challenger's reward, and zero bonds.
contract TrustTest is Fixture {
    address internal challenger;
    address internal challenger2;
    address internal sybil;

    function setUp() public {
        deploySystem();
        challenger = makeAddr("challenger");
        challenger2 = makeAddr("challenger2");
        sybil = makeAddr("sybil");
        vm.deal(challenger, 10 ether);
        vm.deal(challenger2, 10 ether);
        vm.deal(sybil, 10 ether);
        stake(sequencer, PROPOSER_BOND);
    }

    function _header() internal view returns (BatchHeader memory h) {
        h.index = rollup.nextIndex();
        h.prev = genesis();
        h.post = genesis();
        h.post.blockNumber = 1;
        h.post.timestamp = GENESIS_TIMESTAMP + 2;
        h.numSteps = 1;
    }

    // ------------------------------------------------------------ data availability

    /// The sequencer's EOA delegates (EIP-7702) to code that calls appendBatch:
    /// the batch data is in no transaction's calldata.
    function test_appendBatch_delegatedSequencer_reverts() public {
        Poster impl = new Poster();
        vm.signAndAttachDelegation(address(impl), SEQUENCER_PK);
        assertTrue(sequencer.code.length != 0, "delegation attached");
        BatchHeader memory h = _header();
        bytes memory data = simpleData();
        vm.prank(sequencer, sequencer);
        vm.expectRevert(abi.encodeWithSelector(Rollup.ProposerNotEOA.selector, sequencer));
        Poster(sequencer).post(rollup, h, data);
        assertEq(rollup.nextIndex(), 0);
    }

    /// A contract proposer in the escape window.
    function test_appendBatch_contractProposerEscape_reverts() public {
        Poster p = new Poster();
        vm.deal(address(this), PROPOSER_BOND);
        p.stake{value: PROPOSER_BOND}(rollup);
        vm.warp(block.timestamp + ESCAPE_WINDOW);
        BatchHeader memory h = _header();
        bytes memory data = simpleData();
        vm.prank(challenger, challenger);
        vm.expectRevert(abi.encodeWithSelector(Rollup.ProposerNotEOA.selector, address(p)));
        p.post(rollup, h, data);
        assertEq(rollup.nextIndex(), 0);
    }

    /// An EOA proposer in the escape window still posts, from a top-level call.
    function test_appendBatch_eoaEscape_succeeds() public {
        stake(challenger, PROPOSER_BOND);
        vm.warp(block.timestamp + ESCAPE_WINDOW);
        BatchInfo memory info = append(challenger, genesis(), _header().post, 1, simpleData());
        assertEq(info.proposer, challenger);
    }

    // ------------------------------------------------------------ games

    uint256 internal constant RECORDS = 13;

    /// @dev A batch of RECORDS block records with Δt = 1, 2, 3, ...
    function _data() internal pure returns (bytes memory data) {
        data = BatchEncoder.blockBatch(RECORDS);
    }

    function _state(uint256 step) internal pure returns (MachineState memory s) {
        uint256 n = step < RECORDS ? step : RECORDS;
        s.cursor = uint64(8 + 2 * n);
        s.blockNumber = uint64(n);
        s.timestamp = uint64(GENESIS_TIMESTAMP + n * (n + 1) / 2);
    }

    /// @dev The batch, claiming `lie` seconds more than the honest final timestamp.
    function _batch(uint64 lie) internal returns (BatchInfo memory) {
        MachineState memory s = _state(RECORDS);
        L2State memory post = L2State(s.stateRoot, s.depositsConsumed, s.blockNumber, s.timestamp + lie);
        return append(sequencer, genesis(), post, uint64(RECORDS), _data());
    }

    /// @dev The proposer's hash at `step`: honest, or off by `lie` from the last step.
    function _proposerHash(uint256 step, uint64 lie) internal pure returns (bytes32) {
        MachineState memory s = _state(step);
        if (step >= RECORDS) s.timestamp += lie;
        return Hashing.machineHash(s);
    }

    function _challenge(address who, BatchInfo memory info) internal returns (uint256 id) {
        vm.prank(who, who);
        id = game.challenge{value: CHALLENGER_BOND}(info);
    }

    /// @dev Plays game `id` down to one step and proves it: the proposer posts its
    /// hashes (honest, or lying by `lie` at the end), the challenger answers honestly.
    function _playOut(uint256 id, BatchInfo memory info, uint64 lie) internal {
        while (true) {
            ChallengeGame.Game memory g = game.getGame(id);
            if (g.turn != ChallengeGame.Turn.ProposerBisect) break;
            uint64 mid = g.lo + (g.hi - g.lo) / 2;
            bytes32 ph = _proposerHash(mid, lie);
            vm.prank(sequencer, sequencer);
            game.bisect(id, g.hLo, g.hHi, ph);
            vm.prank(g.challenger, g.challenger);
            game.respond(id, g.hLo, g.hHi, ph, ph == _proposerHash(mid, 0));
        }
        ChallengeGame.Game memory last = game.getGame(id);
        Witness memory w;
        w.chunks = BatchEncoder.allChunks(_data());
        game.proveStep(id, info, last.hHi, _state(last.lo), w);
    }

    /// An attacker opens two games on an honest batch from two addresses. The
    /// proposer misses its moves in one: that batch reverts. The other game is
    /// still a claim the attacker has to win: the honest proposer plays it out
    /// and takes the attacker's bond.
    function test_parallelGames_honestProposerKeepsLosingBond_succeeds() public {
        BatchInfo memory info = _batch(0);
        uint256 a = _challenge(challenger, info);
        vm.warp(block.timestamp + 30);
        uint256 b = _challenge(challenger2, info);
        vm.warp(block.timestamp + GAME_CLOCK - 29);
        // game a: the proposer missed its clock
        game.timeout(a);
        assertEq(rollup.nextIndex(), 0, "batch reverted");
        // game b: still played on its merits
        _playOut(b, info, 0);
        assertEq(uint256(game.getGame(b).status), uint256(ChallengeGame.Status.ProposerWon), "game b");
        assertEq(game.credit(challenger2), 0, "the attacker's second bond is not refunded");
        assertEq(game.credit(sequencer), CHALLENGER_BOND, "the proposer takes it");
    }

    /// One challenger may hold one game per batch.
    function test_challenge_twiceBySameChallenger_reverts() public {
        BatchInfo memory info = _batch(0);
        _challenge(challenger, info);
        vm.prank(challenger, challenger);
        vm.expectRevert(abi.encodeWithSelector(ChallengeGame.AlreadyChallenged.selector, 0));
        game.challenge{value: CHALLENGER_BOND}(info);
    }

    /// The lying proposer races the honest challenger with its own second
    /// address and wins that game first: the reward still goes to the honest
    /// challenger, whose game was opened first.
    function test_reward_firstChallengerPaid_succeeds() public {
        BatchInfo memory info = _batch(3);
        uint256 honest = _challenge(challenger, info);
        uint256 own = _challenge(sybil, info);
        // the proposer concedes its own game at once ...
        _playOut(own, info, 3);
        assertEq(uint256(game.getGame(own).status), uint256(ChallengeGame.Status.ChallengerWon), "own game");
        assertEq(rollup.nextIndex(), 0, "batch reverted");
        // ... and stalls the honest one until its clock runs out
        vm.warp(block.timestamp + GAME_CLOCK + 1);
        game.timeout(honest);
        uint256 reward = PROPOSER_BOND / 2;
        assertEq(game.credit(sybil), CHALLENGER_BOND, "the second challenger gets its bond back only");
        assertEq(game.credit(challenger), CHALLENGER_BOND + reward, "the first challenger is paid");
    }

    // ------------------------------------------------------------ clocks

    /// Every move of the honest challenger reaches L1 `delay` seconds late (a
    /// congested or censoring L1) through a full-depth game: 17 bisections over a
    /// batch of MAX_BATCH_BYTES. The per-move increment keeps its clock alive.
    function test_clock_delayedEveryMove_honestSideSurvives_succeeds() public {
        uint256 delay = 20;
        bytes memory data = new bytes(120_000);
        data[0] = 0x01;
        data[7] = 0x08; // recordsStart = 8
        L2State memory post = genesis();
        post.stateRoot = bytes32(uint256(1));
        BatchInfo memory info = append(sequencer, genesis(), post, uint64(data.length), data);
        uint256 id = _challenge(challenger, info);
        uint256 rounds;
        while (true) {
            ChallengeGame.Game memory g = game.getGame(id);
            if (g.turn != ChallengeGame.Turn.ProposerBisect) break;
            bytes32 mid = keccak256(abi.encode(g.lo, g.hi));
            vm.prank(sequencer, sequencer);
            game.bisect(id, g.hLo, g.hHi, mid);
            vm.warp(block.timestamp + delay);
            vm.prank(challenger, challenger);
            game.respond(id, g.hLo, g.hHi, mid, true); // the upper half is the larger one
            ++rounds;
        }
        assertEq(rounds, 17, "bisection rounds");
        (, uint64 cc) = game.clocks(id);
        assertGe(cc, GAME_CLOCK, "challenger clock after delayed moves");
    }

    // ------------------------------------------------------------ bonds

    function test_constructor_zeroProposerBond_reverts() public {
        Rollup.Config memory cfg = Rollup.Config({
            sequencer: sequencer,
            proposerBond: 0,
            disputeWindow: DISPUTE_WINDOW,
            inclusionWindow: INCLUSION_WINDOW,
            escapeWindow: ESCAPE_WINDOW,
            genesisTimestamp: GENESIS_TIMESTAMP
        });
        vm.expectRevert(Rollup.ZeroBond.selector);
        new Rollup(bridge, cfg);
    }

    // ------------------------------------------------------------ forced transactions

    function _forced() internal pure returns (ForcedTx memory f) {
        f.txType = 2;
        f.nonce = 0;
        f.gasLimit = 21000;
        f.maxPriorityFeePerGas = 1 gwei;
        f.maxFeePerGas = 2 gwei;
        f.to = address(0x5757575757575757575757575757575757575757);
        f.value = 1 ether;
        f.r = bytes32(0); // no valid signature: the rules skip it
        f.vs = bytes32(uint256(2));
    }

    /// A signed L2 transaction forced on L1 joins the deposit queue: a recipient-less
    /// entry whose hash the Bridge keeps.
    function test_forceTransaction_queued_succeeds() public {
        ForcedTx memory f = _forced();
        vm.expectEmit();
        emit Bridge.TransactionForced(0, challenger, f, uint64(block.timestamp));
        vm.prank(challenger, challenger);
        uint256 index = bridge.forceTransaction(f);
        assertEq(index, 0);
        assertEq(bridge.depositCount(), 1);
        (address recipient, uint256 amount, uint64 ts) = bridge.depositAt(0);
        assertEq(recipient, address(0));
        assertEq(amount, 0);
        assertEq(ts, block.timestamp);
        assertEq(bridge.forcedTxHash(0), keccak256(abi.encode(f)));
    }

    /// The sequencer ignores a forced transaction: once it is older than the
    /// inclusion window no batch that leaves it unconsumed is accepted.
    function test_appendBatch_forcedTxIgnored_reverts() public {
        vm.prank(challenger, challenger);
        bridge.forceTransaction(_forced());
        vm.warp(block.timestamp + INCLUSION_WINDOW);
        BatchHeader memory h = _header();
        bytes memory data = simpleData();
        vm.prank(sequencer, sequencer);
        vm.expectRevert(
            abi.encodeWithSelector(Rollup.DepositNotIncluded.selector, 0, uint64(block.timestamp - INCLUSION_WINDOW))
        );
        rollup.appendBatch(h, data);
    }

    /// The one-step proof of a queue record takes the forced transaction from the
    /// witness only if it is the one the Bridge holds.
    function test_executeStep_wrongForcedTx_reverts() public {
        vm.prank(challenger, challenger);
        bridge.forceTransaction(_forced());
        bytes memory data = abi.encodePacked(bytes8(0x0100000000000008), bytes1(0x01)); // one queue record
        BatchContext memory ctx = BatchContext({
            dataRoot: BatchEncoder.chunkRoot(data),
            blob: false,
            dataLen: uint32(data.length),
            feeCount: 0,
            addrCount: 0,
            depositLimit: 1
        });
        MachineState memory pre;
        pre.cursor = 8;
        Witness memory w;
        w.chunks = BatchEncoder.allChunks(data);
        ForcedTx memory other = _forced();
        other.value = 2 ether;
        w.forcedTx = abi.encode(other);
        vm.expectRevert(abi.encodeWithSelector(OneStepProver.WrongForcedTx.selector, 0));
        prover.executeStep(ctx, pre, w);
        // the right one is consumed; its signature is invalid, so no account changes
        w.forcedTx = abi.encode(_forced());
        (MachineState memory post,) = prover.executeStep(ctx, pre, w);
        assertEq(post.depositsConsumed, 1);
        assertEq(post.cursor, 9);
        assertEq(post.stateRoot, pre.stateRoot);
    }
}
