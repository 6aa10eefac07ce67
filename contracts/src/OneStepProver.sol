// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {BatchContext, MachineState, Witness, StateProof, ForcedTx, Protocol, Keys} from "./lib/Types.sol";
import {Hashing} from "./lib/Hashing.sol";
import {BatchData} from "./lib/BatchData.sol";
import {SparseMerkle} from "./lib/SparseMerkle.sol";
import {SigningHash} from "./lib/SigningHash.sol";
import {IDepositQueue} from "./interfaces/IBridge.sol";
import {IOneStepProver} from "./interfaces/IOneStepProver.sol";

/// @title OneStepProver
/// @notice Executes exactly one step of the step machine (docs/protocol.md §6.2).
///
/// Witness ABI (`Witness`):
/// - `chunks`: every distinct chunk of the batch data the step reads, in any order,
///   each as `ChunkProof{index, data, siblings}`: `data` is the whole chunk
///   (CHUNK_SIZE bytes, the last chunk shorter), `siblings` its log2(P) sibling
///   hashes from the leaf up. A step reads the record at the cursor (through the
///   byte that makes it undecodable, if it is), and for a transfer also the
///   dictionary address (20 bytes at 8 + 20·(r−1)), the fee table offset (2 bytes
///   at 8 + 20·A + 2·feeIndex) and the fee entry; any of these may span two chunks.
///   Reads past `dataLen` need no chunk. Extra valid chunks are ignored. For a
///   blob batch (`ctx.blob`), `chunks` is ignored and the same bytes come from
///   `elements`, every distinct field element of the blob the step reads (element
///   i holds blob stream bytes [31·i, 31·i + 31), data byte k being stream byte
///   5 + k), each with its KZG proof against `blobCommitment`, whose versioned
///   hash is `ctx.dataRoot` (docs/protocol.md §5.5).
/// - `proofs`: sparse Merkle proofs (docs/protocol.md §3.3) in update order, each
///   against the root the previous update produced: deposit: [recipient]; token
///   deposit: [recipient's balance, token]; transfer: [sender] when the step reaches
///   the nonce check, and [sender, recipient or withdrawal key, fee recipient] when it
///   applies; a token call that applies: [sender, then the leaves the call reads in
///   order (docs/protocol.md §2.4: transfer: the sender's balance unless `to` is
///   zero, then `to`'s balance unless it reverts or the amount is zero; withdraw:
///   unless it reverts before, the sender's balance, then the token and the token
///   withdrawal leaf unless it reverts), fee recipient]; a queue record whose entry
///   is a forced transaction: as for a transfer. Extra proofs are ignored.
/// - `forcedTx`: for a queue record whose entry is a forced transaction, the
///   abi.encode(ForcedTx) the Bridge stored the keccak of.
///
/// A witness that is wrong (a chunk or state proof that does not verify, a chunk or
/// proof missing) makes the call revert; it never changes the result, which depends
/// only on the context, the pre-state and the data and state they commit to.
contract OneStepProver is IOneStepProver {
    /// @notice The Bridge whose deposit queue deposit records consume.
    IDepositQueue public immutable bridge;
    /// @notice L2_CHAIN_ID.
    uint256 public immutable l2ChainId;
    /// @notice BASE_FEE in wei.
    uint256 public immutable baseFee;
    /// @notice FEE_RECIPIENT.
    address public immutable feeRecipient;

    /// @notice The context's header fields point outside the data
    /// (8 + 20·A + 2·F > dataLen), which appendBatch never accepts.
    error InvalidContext();
    /// @notice The witness has fewer state proofs than the step needs.
    error MissingStateProof(uint256 index);
    /// @notice The witness's forced transaction is not the one queued at `index`.
    error WrongForcedTx(uint256 index);

    /// @dev A decoded transfer record and the values derived from it. For a token
    /// call (`call` 1 transfer, 2 withdraw, of `token`), `to` and `value` are the
    /// call's address argument and amount.
    struct Transfer {
        uint256 feeIndex;
        uint256 r;
        uint256 call;
        address token;
        address to;
        uint256 nonce;
        uint256 value;
        uint256 sigR;
        uint256 vs;
        uint256 txType;
        uint256 gasLimit;
        uint256 maxPriorityFee;
        uint256 price; // legacy gasPrice or type-2 maxFeePerGas
        address sender;
        uint256 fee;
        uint256 total;
    }

    constructor(IDepositQueue bridge_, uint256 l2ChainId_, uint256 baseFee_, address feeRecipient_) {
        bridge = bridge_;
        l2ChainId = l2ChainId_;
        baseFee = baseFee_;
        feeRecipient = feeRecipient_;
    }

    /// @notice Executes one step from `pre`.
    /// @param ctx the batch context (from its BatchInfo)
    /// @param pre the machine state before the step
    /// @param witness the chunks and state proofs the step reads (see the contract doc)
    /// @return post the machine state after the step
    /// @return outcome which of halt, end, skip, apply the step was
    function executeStep(BatchContext calldata ctx, MachineState calldata pre, Witness calldata witness)
        public
        view
        returns (MachineState memory post, Outcome outcome)
    {
        post = pre;
        uint256 len = ctx.dataLen;
        if (pre.cursor >= len) return (post, Outcome.Halt);
        if (8 + 20 * uint256(ctx.addrCount) + 2 * uint256(ctx.feeCount) > len) revert InvalidContext();
        BatchData.View memory v = BatchData.load(ctx, witness);

        (uint256 tag, uint256 p, bool ok) = BatchData.readCuint(v, pre.cursor);
        if (!ok) return _end(post, len);
        if (tag == 0) {
            uint256 dt;
            (dt, p, ok) = BatchData.readCuint(v, p);
            if (!ok || uint256(pre.timestamp) + dt > type(uint64).max || pre.blockNumber == type(uint64).max) {
                return _end(post, len);
            }
            post.cursor = uint64(p);
            post.blockNumber = pre.blockNumber + 1;
            post.timestamp = uint64(pre.timestamp + dt);
            return (post, Outcome.Apply);
        }
        if (tag == 1) {
            post.cursor = uint64(p);
            if (pre.depositsConsumed >= ctx.depositLimit) return (post, Outcome.Skip);
            return _dequeue(post, witness);
        }
        if (ctx.feeCount == 0) return _end(post, len);
        Transfer memory t;
        unchecked {
            uint256 u = tag - 2;
            t.feeIndex = u % ctx.feeCount;
            t.r = u / ctx.feeCount;
        }
        (ok, p) = _decodeTransfer(v, p, t);
        if (!ok) return _end(post, len);
        post.cursor = uint64(p);
        if (!_checkTransfer(v, ctx, t)) return (post, Outcome.Skip);
        return _executeTransfer(post, witness, t);
    }

    /// @notice machineHash of the state after one step from `pre`.
    function stepHash(BatchContext calldata ctx, MachineState calldata pre, Witness calldata witness)
        external
        view
        returns (bytes32)
    {
        (MachineState memory post,) = executeStep(ctx, pre, witness);
        return Hashing.machineHash(post);
    }

    /// @dev Consumes queue entry `post.depositsConsumed`: credits a deposit to its
    /// recipient, or executes a forced transaction.
    function _dequeue(MachineState memory post, Witness calldata w)
        private
        view
        returns (MachineState memory, Outcome)
    {
        uint256 i = post.depositsConsumed;
        (address recipient, uint256 amount,) = bridge.depositAt(i);
        if (recipient == address(0)) return _forced(post, w, i);
        post.depositsConsumed += 1;
        address l1Token = bridge.depositToken(i);
        if (l1Token != address(0)) {
            post.stateRoot = _tokenDeposit(post.stateRoot, w, recipient, amount, l1Token);
            return (post, Outcome.Apply);
        }
        StateProof calldata sp = _proof(w, 0);
        bytes32 key = Keys.account(recipient);
        (uint256 bal, uint256 nonce) = SparseMerkle.read(sp, post.stateRoot, key);
        unchecked {
            bal += amount;
        }
        post.stateRoot = SparseMerkle.update(sp, key, bal, nonce);
        return (post, Outcome.Apply);
    }

    /// @dev Credits a token deposit: the recipient's balance, then the token's
    /// supply (docs/protocol.md §4).
    function _tokenDeposit(bytes32 root, Witness calldata w, address recipient, uint256 amount, address l1Token)
        private
        pure
        returns (bytes32)
    {
        address token = Keys.tokenAddress(l1Token);
        StateProof calldata sp = _proof(w, 0);
        bytes32 key = Keys.balance(token, recipient);
        (uint256 bal,) = SparseMerkle.read(sp, root, key);
        unchecked {
            bal += amount;
        }
        root = SparseMerkle.update(sp, key, bal, 0);
        sp = _proof(w, 1);
        key = Keys.token(token);
        (uint256 supply,) = SparseMerkle.read(sp, root, key);
        unchecked {
            supply += amount;
        }
        return SparseMerkle.update(sp, key, supply, uint256(uint160(l1Token)));
    }

    /// @dev Executes the forced transaction at queue index `i` under the rules of a
    /// transfer (docs/protocol.md §6.2, rules 2–5); the entry is consumed whether or
    /// not it is valid, and an invalid one changes no account.
    function _forced(MachineState memory post, Witness calldata w, uint256 i)
        private
        view
        returns (MachineState memory, Outcome)
    {
        if (keccak256(w.forcedTx) != bridge.forcedTxHash(i)) revert WrongForcedTx(i);
        ForcedTx memory f = abi.decode(w.forcedTx, (ForcedTx));
        post.depositsConsumed += 1;
        Transfer memory t;
        t.txType = f.txType & 0x0f;
        t.call = f.txType >> 4;
        t.token = f.token;
        t.gasLimit = f.gasLimit;
        t.maxPriorityFee = f.maxPriorityFeePerGas;
        t.price = f.maxFeePerGas;
        t.to = f.to;
        t.nonce = f.nonce;
        t.value = f.value;
        t.sigR = uint256(f.r);
        t.vs = uint256(f.vs);
        if ((t.txType != 0 && t.txType != 2) || t.call > Protocol.CALL_WITHDRAW || !_checkFees(t) || !_recover(t)) {
            return (post, Outcome.Apply);
        }
        (post,) = _executeTransfer(post, w, t);
        return (post, Outcome.Apply);
    }

    function _end(MachineState memory post, uint256 len) private pure returns (MachineState memory, Outcome) {
        post.cursor = uint64(len);
        return (post, Outcome.End);
    }

    function _proof(Witness calldata w, uint256 i) private pure returns (StateProof calldata) {
        if (i >= w.proofs.length) revert MissingStateProof(i);
        return w.proofs[i];
    }

    /// @dev Decodes the transfer payload after the tag at `p` into `t`.
    /// @return ok false when the record is undecodable
    /// @return end the position after the record
    function _decodeTransfer(BatchData.View memory v, uint256 p, Transfer memory t)
        private
        pure
        returns (bool ok, uint256 end)
    {
        if (t.r == 0) {
            if (!BatchData.has(v, p, 20)) return (false, p);
            t.to = address(uint160(BatchData.readN(v, p, 20)));
            p += 20;
        }
        (t.nonce, p, ok) = BatchData.readCuint(v, p);
        if (!ok) return (false, p);
        (t.value, p, ok) = BatchData.readAmount(v, p);
        if (!ok) return (false, p);
        if (!BatchData.has(v, p, 64)) return (false, p);
        t.sigR = BatchData.readN(v, p, 32);
        t.vs = BatchData.readN(v, p + 32, 32);
        return (true, p + 64);
    }

    /// @dev Checks 1–3 of docs/protocol.md §6.2 (dictionary index, fee entry,
    /// signature); fills in the recipient, fee fields and sender.
    function _checkTransfer(BatchData.View memory v, BatchContext calldata ctx, Transfer memory t)
        private
        view
        returns (bool)
    {
        uint256 a = ctx.addrCount;
        // 1. dictionary recipient
        if (t.r != 0) {
            if (t.r - 1 >= a) return false;
            t.to = address(uint160(BatchData.readN(v, 8 + 20 * (t.r - 1), 20)));
        }
        // 2. fee entry
        uint256 tableEnd = 8 + 20 * a + 2 * uint256(ctx.feeCount);
        uint256 e = tableEnd + BatchData.readN(v, 8 + 20 * a + 2 * t.feeIndex, 2);
        if (!_decodeFee(v, e, t) || !_checkFees(t)) return false;
        // 3. signature
        return _recover(t);
    }

    /// @dev GAS: what the transaction is charged (docs/protocol.md §2.3).
    function _gas(Transfer memory t) private pure returns (uint256) {
        return t.call == 0 ? Protocol.TRANSFER_GAS : Protocol.TOKEN_GAS;
    }

    /// @dev The fee checks of rule 2: gas limit, tip at most the cap, price at least BASE_FEE.
    function _checkFees(Transfer memory t) private view returns (bool) {
        if (t.gasLimit < _gas(t) || t.gasLimit > type(uint32).max) return false;
        if (t.txType == 2 && t.maxPriorityFee > t.price) return false;
        return t.price >= baseFee;
    }

    /// @dev Rule 3: the signature's ranges and the sender it recovers (zero: invalid).
    function _recover(Transfer memory t) private view returns (bool) {
        uint256 s = t.vs & ((uint256(1) << 255) - 1);
        if (t.sigR == 0 || t.sigR >= Protocol.SECP256K1_N || s == 0 || s > Protocol.HALF_N) return false;
        bytes4 sel = t.call == 0
            ? bytes4(0)
            : (t.call == Protocol.CALL_TRANSFER ? Protocol.TRANSFER_SELECTOR : Protocol.WITHDRAW_SELECTOR);
        bytes32 digest = t.txType == 0
            ? SigningHash.legacy(t.nonce, t.price, t.gasLimit, t.to, t.value, l2ChainId, sel, t.token)
            : SigningHash.eip1559(
                l2ChainId, t.nonce, t.maxPriorityFee, t.price, t.gasLimit, t.to, t.value, sel, t.token
            );
        t.sender = ecrecover(digest, uint8(27 + (t.vs >> 255)), bytes32(t.sigR), bytes32(s));
        return t.sender != address(0);
    }

    /// @dev Decodes fee entry at `e`; false when it is undecodable or of another type
    /// or call (docs/protocol.md §5.2).
    function _decodeFee(BatchData.View memory v, uint256 e, Transfer memory t) private pure returns (bool ok) {
        if (!BatchData.has(v, e, 1)) return false;
        uint256 typ = BatchData.readN(v, e, 1);
        t.txType = typ & 0x0f;
        t.call = typ >> 4;
        if ((t.txType != 0 && t.txType != 2) || t.call > Protocol.CALL_WITHDRAW) return false;
        uint256 q;
        (t.gasLimit, q, ok) = BatchData.readCuint(v, e + 1);
        if (!ok) return false;
        if (t.txType == 2) {
            (t.maxPriorityFee, q, ok) = BatchData.readAmount(v, q);
            if (!ok) return false;
        }
        (t.price, q, ok) = BatchData.readAmount(v, q);
        if (!ok || t.call == 0) return ok;
        if (!BatchData.has(v, q, 20)) return false;
        t.token = address(uint160(BatchData.readN(v, q, 20)));
    }

    /// @dev Checks 4–5 of docs/protocol.md §6.2 and applies the transfer (§2.3, §4).
    function _executeTransfer(MachineState memory post, Witness calldata w, Transfer memory t)
        private
        view
        returns (MachineState memory, Outcome)
    {
        StateProof calldata sp = _proof(w, 0);
        bytes32 senderKey = keccak256(abi.encodePacked(t.sender));
        (uint256 bal, uint256 nonce) = SparseMerkle.read(sp, post.stateRoot, senderKey);
        // 4. nonce
        if (nonce != t.nonce || t.nonce >= type(uint64).max) return (post, Outcome.Skip);
        // 5. fee and balance
        uint256 eff = t.price;
        if (t.txType == 2) {
            // min(maxFeePerGas, BASE_FEE + maxPriorityFeePerGas), the sum taken
            // without wrapping (docs/protocol.md §2.3)
            unchecked {
                uint256 cap = baseFee + t.maxPriorityFee;
                if (cap >= baseFee && cap < eff) eff = cap;
            }
        }
        uint256 gas = _gas(t);
        if (eff > type(uint256).max / gas) return (post, Outcome.Skip);
        t.fee = eff * gas;
        uint256 value = t.call == 0 ? t.value : 0;
        if (value > type(uint256).max - t.fee) return (post, Outcome.Skip);
        t.total = value + t.fee;
        if (bal < t.total) return (post, Outcome.Skip);

        bytes32 root = SparseMerkle.update(sp, senderKey, bal - t.total, nonce + 1);
        uint256 next = 2;
        if (t.call == 0) root = _credit(w, 1, root, t);
        else if (t.call == Protocol.CALL_TRANSFER) (root, next) = _tokenTransfer(w, root, t);
        else (root, next) = _tokenWithdraw(w, root, t);
        sp = _proof(w, next);
        bytes32 feeKey = keccak256(abi.encodePacked(feeRecipient));
        (bal, nonce) = SparseMerkle.read(sp, root, feeKey);
        unchecked {
            bal += t.fee;
        }
        post.stateRoot = SparseMerkle.update(sp, feeKey, bal, nonce);
        return (post, Outcome.Apply);
    }

    /// @dev The recipient update: a withdrawal leaf or a credited account.
    function _credit(Witness calldata w, uint256 i, bytes32 root, Transfer memory t) private pure returns (bytes32) {
        StateProof calldata sp = _proof(w, i);
        if (t.to == Protocol.WITHDRAWAL_ADDRESS) {
            bytes32 wkey = keccak256(abi.encodePacked(bytes1(0x57), t.sender, uint64(t.nonce)));
            SparseMerkle.read(sp, root, wkey);
            return SparseMerkle.update(sp, wkey, t.value, uint256(uint160(t.sender)));
        }
        bytes32 key = keccak256(abi.encodePacked(t.to));
        (uint256 bal, uint256 nonce) = SparseMerkle.read(sp, root, key);
        unchecked {
            bal += t.value;
        }
        return SparseMerkle.update(sp, key, bal, nonce);
    }

    /// @dev transfer(to, amount) of docs/protocol.md §2.4 from the sender, reading
    /// proofs from index 1. A revert leaves `root` as it is.
    /// @return the root after the call and the index of the next proof
    function _tokenTransfer(Witness calldata w, bytes32 root, Transfer memory t)
        private
        pure
        returns (bytes32, uint256)
    {
        if (t.to == address(0)) return (root, 1);
        StateProof calldata sp = _proof(w, 1);
        bytes32 key = Keys.balance(t.token, t.sender);
        (uint256 bal,) = SparseMerkle.read(sp, root, key);
        if (bal < t.value || t.value == 0) return (root, 2);
        root = SparseMerkle.update(sp, key, bal - t.value, 0);
        sp = _proof(w, 2);
        key = Keys.balance(t.token, t.to);
        (bal,) = SparseMerkle.read(sp, root, key);
        unchecked {
            bal += t.value;
        }
        return (SparseMerkle.update(sp, key, bal, 0), 3);
    }

    /// @dev withdraw(l1Recipient, amount) of docs/protocol.md §2.4 from the sender,
    /// reading proofs from index 1. A revert leaves `root` as it is.
    /// @return the root after the call and the index of the next proof
    function _tokenWithdraw(Witness calldata w, bytes32 root, Transfer memory t)
        private
        pure
        returns (bytes32, uint256)
    {
        if (t.to == address(0) || t.value == 0) return (root, 1);
        StateProof calldata sp = _proof(w, 1);
        bytes32 key = Keys.balance(t.token, t.sender);
        (uint256 bal,) = SparseMerkle.read(sp, root, key);
        if (bal < t.value) return (root, 2);
        root = SparseMerkle.update(sp, key, bal - t.value, 0);
        sp = _proof(w, 2);
        key = Keys.token(t.token);
        (uint256 supply, uint256 l1Token) = SparseMerkle.read(sp, root, key);
        unchecked {
            supply -= t.value;
        }
        root = SparseMerkle.update(sp, key, supply, l1Token);
        sp = _proof(w, 3);
        key = Keys.tokenWithdrawal(t.token, t.sender, uint64(t.nonce));
        SparseMerkle.read(sp, root, key);
        return (SparseMerkle.update(sp, key, t.value, uint256(uint160(t.to))), 4);
    }
}
