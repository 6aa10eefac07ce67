// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Vm} from "../utils/Test.sol";
import {BatchEncoder} from "../utils/BatchEncoder.sol";
import {Rollup} from "../../src/Rollup.sol";
import {ChallengeGame} from "../../src/ChallengeGame.sol";
import {BatchHeader, BatchInfo, L2State, MachineState, Witness} from "../../src/lib/Types.sol";
import {Hashing} from "../../src/lib/Hashing.sol";

/// @notice Drives the Rollup and the ChallengeGame with random but well-formed
/// actions and records ghost values for the invariants. Batches hold block records
/// only, so the handler knows every honest machine state; a batch may lie about
/// its final timestamp, and then its proposer lies from some step on.
contract SystemHandler {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));
    uint256 internal constant RECORDS = 6;

    Rollup public immutable rollup;
    ChallengeGame public immutable game;
    address public immutable sequencer;
    address[3] public challengers;
    uint256 public immutable bond;

    // the current chain of batches, mirrored
    BatchInfo[] internal _batches;
    L2State[] internal _prevs;
    uint64[] internal _lies;

    struct GameMeta {
        uint256 id;
        L2State prev;
        uint64 lie;
        uint256 wrongFrom;
        bool honestChallenger;
        BatchInfo info;
    }

    GameMeta[] internal _games;

    // ghosts
    mapping(uint256 index => bytes32) public finalHash;
    uint256 public ghostFinalized;
    uint64 public ghostMaxNext;
    bool public ghostBadDecrease;
    bool public ghostEarlyFinal;
    bool public ghostMoveAfterExpiry;
    bool public ghostWrongTimeoutWinner;
    bool public ghostBadResolution;
    uint256 public ghostStakeIn;
    uint256 public ghostStakeOut;
    uint256 public ghostBondsIn;
    uint256 public ghostCreditsOut;

    constructor(Rollup rollup_, ChallengeGame game_, address sequencer_) {
        rollup = rollup_;
        game = game_;
        sequencer = sequencer_;
        bond = game_.challengerBond();
        challengers = [address(0xC1), address(0xC2), address(0xC3)];
    }

    function gameCount() external view returns (uint256) {
        return _games.length;
    }

    function gameIdAt(uint256 i) external view returns (uint256) {
        return _games[i].id;
    }

    function allActors() external view returns (address[4] memory a) {
        a = [sequencer, challengers[0], challengers[1], challengers[2]];
    }

    // ------------------------------------------------------------ model

    function _data() internal pure returns (bytes memory data) {
        data = BatchEncoder.blockBatch(RECORDS);
    }

    function _state(L2State memory prev, uint256 step) internal pure returns (MachineState memory s) {
        uint256 n = step < RECORDS ? step : RECORDS;
        s = MachineState(
            prev.stateRoot,
            uint64(8 + 2 * n),
            prev.depositsConsumed,
            uint64(prev.blockNumber + n),
            uint64(prev.timestamp + n * (n + 1) / 2)
        );
    }

    function _lieHash(GameMeta memory m, uint256 step) internal pure returns (bytes32) {
        MachineState memory s = _state(m.prev, step);
        if (m.lie != 0 && step >= m.wrongFrom) s.timestamp += m.lie;
        return Hashing.machineHash(s);
    }

    uint64 internal _lastNext;
    mapping(uint256 id => bool) internal _winCounted;
    uint256 public ghostChallengerWins;
    uint256 public ghostProposerWins;

    function _sync() internal {
        uint64 next = rollup.nextIndex();
        if (next < _lastNext) {
            bool explained;
            for (uint256 i = 0; i < _games.length; ++i) {
                uint256 id = _games[i].id;
                ChallengeGame.Game memory g = game.getGame(id);
                if (g.status == ChallengeGame.Status.ChallengerWon && g.batchIndex == next && !_winCounted[id]) {
                    _winCounted[id] = true;
                    explained = true;
                }
            }
            if (!explained) ghostBadDecrease = true;
        }
        _lastNext = next;
        while (_batches.length > next) {
            _batches.pop();
            _prevs.pop();
            _lies.pop();
        }
        if (next > ghostMaxNext) ghostMaxNext = next;
    }

    // ------------------------------------------------------------ actions

    function appendBatch(uint256 seed) external {
        _sync();
        (uint256 st,) = rollup.stakeOf(sequencer);
        if (st < rollup.proposerBond()) {
            uint256 top = rollup.proposerBond() - st;
            vm.deal(sequencer, sequencer.balance + top);
            vm.prank(sequencer, sequencer);
            rollup.depositStake{value: top}();
            ghostStakeIn += top;
        }
        L2State memory prev;
        if (_batches.length == 0) {
            prev = L2State(bytes32(0), 0, 0, rollup.genesisTimestamp());
        } else {
            prev = _batches[_batches.length - 1].post;
        }
        MachineState memory end = _state(prev, RECORDS);
        uint64 lie = seed % 3 == 0 ? uint64(1 + seed % 5) : 0;
        L2State memory post = L2State(end.stateRoot, end.depositsConsumed, end.blockNumber, end.timestamp + lie);
        uint64 numSteps = uint64(RECORDS + seed % 4);
        uint64 before = rollup.nextIndex();
        vm.recordLogs();
        vm.prank(sequencer, sequencer);
        rollup.appendBatch(BatchHeader(before, prev, post, numSteps), _data());
        Vm.Log[] memory logs = vm.getRecordedLogs();
        BatchInfo memory info = abi.decode(logs[logs.length - 1].data, (BatchInfo));
        _batches.push(info);
        _prevs.push(prev);
        _lies.push(lie);
        _sync();
    }

    function challenge(uint256 batchSeed, uint256 actorSeed, bool honest) external {
        _sync();
        if (_batches.length == 0) return;
        uint256 i = batchSeed % _batches.length;
        BatchInfo memory info = _batches[i];
        if (block.timestamp >= info.l1Timestamp + rollup.disputeWindow()) return;
        address c = challengers[actorSeed % 3];
        vm.deal(c, c.balance + bond);
        vm.prank(c, c);
        uint256 id = game.challenge{value: bond}(info);
        ghostBondsIn += bond;
        uint256 wrongFrom = 1 + batchSeed % info.numSteps;
        _games.push(GameMeta(id, _prevs[i], _lies[i], wrongFrom, honest, info));
        _checkResolution(_games.length - 1, info.numSteps == 0 ? true : false);
        _sync();
    }

    /// @dev Makes the next move of a game; the proposer follows its (maybe lying)
    /// model, the challenger answers honestly or disagrees with everything.
    /// @dev Makes up to a few moves of one game in a row.
    function move(uint256 gameSeed) external {
        if (_games.length == 0) return;
        uint256 gi = gameSeed % _games.length;
        uint256 n = 1 + (gameSeed >> 128) % 10;
        for (uint256 k = 0; k < n; ++k) {
            if (!_move(gi)) break;
        }
    }

    function _move(uint256 gi) internal returns (bool ok) {
        GameMeta memory m = _games[gi];
        ChallengeGame.Game memory g = game.getGame(m.id);
        if (g.status != ChallengeGame.Status.Active) return false;
        uint256 elapsed = block.timestamp - g.lastMoveAt;
        bool proposerTurn = g.turn == ChallengeGame.Turn.ProposerBisect;
        bool expired = elapsed > (proposerTurn ? g.proposerClock : g.challengerClock);
        if (g.turn == ChallengeGame.Turn.ProposerBisect) {
            bytes32 h = _lieHash(m, g.lo + (g.hi - g.lo) / 2);
            vm.prank(sequencer, sequencer);
            try game.bisect(m.id, g.hLo, g.hHi, h) {
                ok = true;
            } catch {}
        } else if (g.turn == ChallengeGame.Turn.ChallengerRespond) {
            uint64 mid = g.lo + (g.hi - g.lo) / 2;
            bool agree = m.honestChallenger && g.mid == Hashing.machineHash(_state(m.prev, mid));
            vm.prank(g.challenger, g.challenger);
            try game.respond(m.id, g.hLo, g.hHi, g.mid, agree) {
                ok = true;
            } catch {}
        } else {
            // the pre-state: the honest state when the challenger agreed with it,
            // else the proposer's (lying) state, which is what hLo commits to
            MachineState memory pre = _state(m.prev, g.lo);
            if (Hashing.machineHash(pre) != g.hLo) {
                pre.timestamp += m.lie;
            }
            Witness memory w;
            w.chunks = BatchEncoder.allChunks(_data());
            try game.proveStep(m.id, m.info, g.hHi, pre, w) {
                ok = true;
            } catch {}
        }
        if (ok && expired) ghostMoveAfterExpiry = true;
        if (ok) _checkResolution(gi, false);
        _sync();
    }

    function timeout(uint256 gameSeed) external {
        if (_games.length == 0) return;
        uint256 gi = gameSeed % _games.length;
        ChallengeGame.Game memory g = game.getGame(_games[gi].id);
        if (g.status != ChallengeGame.Status.Active) return;
        bool proposerTurn = g.turn == ChallengeGame.Turn.ProposerBisect;
        uint256 clock = proposerTurn ? g.proposerClock : g.challengerClock;
        bool expired = block.timestamp - g.lastMoveAt > clock;
        try game.timeout(_games[gi].id) {
            if (!expired) ghostMoveAfterExpiry = true; // a timeout before expiry
            ChallengeGame.Status s = game.getGame(_games[gi].id).status;
            ChallengeGame.Status want =
                proposerTurn ? ChallengeGame.Status.ChallengerWon : ChallengeGame.Status.ProposerWon;
            if (s != want) ghostWrongTimeoutWinner = true;
        } catch {
            if (expired) ghostWrongTimeoutWinner = true; // an expired clock must decide
        }
        _sync();
    }

    function finalize() external {
        _sync();
        uint64 fc = rollup.finalizedCount();
        if (fc >= _batches.length) return;
        BatchInfo memory info = _batches[fc];
        bytes32 h = keccak256(abi.encode(info));
        bool inWindow = block.timestamp < info.l1Timestamp + rollup.disputeWindow();
        bool open;
        for (uint256 i = 0; i < _games.length; ++i) {
            ChallengeGame.Game memory g = game.getGame(_games[i].id);
            if (g.batchHash == h && g.status == ChallengeGame.Status.Active) open = true;
        }
        try rollup.finalize(info) {
            if (inWindow || open) ghostEarlyFinal = true;
            finalHash[fc] = h;
            ghostFinalized = fc + 1;
        } catch {}
    }

    function warp(uint256 dt) external {
        vm.warp(block.timestamp + 1 + dt % 45);
    }

    function withdrawCredit(uint256 actorSeed) external {
        address a = actorSeed % 4 == 3 ? sequencer : challengers[actorSeed % 3];
        uint256 c = game.credit(a);
        if (c == 0) return;
        vm.prank(a, a);
        game.withdraw();
        ghostCreditsOut += c;
    }

    function withdrawStake(uint256 amount) external {
        (uint256 st, uint64 last) = rollup.stakeOf(sequencer);
        if (st == 0 || last > rollup.finalizedCount()) return;
        amount = 1 + amount % st;
        vm.prank(sequencer, sequencer);
        rollup.withdrawStake(amount);
        ghostStakeOut += amount;
    }

    /// @dev After a game ended, its outcome must follow from who was honest.
    function _checkResolution(uint256 gi, bool) internal {
        GameMeta memory m = _games[gi];
        ChallengeGame.Game memory g = game.getGame(m.id);
        if (g.status == ChallengeGame.Status.ChallengerWon) ++ghostChallengerWins;
        if (g.status == ChallengeGame.Status.ProposerWon) ++ghostProposerWins;
        if (g.status == ChallengeGame.Status.ProposerWon && m.lie != 0 && m.honestChallenger) {
            ghostBadResolution = true; // an honest challenger lost against a lie
        }
        if (g.status == ChallengeGame.Status.ChallengerWon && m.lie == 0) {
            ghostBadResolution = true; // an honest proposer lost a proof
        }
    }
}
