// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Fixture} from "./utils/Fixture.sol";
import {BatchEncoder} from "./utils/BatchEncoder.sol";
import {SmtModel} from "./utils/SmtModel.sol";
import {TxSigner} from "./utils/TxSigner.sol";
import {ChallengeGame} from "../src/ChallengeGame.sol";
import {Rollup} from "../src/Rollup.sol";
import {BatchInfo, BatchContext, L2State, MachineState, Witness, StateProof, Protocol} from "../src/lib/Types.sol";
import {Hashing} from "../src/lib/Hashing.sol";

/// @notice Games over batches of block records, whose honest machine states the
/// test computes directly (docs/protocol.md §6.2).
contract ChallengeGameTest is Fixture {
    address internal challenger;
    address internal challenger2;
    uint256 internal constant RECORDS = 13;

    function setUp() public {
        deploySystem();
        challenger = makeAddr("challenger");
        challenger2 = makeAddr("challenger2");
        vm.deal(challenger, 10 ether);
        vm.deal(challenger2, 10 ether);
        stake(sequencer, PROPOSER_BOND);
    }

    // ------------------------------------------------------------ batch model

    /// @dev A batch of RECORDS block records with Δt = 1, 2, 3, …
    function _data() internal pure returns (bytes memory data) {
        data = BatchEncoder.blockBatch(RECORDS);
    }

    /// @dev The honest machine state after `step` steps from `prev`.
    function _state(L2State memory prev, uint256 step) internal pure returns (MachineState memory s) {
        s.stateRoot = prev.stateRoot;
        s.depositsConsumed = prev.depositsConsumed;
        uint256 n = step < RECORDS ? step : RECORDS;
        s.cursor = uint64(8 + 2 * n);
        s.blockNumber = uint64(prev.blockNumber + n);
        s.timestamp = uint64(prev.timestamp + n * (n + 1) / 2);
    }

    function _hash(L2State memory prev, uint256 step) internal pure returns (bytes32) {
        return Hashing.machineHash(_state(prev, step));
    }

    function _honestPost(L2State memory prev) internal pure returns (L2State memory p) {
        MachineState memory s = _state(prev, RECORDS);
        p = L2State(s.stateRoot, s.depositsConsumed, s.blockNumber, s.timestamp);
    }

    /// @dev Appends the batch; `lie` adds seconds to the claimed final timestamp.
    function _appendBatch(L2State memory prev, uint64 lie, uint64 numSteps) internal returns (BatchInfo memory) {
        L2State memory post = _honestPost(prev);
        post.timestamp += lie;
        return append(sequencer, prev, post, numSteps, _data());
    }

    /// @dev The proposer's hash at `step`: honest before `wrongFrom`, else shifted by `lie`.
    function _proposerHash(L2State memory prev, uint256 step, uint256 wrongFrom, uint64 lie)
        internal
        pure
        returns (bytes32)
    {
        MachineState memory s = _state(prev, step);
        if (step >= wrongFrom) s.timestamp += lie;
        return Hashing.machineHash(s);
    }

    function _challenge(address who, BatchInfo memory info) internal returns (uint256 id) {
        vm.prank(who, who);
        id = game.challenge{value: CHALLENGER_BOND}(info);
    }

    /// @dev Bisects down to one step: the proposer answers with the honest
    /// hashes from genesis, the challenger always with agree.
    function _bisectHonestly(uint256 id, bool agree) internal {
        while (true) {
            ChallengeGame.Game memory g = game.getGame(id);
            if (g.turn != ChallengeGame.Turn.ProposerBisect) break;
            uint64 mid = g.lo + (g.hi - g.lo) / 2;
            bytes32 h = _hash(genesis(), mid);
            vm.prank(sequencer, sequencer);
            game.bisect(id, g.hLo, g.hHi, h);
            vm.prank(g.challenger, g.challenger);
            game.respond(id, g.hLo, g.hHi, h, agree);
        }
    }

    /// @dev Bisects down to one step: the proposer answers with its hashes, the
    /// challenger with the honest ones.
    function _bisectToOne(uint256 id, L2State memory prev, uint256 wrongFrom, uint64 lie) internal {
        while (true) {
            ChallengeGame.Game memory g = game.getGame(id);
            if (g.turn != ChallengeGame.Turn.ProposerBisect) break;
            uint64 mid = g.lo + (g.hi - g.lo) / 2;
            bytes32 ph = _proposerHash(prev, mid, wrongFrom, lie);
            vm.prank(sequencer, sequencer);
            game.bisect(id, g.hLo, g.hHi, ph);
            vm.prank(g.challenger, g.challenger);
            game.respond(id, g.hLo, g.hHi, ph, ph == _hash(prev, mid));
        }
    }

    function _prove(uint256 id, BatchInfo memory info, L2State memory prev) internal {
        ChallengeGame.Game memory g = game.getGame(id);
        Witness memory w;
        w.chunks = BatchEncoder.allChunks(_data());
        game.proveStep(id, info, g.hHi, _state(prev, g.lo), w);
    }

    // ------------------------------------------------------------ challenge

    function test_challenge_succeeds() public {
        BatchInfo memory info = _appendBatch(genesis(), 0, uint64(RECORDS));
        vm.expectEmit();
        emit ChallengeGame.GameOpened(
            0, 0, hashOf(info), challenger, sequencer, uint64(RECORDS), info.startHash, info.endHash
        );
        uint256 id = _challenge(challenger, info);
        ChallengeGame.Game memory g = game.getGame(id);
        assertEq(uint256(g.status), uint256(ChallengeGame.Status.Active));
        assertEq(uint256(g.turn), uint256(ChallengeGame.Turn.ProposerBisect));
        assertEq(g.hi, RECORDS);
        assertEq(g.hLo, info.startHash);
        assertEq(g.hHi, info.endHash);
        assertEq(game.openGames(hashOf(info)), 1);
        assertEq(address(game).balance, CHALLENGER_BOND);
    }

    function test_challenge_wrongBond_reverts() public {
        BatchInfo memory info = _appendBatch(genesis(), 0, uint64(RECORDS));
        vm.prank(challenger, challenger);
        vm.expectRevert(abi.encodeWithSelector(ChallengeGame.WrongBond.selector, 1, CHALLENGER_BOND));
        game.challenge{value: 1}(info);
    }

    function test_challenge_unknownBatch_reverts() public {
        BatchInfo memory info = _appendBatch(genesis(), 0, uint64(RECORDS));
        info.endHash = bytes32(0);
        vm.prank(challenger, challenger);
        vm.expectRevert(abi.encodeWithSelector(ChallengeGame.UnknownBatch.selector, 0));
        game.challenge{value: CHALLENGER_BOND}(info);
    }

    function test_challenge_windowClosed_reverts() public {
        BatchInfo memory info = _appendBatch(genesis(), 0, uint64(RECORDS));
        vm.warp(block.timestamp + DISPUTE_WINDOW);
        vm.prank(challenger, challenger);
        vm.expectRevert(abi.encodeWithSelector(ChallengeGame.WindowClosed.selector, info.l1Timestamp + DISPUTE_WINDOW));
        game.challenge{value: CHALLENGER_BOND}(info);
    }

    function test_challenge_zeroStepsHonest_proposerWins_succeeds() public {
        bytes memory data = abi.encodePacked(uint8(1), uint8(0), uint16(0), uint32(8));
        BatchInfo memory info = append(sequencer, genesis(), genesis(), 0, data);
        uint256 id = _challenge(challenger, info);
        assertEq(uint256(game.getGame(id).status), uint256(ChallengeGame.Status.ProposerWon));
        assertEq(game.credit(sequencer), CHALLENGER_BOND);
        assertEq(game.openGames(hashOf(info)), 0);
    }

    function test_challenge_zeroStepsWrong_challengerWins_succeeds() public {
        bytes memory data = _data();
        L2State memory post = _honestPost(genesis());
        BatchInfo memory info = append(sequencer, genesis(), post, 0, data);
        uint256 id = _challenge(challenger, info);
        assertEq(uint256(game.getGame(id).status), uint256(ChallengeGame.Status.ChallengerWon));
        assertEq(game.credit(challenger), CHALLENGER_BOND + PROPOSER_BOND / 2);
        assertEq(rollup.nextIndex(), 0);
    }

    // ------------------------------------------------------------ full games

    function test_fullGame_wrongClaim_challengerWins_succeeds() public {
        L2State memory g0 = genesis();
        BatchInfo memory ok0 = _appendBatch(g0, 0, uint64(RECORDS));
        L2State memory p0 = _honestPost(g0);
        // batch 1 claims a wrong timestamp; its proposer lies from step 9 on
        BatchInfo memory bad = _appendBatch(p0, 5, uint64(RECORDS + 3));
        L2State memory p1 = _honestPost(p0);
        p1.timestamp += 5;
        _appendBatch(p1, 0, uint64(RECORDS)); // batch 2, reverted with batch 1
        uint256 id = _challenge(challenger, bad);
        _bisectToOne(id, p0, 9, 5);
        ChallengeGame.Game memory g = game.getGame(id);
        assertEq(g.hi - g.lo, 1);
        assertEq(g.lo, 8);
        assertEq(uint256(g.turn), uint256(ChallengeGame.Turn.ChallengerProve));

        uint256 burnBefore = Protocol.BURN_ADDRESS.balance;
        _prove(id, bad, p0);
        assertEq(uint256(game.getGame(id).status), uint256(ChallengeGame.Status.ChallengerWon));
        assertEq(rollup.nextIndex(), 1, "batches 1 and 2 reverted");
        assertEq(rollup.lastClaim(), claimOf(p0), "claim restored");
        assertEq(rollup.batchHash(1), bytes32(0));
        assertEq(game.credit(challenger), CHALLENGER_BOND + PROPOSER_BOND / 2);
        assertEq(Protocol.BURN_ADDRESS.balance - burnBefore, PROPOSER_BOND / 2);
        (uint256 st,) = rollup.stakeOf(sequencer);
        assertEq(st, 0);
        assertEq(game.openGames(hashOf(bad)), 0);

        uint256 before = challenger.balance;
        vm.prank(challenger, challenger);
        game.withdraw();
        assertEq(challenger.balance - before, CHALLENGER_BOND + PROPOSER_BOND / 2);
        assertEq(address(game).balance, 0);

        // batch 0 is unaffected and finalizes
        vm.warp(block.timestamp + DISPUTE_WINDOW);
        rollup.finalize(ok0);
    }

    function test_fullGame_correctClaim_proposerWins_succeeds() public {
        BatchInfo memory info = _appendBatch(genesis(), 0, uint64(RECORDS + 2));
        uint256 id = _challenge(challenger, info);
        // a dishonest challenger disagrees with everything
        _bisectHonestly(id, false);
        _prove(id, info, genesis());
        assertEq(uint256(game.getGame(id).status), uint256(ChallengeGame.Status.ProposerWon));
        assertEq(game.credit(sequencer), CHALLENGER_BOND);
        assertEq(rollup.nextIndex(), 1);
        vm.warp(block.timestamp + DISPUTE_WINDOW);
        rollup.finalize(info);
    }

    function test_fullGame_pastHalt_proposerWins_succeeds() public {
        // numSteps beyond the step count: steps past the end are no-ops
        BatchInfo memory info = _appendBatch(genesis(), 0, uint64(RECORDS + 20));
        uint256 id = _challenge(challenger, info);
        _bisectHonestly(id, true); // agrees up to the end: the last step is a halt
        ChallengeGame.Game memory last = game.getGame(id);
        assertEq(last.hi, RECORDS + 20);
        game.proveStep(id, info, last.hHi, _state(genesis(), last.lo), _emptyWitness());
        assertEq(uint256(game.getGame(id).status), uint256(ChallengeGame.Status.ProposerWon));
    }

    function _emptyWitness() internal pure returns (Witness memory w) {}

    /// @dev A batch with one legacy transfer from a funded key to bob, over a tree
    /// of 41 accounts, and the witness of its step.
    function _transferBatch() internal returns (bytes memory data, uint256 rs, L2State memory prev, Witness memory w) {
        uint256 pk = 0xB0B;
        address alice = vm.addr(pk);
        address bob = makeAddr("bob");
        SmtModel.Leaf[] memory ls = new SmtModel.Leaf[](1);
        ls[0] = SmtModel.Leaf(SmtModel.accountKey(alice), 5 ether, 0);
        for (uint256 i = 0; i < 40; ++i) {
            ls = SmtModel.set(ls, keccak256(abi.encode(i)), i, 0); // a deeper tree
        }
        bytes[] memory fees = new bytes[](1);
        fees[0] = BatchEncoder.legacyFee(21_000, 1 gwei);
        (bytes32 r, bytes32 vs) = TxSigner.sign(pk, TxSigner.legacyHash(0, 1 gwei, 21_000, bob, 1 ether, L2_CHAIN_ID));
        (data, rs) = BatchEncoder.batch(new address[](0), fees, BatchEncoder.transferInline(0, bob, 0, 1 ether, r, vs));
        prev = L2State(SmtModel.root(ls), 0, 0, GENESIS_TIMESTAMP);
        w.chunks = BatchEncoder.allChunks(data);
        w.proofs = new StateProof[](3);
        w.proofs[0] = SmtModel.proof(ls, SmtModel.accountKey(alice));
        ls = SmtModel.set(ls, SmtModel.accountKey(alice), 4 ether - 21_000 gwei, 1);
        w.proofs[1] = SmtModel.proof(ls, SmtModel.accountKey(bob));
        ls = SmtModel.set(ls, SmtModel.accountKey(bob), 1 ether, 0);
        w.proofs[2] = SmtModel.proof(ls, SmtModel.accountKey(feeRecipient));
    }

    function test_fullGame_transferStep_gas_succeeds() public {
        (bytes memory data, uint256 rs, L2State memory prev, Witness memory w) = _transferBatch();
        // the first batch only moves the chain to `prev`; the second claims the
        // transfer changed nothing (wrong)
        append(sequencer, genesis(), prev, 0, data);
        BatchInfo memory info = append(sequencer, prev, prev, 1, data);
        uint256 id = _challenge(challenger, info);
        assertEq(uint256(game.getGame(id).turn), uint256(ChallengeGame.Turn.ChallengerProve));
        MachineState memory pre = MachineState(prev.stateRoot, uint64(rs), 0, 0, GENESIS_TIMESTAMP);
        bytes32 hHi = info.endHash;
        uint256 g = gasleft();
        prover.executeStep(
            BatchContext(info.dataRoot, info.blob, info.dataLen, info.feeCount, info.addrCount, info.depositLimit),
            pre,
            w
        );
        g -= gasleft();
        emit log_named_uint("executeStep (transfer, 41 accounts) gas", g);
        assertLe(g, 300_000, "transfer step gas");
        g = gasleft();
        game.proveStep(id, info, hHi, pre, w);
        g -= gasleft();
        emit log_named_uint("proveStep (transfer) gas", g);
        assertEq(uint256(game.getGame(id).status), uint256(ChallengeGame.Status.ChallengerWon));
    }

    // ------------------------------------------------------------ moves

    function test_bisect_gas_succeeds() public {
        BatchInfo memory info = _appendBatch(genesis(), 0, uint64(RECORDS));
        uint256 id = _challenge(challenger, info);
        bytes32 mid = _hash(genesis(), RECORDS / 2);
        vm.warp(block.timestamp + 1);
        vm.prank(sequencer, sequencer);
        uint256 g = gasleft();
        game.bisect(id, info.startHash, info.endHash, mid);
        g -= gasleft();
        emit log_named_uint("bisect gas", g);
        assertLe(g, 80_000, "bisect gas");
        vm.prank(challenger, challenger);
        g = gasleft();
        game.respond(id, info.startHash, info.endHash, mid, true);
        g -= gasleft();
        emit log_named_uint("respond gas", g);
        assertLe(g, 80_000, "respond gas");
        ChallengeGame.Game memory gm = game.getGame(id);
        assertEq(gm.lo, RECORDS / 2);
        assertEq(gm.hLo, mid);
        assertEq(gm.proposerClock, GAME_CLOCK - 1 + CLOCK_INCREMENT);
    }

    function test_bisect_notProposer_reverts() public {
        BatchInfo memory info = _appendBatch(genesis(), 0, uint64(RECORDS));
        uint256 id = _challenge(challenger, info);
        vm.prank(challenger, challenger);
        vm.expectRevert(abi.encodeWithSelector(ChallengeGame.NotYourMove.selector, challenger));
        game.bisect(id, info.startHash, info.endHash, bytes32(0));
    }

    function test_bisect_staleHashes_reverts() public {
        BatchInfo memory info = _appendBatch(genesis(), 0, uint64(RECORDS));
        uint256 id = _challenge(challenger, info);
        vm.prank(sequencer, sequencer);
        vm.expectRevert(ChallengeGame.StaleMove.selector);
        game.bisect(id, info.startHash, bytes32(uint256(1)), bytes32(0));
    }

    function test_bisect_wrongTurn_reverts() public {
        BatchInfo memory info = _appendBatch(genesis(), 0, uint64(RECORDS));
        uint256 id = _challenge(challenger, info);
        vm.prank(sequencer, sequencer);
        game.bisect(id, info.startHash, info.endHash, bytes32(0));
        vm.prank(sequencer, sequencer);
        vm.expectRevert(abi.encodeWithSelector(ChallengeGame.WrongTurn.selector, ChallengeGame.Turn.ChallengerRespond));
        game.bisect(id, info.startHash, info.endHash, bytes32(0));
    }

    function test_bisect_clockExpired_reverts() public {
        BatchInfo memory info = _appendBatch(genesis(), 0, uint64(RECORDS));
        uint256 id = _challenge(challenger, info);
        vm.warp(block.timestamp + GAME_CLOCK + 1);
        vm.prank(sequencer, sequencer);
        vm.expectRevert(ChallengeGame.ClockExpired.selector);
        game.bisect(id, info.startHash, info.endHash, bytes32(0));
    }

    function test_bisect_inactiveGame_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(ChallengeGame.GameNotActive.selector, 7));
        game.bisect(7, bytes32(0), bytes32(0), bytes32(0));
    }

    function test_respond_notChallenger_reverts() public {
        BatchInfo memory info = _appendBatch(genesis(), 0, uint64(RECORDS));
        uint256 id = _challenge(challenger, info);
        vm.prank(sequencer, sequencer);
        game.bisect(id, info.startHash, info.endHash, bytes32(uint256(5)));
        vm.prank(sequencer, sequencer);
        vm.expectRevert(abi.encodeWithSelector(ChallengeGame.NotYourMove.selector, sequencer));
        game.respond(id, info.startHash, info.endHash, bytes32(uint256(5)), true);
    }

    function test_respond_staleMid_reverts() public {
        BatchInfo memory info = _appendBatch(genesis(), 0, uint64(RECORDS));
        uint256 id = _challenge(challenger, info);
        vm.prank(sequencer, sequencer);
        game.bisect(id, info.startHash, info.endHash, bytes32(uint256(5)));
        vm.prank(challenger, challenger);
        vm.expectRevert(ChallengeGame.StaleMove.selector);
        game.respond(id, info.startHash, info.endHash, bytes32(uint256(6)), true);
    }

    function test_respond_wrongTurn_reverts() public {
        BatchInfo memory info = _appendBatch(genesis(), 0, uint64(RECORDS));
        uint256 id = _challenge(challenger, info);
        vm.prank(challenger, challenger);
        vm.expectRevert(abi.encodeWithSelector(ChallengeGame.WrongTurn.selector, ChallengeGame.Turn.ProposerBisect));
        game.respond(id, info.startHash, info.endHash, bytes32(0), true);
    }

    function test_proveStep_wrongTurn_reverts() public {
        BatchInfo memory info = _appendBatch(genesis(), 0, uint64(RECORDS));
        uint256 id = _challenge(challenger, info);
        vm.expectRevert(abi.encodeWithSelector(ChallengeGame.WrongTurn.selector, ChallengeGame.Turn.ProposerBisect));
        game.proveStep(id, info, info.endHash, _state(genesis(), 0), _emptyWitness());
    }

    function test_proveStep_wrongPreState_reverts() public {
        BatchInfo memory info = _appendBatch(genesis(), 0, 1);
        uint256 id = _challenge(challenger, info);
        vm.expectRevert(ChallengeGame.WrongPreState.selector);
        game.proveStep(id, info, info.endHash, _state(genesis(), 1), _emptyWitness());
    }

    function test_proveStep_wrongBatch_reverts() public {
        BatchInfo memory info = _appendBatch(genesis(), 0, 1);
        uint256 id = _challenge(challenger, info);
        BatchInfo memory other = info;
        other.dataLen += 1;
        vm.expectRevert(ChallengeGame.WrongBatch.selector);
        game.proveStep(id, other, info.endHash, _state(genesis(), 0), _emptyWitness());
    }

    function test_proveStep_staleHi_reverts() public {
        BatchInfo memory info = _appendBatch(genesis(), 0, 1);
        uint256 id = _challenge(challenger, info);
        vm.expectRevert(ChallengeGame.StaleMove.selector);
        game.proveStep(id, info, bytes32(0), _state(genesis(), 0), _emptyWitness());
    }

    function test_proveStep_clockExpired_reverts() public {
        BatchInfo memory info = _appendBatch(genesis(), 0, 1);
        uint256 id = _challenge(challenger, info);
        vm.warp(block.timestamp + GAME_CLOCK + 1);
        vm.expectRevert(ChallengeGame.ClockExpired.selector);
        game.proveStep(id, info, info.endHash, _state(genesis(), 0), _emptyWitness());
    }

    // ------------------------------------------------------------ clocks

    function test_timeout_proposerSilent_challengerWins_succeeds() public {
        BatchInfo memory info = _appendBatch(genesis(), 0, uint64(RECORDS));
        uint256 id = _challenge(challenger, info);
        (uint64 pc, uint64 cc) = game.clocks(id);
        assertEq(pc, GAME_CLOCK);
        assertEq(cc, GAME_CLOCK);
        vm.warp(block.timestamp + GAME_CLOCK);
        vm.expectRevert(abi.encodeWithSelector(ChallengeGame.ClockNotExpired.selector, 0));
        game.timeout(id);
        vm.warp(block.timestamp + 1);
        (pc,) = game.clocks(id);
        assertEq(pc, 0);
        game.timeout(id);
        assertEq(uint256(game.getGame(id).status), uint256(ChallengeGame.Status.ChallengerWon));
        assertEq(rollup.nextIndex(), 0);
    }

    function test_timeout_challengerSilent_proposerWins_succeeds() public {
        BatchInfo memory info = _appendBatch(genesis(), 0, uint64(RECORDS));
        uint256 id = _challenge(challenger, info);
        vm.warp(block.timestamp + 100);
        vm.prank(sequencer, sequencer);
        game.bisect(id, info.startHash, info.endHash, bytes32(uint256(1)));
        vm.warp(block.timestamp + GAME_CLOCK);
        (uint64 pc, uint64 cc) = game.clocks(id);
        assertEq(pc, GAME_CLOCK - 100 + CLOCK_INCREMENT);
        assertEq(cc, GAME_CLOCK - GAME_CLOCK);
        vm.warp(block.timestamp + 1);
        game.timeout(id);
        assertEq(uint256(game.getGame(id).status), uint256(ChallengeGame.Status.ProposerWon));
        assertEq(game.credit(sequencer), CHALLENGER_BOND);
    }

    function test_timeout_notExpired_reverts() public {
        BatchInfo memory info = _appendBatch(genesis(), 0, uint64(RECORDS));
        uint256 id = _challenge(challenger, info);
        vm.warp(block.timestamp + 10);
        vm.expectRevert(abi.encodeWithSelector(ChallengeGame.ClockNotExpired.selector, GAME_CLOCK - 10));
        game.timeout(id);
    }

    // ------------------------------------------------------------ several games

    function test_severalGames_oneBatch_succeeds() public {
        BatchInfo memory info = _appendBatch(genesis(), 0, uint64(RECORDS));
        uint256 a = _challenge(challenger, info);
        uint256 b = _challenge(challenger2, info);
        assertEq(game.openGames(hashOf(info)), 2);
        vm.warp(block.timestamp + GAME_CLOCK + 1);
        // the proposer ignored both: the first timeout reverts the batch ...
        game.timeout(a);
        assertEq(uint256(game.getGame(a).status), uint256(ChallengeGame.Status.ChallengerWon));
        assertEq(game.credit(challenger), CHALLENGER_BOND, "the reward waits for the other game");
        // ... the second is decided on its own clock, and the reward goes to the
        // challenger of the earliest game it won
        game.timeout(b);
        assertEq(uint256(game.getGame(b).status), uint256(ChallengeGame.Status.ChallengerWon));
        assertEq(game.credit(challenger2), CHALLENGER_BOND);
        assertEq(game.credit(challenger), CHALLENGER_BOND + PROPOSER_BOND / 2);
        assertEq(game.pendingReward(hashOf(info)), 0);
        assertEq(game.openGames(hashOf(info)), 0);
    }

    function test_laterBatchReverted_gamePlaysOn_succeeds() public {
        L2State memory g0 = genesis();
        BatchInfo memory b0 = _appendBatch(g0, 3, uint64(RECORDS));
        L2State memory p0 = _honestPost(g0);
        p0.timestamp += 3;
        BatchInfo memory b1 = _appendBatch(p0, 0, uint64(RECORDS));
        uint256 a = _challenge(challenger, b0);
        uint256 b = _challenge(challenger2, b1);
        vm.warp(block.timestamp + GAME_CLOCK + 1);
        game.timeout(a);
        assertEq(rollup.nextIndex(), 0);
        // batch 1 is gone, but the game on it is played to its end
        game.timeout(b);
        assertEq(uint256(game.getGame(b).status), uint256(ChallengeGame.Status.ChallengerWon));
        assertEq(game.credit(challenger2), CHALLENGER_BOND, "bond back, no second slash");
        assertEq(game.credit(challenger), CHALLENGER_BOND + PROPOSER_BOND / 2);
    }

    function test_withdraw_nothing_reverts() public {
        vm.expectRevert(ChallengeGame.NothingToWithdraw.selector);
        game.withdraw();
    }

    function test_receive_notRollup_reverts() public {
        vm.prank(challenger, challenger);
        (bool ok,) = address(game).call{value: 1}("");
        assertFalse(ok);
    }
}
