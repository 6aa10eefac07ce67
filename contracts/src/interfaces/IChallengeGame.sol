// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @notice What the Rollup needs from the ChallengeGame.
interface IChallengeGame {
    /// @notice Number of unresolved games on the batch with stored hash `batchHash`.
    function openGames(bytes32 batchHash) external view returns (uint256);
}
