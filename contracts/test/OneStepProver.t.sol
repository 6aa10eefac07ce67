// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Fixture} from "./utils/Fixture.sol";
import {SmtModel} from "./utils/SmtModel.sol";
import {BatchEncoder} from "./utils/BatchEncoder.sol";
import {TxSigner} from "./utils/TxSigner.sol";
import {OneStepProver} from "../src/OneStepProver.sol";
import {IOneStepProver} from "../src/interfaces/IOneStepProver.sol";
import {BatchContext, MachineState, Witness, ChunkProof, StateProof, Protocol} from "../src/lib/Types.sol";
import {BatchData} from "../src/lib/BatchData.sol";
import {SparseMerkle} from "../src/lib/SparseMerkle.sol";
import {Hashing} from "../src/lib/Hashing.sol";

contract OneStepProverTest is Fixture {
    using SmtModel for SmtModel.Leaf[];

    uint256 internal constant ALICE_PK = 0xA71CE;
    uint256 internal constant CAROL_PK = 0xCA401;
    address internal alice;
    address internal bob;
    address internal carol;
    SmtModel.Leaf[] internal genesisLeaves;

    function setUp() public {
        deploySystem();
        alice = vm.addr(ALICE_PK);
        carol = vm.addr(CAROL_PK);
        bob = makeAddr("bob");
        genesisLeaves.push(SmtModel.Leaf(SmtModel.accountKey(alice), 10 ether, 0));
        genesisLeaves.push(SmtModel.Leaf(SmtModel.accountKey(carol), 5 ether, 7));
        genesisLeaves.push(SmtModel.Leaf(SmtModel.accountKey(makeAddr("dave")), 1 ether, 1));
        genesisLeaves.push(SmtModel.Leaf(SmtModel.accountKey(feeRecipient), 0, 0));
    }

    // ------------------------------------------------------------ helpers

    function _leaves() internal view returns (SmtModel.Leaf[] memory ls) {
        ls = new SmtModel.Leaf[](genesisLeaves.length);
        for (uint256 i = 0; i < ls.length; ++i) {
            ls[i] = genesisLeaves[i];
        }
    }

    function _fees() internal pure returns (bytes[] memory fees) {
        fees = new bytes[](3);
        fees[0] = BatchEncoder.legacyFee(21_000, 2 gwei);
        fees[1] = BatchEncoder.eip1559Fee(30_000, 1 gwei, 3 gwei);
        fees[2] = BatchEncoder.eip1559Fee(21_000, 5 gwei, 4 gwei); // priority above max: invalid
    }

    function _dict() internal view returns (address[] memory dict) {
        dict = new address[](2);
        dict[0] = bob;
        dict[1] = Protocol.WITHDRAWAL_ADDRESS;
    }

    struct Case {
        bytes data;
        uint256 recordsStart;
        BatchContext ctx;
        MachineState pre;
    }

    function _case(address[] memory dict, bytes[] memory fees, bytes memory records, SmtModel.Leaf[] memory ls)
        internal
        pure
        returns (Case memory c)
    {
        (c.data, c.recordsStart) = BatchEncoder.batch(dict, fees, records);
        c.ctx = BatchContext({
            dataRoot: BatchEncoder.chunkRoot(c.data),
            blob: false,
            dataLen: uint32(c.data.length),
            feeCount: uint8(fees.length),
            addrCount: uint16(dict.length),
            depositLimit: 0
        });
        c.pre = MachineState({
            stateRoot: ls.root(),
            cursor: uint64(c.recordsStart),
            depositsConsumed: 0,
            blockNumber: 3,
            timestamp: GENESIS_TIMESTAMP + 10
        });
    }

    function _witness(bytes memory data, StateProof[] memory proofs) internal pure returns (Witness memory w) {
        w.chunks = BatchEncoder.allChunks(data);
        w.proofs = proofs;
    }

    function _noProofs() internal pure returns (StateProof[] memory) {
        return new StateProof[](0);
    }

    /// @dev Proofs and resulting leaves for a transfer that applies (§2.3).
    function _applyProofs(SmtModel.Leaf[] memory ls, address sender, address to, uint256 value, uint256 fee)
        internal
        view
        returns (StateProof[] memory proofs, SmtModel.Leaf[] memory out)
    {
        proofs = new StateProof[](3);
        bytes32 sk = SmtModel.accountKey(sender);
        uint256 nonce;
        (proofs[0], ls, nonce) = _step(ls, sk, 0, value + fee, 1);
        if (to == Protocol.WITHDRAWAL_ADDRESS) {
            bytes32 wk = keccak256(abi.encodePacked(bytes1(0x57), sender, uint64(nonce)));
            proofs[1] = ls.proof(wk);
            ls = ls.set(wk, value, uint160(sender));
        } else {
            (proofs[1], ls,) = _step(ls, SmtModel.accountKey(to), value, 0, 0);
        }
        (proofs[2], out,) = _step(ls, SmtModel.accountKey(feeRecipient), fee, 0, 0);
    }

    /// @dev Proof for `key`, then balance += credit - debit and nonce += bump.
    function _step(SmtModel.Leaf[] memory ls, bytes32 key, uint256 credit, uint256 debit, uint256 bump)
        internal
        pure
        returns (StateProof memory p, SmtModel.Leaf[] memory out, uint256 nonce)
    {
        p = ls.proof(key);
        uint256 bal;
        (bal, nonce) = ls.get(key);
        out = ls.set(key, bal + credit - debit, nonce + bump);
    }

    function _signLegacy(uint256 pk, uint256 nonce, uint256 gasPrice, uint256 gasLimit, address to, uint256 value)
        internal
        pure
        returns (bytes32 r, bytes32 vs)
    {
        return TxSigner.sign(pk, TxSigner.legacyHash(nonce, gasPrice, gasLimit, to, value, L2_CHAIN_ID));
    }

    function _sign1559(
        uint256 pk,
        uint256 nonce,
        uint256 prio,
        uint256 maxFee,
        uint256 gasLimit,
        address to,
        uint256 value
    ) internal pure returns (bytes32 r, bytes32 vs) {
        return TxSigner.sign(pk, TxSigner.eip1559Hash(L2_CHAIN_ID, nonce, prio, maxFee, gasLimit, to, value));
    }

    function _exec(Case memory c, Witness memory w)
        internal
        view
        returns (MachineState memory post, IOneStepProver.Outcome outcome)
    {
        return prover.executeStep(c.ctx, c.pre, w);
    }

    function _assertSkip(Case memory c, Witness memory w, uint256 recordLen) internal view {
        (MachineState memory post, IOneStepProver.Outcome o) = _exec(c, w);
        assertEq(uint256(o), uint256(IOneStepProver.Outcome.Skip), "outcome");
        assertEq(post.cursor, c.pre.cursor + recordLen, "cursor");
        assertEq(post.stateRoot, c.pre.stateRoot, "root");
        assertEq(post.depositsConsumed, c.pre.depositsConsumed);
        assertEq(post.blockNumber, c.pre.blockNumber);
        assertEq(post.timestamp, c.pre.timestamp);
    }

    function _assertEnd(Case memory c, Witness memory w) internal view {
        (MachineState memory post, IOneStepProver.Outcome o) = _exec(c, w);
        assertEq(uint256(o), uint256(IOneStepProver.Outcome.End), "outcome");
        assertEq(post.cursor, c.ctx.dataLen, "cursor");
        assertEq(post.stateRoot, c.pre.stateRoot, "root");
        assertEq(post.blockNumber, c.pre.blockNumber);
        assertEq(post.timestamp, c.pre.timestamp);
    }

    // ------------------------------------------------------------ halt, block, end

    function test_executeStep_cursorAtEnd_halts_succeeds() public view {
        Case memory c = _case(new address[](0), new bytes[](0), BatchEncoder.blockRecord(1), _leaves());
        c.pre.cursor = c.ctx.dataLen;
        (MachineState memory post, IOneStepProver.Outcome o) =
            prover.executeStep(c.ctx, c.pre, _witness("", _noProofs()));
        assertEq(uint256(o), uint256(IOneStepProver.Outcome.Halt));
        assertEq(Hashing.machineHash(post), Hashing.machineHash(c.pre));
    }

    function test_executeStep_blockRecord_succeeds() public view {
        Case memory c = _case(new address[](0), new bytes[](0), BatchEncoder.blockRecord(300), _leaves());
        (MachineState memory post, IOneStepProver.Outcome o) = _exec(c, _witness(c.data, _noProofs()));
        assertEq(uint256(o), uint256(IOneStepProver.Outcome.Apply));
        assertEq(post.blockNumber, 4);
        assertEq(post.timestamp, GENESIS_TIMESTAMP + 310);
        assertEq(post.cursor, c.ctx.dataLen);
        assertEq(post.stateRoot, c.pre.stateRoot);
    }

    function test_executeStep_blockTimestampOverflow_ends_succeeds() public view {
        Case memory c = _case(new address[](0), new bytes[](0), BatchEncoder.blockRecord(2), _leaves());
        c.pre.timestamp = type(uint64).max - 1;
        _assertEnd(c, _witness(c.data, _noProofs()));
    }

    function test_executeStep_blockNumberOverflow_ends_succeeds() public view {
        Case memory c = _case(new address[](0), new bytes[](0), BatchEncoder.blockRecord(2), _leaves());
        c.pre.blockNumber = type(uint64).max;
        _assertEnd(c, _witness(c.data, _noProofs()));
    }

    function test_executeStep_truncatedCuint_ends_succeeds() public view {
        Case memory c = _case(new address[](0), new bytes[](0), hex"00ff0102", _leaves());
        _assertEnd(c, _witness(c.data, _noProofs()));
    }

    function test_executeStep_transferWithoutFees_ends_succeeds() public view {
        Case memory c = _case(new address[](0), new bytes[](0), hex"05", _leaves());
        _assertEnd(c, _witness(c.data, _noProofs()));
    }

    function test_executeStep_badAmountCode_ends_succeeds() public view {
        // inline recipient, nonce 0, amount code 0xFE 0xFF (k = 7,679 >= 7,020)
        bytes memory rec =
            abi.encodePacked(uint8(2), bob, uint8(0), hex"feff", bytes32(uint256(1)), bytes32(uint256(1)));
        Case memory c = _case(_dict(), _fees(), rec, _leaves());
        _assertEnd(c, _witness(c.data, _noProofs()));
    }

    function test_executeStep_overflowingTwoDigitAmount_ends_succeeds() public view {
        // k = 76·90 + 2 (12·10^76 > 2^256)
        uint256 k = 76 * 90 + 2;
        bytes memory rec = abi.encodePacked(
            uint8(2), bob, uint8(0), uint8(0xE1 + k / 256), uint8(k % 256), bytes32(uint256(1)), bytes32(uint256(1))
        );
        Case memory c = _case(_dict(), _fees(), rec, _leaves());
        _assertEnd(c, _witness(c.data, _noProofs()));
    }

    function test_executeStep_truncatedSignature_ends_succeeds() public view {
        bytes memory rec = abi.encodePacked(uint8(2), bob, uint8(0), uint8(1), bytes32(uint256(1)), bytes31(0));
        Case memory c = _case(_dict(), _fees(), rec, _leaves());
        _assertEnd(c, _witness(c.data, _noProofs()));
    }

    // ------------------------------------------------------------ deposits

    function _depositCase(uint256 amount) internal returns (Case memory c) {
        address payer = makeAddr("payer");
        vm.deal(payer, amount);
        vm.prank(payer, payer);
        bridge.deposit{value: amount}(bob);
        c = _case(new address[](0), new bytes[](0), BatchEncoder.depositRecord(), _leaves());
        c.ctx.depositLimit = 1;
    }

    function test_executeStep_deposit_succeeds() public {
        Case memory c = _depositCase(2 ether);
        SmtModel.Leaf[] memory ls = _leaves();
        StateProof[] memory proofs = new StateProof[](1);
        proofs[0] = ls.proof(SmtModel.accountKey(bob));
        Witness memory w = _witness(c.data, proofs);
        uint256 g = gasleft();
        (MachineState memory post, IOneStepProver.Outcome o) = _exec(c, w);
        g -= gasleft();
        emit log_named_uint("osp deposit step gas", g);
        assertLe(g, 150_000, "deposit step gas");
        assertEq(uint256(o), uint256(IOneStepProver.Outcome.Apply));
        assertEq(post.stateRoot, ls.set(SmtModel.accountKey(bob), 2 ether, 0).root());
        assertEq(post.depositsConsumed, 1);
        assertEq(post.cursor, c.pre.cursor + 1);
    }

    function test_executeStep_depositToExistingAccount_succeeds() public {
        address payer = makeAddr("payer");
        vm.deal(payer, 1 ether);
        vm.prank(payer, payer);
        bridge.deposit{value: 1 ether}(carol);
        Case memory c = _case(new address[](0), new bytes[](0), BatchEncoder.depositRecord(), _leaves());
        c.ctx.depositLimit = 1;
        SmtModel.Leaf[] memory ls = _leaves();
        StateProof[] memory proofs = new StateProof[](1);
        proofs[0] = ls.proof(SmtModel.accountKey(carol));
        (MachineState memory post,) = _exec(c, _witness(c.data, proofs));
        assertEq(post.stateRoot, ls.set(SmtModel.accountKey(carol), 6 ether, 7).root());
    }

    function test_executeStep_depositBeyondLimit_skips_succeeds() public {
        Case memory c = _depositCase(1 ether);
        c.ctx.depositLimit = 0;
        _assertSkip(c, _witness(c.data, _noProofs()), 1);
    }

    function test_executeStep_depositMissingProof_reverts() public {
        Case memory c = _depositCase(1 ether);
        Witness memory w = _witness(c.data, _noProofs());
        vm.expectRevert(abi.encodeWithSelector(OneStepProver.MissingStateProof.selector, 0));
        prover.executeStep(c.ctx, c.pre, w);
    }

    function test_executeStep_depositWrongProof_reverts() public {
        Case memory c = _depositCase(1 ether);
        StateProof[] memory proofs = new StateProof[](1);
        proofs[0] = _leaves().proof(SmtModel.accountKey(bob));
        proofs[0].siblings[0] = bytes32(uint256(proofs[0].siblings[0]) ^ 1);
        Witness memory w = _witness(c.data, proofs);
        vm.expectRevert(SparseMerkle.InvalidStateProof.selector);
        prover.executeStep(c.ctx, c.pre, w);
    }

    // ------------------------------------------------------------ transfers

    function test_executeStep_legacyTransfer_succeeds() public {
        (bytes32 r, bytes32 vs) = _signLegacy(ALICE_PK, 0, 2 gwei, 21_000, bob, 1 ether);
        bytes memory rec = BatchEncoder.transferDict(0, 3, 0, 0, 1 ether, r, vs);
        Case memory c = _case(_dict(), _fees(), rec, _leaves());
        uint256 fee = 21_000 * 2 gwei;
        (StateProof[] memory proofs, SmtModel.Leaf[] memory out) = _applyProofs(_leaves(), alice, bob, 1 ether, fee);
        Witness memory w = _witness(c.data, proofs);
        uint256 g = gasleft();
        (MachineState memory post, IOneStepProver.Outcome o) = _exec(c, w);
        g -= gasleft();
        emit log_named_uint("osp transfer step gas", g);
        assertLe(g, 300_000, "transfer step gas");
        assertEq(uint256(o), uint256(IOneStepProver.Outcome.Apply));
        assertEq(post.stateRoot, out.root());
        assertEq(post.cursor, c.ctx.dataLen);
    }

    function test_executeStep_eip1559Transfer_succeeds() public view {
        (bytes32 r, bytes32 vs) = _sign1559(ALICE_PK, 0, 1 gwei, 3 gwei, 30_000, bob, 0.25 ether);
        bytes memory rec = BatchEncoder.transferInline(1, bob, 0, 0.25 ether, r, vs);
        Case memory c = _case(_dict(), _fees(), rec, _leaves());
        // effective price = min(3 gwei, 1 gwei + 1 gwei) = 2 gwei
        (StateProof[] memory proofs, SmtModel.Leaf[] memory out) =
            _applyProofs(_leaves(), alice, bob, 0.25 ether, 21_000 * 2 gwei);
        (MachineState memory post, IOneStepProver.Outcome o) = _exec(c, _witness(c.data, proofs));
        assertEq(uint256(o), uint256(IOneStepProver.Outcome.Apply));
        assertEq(post.stateRoot, out.root());
    }

    function test_executeStep_withdrawal_succeeds() public view {
        (bytes32 r, bytes32 vs) = _signLegacy(CAROL_PK, 7, 2 gwei, 21_000, Protocol.WITHDRAWAL_ADDRESS, 3 ether);
        bytes memory rec = BatchEncoder.transferDict(0, 3, 1, 7, 3 ether, r, vs);
        Case memory c = _case(_dict(), _fees(), rec, _leaves());
        (StateProof[] memory proofs, SmtModel.Leaf[] memory out) =
            _applyProofs(_leaves(), carol, Protocol.WITHDRAWAL_ADDRESS, 3 ether, 21_000 * 2 gwei);
        (MachineState memory post, IOneStepProver.Outcome o) = _exec(c, _witness(c.data, proofs));
        assertEq(uint256(o), uint256(IOneStepProver.Outcome.Apply));
        assertEq(post.stateRoot, out.root());
    }

    function test_executeStep_selfTransfer_succeeds() public view {
        (bytes32 r, bytes32 vs) = _signLegacy(ALICE_PK, 0, 2 gwei, 21_000, alice, 1 ether);
        bytes memory rec = BatchEncoder.transferInline(0, alice, 0, 1 ether, r, vs);
        Case memory c = _case(_dict(), _fees(), rec, _leaves());
        (StateProof[] memory proofs, SmtModel.Leaf[] memory out) =
            _applyProofs(_leaves(), alice, alice, 1 ether, 21_000 * 2 gwei);
        (MachineState memory post,) = _exec(c, _witness(c.data, proofs));
        assertEq(post.stateRoot, out.root());
    }

    function test_executeStep_fromFeeRecipient_succeeds() public {
        // the fee recipient pays itself the fee: three sequential updates
        SmtModel.Leaf[] memory ls = _leaves();
        ls = ls.set(SmtModel.accountKey(feeRecipient), 2 ether, 0);
        (bytes32 r, bytes32 vs) = _signLegacy(SEQUENCER_PK, 0, 2 gwei, 21_000, bob, 1 ether);
        bytes memory rec = BatchEncoder.transferInline(0, bob, 0, 1 ether, r, vs);
        Case memory c = _case(_dict(), _fees(), rec, ls);
        (StateProof[] memory proofs, SmtModel.Leaf[] memory out) =
            _applyProofs(ls, feeRecipient, bob, 1 ether, 21_000 * 2 gwei);
        (MachineState memory post,) = _exec(c, _witness(c.data, proofs));
        assertEq(post.stateRoot, out.root());
        (uint256 fb,) = out.get(SmtModel.accountKey(feeRecipient));
        assertEq(fb, 1 ether);
    }

    function test_executeStep_recordAcrossChunks_succeeds() public view {
        // padding records (block records) push the transfer across the 1024 boundary
        bytes memory pad;
        for (uint256 i = 0; i < 460; ++i) {
            pad = abi.encodePacked(pad, BatchEncoder.blockRecord(1));
        }
        (bytes32 r, bytes32 vs) = _signLegacy(ALICE_PK, 0, 2 gwei, 21_000, bob, 1 ether);
        bytes memory rec = BatchEncoder.transferInline(0, bob, 0, 1 ether, r, vs);
        Case memory c = _case(_dict(), _fees(), abi.encodePacked(pad, rec), _leaves());
        c.pre.cursor = uint64(c.recordsStart + pad.length);
        assertTrue(c.pre.cursor < 1024 && c.pre.cursor + 40 > 1024, "spans");
        (StateProof[] memory proofs, SmtModel.Leaf[] memory out) =
            _applyProofs(_leaves(), alice, bob, 1 ether, 21_000 * 2 gwei);
        Witness memory w;
        w.chunks = new ChunkProof[](2);
        w.chunks[0] = BatchEncoder.chunkProof(c.data, 1);
        w.chunks[1] = BatchEncoder.chunkProof(c.data, 0);
        w.proofs = proofs;
        (MachineState memory post, IOneStepProver.Outcome o) = _exec(c, w);
        assertEq(uint256(o), uint256(IOneStepProver.Outcome.Apply));
        assertEq(post.stateRoot, out.root());
    }

    // ------------------------------------------------------------ transfer skips

    function _skipCase(bytes memory rec) internal view returns (Case memory c, Witness memory w) {
        c = _case(_dict(), _fees(), rec, _leaves());
        StateProof[] memory proofs = new StateProof[](1);
        proofs[0] = _leaves().proof(SmtModel.accountKey(alice));
        w = _witness(c.data, proofs);
    }

    function test_executeStep_dictIndexOutOfRange_skips_succeeds() public view {
        (bytes32 r, bytes32 vs) = _signLegacy(ALICE_PK, 0, 2 gwei, 21_000, bob, 1 ether);
        bytes memory rec = BatchEncoder.transferDict(0, 3, 2, 0, 1 ether, r, vs);
        (Case memory c, Witness memory w) = _skipCase(rec);
        _assertSkip(c, w, rec.length);
    }

    function test_executeStep_priorityAboveMax_skips_succeeds() public view {
        (bytes32 r, bytes32 vs) = _sign1559(ALICE_PK, 0, 5 gwei, 4 gwei, 21_000, bob, 1 ether);
        bytes memory rec = BatchEncoder.transferDict(2, 3, 0, 0, 1 ether, r, vs);
        (Case memory c, Witness memory w) = _skipCase(rec);
        _assertSkip(c, w, rec.length);
    }

    function test_executeStep_feeEntryChecks_skips_succeeds() public view {
        bytes[] memory bad = new bytes[](6);
        bad[0] = abi.encodePacked(uint8(1), uint8(0x80), uint8(20)); // type 1
        bad[1] = BatchEncoder.legacyFee(20_999, 2 gwei); // gas limit too low
        bad[2] = BatchEncoder.legacyFee(uint256(1) << 32, 2 gwei); // gas limit too high
        bad[3] = BatchEncoder.legacyFee(21_000, 0.5 gwei); // price below base fee
        bad[4] = abi.encodePacked(uint8(0), uint8(0xFE)); // truncated gas limit
        bad[5] = abi.encodePacked(uint8(2), BatchEncoder.cuint(21_000), hex"feff", uint8(1)); // bad amount
        for (uint256 i = 0; i < bad.length; ++i) {
            bytes[] memory fees = new bytes[](1);
            fees[0] = bad[i];
            (bytes32 r, bytes32 vs) = _signLegacy(ALICE_PK, 0, 2 gwei, 21_000, bob, 1 ether);
            bytes memory rec = BatchEncoder.transferInline(0, bob, 0, 1 ether, r, vs);
            // the bad fee entry is the last thing before the records; put the
            // truncated ones at the very end of data instead
            Case memory c = _case(_dict(), fees, rec, _leaves());
            _assertSkip(c, _witness(c.data, _noProofs()), rec.length);
        }
    }

    function test_executeStep_feeEntryPastEnd_skips_succeeds() public view {
        // offset points past the end of the data
        bytes memory data = abi.encodePacked(uint8(1), uint8(1), uint16(0), uint32(10), uint16(0xfff0));
        (bytes32 r, bytes32 vs) = _signLegacy(ALICE_PK, 0, 2 gwei, 21_000, bob, 1 ether);
        bytes memory rec = BatchEncoder.transferInline(0, bob, 0, 1 ether, r, vs);
        data = abi.encodePacked(data, rec);
        Case memory c;
        c.data = data;
        c.ctx = BatchContext(BatchEncoder.chunkRoot(data), false, uint32(data.length), 1, 0, 0);
        c.pre = MachineState(_leaves().root(), 10, 0, 0, 0);
        _assertSkip(c, _witness(data, _noProofs()), rec.length);
    }

    function test_executeStep_highS_skips_succeeds() public view {
        (bytes32 r, bytes32 vs) = _signLegacy(ALICE_PK, 0, 2 gwei, 21_000, bob, 1 ether);
        // s just above HALF_N (VS can carry s < 2^255 only)
        bytes32 highVs = bytes32((Protocol.HALF_N + 1) | (uint256(vs) & (uint256(1) << 255)));
        bytes memory rec = BatchEncoder.transferInline(0, bob, 0, 1 ether, r, highVs);
        (Case memory c, Witness memory w) = _skipCase(rec);
        _assertSkip(c, w, rec.length);
    }

    function test_executeStep_zeroR_skips_succeeds() public view {
        (, bytes32 vs) = _signLegacy(ALICE_PK, 0, 2 gwei, 21_000, bob, 1 ether);
        bytes memory rec = BatchEncoder.transferInline(0, bob, 0, 1 ether, bytes32(0), vs);
        (Case memory c, Witness memory w) = _skipCase(rec);
        _assertSkip(c, w, rec.length);
    }

    function test_executeStep_rAboveN_skips_succeeds() public view {
        (, bytes32 vs) = _signLegacy(ALICE_PK, 0, 2 gwei, 21_000, bob, 1 ether);
        bytes memory rec = BatchEncoder.transferInline(0, bob, 0, 1 ether, bytes32(Protocol.SECP256K1_N), vs);
        (Case memory c, Witness memory w) = _skipCase(rec);
        _assertSkip(c, w, rec.length);
    }

    function test_executeStep_wrongChainId_skips_succeeds() public view {
        // signed for chain 1: recovers some other address, which has no balance
        bytes32 digest = TxSigner.legacyHash(0, 2 gwei, 21_000, bob, 1 ether, 1);
        (bytes32 r, bytes32 vs) = TxSigner.sign(ALICE_PK, digest);
        bytes memory rec = BatchEncoder.transferInline(0, bob, 0, 1 ether, r, vs);
        Case memory c = _case(_dict(), _fees(), rec, _leaves());
        address other = ecrecover(
            TxSigner.legacyHash(0, 2 gwei, 21_000, bob, 1 ether, L2_CHAIN_ID),
            uint8(27 + (uint256(vs) >> 255)),
            r,
            bytes32(uint256(vs) & ((uint256(1) << 255) - 1))
        );
        assertTrue(other != alice);
        StateProof[] memory proofs = new StateProof[](1);
        proofs[0] = _leaves().proof(SmtModel.accountKey(other));
        _assertSkip(c, _witness(c.data, proofs), rec.length);
    }

    function test_executeStep_wrongNonce_skips_succeeds() public view {
        (bytes32 r, bytes32 vs) = _signLegacy(ALICE_PK, 1, 2 gwei, 21_000, bob, 1 ether);
        bytes memory rec = BatchEncoder.transferInline(0, bob, 1, 1 ether, r, vs);
        (Case memory c, Witness memory w) = _skipCase(rec);
        _assertSkip(c, w, rec.length);
    }

    function test_executeStep_maxNonce_skips_succeeds() public {
        uint256 n = type(uint64).max;
        genesisLeaves[0].b = n;
        (bytes32 r, bytes32 vs) = _signLegacy(ALICE_PK, n, 2 gwei, 21_000, bob, 1 ether);
        bytes memory rec = BatchEncoder.transferInline(0, bob, n, 1 ether, r, vs);
        (Case memory c, Witness memory w) = _skipCase(rec);
        _assertSkip(c, w, rec.length);
    }

    function test_executeStep_insufficientBalance_skips_succeeds() public view {
        // 10 ether balance: value 10 ether plus the fee is too much
        (bytes32 r, bytes32 vs) = _signLegacy(ALICE_PK, 0, 2 gwei, 21_000, bob, 10 ether);
        bytes memory rec = BatchEncoder.transferInline(0, bob, 0, 10 ether, r, vs);
        (Case memory c, Witness memory w) = _skipCase(rec);
        _assertSkip(c, w, rec.length);
    }

    function test_executeStep_feeOverflow_skips_succeeds() public view {
        uint256 price = type(uint256).max / 1000;
        bytes[] memory fees = new bytes[](1);
        fees[0] = BatchEncoder.legacyFee(21_000, price);
        (bytes32 r, bytes32 vs) = _signLegacy(ALICE_PK, 0, price, 21_000, bob, 0);
        bytes memory rec = BatchEncoder.transferInline(0, bob, 0, 0, r, vs);
        Case memory c = _case(_dict(), fees, rec, _leaves());
        StateProof[] memory proofs = new StateProof[](1);
        proofs[0] = _leaves().proof(SmtModel.accountKey(alice));
        _assertSkip(c, _witness(c.data, proofs), rec.length);
    }

    // ------------------------------------------------------------ bad witnesses

    function test_executeStep_missingChunk_reverts() public {
        Case memory c = _case(new address[](0), new bytes[](0), BatchEncoder.blockRecord(1), _leaves());
        Witness memory w;
        vm.expectRevert(abi.encodeWithSelector(BatchData.MissingChunk.selector, 0));
        prover.executeStep(c.ctx, c.pre, w);
    }

    function test_executeStep_badChunkProof_reverts() public {
        Case memory c = _case(new address[](0), new bytes[](0), BatchEncoder.blockRecord(1), _leaves());
        Witness memory w = _witness(c.data, _noProofs());
        w.chunks[0].data[9] = 0x07;
        vm.expectRevert(abi.encodeWithSelector(BatchData.InvalidChunkProof.selector, 0));
        prover.executeStep(c.ctx, c.pre, w);
    }

    function test_executeStep_badContext_reverts() public {
        Case memory c = _case(new address[](0), new bytes[](0), BatchEncoder.blockRecord(1), _leaves());
        c.ctx.addrCount = 100;
        Witness memory w = _witness(c.data, _noProofs());
        vm.expectRevert(OneStepProver.InvalidContext.selector);
        prover.executeStep(c.ctx, c.pre, w);
    }

    function test_stepHash_blockRecord_succeeds() public view {
        Case memory c = _case(new address[](0), new bytes[](0), BatchEncoder.blockRecord(5), _leaves());
        MachineState memory want = c.pre;
        want.cursor = c.ctx.dataLen;
        want.blockNumber += 1;
        want.timestamp += 5;
        assertEq(prover.stepHash(c.ctx, c.pre, _witness(c.data, _noProofs())), Hashing.machineHash(want));
    }
}
