// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @notice The Bridge's deposit queue, as the Rollup and the OneStepProver read it.
interface IDepositQueue {
    /// @notice Number of deposits ever queued.
    function depositCount() external view returns (uint256);
    /// @notice Deposit `index`: L2 recipient, amount in wei and L1 timestamp.
    function depositAt(uint256 index) external view returns (address recipient, uint256 amount, uint64 timestamp);
    /// @notice The queue length and, when `index` < length, deposit `index`'s timestamp (else 0).
    function inclusionInfo(uint256 index) external view returns (uint256 length, uint64 timestamp);
}
