// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Test} from "./Test.sol";
import {Bridge} from "../../src/Bridge.sol";
import {Rollup} from "../../src/Rollup.sol";
import {ChallengeGame} from "../../src/ChallengeGame.sol";
import {OneStepProver} from "../../src/OneStepProver.sol";
import {IRollup} from "../../src/interfaces/IRollup.sol";
import {IOneStepProver} from "../../src/interfaces/IOneStepProver.sol";
import {BatchHeader, BatchInfo, L2State} from "../../src/lib/Types.sol";
import {Hashing} from "../../src/lib/Hashing.sol";
import {BatchEncoder} from "./BatchEncoder.sol";

/// @notice Deploys the contracts with the devnet parameters of docs/protocol.md §1.
abstract contract Fixture is Test {
    uint256 internal constant L2_CHAIN_ID = 901;
    uint256 internal constant BASE_FEE = 1 gwei;
    uint64 internal constant DISPUTE_WINDOW = 60;
    uint64 internal constant INCLUSION_WINDOW = 600;
    uint64 internal constant ESCAPE_WINDOW = 3600;
    uint256 internal constant PROPOSER_BOND = 1 ether;
    uint256 internal constant CHALLENGER_BOND = 0.5 ether;
    uint64 internal constant GAME_CLOCK = 300;
    uint64 internal constant CLOCK_INCREMENT = 20;
    uint64 internal constant GENESIS_TIMESTAMP = 1_700_000_000;

    uint256 internal constant SEQUENCER_PK = 0xA11CE;
    address internal sequencer;
    address internal feeRecipient;

    Bridge internal bridge;
    Rollup internal rollup;
    OneStepProver internal prover;
    ChallengeGame internal game;

    function deploySystem() internal {
        vm.warp(GENESIS_TIMESTAMP);
        sequencer = vm.addr(SEQUENCER_PK);
        vm.label(sequencer, "sequencer");
        feeRecipient = sequencer;
        bridge = new Bridge();
        rollup = new Rollup(
            bridge,
            Rollup.Config({
                sequencer: sequencer,
                proposerBond: PROPOSER_BOND,
                disputeWindow: DISPUTE_WINDOW,
                inclusionWindow: INCLUSION_WINDOW,
                escapeWindow: ESCAPE_WINDOW,
                genesisTimestamp: GENESIS_TIMESTAMP
            })
        );
        prover = new OneStepProver(bridge, L2_CHAIN_ID, BASE_FEE, feeRecipient);
        game = new ChallengeGame(
            IRollup(address(rollup)), IOneStepProver(address(prover)), CHALLENGER_BOND, GAME_CLOCK, CLOCK_INCREMENT
        );
        rollup.initialize(address(game));
        bridge.initialize(IRollup(address(rollup)));
    }

    function stake(address who, uint256 amount) internal {
        vm.deal(who, who.balance + amount);
        vm.prank(who, who);
        rollup.depositStake{value: amount}();
    }

    function genesis() internal pure returns (L2State memory) {
        return L2State({stateRoot: bytes32(0), depositsConsumed: 0, blockNumber: 0, timestamp: GENESIS_TIMESTAMP});
    }

    /// @notice A small valid batch: one block record.
    function simpleData() internal pure returns (bytes memory data) {
        (data,) = BatchEncoder.batch(new address[](0), new bytes[](0), BatchEncoder.blockRecord(2));
    }

    /// @notice Appends `data` as `who` with the given claims; returns the record.
    function append(address who, L2State memory prev, L2State memory post, uint64 numSteps, bytes memory data)
        internal
        returns (BatchInfo memory info)
    {
        BatchHeader memory h = BatchHeader({index: rollup.nextIndex(), prev: prev, post: post, numSteps: numSteps});
        vm.recordLogs();
        vm.prank(who, who);
        rollup.appendBatch(h, data);
        info = lastAppended();
    }

    /// @notice The BatchInfo of the last BatchAppended event in the recorded logs.
    function lastAppended() internal returns (BatchInfo memory info) {
        bytes32 sig = Rollup.BatchAppended.selector;
        VmLog[] memory logs = _logs();
        for (uint256 i = logs.length; i > 0; --i) {
            if (logs[i - 1].topics.length > 0 && logs[i - 1].topics[0] == sig) {
                return abi.decode(logs[i - 1].data, (BatchInfo));
            }
        }
        fail("no BatchAppended");
    }

    struct VmLog {
        bytes32[] topics;
        bytes data;
        address emitter;
    }

    function _logs() private returns (VmLog[] memory out) {
        bytes memory raw = abi.encode(vm.getRecordedLogs());
        out = abi.decode(raw, (VmLog[]));
    }

    function hashOf(BatchInfo memory info) internal pure returns (bytes32) {
        return keccak256(abi.encode(info));
    }

    function claimOf(L2State memory s) internal pure returns (bytes32) {
        return Hashing.claimHash(s.stateRoot, s.depositsConsumed, s.blockNumber, s.timestamp);
    }
}
