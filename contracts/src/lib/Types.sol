// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @notice L2 state at a batch boundary (docs/protocol.md §6.1).
struct L2State {
    bytes32 stateRoot;
    uint64 depositsConsumed;
    uint64 blockNumber;
    uint64 timestamp;
}

/// @notice What a proposer claims about a batch (docs/protocol.md §7).
struct BatchHeader {
    uint64 index;
    L2State prev;
    L2State post;
    uint64 numSteps;
}

/// @notice Everything the contracts remember about an appended batch. Only
/// `keccak256(abi.encode(info))` is stored; the full record is emitted in
/// `Rollup.BatchAppended` and passed back by callers that need it. `dataRoot` is
/// the chunk root of a calldata batch (`blob` false) or the versioned hash of
/// the blob that carries a blob batch (`blob` true).
struct BatchInfo {
    uint64 index;
    address proposer;
    uint64 l1Timestamp;
    bytes32 dataRoot;
    bool blob;
    uint32 dataLen;
    uint32 recordsStart;
    uint8 feeCount;
    uint16 addrCount;
    uint64 depositLimit;
    uint64 numSteps;
    bytes32 prevClaim;
    L2State post;
    bytes32 startHash;
    bytes32 endHash;
}

/// @notice The step machine's state (docs/protocol.md §6.1).
struct MachineState {
    bytes32 stateRoot;
    uint64 cursor;
    uint64 depositsConsumed;
    uint64 blockNumber;
    uint64 timestamp;
}

/// @notice The part of a batch's context a step needs (docs/protocol.md §6.1).
struct BatchContext {
    bytes32 dataRoot;
    bool blob;
    uint32 dataLen;
    uint8 feeCount;
    uint16 addrCount;
    uint64 depositLimit;
}

/// @notice One chunk of batch data with its proof against the chunk root.
/// @dev `data` is the whole chunk (CHUNK_SIZE bytes, or fewer for the last one);
/// `siblings` are the log2(P) sibling hashes from the leaf up (docs/protocol.md §7).
struct ChunkProof {
    uint32 index;
    bytes data;
    bytes32[] siblings;
}

/// @notice Field element `index` of a blob batch's blob, with its KZG proof at
/// the element's evaluation point (docs/protocol.md §5.5): `value` is 0 ‖ 31
/// bytes of the batch's blob stream.
struct BlobElement {
    uint16 index;
    bytes32 value;
    bytes proof;
}

/// @notice Field element 0 of a blob batch's blob (docs/protocol.md §5.5), with
/// the blob's KZG commitment and the element's proof, from which
/// Rollup.appendBlobBatches reads the stream's version, dataLen and the data header.
struct BlobHead {
    bytes32 value;
    bytes commitment;
    bytes proof;
}

/// @notice A sparse Merkle proof (docs/protocol.md §3.3).
struct StateProof {
    bytes32[] siblings;
    bool leafPresent;
    bytes32 leafKey;
    uint256 leafA;
    uint256 leafB;
}

/// @notice Everything a one-step proof reads besides the pre-state.
/// @dev `chunks`: every distinct chunk the step reads, any order (calldata
/// batches). `blobCommitment` and `elements`: the KZG commitment of a blob
/// batch's blob and every distinct field element the step reads, any order (blob
/// batches). `proofs`: the state
/// proofs in update order, each against the root the previous update produced.
/// `forcedTx`: for a queue record whose entry is a forced transaction, the
/// abi.encode(ForcedTx) whose keccak the Bridge stored; empty otherwise.
struct Witness {
    ChunkProof[] chunks;
    StateProof[] proofs;
    bytes forcedTx;
    bytes blobCommitment;
    BlobElement[] elements;
}

/// @notice A signed L2 transaction submitted on L1 (docs/protocol.md §4): the
/// fields of a transfer record and of its fee entry. `txType` is the fee entry's
/// type byte: the transaction type in the low nibble, a token call (1 transfer,
/// 2 withdraw, of `token`) in the high nibble, `to` and `value` being then the
/// call's address argument and amount. `maxPriorityFeePerGas` is ignored for a
/// legacy transaction, whose gas price is `maxFeePerGas`; `vs` packs the
/// signature's y-parity in its top bit and s in the low 255 bits.
struct ForcedTx {
    uint8 txType;
    uint64 nonce;
    uint64 gasLimit;
    uint256 maxPriorityFeePerGas;
    uint256 maxFeePerGas;
    address to;
    uint256 value;
    bytes32 r;
    bytes32 vs;
    address token;
}

/// @notice Protocol constants (docs/protocol.md §1).
library Protocol {
    uint8 internal constant CODEC_VERSION = 0x01;
    uint256 internal constant MAX_BATCH_BYTES = 120_000;
    uint256 internal constant CHUNK_SIZE = 1024;
    /// @notice Batch data bytes in one blob field element (docs/protocol.md §5.5).
    uint256 internal constant BLOB_ELEMENT_BYTES = 31;
    /// @notice The blob stream's version byte and 4-byte dataLen before the data.
    uint256 internal constant BLOB_STREAM_HEADER = 5;
    uint8 internal constant BLOB_STREAM_VERSION = 0;
    uint256 internal constant TRANSFER_GAS = 21_000;
    uint256 internal constant TOKEN_GAS = 50_000;
    bytes4 internal constant TRANSFER_SELECTOR = 0xa9059cbb;
    bytes4 internal constant WITHDRAW_SELECTOR = 0xf3fef3a3;
    uint256 internal constant CALL_TRANSFER = 1;
    uint256 internal constant CALL_WITHDRAW = 2;
    address internal constant WITHDRAWAL_ADDRESS = 0x5757575757575757575757575757575757575757;
    uint256 internal constant SECP256K1_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;
    uint256 internal constant HALF_N = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;
    /// @notice Where the burned half of a slashed bond goes.
    address internal constant BURN_ADDRESS = 0x000000000000000000000000000000000000dEaD;
}

/// @title Keys
/// @notice The state keys of docs/protocol.md §3.1 and the L2 token address of §2.4.
library Keys {
    function account(address a) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(a));
    }

    function withdrawal(address sender, uint64 nonce) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(bytes1(0x57), sender, nonce));
    }

    function token(address l2Token) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(bytes1(0x52), l2Token));
    }

    function balance(address l2Token, address owner) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(bytes1(0x54), l2Token, owner));
    }

    function tokenWithdrawal(address l2Token, address sender, uint64 nonce) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(bytes1(0x77), l2Token, sender, nonce));
    }

    /// @notice keccak(0x74 ‖ l1Token)[12:]
    function tokenAddress(address l1Token) internal pure returns (address) {
        return address(uint160(uint256(keccak256(abi.encodePacked(bytes1(0x74), l1Token)))));
    }
}
