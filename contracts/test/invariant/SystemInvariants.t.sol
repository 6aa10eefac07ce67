// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Fixture} from "../utils/Fixture.sol";
import {SystemHandler} from "./SystemHandler.sol";
import {ChallengeGame} from "../../src/ChallengeGame.sol";
import {Protocol} from "../../src/lib/Types.sol";

/// @notice Invariants of the Rollup and the ChallengeGame under random play.
contract SystemInvariants is Fixture {
    SystemHandler internal handler;

    function setUp() public {
        deploySystem();
        handler = new SystemHandler(rollup, game, sequencer);
        targetContract(address(handler));
    }

    /// @notice Bonds are conserved: every wei staked or bonded is held, paid out,
    /// or burned.
    function invariant_bondsConserved() public view {
        uint256 held = address(rollup).balance + address(game).balance + Protocol.BURN_ADDRESS.balance;
        assertEq(
            held + handler.ghostStakeOut() + handler.ghostCreditsOut(),
            handler.ghostStakeIn() + handler.ghostBondsIn(),
            "conservation"
        );
        (uint256 st,) = rollup.stakeOf(sequencer);
        assertEq(address(rollup).balance, st, "rollup holds the stake");
        uint256 owed;
        address[4] memory actors = handler.allActors();
        for (uint256 i = 0; i < actors.length; ++i) {
            owed += game.credit(actors[i]);
        }
        uint256 active;
        uint256 pending;
        uint256 n = handler.gameCount();
        for (uint256 i = 0; i < n; ++i) {
            ChallengeGame.Game memory g = game.getGame(handler.gameIdAt(i));
            if (g.status == ChallengeGame.Status.Active) ++active;
            bool seen;
            for (uint256 j = 0; j < i; ++j) {
                if (game.getGame(handler.gameIdAt(j)).batchHash == g.batchHash) seen = true;
            }
            if (!seen) pending += game.pendingReward(g.batchHash);
        }
        assertEq(
            address(game).balance,
            owed + active * CHALLENGER_BOND + pending,
            "game holds credits, live bonds and rewards waiting for their games"
        );
    }

    /// @notice A final batch's record never changes and never disappears.
    function invariant_finalNeverChanges() public view {
        uint256 n = handler.ghostFinalized();
        assertEq(rollup.finalizedCount(), n, "finalized count");
        assertTrue(rollup.nextIndex() >= n, "final batches are current");
        for (uint256 i = 0; i < n; ++i) {
            assertEq(rollup.batchHash(i), handler.finalHash(i), "final record");
        }
    }

    /// @notice The next index only decreases through a game the challenger won.
    function invariant_nextIndexOnlyGrows() public view {
        assertFalse(handler.ghostBadDecrease());
        assertTrue(handler.ghostMaxNext() >= rollup.nextIndex());
    }

    /// @notice Reports how much of the game space a run reached (printed with -vv).
    function afterInvariant() public {
        emit log_named_uint("batches finalized", handler.ghostFinalized());
        emit log_named_uint("games", handler.gameCount());
        emit log_named_uint("challenger wins by proof", handler.ghostChallengerWins());
        emit log_named_uint("proposer wins by proof", handler.ghostProposerWins());
    }

    /// @notice Nothing finalizes inside its window or with an open game.
    function invariant_noEarlyFinality() public view {
        assertFalse(handler.ghostEarlyFinal());
    }

    /// @notice Expired clocks decide games; no move is accepted after expiry.
    function invariant_clocksDecide() public view {
        assertFalse(handler.ghostMoveAfterExpiry());
        assertFalse(handler.ghostWrongTimeoutWinner());
    }

    /// @notice An honest challenger never loses to a lie; an honest proposer never
    /// loses a one-step proof.
    function invariant_honestSideWins() public view {
        assertFalse(handler.ghostBadResolution());
    }
}
