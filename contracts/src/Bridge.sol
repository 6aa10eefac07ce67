// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {BatchInfo, ForcedTx, Protocol, Keys} from "./lib/Types.sol";
import {Hashing} from "./lib/Hashing.sol";
import {SparseMerkle} from "./lib/SparseMerkle.sol";
import {IRollup} from "./interfaces/IRollup.sol";
import {IDepositQueue} from "./interfaces/IBridge.sol";
import {IERC20} from "./interfaces/IERC20.sol";

/// @title Bridge
/// @notice Holds the rollup's ETH and bridged ERC-20 tokens: queues deposits and
/// forced L2 transactions to L2 and pays withdrawals proven against the post-state
/// root of a final batch (docs/protocol.md §4).
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
    /// @inheritdoc IDepositQueue
    mapping(uint256 index => address) public depositToken;
    /// @notice Withdrawal keys (ETH and token) already paid.
    mapping(bytes32 key => bool) public claimed;
    /// @notice The L1 token of each registered L2 token address (zero: not registered).
    mapping(address l2Token => address) public l1TokenOf;

    /// @dev Set while a token is called, so that a token cannot re-enter the Bridge
    /// (a nested deposit would be counted twice by the balance difference).
    bool private transient _entered;

    /// @notice Gas given to each metadata call (name, symbol, decimals) of a new token.
    uint256 public constant METADATA_GAS = 100_000;
    /// @notice Longest name or symbol kept from a token; longer ones are cut.
    uint256 public constant MAX_METADATA_BYTES = 128;

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
    /// @notice The first deposit of `l1Token` made it the L2 token `l2Token`
    /// (docs/protocol.md §2.4); its metadata as read then.
    event TokenRegistered(address indexed l1Token, address indexed l2Token, string name, string symbol, uint8 decimals);
    /// @notice A token deposit was queued: `amount` is what the Bridge received.
    event TokenDepositQueued(
        uint256 indexed index,
        address indexed from,
        address indexed recipient,
        address l1Token,
        uint256 amount,
        uint64 timestamp
    );
    /// @notice A token withdrawal leaf was paid out.
    event TokenWithdrawalClaimed(
        bytes32 indexed key,
        address indexed l1Token,
        address indexed recipient,
        address sender,
        uint64 nonce,
        uint256 amount,
        uint64 batchIndex
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
    /// @notice The token address has no code.
    error TokenHasNoCode(address token);
    /// @notice The token's transfer or transferFrom reverted or returned false.
    error TokenTransferFailed(address token);
    /// @notice A token called back into the Bridge.
    error Reentered();
    /// @notice The token's L2 address belongs to another L1 token (a collision of
    /// `tokenAddress`), or no deposit registered the token.
    error TokenMismatch(address l1Token, address registered);

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

    /// @notice Queues `amount` of the ERC-20 `token` for `l2Recipient` on L2, where
    /// it is the token at `Keys.tokenAddress(token)` (docs/protocol.md §2.4, §4). The
    /// deposit is what the Bridge's balance grew by (a fee-on-transfer token credits
    /// less than `amount`). The caller must have approved the Bridge.
    /// @return index the deposit's position in the queue
    function depositERC20(address token, address l2Recipient, uint256 amount)
        external
        nonReentrant
        returns (uint256 index)
    {
        if (amount == 0) revert ZeroDeposit();
        if (l2Recipient == address(0) || l2Recipient == Protocol.WITHDRAWAL_ADDRESS) {
            revert InvalidRecipient(l2Recipient);
        }
        if (token.code.length == 0) revert TokenHasNoCode(token);
        address l2Token = Keys.tokenAddress(token);
        address registered = l1TokenOf[l2Token];
        if (registered == address(0)) _register(token, l2Token);
        else if (registered != token) revert TokenMismatch(token, registered);
        uint256 before = IERC20(token).balanceOf(address(this));
        _callToken(token, abi.encodeCall(IERC20.transferFrom, (msg.sender, address(this), amount)));
        uint256 received = IERC20(token).balanceOf(address(this)) - before;
        if (received == 0) revert ZeroDeposit();
        index = _deposits.length;
        uint64 ts = uint64(block.timestamp);
        _deposits.push(Deposit({recipient: l2Recipient, timestamp: ts, amount: received}));
        depositToken[index] = token;
        emit TokenDepositQueued(index, msg.sender, l2Recipient, token, received, ts);
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
        return Keys.withdrawal(sender, nonce);
    }

    /// @notice The L2 address of the L1 token `l1Token`: keccak(0x74 ‖ l1Token)[12:].
    function tokenAddress(address l1Token) public pure returns (address) {
        return Keys.tokenAddress(l1Token);
    }

    /// @notice The state key of the token withdrawal made by `sender` at L2 nonce
    /// `nonce`: keccak(0x77 ‖ tokenAddress(l1Token) ‖ sender ‖ u64 nonce).
    function tokenWithdrawalKey(address l1Token, address sender, uint64 nonce) public pure returns (bytes32) {
        return Keys.tokenWithdrawal(Keys.tokenAddress(l1Token), sender, nonce);
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
        _checkFinal(info);
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

    /// @notice Pays the token withdrawal `sender` made at L2 nonce `nonce` to
    /// `l1Recipient`, proven against the post-state root of the final batch `info`.
    /// @param info the batch record (from BatchAppended); must be final
    /// @param l1Token the L1 token withdrawn
    /// @param sender the L2 account that called withdraw
    /// @param nonce the sender's nonce before the call
    /// @param l1Recipient the call's recipient (the leaf's `b`)
    /// @param amount the withdrawn amount (the leaf's `a`)
    /// @param siblings the leaf's sparse Merkle path, root first (docs/protocol.md §3.3)
    function claimTokenWithdrawal(
        BatchInfo calldata info,
        address l1Token,
        address sender,
        uint64 nonce,
        address l1Recipient,
        uint256 amount,
        bytes32[] calldata siblings
    ) external nonReentrant {
        _checkFinal(info);
        _checkRegistered(l1Token);
        bytes32 key = tokenWithdrawalKey(l1Token, sender, nonce);
        if (claimed[key]) revert AlreadyClaimed(key);
        if (!SparseMerkle.verifyInclusion(siblings, info.post.stateRoot, key, amount, uint256(uint160(l1Recipient)))) {
            revert InvalidWithdrawalProof();
        }
        claimed[key] = true;
        emit TokenWithdrawalClaimed(key, l1Token, l1Recipient, sender, nonce, amount, info.index);
        _callToken(l1Token, abi.encodeCall(IERC20.transfer, (l1Recipient, amount)));
    }

    modifier nonReentrant() {
        if (_entered) revert Reentered();
        _entered = true;
        _;
        _entered = false;
    }

    /// @dev Reverts unless `info` is a final batch of the linked Rollup.
    function _checkFinal(BatchInfo calldata info) private view {
        IRollup r = rollup;
        if (address(r) == address(0)) revert NotInitialized();
        if (info.index >= r.finalizedCount() || r.batchHash(info.index) != Hashing.batchHash(info)) {
            revert BatchNotFinal(info.index);
        }
    }

    /// @dev Reverts unless `l1Token` is the token registered at its L2 address.
    function _checkRegistered(address l1Token) private view {
        address registered = l1TokenOf[Keys.tokenAddress(l1Token)];
        if (registered != l1Token) revert TokenMismatch(l1Token, registered);
    }

    /// @dev Calls a token's transfer or transferFrom: it must not revert, and must
    /// return nothing or true.
    function _callToken(address token, bytes memory data) private {
        (bool ok, bytes memory ret) = token.call(data);
        if (!ok || (ret.length != 0 && (ret.length != 32 || abi.decode(ret, (uint256)) != 1))) {
            revert TokenTransferFailed(token);
        }
    }

    /// @dev Registers `l1Token` as `l2Token` and emits its metadata.
    function _register(address l1Token, address l2Token) private {
        l1TokenOf[l2Token] = l1Token;
        string memory name = _readString(l1Token, 0x06fdde03); // name()
        string memory symbol = _readString(l1Token, 0x95d89b41); // symbol()
        uint8 decimals = 18;
        (bool ok, bytes memory ret) = l1Token.staticcall{gas: METADATA_GAS}(abi.encodeWithSelector(0x313ce567)); // decimals()
        if (ok && ret.length == 32) {
            uint256 d = abi.decode(ret, (uint256));
            if (d <= type(uint8).max) decimals = uint8(d);
        }
        emit TokenRegistered(l1Token, l2Token, name, symbol, decimals);
    }

    /// @dev Reads a string metadata method, accepting an ABI `string` or a `bytes32`
    /// (cut at its first zero byte); anything else gives "". At most
    /// MAX_METADATA_BYTES are kept.
    function _readString(address token, bytes4 selector) private view returns (string memory) {
        (bool ok, bytes memory ret) = token.staticcall{gas: METADATA_GAS}(abi.encodeWithSelector(selector));
        if (!ok) return "";
        bytes memory out;
        if (ret.length == 32) {
            uint256 n;
            while (n < 32 && ret[n] != 0) ++n;
            out = new bytes(n);
            for (uint256 i; i < n; ++i) {
                out[i] = ret[i];
            }
            return string(out);
        }
        if (ret.length < 64) return "";
        (uint256 offset) = abi.decode(ret, (uint256));
        if (offset > ret.length - 32) return "";
        uint256 len;
        assembly ("memory-safe") {
            len := mload(add(add(ret, 32), offset))
        }
        if (len > ret.length - 32 - offset) return "";
        if (len > MAX_METADATA_BYTES) len = MAX_METADATA_BYTES;
        out = new bytes(len);
        for (uint256 i; i < len; ++i) {
            out[i] = ret[offset + 32 + i];
        }
        return string(out);
    }
}
