// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @notice The Bridge's L1 queue, as the Rollup and the OneStepProver read it. An
/// entry is an ETH deposit, a token deposit, or a forced L2 transaction
/// (docs/protocol.md §4); all kinds share one index space, one order and one
/// inclusion deadline.
interface IDepositQueue {
    /// @notice Number of queue entries ever queued (deposits and forced transactions).
    function depositCount() external view returns (uint256);
    /// @notice Entry `index`: L2 recipient, amount (in wei, or in the token of a
    /// token deposit) and L1 timestamp. A forced transaction has recipient zero and
    /// amount zero (no deposit can).
    function depositAt(uint256 index) external view returns (address recipient, uint256 amount, uint64 timestamp);
    /// @notice The L1 token of token deposit `index`; zero for an ETH deposit, a
    /// forced transaction or an index beyond the queue.
    function depositToken(uint256 index) external view returns (address);
    /// @notice keccak256(abi.encode(ForcedTx)) of the forced transaction at `index`;
    /// zero for a deposit.
    function forcedTxHash(uint256 index) external view returns (bytes32);
    /// @notice The queue length and, when `index` < length, deposit `index`'s timestamp (else 0).
    function inclusionInfo(uint256 index) external view returns (uint256 length, uint64 timestamp);
}
