// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {BatchInfo} from "../lib/Types.sol";

/// @notice What the Bridge and the ChallengeGame need from the Rollup.
interface IRollup {
    /// @notice Number of batches currently accepted (the next batch's index).
    function nextIndex() external view returns (uint64);
    /// @notice Number of final batches; batches 0 .. finalizedCount-1 are final.
    function finalizedCount() external view returns (uint64);
    /// @notice The stored hash of batch `index` (stale once the batch is reverted).
    function batchHash(uint256 index) external view returns (bytes32);
    /// @notice The dispute window in seconds.
    function disputeWindow() external view returns (uint64);
    /// @notice Reverts the batch of `info` and every later one and slashes its
    /// proposer; only the ChallengeGame. Sends the challenger's reward to the caller.
    function revertAndSlash(uint64 index, bytes32 hash, bytes32 prevClaim, address proposer)
        external
        returns (uint256 reward);
}
