// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {BatchInfo, ForcedTx, Protocol} from "./lib/Types.sol";
import {Hashing} from "./lib/Hashing.sol";
import {SparseMerkle} from "./lib/SparseMerkle.sol";
import {IRollup} from "./interfaces/IRollup.sol";
import {IDepositQueue} from "./interfaces/IBridge.sol";

/// @title Bridge
/// @notice Holds the rollup's ETH: queues deposits and forced L2 transactions to L2
/// and pays withdrawals proven against the post-state root of a final batch
/// (docs/protocol.md §4).
/// @dev Deposits and forced transactions share one queue: every batch consumes it
/// in order and must not leave an entry older than the inclusion window, so the
/// sequencer can neither skip a deposit nor censor a transaction forced here.
/// @dev Deployed before the Rollup, then linked to it once with `initialize`.
contract Bridge is IDepositQueue {
    /// @notice A queued deposit.
    struct Deposit {
        address recipient;
        uint64 timestamp;
        uint256 amount;
    }

    /// @notice The account allowed to call `initialize`.
    address public immutable deployer;
    /// @notice The Rollup whose final batches withdrawals are proven against.
    IRollup public rollup;

    Deposit[] private _deposits;
    /// @inheritdoc IDepositQueue
    mapping(uint256 index => bytes32) public forcedTxHash;
    /// @notice Withdrawal keys already paid.
    mapping(bytes32 key => bool) public claimed;

    /// @notice The Bridge was linked to its Rollup.
    event Initialized(address indexed rollup);
    /// @notice A deposit was queued (docs/protocol.md §4).
    event DepositQueued(
        uint256 indexed index, address indexed from, address indexed recipient, uint256 amount, uint64 timestamp
    );
    /// @notice A signed L2 transaction was queued by `from` (docs/protocol.md §4);
    /// the next batches must execute it, under the usual rules, in queue order.
    event TransactionForced(uint256 indexed index, address indexed from, ForcedTx forced, uint64 timestamp);
    /// @notice A withdrawal leaf was paid out.
    event WithdrawalClaimed(
        bytes32 indexed key, address indexed recipient, uint64 nonce, uint256 amount, uint64 indexed batchIndex
    );

    /// @notice `initialize` was called a second time.
    error AlreadyInitialized();
    /// @notice The caller is not the deployer.
    error NotDeployer();
    /// @notice An address argument is zero.
    error ZeroAddress();
    /// @notice The Bridge is not linked to a Rollup yet.
    error NotInitialized();
    /// @notice A deposit of zero wei.
    error ZeroDeposit();
    /// @notice A deposit that is not a whole number of gwei: L2 blocks show
    /// deposits as EIP-4895 withdrawals, whose amounts are in gwei.
    error DepositNotWholeGwei(uint256 amount);
    /// @notice The L2 recipient is zero or WITHDRAWAL_ADDRESS.
    error InvalidRecipient(address recipient);
    /// @notice No deposit has this index.
    error DepositOutOfRange(uint256 index, uint256 length);
    /// @notice The batch is not final or does not match the stored record.
    error BatchNotFinal(uint64 index);
    /// @notice The withdrawal leaf is not in the batch's post-state.
    error InvalidWithdrawalProof();
    /// @notice The withdrawal was already paid.
    error AlreadyClaimed(bytes32 key);
    /// @notice Sending ETH to the recipient failed.
    error PaymentFailed(address recipient, uint256 amount);

    constructor() {
        deployer = msg.sender;
    }

    /// @notice Links the Bridge to its Rollup; callable once, by the deployer.
    function initialize(IRollup rollup_) external {
        if (msg.sender != deployer) revert NotDeployer();
        if (address(rollup) != address(0)) revert AlreadyInitialized();
        if (address(rollup_) == address(0)) revert ZeroAddress();
        rollup = rollup_;
        emit Initialized(address(rollup_));
    }

    /// @notice Queues `msg.value` wei, a whole number of gwei, for
    /// `l2Recipient` on L2.
    /// @return index the deposit's position in the queue
    function deposit(address l2Recipient) external payable returns (uint256 index) {
        if (msg.value == 0) revert ZeroDeposit();
        if (l2Recipient == address(0) || l2Recipient == Protocol.WITHDRAWAL_ADDRESS) {
            revert InvalidRecipient(l2Recipient);
        }
        if (msg.value % 1 gwei != 0) revert DepositNotWholeGwei(msg.value);
        index = _deposits.length;
        uint64 ts = uint64(block.timestamp);
        _deposits.push(Deposit({recipient: l2Recipient, timestamp: ts, amount: msg.value}));
        emit DepositQueued(index, msg.sender, l2Recipient, msg.value, ts);
    }

    /// @notice Queues a signed L2 transaction that the sequencer has to include:
    /// the L2 step machine executes it when a batch consumes its queue entry,
    /// with the rules of any transfer (signature, nonce, balance, fees).
    /// @return index the entry's position in the queue
    function forceTransaction(ForcedTx calldata forced) external returns (uint256 index) {
        index = _deposits.length;
        uint64 ts = uint64(block.timestamp);
        _deposits.push(Deposit({recipient: address(0), timestamp: ts, amount: 0}));
        forcedTxHash[index] = keccak256(abi.encode(forced));
        emit TransactionForced(index, msg.sender, forced, ts);
    }

    /// @inheritdoc IDepositQueue
    function depositCount() external view returns (uint256) {
        return _deposits.length;
    }

    /// @inheritdoc IDepositQueue
    function depositAt(uint256 index) external view returns (address recipient, uint256 amount, uint64 timestamp) {
        if (index >= _deposits.length) revert DepositOutOfRange(index, _deposits.length);
        Deposit storage d = _deposits[index];
        return (d.recipient, d.amount, d.timestamp);
    }

    /// @inheritdoc IDepositQueue
    function inclusionInfo(uint256 index) external view returns (uint256 length, uint64 timestamp) {
        length = _deposits.length;
        if (index < length) timestamp = _deposits[index].timestamp;
    }

    /// @notice The state key of the withdrawal made by `sender` at L2 nonce `nonce`:
    /// keccak(0x57 ‖ sender ‖ u64 nonce).
    function withdrawalKey(address sender, uint64 nonce) public pure returns (bytes32) {
        return keccak256(abi.encodePacked(bytes1(0x57), sender, nonce));
    }

    /// @notice Pays the withdrawal `recipient` made at L2 nonce `nonce`, proven
    /// against the post-state root of the final batch `info`.
    /// @param info the batch record (from BatchAppended); must be final
    /// @param recipient the L2 sender of the withdrawal, paid on L1
    /// @param nonce the sender's nonce before the withdrawal transfer
    /// @param amount the withdrawn amount (the leaf's `a`)
    /// @param siblings the leaf's sparse Merkle path, root first (docs/protocol.md §3.3)
    function claimWithdrawal(
        BatchInfo calldata info,
        address recipient,
        uint64 nonce,
        uint256 amount,
        bytes32[] calldata siblings
    ) external {
        IRollup r = rollup;
        if (address(r) == address(0)) revert NotInitialized();
        if (info.index >= r.finalizedCount() || r.batchHash(info.index) != Hashing.batchHash(info)) {
            revert BatchNotFinal(info.index);
        }
        bytes32 key = withdrawalKey(recipient, nonce);
        if (claimed[key]) revert AlreadyClaimed(key);
        if (!SparseMerkle.verifyInclusion(siblings, info.post.stateRoot, key, amount, uint256(uint160(recipient)))) {
            revert InvalidWithdrawalProof();
        }
        claimed[key] = true;
        emit WithdrawalClaimed(key, recipient, nonce, amount, info.index);
        (bool ok,) = recipient.call{value: amount}("");
        if (!ok) revert PaymentFailed(recipient, amount);
    }
}
