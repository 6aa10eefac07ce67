// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {L2State, BatchHeader, BatchInfo, BlobHead, Protocol} from "./lib/Types.sol";
import {Hashing} from "./lib/Hashing.sol";
import {ChunkTree} from "./lib/ChunkTree.sol";
import {BlobRead} from "./lib/BlobRead.sol";
import {IRollup} from "./interfaces/IRollup.sol";
import {IDepositQueue} from "./interfaces/IBridge.sol";
import {IChallengeGame} from "./interfaces/IChallengeGame.sol";

/// @title Rollup
/// @notice Accepts batches from the bonded proposer, tracks their dispute windows
/// and finality, and reverts batches that lose a game (docs/protocol.md §7, §8).
/// @dev One hash per batch is stored: keccak(abi.encode(BatchInfo)). The full
/// record is emitted in BatchAppended; functions that need more than the index take
/// the record back and check it against the stored hash.
///
/// Batch lifecycle: appended (Pending) -> challenged while a game is open
/// (Challenged) -> Final once its window passed, no game is open and every earlier
/// batch is final; or reverted (None again) when a challenger wins a game on it or on
/// an earlier batch.
contract Rollup is IRollup {
    /// @notice A batch's status.
    enum BatchStatus {
        None,
        Pending,
        Challenged,
        Final
    }

    /// @notice A proposer's stake.
    /// @param amount wei locked
    /// @param lastBatch 1 + index of the last batch it appended (0: none)
    struct Stake {
        uint192 amount;
        uint64 lastBatch;
    }

    /// @notice Deployment parameters (docs/protocol.md §1).
    struct Config {
        address sequencer;
        uint256 proposerBond;
        uint64 disputeWindow;
        uint64 inclusionWindow;
        uint64 escapeWindow;
        uint64 genesisTimestamp;
    }

    /// @notice The account allowed to call `initialize`.
    address public immutable deployer;
    /// @notice The Bridge whose deposit queue batches consume.
    IDepositQueue public immutable bridge;
    /// @notice The proposer role: the sequencer's key.
    address public immutable sequencer;
    /// @notice Stake required to propose, and the most a lost game slashes.
    uint256 public immutable proposerBond;
    /// @inheritdoc IRollup
    uint64 public immutable disputeWindow;
    /// @notice Age at which a deposit must be consumed by the next batch.
    uint64 public immutable inclusionWindow;
    /// @notice Time without a batch after which any bonded address may propose.
    uint64 public immutable escapeWindow;
    /// @notice Timestamp of L2 block 0.
    uint64 public immutable genesisTimestamp;
    /// @notice claimHash of the genesis L2 state (0, 0, 0, genesisTimestamp).
    bytes32 public immutable genesisClaim;

    /// @notice The ChallengeGame allowed to revert batches.
    address public challengeGame;

    /// @inheritdoc IRollup
    uint64 public nextIndex;
    /// @inheritdoc IRollup
    uint64 public finalizedCount;
    /// @notice L1 timestamp of the last appended batch (deployment time before any).
    uint64 public lastAppendTime;
    /// @notice claimHash of the last accepted batch's post-state (genesis before any).
    bytes32 public lastClaim;

    mapping(uint256 index => bytes32) private _batchHashes;
    mapping(address proposer => Stake) private _stakes;

    /// @notice The Rollup was linked to its ChallengeGame.
    event Initialized(address indexed challengeGame);
    /// @notice `proposer` added `amount` wei to its stake, now `total`.
    event StakeDeposited(address indexed proposer, uint256 amount, uint256 total);
    /// @notice `proposer` withdrew `amount` wei of stake, `remaining` left.
    event StakeWithdrawn(address indexed proposer, uint256 amount, uint256 remaining);
    /// @notice A batch was appended; `info` is the full record whose hash is stored.
    event BatchAppended(uint64 indexed index, address indexed proposer, bytes32 indexed batchHash, BatchInfo info);
    /// @notice Batch `index` became final.
    event BatchFinalized(uint64 indexed index, bytes32 indexed batchHash, bytes32 stateRoot);
    /// @notice Batches `fromIndex` .. `previousNextIndex - 1` were reverted.
    event BatchesReverted(uint64 indexed fromIndex, uint64 previousNextIndex, bytes32 restoredClaim);
    /// @notice `proposer` lost `amount` wei of stake: `reward` to the ChallengeGame
    /// for the challenger, `burned` to the burn address.
    event ProposerSlashed(address indexed proposer, uint256 amount, uint256 reward, uint256 burned);

    /// @notice `initialize` was called a second time.
    error AlreadyInitialized();
    /// @notice The caller is not the deployer.
    error NotDeployer();
    /// @notice An address argument is zero.
    error ZeroAddress();
    /// @notice The caller is not the ChallengeGame.
    error NotChallengeGame();
    /// @notice The caller may not propose now (not the sequencer and the escape window is still closed).
    error NotProposer(address caller);
    /// @notice appendBatch was not the top-level call of a transaction sent by an
    /// account without code (a contract, or an EOA with an EIP-7702 delegation):
    /// the batch data would not be the calldata of an L1 transaction.
    error ProposerNotEOA(address caller);
    /// @notice The proposer bond is zero.
    error ZeroBond();
    /// @notice The caller's stake is below the proposer bond.
    error InsufficientStake(uint256 stake, uint256 required);
    /// @notice The header's index is not the next index.
    error WrongIndex(uint64 expected, uint64 got);
    /// @notice claimHash(header.prev) is not the last accepted claim.
    error WrongPrevClaim(bytes32 expected, bytes32 got);
    /// @notice The data length is outside [8, MAX_BATCH_BYTES].
    error BadDataLength(uint256 length);
    /// @notice The data's version byte is not CODEC_VERSION.
    error BadVersion(uint8 version);
    /// @notice recordsStart is outside [8 + 20·A + 2·F, dataLen].
    error BadRecordsStart(uint256 recordsStart);
    /// @notice numSteps exceeds dataLen.
    error TooManySteps(uint64 numSteps, uint256 dataLen);
    /// @notice appendBlobBatches got `heads` heads for `headers` headers, or none.
    error BadBlobBatchCount(uint256 headers, uint256 heads);
    /// @notice The transaction carries no blob `index` for the batch of that position.
    error MissingBlob(uint256 index);
    /// @notice The head of blob `index` is not its field element 0.
    error BadBlobHead(uint256 index);
    /// @notice The blob stream of blob `index` has another version than 0.
    error BadBlobStreamVersion(uint256 index, uint8 version);
    /// @notice The deposit counts are not prev <= post <= queue length.
    error BadDepositRange(uint64 prev, uint64 post, uint256 queueLength);
    /// @notice Deposit `index` is older than the inclusion window and not consumed.
    error DepositNotIncluded(uint256 index, uint64 depositTime);
    /// @notice The record does not match the current batch `index`.
    error UnknownBatch(uint64 index);
    /// @notice Batch `index` is not the next one to finalize.
    error NotNextToFinalize(uint64 index, uint64 next);
    /// @notice The dispute window of the batch has not passed.
    error WindowOpen(uint64 deadline);
    /// @notice A game on the batch is still open.
    error GameOpen(uint256 games);
    /// @notice The batch is already final.
    error AlreadyFinal(uint64 index);
    /// @notice Stake cannot be withdrawn while a batch of the proposer is not final.
    error StakeLocked(uint64 lastBatch, uint64 finalizedCount);
    /// @notice Zero amount, or more than the stake.
    error BadAmount(uint256 amount);
    /// @notice Sending ETH failed.
    error PaymentFailed(address to, uint256 amount);

    /// @param bridge_ the Bridge (its deposit queue)
    /// @param cfg the chain parameters
    constructor(IDepositQueue bridge_, Config memory cfg) {
        if (address(bridge_) == address(0) || cfg.sequencer == address(0)) revert ZeroAddress();
        if (cfg.proposerBond == 0) revert ZeroBond();
        deployer = msg.sender;
        bridge = bridge_;
        sequencer = cfg.sequencer;
        proposerBond = cfg.proposerBond;
        disputeWindow = cfg.disputeWindow;
        inclusionWindow = cfg.inclusionWindow;
        escapeWindow = cfg.escapeWindow;
        genesisTimestamp = cfg.genesisTimestamp;
        bytes32 g = Hashing.claimHash(bytes32(0), 0, 0, cfg.genesisTimestamp);
        genesisClaim = g;
        lastClaim = g;
        lastAppendTime = uint64(block.timestamp);
    }

    /// @notice Links the Rollup to its ChallengeGame; callable once, by the deployer.
    function initialize(address challengeGame_) external {
        if (msg.sender != deployer) revert NotDeployer();
        if (challengeGame != address(0)) revert AlreadyInitialized();
        if (challengeGame_ == address(0)) revert ZeroAddress();
        challengeGame = challengeGame_;
        emit Initialized(challengeGame_);
    }

    // ---------------------------------------------------------------- stake

    /// @notice Adds `msg.value` to the caller's stake.
    function depositStake() external payable {
        if (msg.value == 0) revert BadAmount(0);
        Stake storage s = _stakes[msg.sender];
        uint256 total = uint256(s.amount) + msg.value;
        s.amount = uint192(total);
        emit StakeDeposited(msg.sender, msg.value, total);
    }

    /// @notice Withdraws `amount` of the caller's stake; only once every batch it
    /// appended is final (its last batch's index is below finalizedCount).
    function withdrawStake(uint256 amount) external {
        Stake storage s = _stakes[msg.sender];
        if (amount == 0 || amount > s.amount) revert BadAmount(amount);
        if (s.lastBatch > finalizedCount) revert StakeLocked(s.lastBatch, finalizedCount);
        uint256 remaining = s.amount - amount;
        s.amount = uint192(remaining);
        emit StakeWithdrawn(msg.sender, amount, remaining);
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert PaymentFailed(msg.sender, amount);
    }

    /// @notice A proposer's stake and 1 + the index of its last batch (0: none).
    function stakeOf(address proposer) external view returns (uint256 amount, uint64 lastBatch) {
        Stake storage s = _stakes[proposer];
        return (s.amount, s.lastBatch);
    }

    /// @notice Whether the escape window is open: no batch for escapeWindow seconds.
    function escapeOpen() public view returns (bool) {
        return block.timestamp >= uint256(lastAppendTime) + escapeWindow;
    }

    /// @notice Whether `who` may append a batch now.
    function canPropose(address who) external view returns (bool) {
        return (who == sequencer || escapeOpen()) && _stakes[who].amount >= proposerBond;
    }

    // ---------------------------------------------------------------- batches

    /// @notice Appends a batch carried in calldata (docs/protocol.md §7). Only as
    /// the top-level call of a transaction from an account without code, so that
    /// the data is always in the L1 transaction that appended it (data
    /// availability, §10).
    /// @param h the claimed header
    /// @param data the batch data (codec version 1)
    /// @return hash the stored hash of the batch record
    function appendBatch(BatchHeader calldata h, bytes calldata data) external returns (bytes32 hash) {
        uint256 word;
        assembly ("memory-safe") {
            word := calldataload(data.offset)
        }
        return _append(h, word, data.length, ChunkTree.rootOfCalldata(data), false);
    }

    /// @notice Appends batches carried in the blobs of this transaction, batch i in
    /// blob i (docs/protocol.md §5.5 and §7), under the same rules as appendBatch.
    /// `heads[i]` is field element 0 of blob i, with the blob's commitment and the
    /// element's KZG proof: it holds the stream's version and dataLen and the data
    /// header, which are checked as appendBatch checks them.
    function appendBlobBatches(BatchHeader[] calldata hs, BlobHead[] calldata heads)
        external
        returns (bytes32[] memory hashes)
    {
        if (hs.length == 0 || hs.length != heads.length) revert BadBlobBatchCount(hs.length, heads.length);
        hashes = new bytes32[](hs.length);
        for (uint256 i = 0; i < hs.length; ++i) {
            bytes32 vh = blobhash(i);
            if (vh == bytes32(0)) revert MissingBlob(i);
            BlobHead calldata head = heads[i];
            if (!BlobRead.verify(vh, 0, head.value, head.commitment, head.proof)) revert BadBlobHead(i);
            // element 0: a byte the stream does not use, the version, dataLen, data[0..26)
            uint256 v = uint256(head.value);
            uint8 version = uint8(v >> 240);
            if (version != Protocol.BLOB_STREAM_VERSION) revert BadBlobStreamVersion(i, version);
            hashes[i] = _append(hs[i], v << 48, (v >> 208) & 0xffffffff, vh, true);
        }
    }

    /// @dev The append rules of both carriers. `word` holds the first 32 bytes of
    /// the data (only its first 8 are read), `len` its length, `dataRoot` the chunk
    /// root or the blob's versioned hash.
    function _append(BatchHeader calldata h, uint256 word, uint256 len, bytes32 dataRoot, bool blob)
        private
        returns (bytes32 hash)
    {
        // solhint-disable-next-line avoid-tx-origin
        if (msg.sender != tx.origin || msg.sender.code.length != 0) revert ProposerNotEOA(msg.sender);
        if (msg.sender != sequencer && !escapeOpen()) revert NotProposer(msg.sender);
        Stake storage st = _stakes[msg.sender];
        if (st.amount < proposerBond) revert InsufficientStake(st.amount, proposerBond);

        uint64 idx = nextIndex;
        if (h.index != idx) revert WrongIndex(idx, h.index);
        bytes32 prevClaim = Hashing.claimHash(h.prev);
        if (prevClaim != lastClaim) revert WrongPrevClaim(lastClaim, prevClaim);

        BatchInfo memory info;
        _checkData(h, word, len, info);
        _checkDeposits(h, info);

        info.index = idx;
        info.proposer = msg.sender;
        info.l1Timestamp = uint64(block.timestamp);
        info.dataRoot = dataRoot;
        info.blob = blob;
        info.numSteps = h.numSteps;
        info.prevClaim = prevClaim;
        info.post = h.post;
        info.startHash = Hashing.machineHash(
            h.prev.stateRoot, info.recordsStart, h.prev.depositsConsumed, h.prev.blockNumber, h.prev.timestamp
        );
        info.endHash = Hashing.machineHash(
            h.post.stateRoot, info.dataLen, h.post.depositsConsumed, h.post.blockNumber, h.post.timestamp
        );
        hash = Hashing.batchHashMem(info);

        _batchHashes[idx] = hash;
        nextIndex = idx + 1;
        lastAppendTime = uint64(block.timestamp);
        lastClaim = Hashing.claimHash(h.post);
        st.lastBatch = idx + 1;
        emit BatchAppended(idx, msg.sender, hash, info);
    }

    /// @dev The data header checks of docs/protocol.md §5.2 and numSteps <= dataLen.
    function _checkData(BatchHeader calldata h, uint256 word, uint256 len, BatchInfo memory info) private pure {
        if (len < 8 || len > Protocol.MAX_BATCH_BYTES) revert BadDataLength(len);
        uint8 version = uint8(word >> 248);
        if (version != Protocol.CODEC_VERSION) revert BadVersion(version);
        uint256 f = (word >> 240) & 0xff;
        uint256 a = (word >> 224) & 0xffff;
        uint256 rs = (word >> 192) & 0xffffffff;
        if (rs < 8 + 20 * a + 2 * f || rs > len) revert BadRecordsStart(rs);
        if (h.numSteps > len) revert TooManySteps(h.numSteps, len);
        info.dataLen = uint32(len);
        info.recordsStart = uint32(rs);
        info.feeCount = uint8(f);
        info.addrCount = uint16(a);
    }

    /// @dev Deposit bounds and forced inclusion (docs/protocol.md §7).
    function _checkDeposits(BatchHeader calldata h, BatchInfo memory info) private view {
        uint64 post = h.post.depositsConsumed;
        (uint256 queueLen, uint64 ts) = bridge.inclusionInfo(post);
        if (h.prev.depositsConsumed > post || post > queueLen) {
            revert BadDepositRange(h.prev.depositsConsumed, post, queueLen);
        }
        if (post < queueLen && block.timestamp >= uint256(ts) + inclusionWindow) {
            revert DepositNotIncluded(post, ts);
        }
        info.depositLimit = uint64(queueLen);
    }

    /// @notice Finalizes batch `info.index`: the next one to finalize, its window
    /// passed and no game on it open. Anyone may call.
    function finalize(BatchInfo calldata info) public {
        uint64 idx = info.index;
        uint64 fc = finalizedCount;
        if (idx < fc) revert AlreadyFinal(idx);
        if (idx != fc) revert NotNextToFinalize(idx, fc);
        bytes32 hash = _current(info);
        uint64 dl = info.l1Timestamp + disputeWindow;
        if (block.timestamp < dl) revert WindowOpen(dl);
        uint256 games = IChallengeGame(challengeGame).openGames(hash);
        if (games != 0) revert GameOpen(games);
        finalizedCount = fc + 1;
        emit BatchFinalized(idx, hash, info.post.stateRoot);
    }

    /// @notice Finalizes consecutive batches in order; stops at the first that cannot
    /// be finalized yet.
    /// @return count how many were finalized
    function finalizeMany(BatchInfo[] calldata infos) external returns (uint256 count) {
        for (uint256 i = 0; i < infos.length; ++i) {
            if (!isFinalizable(infos[i])) break;
            finalize(infos[i]);
            ++count;
        }
    }

    /// @notice Whether `finalize(info)` would succeed now.
    function isFinalizable(BatchInfo calldata info) public view returns (bool) {
        if (info.index != finalizedCount || info.index >= nextIndex) return false;
        bytes32 hash = Hashing.batchHash(info);
        if (_batchHashes[info.index] != hash) return false;
        if (block.timestamp < uint256(info.l1Timestamp) + disputeWindow) return false;
        return IChallengeGame(challengeGame).openGames(hash) == 0;
    }

    /// @inheritdoc IRollup
    function revertAndSlash(uint64 index, bytes32 hash, bytes32 prevClaim, address proposer)
        external
        returns (uint256 reward)
    {
        if (msg.sender != challengeGame) revert NotChallengeGame();
        uint64 next = nextIndex;
        if (index >= next || _batchHashes[index] != hash) revert UnknownBatch(index);
        if (index < finalizedCount) revert AlreadyFinal(index);
        nextIndex = index;
        lastClaim = prevClaim;
        emit BatchesReverted(index, next, prevClaim);

        Stake storage s = _stakes[proposer];
        uint256 amount = s.amount < proposerBond ? s.amount : proposerBond;
        s.amount = uint192(s.amount - amount);
        reward = amount / 2;
        uint256 burned = amount - reward;
        emit ProposerSlashed(proposer, amount, reward, burned);
        if (reward != 0) {
            (bool ok,) = msg.sender.call{value: reward}("");
            if (!ok) revert PaymentFailed(msg.sender, reward);
        }
        if (burned != 0) {
            (bool ok,) = Protocol.BURN_ADDRESS.call{value: burned}("");
            if (!ok) revert PaymentFailed(Protocol.BURN_ADDRESS, burned);
        }
    }

    // ---------------------------------------------------------------- views

    /// @inheritdoc IRollup
    function batchHash(uint256 index) external view returns (bytes32) {
        return index < nextIndex ? _batchHashes[index] : bytes32(0);
    }

    /// @notice Status of batch `index`.
    function status(uint256 index) external view returns (BatchStatus) {
        if (index >= nextIndex) return BatchStatus.None;
        if (index < finalizedCount) return BatchStatus.Final;
        if (IChallengeGame(challengeGame).openGames(_batchHashes[index]) != 0) return BatchStatus.Challenged;
        return BatchStatus.Pending;
    }

    /// @notice Whether batch `index` is final.
    function isFinal(uint256 index) external view returns (bool) {
        return index < finalizedCount;
    }

    /// @notice The index of the last final batch, if any.
    function lastFinalized() external view returns (bool exists, uint64 index) {
        uint64 fc = finalizedCount;
        if (fc == 0) return (false, 0);
        return (true, fc - 1);
    }

    /// @notice The end of the dispute window of the current batch `info`.
    function deadline(BatchInfo calldata info) external view returns (uint64) {
        _current(info);
        return info.l1Timestamp + disputeWindow;
    }

    /// @notice The roots of the current batch `info`: data root (chunk root or
    /// versioned hash), post-state root, and the start and end machine hashes.
    function roots(BatchInfo calldata info)
        external
        view
        returns (bytes32 dataRoot, bytes32 postStateRoot, bytes32 startHash, bytes32 endHash)
    {
        _current(info);
        return (info.dataRoot, info.post.stateRoot, info.startHash, info.endHash);
    }

    /// @notice Reverts unless `info` is the record of current batch `info.index`.
    function _current(BatchInfo calldata info) private view returns (bytes32 hash) {
        hash = Hashing.batchHash(info);
        if (info.index >= nextIndex || _batchHashes[info.index] != hash) revert UnknownBatch(info.index);
    }
}
