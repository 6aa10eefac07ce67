// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {BatchInfo, BatchContext, MachineState, Witness} from "./lib/Types.sol";
import {Hashing} from "./lib/Hashing.sol";
import {IRollup} from "./interfaces/IRollup.sol";
import {IChallengeGame} from "./interfaces/IChallengeGame.sol";
import {IOneStepProver} from "./interfaces/IOneStepProver.sol";

/// @title ChallengeGame
/// @notice Bisection games over a batch's steps, ended by a one-step proof or a
/// clock (docs/protocol.md §8).
///
/// A game's segment is (lo, hi, hLo, hHi): both sides agree on hLo at step lo, the
/// challenger disputes hHi at step hi. Turns:
///
///   ProposerBisect --bisect(mid)--> ChallengerRespond --respond(agree)--> ...
///   ... once hi - lo == 1: ChallengerProve --proveStep (anyone)--> resolved
///
/// Each side has a chess clock: `gameClock` seconds at the start, spent while it is
/// its turn (the one-step proof is the challenger's turn), and `clockIncrement`
/// seconds more after each of its bisection moves; when the side to move has overrun
/// its clock, `timeout` gives the game to the other side. Every move names the
/// segment hashes it answers. A challenger holds at most one game per batch.
///
/// Every game is played to its end on its own merits, also after its batch was
/// reverted by another game, so a losing bond is always lost (docs/protocol.md §8,
/// §10). Payouts are credited and withdrawn with `withdraw`: proposer wins: the
/// challenger's bond to the proposer; challenger wins: its bond back, and if the
/// batch is still current the batch and every later one are reverted and the
/// proposer is slashed. Half the slash is the challengers' reward: once no game on
/// the batch is open it goes to the challenger of the earliest-opened game that
/// the challenger won, so a proposer cannot win it back by racing the honest
/// challenger with an address of its own.
contract ChallengeGame is IChallengeGame {
    /// @notice A game's status.
    enum Status {
        None,
        Active,
        ProposerWon,
        ChallengerWon
    }

    /// @notice Whose move a game awaits.
    enum Turn {
        ProposerBisect,
        ChallengerRespond,
        ChallengerProve
    }

    /// @notice Why a game ended.
    enum Reason {
        NoSteps,
        OneStepProof,
        Timeout
    }

    /// @notice A game.
    struct Game {
        bytes32 batchHash;
        bytes32 prevClaim;
        address challenger;
        uint64 batchIndex;
        Status status;
        Turn turn;
        address proposer;
        uint64 lo;
        uint64 hi;
        uint64 proposerClock;
        uint64 challengerClock;
        uint64 lastMoveAt;
        bytes32 hLo;
        bytes32 hHi;
        bytes32 mid;
    }

    /// @notice The Rollup whose batches are disputed.
    IRollup public immutable rollup;
    /// @notice The one-step prover.
    IOneStepProver public immutable prover;
    /// @notice Bond posted with each challenge, in wei.
    uint256 public immutable challengerBond;
    /// @notice Seconds on each side's clock when a game opens.
    uint64 public immutable gameClock;
    /// @notice Seconds added to a side's clock after each of its bisection moves.
    uint64 public immutable clockIncrement;

    /// @notice Number of games ever opened; ids are 0 .. gameCount-1.
    uint256 public gameCount;
    mapping(uint256 id => Game) private _games;
    /// @inheritdoc IChallengeGame
    mapping(bytes32 batchHash => uint256) public openGames;
    /// @notice Wei each account may withdraw.
    mapping(address account => uint256) public credit;
    /// @notice 1 + the id of the challenger's active game on the batch (0: none).
    mapping(bytes32 batchHash => mapping(address challenger => uint256)) public activeGameOf;
    /// @notice The slashed stake's reward waiting for the batch's games to end.
    mapping(bytes32 batchHash => uint256) public pendingReward;
    /// @notice 1 + the id of the earliest-opened game on the batch that the
    /// challenger won (0: none yet).
    mapping(bytes32 batchHash => uint256) public firstWin;

    /// @notice A game was opened on a batch.
    event GameOpened(
        uint256 indexed id,
        uint64 indexed batchIndex,
        bytes32 indexed batchHash,
        address challenger,
        address proposer,
        uint64 numSteps,
        bytes32 startHash,
        bytes32 endHash
    );
    /// @notice The proposer posted `midHash`, its machine hash at step `mid`.
    event Bisected(uint256 indexed id, uint64 lo, uint64 mid, uint64 hi, bytes32 midHash);
    /// @notice The challenger answered; the new segment follows.
    event Responded(uint256 indexed id, bool agree, uint64 lo, uint64 hi, bytes32 hLo, bytes32 hHi);
    /// @notice A one-step proof was executed from step `lo`.
    event StepProved(uint256 indexed id, uint64 lo, bytes32 postHash, bool matchesClaim);
    /// @notice A game ended.
    event GameResolved(uint256 indexed id, Status status, Reason reason);
    /// @notice The reward for disproving the batch went to the challenger of game `id`.
    event RewardPaid(bytes32 indexed batchHash, uint256 indexed id, address challenger, uint256 amount);
    /// @notice `account` may now withdraw `amount` more wei.
    event Credited(address indexed account, uint256 amount);
    /// @notice `account` withdrew `amount` wei.
    event Withdrawn(address indexed account, uint256 amount);

    /// @notice An address argument is zero.
    error ZeroAddress();
    /// @notice The challenger bond or the game clock is zero.
    error ZeroParameter();
    /// @notice The caller already has the active game `id` on this batch.
    error AlreadyChallenged(uint256 id);
    /// @notice msg.value is not the challenger bond.
    error WrongBond(uint256 sent, uint256 required);
    /// @notice The record is not the current batch at its index.
    error UnknownBatch(uint64 index);
    /// @notice The batch's dispute window has passed.
    error WindowClosed(uint64 deadline);
    /// @notice No active game with this id.
    error GameNotActive(uint256 id);
    /// @notice The caller may not make this move.
    error NotYourMove(address caller);
    /// @notice The game awaits another kind of move: `current`.
    error WrongTurn(Turn current);
    /// @notice The named segment hashes are not the game's current ones.
    error StaleMove();
    /// @notice The mover's clock has run out; call `timeout`.
    error ClockExpired();
    /// @notice The clock of the side to move has not run out.
    error ClockNotExpired(uint256 remaining);
    /// @notice The pre-state does not hash to the agreed hLo.
    error WrongPreState();
    /// @notice The record does not match the game's batch.
    error WrongBatch();
    /// @notice Nothing to withdraw.
    error NothingToWithdraw();
    /// @notice Sending ETH failed.
    error PaymentFailed(address to, uint256 amount);
    /// @notice ETH sent by someone other than the Rollup.
    error UnexpectedPayment();

    constructor(
        IRollup rollup_,
        IOneStepProver prover_,
        uint256 challengerBond_,
        uint64 gameClock_,
        uint64 clockIncrement_
    ) {
        if (address(rollup_) == address(0) || address(prover_) == address(0)) revert ZeroAddress();
        if (challengerBond_ == 0 || gameClock_ == 0) revert ZeroParameter();
        rollup = rollup_;
        prover = prover_;
        challengerBond = challengerBond_;
        gameClock = gameClock_;
        clockIncrement = clockIncrement_;
    }

    /// @notice Accepts the challenger's share of a slashed stake from the Rollup.
    receive() external payable {
        if (msg.sender != address(rollup)) revert UnexpectedPayment();
    }

    // ---------------------------------------------------------------- moves

    /// @notice Opens a game on batch `info` inside its dispute window, with the
    /// challenger bond as msg.value. A batch with zero steps is decided at once.
    /// @return id the new game's id
    function challenge(BatchInfo calldata info) external payable returns (uint256 id) {
        if (msg.value != challengerBond) revert WrongBond(msg.value, challengerBond);
        bytes32 hash = Hashing.batchHash(info);
        if (rollup.batchHash(info.index) != hash) revert UnknownBatch(info.index);
        uint64 dl = info.l1Timestamp + rollup.disputeWindow();
        if (block.timestamp >= dl) revert WindowClosed(dl);
        uint256 held = activeGameOf[hash][msg.sender];
        if (held != 0) revert AlreadyChallenged(held - 1);

        id = gameCount++;
        activeGameOf[hash][msg.sender] = id + 1;
        Game storage g = _games[id];
        g.batchHash = hash;
        g.prevClaim = info.prevClaim;
        g.challenger = msg.sender;
        g.batchIndex = info.index;
        g.status = Status.Active;
        g.proposer = info.proposer;
        g.hi = info.numSteps;
        g.proposerClock = gameClock;
        g.challengerClock = gameClock;
        g.lastMoveAt = uint64(block.timestamp);
        g.hLo = info.startHash;
        g.hHi = info.endHash;
        g.turn = info.numSteps > 1 ? Turn.ProposerBisect : Turn.ChallengerProve;
        ++openGames[hash];
        emit GameOpened(id, info.index, hash, msg.sender, info.proposer, info.numSteps, info.startHash, info.endHash);
        if (info.numSteps == 0) {
            _resolve(id, g, info.startHash != info.endHash, Reason.NoSteps);
        }
    }

    /// @notice The proposer posts `mid`, its machine hash at step lo + (hi − lo) / 2.
    /// @param hLo the segment's current hLo
    /// @param hHi the segment's current hHi
    function bisect(uint256 id, bytes32 hLo, bytes32 hHi, bytes32 mid) external {
        Game storage g = _active(id);
        if (msg.sender != g.proposer) revert NotYourMove(msg.sender);
        if (g.turn != Turn.ProposerBisect) revert WrongTurn(g.turn);
        if (g.hLo != hLo || g.hHi != hHi) revert StaleMove();
        g.proposerClock = _spend(g.proposerClock, g.lastMoveAt) + clockIncrement;
        g.lastMoveAt = uint64(block.timestamp);
        g.mid = mid;
        g.turn = Turn.ChallengerRespond;
        uint64 lo = g.lo;
        uint64 hi = g.hi;
        emit Bisected(id, lo, lo + (hi - lo) / 2, hi, mid);
    }

    /// @notice The challenger agrees (segment becomes the upper half) or disagrees
    /// (the lower half) with the proposer's midpoint hash `mid`.
    function respond(uint256 id, bytes32 hLo, bytes32 hHi, bytes32 mid, bool agree) external {
        Game storage g = _active(id);
        if (msg.sender != g.challenger) revert NotYourMove(msg.sender);
        if (g.turn != Turn.ChallengerRespond) revert WrongTurn(g.turn);
        if (g.hLo != hLo || g.hHi != hHi || g.mid != mid) revert StaleMove();
        g.challengerClock = _spend(g.challengerClock, g.lastMoveAt) + clockIncrement;
        g.lastMoveAt = uint64(block.timestamp);
        uint64 lo = g.lo;
        uint64 hi = g.hi;
        uint64 m = lo + (hi - lo) / 2;
        if (agree) {
            g.lo = lo = m;
            g.hLo = hLo = mid;
        } else {
            g.hi = hi = m;
            g.hHi = hHi = mid;
        }
        g.turn = hi - lo > 1 ? Turn.ProposerBisect : Turn.ChallengerProve;
        emit Responded(id, agree, lo, hi, hLo, hHi);
    }

    /// @notice Executes the disputed step with the one-step prover; anyone may call.
    /// The proposer wins if the result equals hHi, the challenger otherwise.
    /// @param info the game's batch record
    /// @param hHi the segment's current hHi
    /// @param pre the preimage of the agreed hLo
    /// @param witness the chunks and state proofs the step reads (OneStepProver)
    function proveStep(
        uint256 id,
        BatchInfo calldata info,
        bytes32 hHi,
        MachineState calldata pre,
        Witness calldata witness
    ) external {
        Game storage g = _active(id);
        if (g.turn != Turn.ChallengerProve) revert WrongTurn(g.turn);
        if (g.hHi != hHi) revert StaleMove();
        if (Hashing.batchHash(info) != g.batchHash) revert WrongBatch();
        if (_machineHash(pre) != g.hLo) revert WrongPreState();
        g.challengerClock = _spend(g.challengerClock, g.lastMoveAt);
        g.lastMoveAt = uint64(block.timestamp);
        BatchContext memory ctx = BatchContext({
            dataRoot: info.dataRoot,
            blob: info.blob,
            dataLen: info.dataLen,
            feeCount: info.feeCount,
            addrCount: info.addrCount,
            depositLimit: info.depositLimit
        });
        (MachineState memory post,) = prover.executeStep(ctx, pre, witness);
        bytes32 postHash = Hashing.machineHash(post);
        bool matches = postHash == hHi;
        emit StepProved(id, g.lo, postHash, matches);
        _resolve(id, g, !matches, Reason.OneStepProof);
    }

    /// @notice Ends a game whose side to move has overrun its clock, for the other side.
    function timeout(uint256 id) external {
        Game storage g = _active(id);
        bool proposerToMove = g.turn == Turn.ProposerBisect;
        uint256 clock = proposerToMove ? g.proposerClock : g.challengerClock;
        uint256 elapsed = block.timestamp - g.lastMoveAt;
        if (elapsed <= clock) revert ClockNotExpired(clock - elapsed);
        _resolve(id, g, proposerToMove, Reason.Timeout);
    }

    /// @notice Sends the caller its credited wei.
    function withdraw() external {
        uint256 amount = credit[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        credit[msg.sender] = 0;
        emit Withdrawn(msg.sender, amount);
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert PaymentFailed(msg.sender, amount);
    }

    // ---------------------------------------------------------------- views

    /// @notice Game `id`.
    function getGame(uint256 id) external view returns (Game memory) {
        return _games[id];
    }

    /// @notice Seconds left on each side's clock now, counting the running turn.
    function clocks(uint256 id) external view returns (uint64 proposer, uint64 challenger) {
        Game storage g = _games[id];
        proposer = g.proposerClock;
        challenger = g.challengerClock;
        if (g.status != Status.Active) return (proposer, challenger);
        uint256 elapsed = block.timestamp - g.lastMoveAt;
        if (g.turn == Turn.ProposerBisect) {
            proposer = elapsed >= proposer ? 0 : uint64(proposer - elapsed);
        } else {
            challenger = elapsed >= challenger ? 0 : uint64(challenger - elapsed);
        }
    }

    // ---------------------------------------------------------------- internals

    function _active(uint256 id) private view returns (Game storage g) {
        g = _games[id];
        if (g.status != Status.Active) revert GameNotActive(id);
    }

    /// @dev The clock left after the time since `since`; reverts when overrun.
    function _spend(uint64 clock, uint64 since) private view returns (uint64) {
        uint256 elapsed = block.timestamp - since;
        if (elapsed > clock) revert ClockExpired();
        return uint64(clock - elapsed);
    }

    function _machineHash(MachineState calldata s) private pure returns (bytes32) {
        return Hashing.machineHash(s.stateRoot, s.cursor, s.depositsConsumed, s.blockNumber, s.timestamp);
    }

    /// @dev Ends game `id` and pays the winner its bond; a challenger's win reverts
    /// and slashes when the batch is still current. The reward is paid once the last
    /// game on the batch has ended.
    function _resolve(uint256 id, Game storage g, bool challengerWins, Reason reason) private {
        bytes32 hash = g.batchHash;
        uint256 left = --openGames[hash];
        delete activeGameOf[hash][g.challenger];
        Status st;
        if (challengerWins) {
            st = Status.ChallengerWon;
            g.status = st;
            uint256 first = firstWin[hash];
            if (first == 0 || id < first - 1) firstWin[hash] = id + 1;
            if (rollup.batchHash(g.batchIndex) == hash) {
                pendingReward[hash] += rollup.revertAndSlash(g.batchIndex, hash, g.prevClaim, g.proposer);
            }
            _credit(g.challenger, challengerBond);
        } else {
            st = Status.ProposerWon;
            g.status = st;
            _credit(g.proposer, challengerBond);
        }
        emit GameResolved(id, st, reason);
        uint256 reward = pendingReward[hash];
        if (left == 0 && reward != 0) {
            uint256 winner = firstWin[hash] - 1;
            address to = _games[winner].challenger;
            pendingReward[hash] = 0;
            emit RewardPaid(hash, winner, to, reward);
            _credit(to, reward);
        }
    }

    function _credit(address account, uint256 amount) private {
        credit[account] += amount;
        emit Credited(account, amount);
    }
}
