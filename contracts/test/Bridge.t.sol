// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Fixture} from "./utils/Fixture.sol";
import {SmtModel} from "./utils/SmtModel.sol";
import {Bridge} from "../src/Bridge.sol";
import {IRollup} from "../src/interfaces/IRollup.sol";
import {BatchInfo, L2State, StateProof, Protocol} from "../src/lib/Types.sol";

contract BridgeTest is Fixture {
    address internal user;
    address internal alice;

    function setUp() public {
        deploySystem();
        user = makeAddr("user");
        alice = makeAddr("alice");
        vm.deal(user, 100 ether);
        stake(sequencer, PROPOSER_BOND);
    }

    // ------------------------------------------------------------ initialize

    function test_initialize_twice_reverts() public {
        vm.expectRevert(Bridge.AlreadyInitialized.selector);
        bridge.initialize(IRollup(address(1)));
    }

    function test_initialize_notDeployer_reverts() public {
        Bridge b = new Bridge();
        vm.prank(user, user);
        vm.expectRevert(Bridge.NotDeployer.selector);
        b.initialize(IRollup(address(1)));
    }

    function test_initialize_zero_reverts() public {
        Bridge b = new Bridge();
        vm.expectRevert(Bridge.ZeroAddress.selector);
        b.initialize(IRollup(address(0)));
    }

    // ------------------------------------------------------------ deposits

    function test_deposit_succeeds() public {
        vm.expectEmit();
        emit Bridge.DepositQueued(0, user, alice, 1 ether, uint64(block.timestamp));
        vm.prank(user, user);
        uint256 idx = bridge.deposit{value: 1 ether}(alice);
        assertEq(idx, 0);
        vm.warp(block.timestamp + 5);
        vm.prank(user, user);
        assertEq(bridge.deposit{value: 2 gwei}(user), 1);
        assertEq(bridge.depositCount(), 2);
        (address r, uint256 a, uint64 t) = bridge.depositAt(1);
        assertEq(r, user);
        assertEq(a, 2 gwei);
        assertEq(t, block.timestamp);
        (uint256 len, uint64 ts) = bridge.inclusionInfo(0);
        assertEq(len, 2);
        assertEq(ts, block.timestamp - 5);
        (len, ts) = bridge.inclusionInfo(2);
        assertEq(len, 2);
        assertEq(ts, 0);
        assertEq(address(bridge).balance, 1 ether + 2 gwei);
    }

    function test_deposit_notWholeGwei_reverts() public {
        vm.deal(user, 10 ether);
        vm.startPrank(user, user);
        vm.expectRevert(abi.encodeWithSelector(Bridge.DepositNotWholeGwei.selector, 1));
        bridge.deposit{value: 1}(alice);
        vm.expectRevert(abi.encodeWithSelector(Bridge.DepositNotWholeGwei.selector, 1 ether + 1));
        bridge.deposit{value: 1 ether + 1}(alice);
        vm.stopPrank();
        assertEq(bridge.depositCount(), 0);
    }

    function test_deposit_zero_reverts() public {
        vm.prank(user, user);
        vm.expectRevert(Bridge.ZeroDeposit.selector);
        bridge.deposit(alice);
    }

    function test_deposit_zeroRecipient_reverts() public {
        vm.prank(user, user);
        vm.expectRevert(abi.encodeWithSelector(Bridge.InvalidRecipient.selector, address(0)));
        bridge.deposit{value: 1}(address(0));
    }

    function test_deposit_withdrawalAddress_reverts() public {
        vm.prank(user, user);
        vm.expectRevert(abi.encodeWithSelector(Bridge.InvalidRecipient.selector, Protocol.WITHDRAWAL_ADDRESS));
        bridge.deposit{value: 1}(Protocol.WITHDRAWAL_ADDRESS);
    }

    function test_depositAt_outOfRange_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(Bridge.DepositOutOfRange.selector, 0, 0));
        bridge.depositAt(0);
    }

    // ------------------------------------------------------------ withdrawals

    /// @dev A final batch whose post-state holds alice's withdrawal of `amount` at nonce 3.
    function _finalWithdrawal(uint256 amount) internal returns (BatchInfo memory info, bytes32[] memory siblings) {
        vm.prank(user, user);
        bridge.deposit{value: 10 ether}(alice);
        SmtModel.Leaf[] memory ls = new SmtModel.Leaf[](3);
        ls[0] = SmtModel.Leaf(SmtModel.accountKey(alice), 7 ether, 4);
        ls[1] = SmtModel.Leaf(bridge.withdrawalKey(alice, 3), amount, uint160(alice));
        ls[2] = SmtModel.Leaf(SmtModel.accountKey(user), 1, 0);
        L2State memory post = L2State(SmtModel.root(ls), 1, 1, GENESIS_TIMESTAMP + 1);
        bytes memory data = simpleData();
        info = append(sequencer, genesis(), post, 2, data);
        StateProof memory p = SmtModel.proof(ls, bridge.withdrawalKey(alice, 3));
        assertTrue(p.leafPresent);
        siblings = p.siblings;
    }

    function test_claimWithdrawal_succeeds() public {
        (BatchInfo memory info, bytes32[] memory sib) = _finalWithdrawal(2 ether);
        vm.warp(block.timestamp + DISPUTE_WINDOW);
        rollup.finalize(info);
        bytes32 key = bridge.withdrawalKey(alice, 3);
        vm.expectEmit();
        emit Bridge.WithdrawalClaimed(key, alice, 3, 2 ether, 0);
        vm.prank(user, user); // anyone may claim; alice is paid
        bridge.claimWithdrawal(info, alice, 3, 2 ether, sib);
        assertEq(alice.balance, 2 ether);
        assertTrue(bridge.claimed(key));
    }

    function test_claimWithdrawal_twice_reverts() public {
        (BatchInfo memory info, bytes32[] memory sib) = _finalWithdrawal(2 ether);
        vm.warp(block.timestamp + DISPUTE_WINDOW);
        rollup.finalize(info);
        bridge.claimWithdrawal(info, alice, 3, 2 ether, sib);
        vm.expectRevert(abi.encodeWithSelector(Bridge.AlreadyClaimed.selector, bridge.withdrawalKey(alice, 3)));
        bridge.claimWithdrawal(info, alice, 3, 2 ether, sib);
    }

    function test_claimWithdrawal_notFinal_reverts() public {
        (BatchInfo memory info, bytes32[] memory sib) = _finalWithdrawal(2 ether);
        vm.expectRevert(abi.encodeWithSelector(Bridge.BatchNotFinal.selector, 0));
        bridge.claimWithdrawal(info, alice, 3, 2 ether, sib);
    }

    function test_claimWithdrawal_forgedRecord_reverts() public {
        (BatchInfo memory info, bytes32[] memory sib) = _finalWithdrawal(2 ether);
        vm.warp(block.timestamp + DISPUTE_WINDOW);
        rollup.finalize(info);
        info.post.stateRoot = keccak256("forged");
        vm.expectRevert(abi.encodeWithSelector(Bridge.BatchNotFinal.selector, 0));
        bridge.claimWithdrawal(info, alice, 3, 2 ether, sib);
    }

    function test_claimWithdrawal_wrongAmount_reverts() public {
        (BatchInfo memory info, bytes32[] memory sib) = _finalWithdrawal(2 ether);
        vm.warp(block.timestamp + DISPUTE_WINDOW);
        rollup.finalize(info);
        vm.expectRevert(Bridge.InvalidWithdrawalProof.selector);
        bridge.claimWithdrawal(info, alice, 3, 3 ether, sib);
        vm.expectRevert(Bridge.InvalidWithdrawalProof.selector);
        bridge.claimWithdrawal(info, alice, 2, 2 ether, sib);
        vm.expectRevert(Bridge.InvalidWithdrawalProof.selector);
        bridge.claimWithdrawal(info, user, 3, 2 ether, sib);
    }

    function test_claimWithdrawal_paymentFails_reverts() public {
        Rejector rej = new Rejector();
        vm.prank(user, user);
        bridge.deposit{value: 1 ether}(alice);
        SmtModel.Leaf[] memory ls = new SmtModel.Leaf[](1);
        ls[0] = SmtModel.Leaf(bridge.withdrawalKey(address(rej), 0), 1 ether, uint160(address(rej)));
        BatchInfo memory info =
            append(sequencer, genesis(), L2State(SmtModel.root(ls), 0, 1, GENESIS_TIMESTAMP), 1, simpleData());
        vm.warp(block.timestamp + DISPUTE_WINDOW);
        rollup.finalize(info);
        vm.expectRevert(abi.encodeWithSelector(Bridge.PaymentFailed.selector, address(rej), 1 ether));
        bridge.claimWithdrawal(info, address(rej), 0, 1 ether, new bytes32[](0));
    }

    function test_claimWithdrawal_notInitialized_reverts() public {
        Bridge b = new Bridge();
        BatchInfo memory info;
        vm.expectRevert(Bridge.NotInitialized.selector);
        b.claimWithdrawal(info, alice, 0, 0, new bytes32[](0));
    }

    function test_withdrawalKey_matchesSpec_succeeds() public view {
        assertEq(bridge.withdrawalKey(alice, 258), keccak256(abi.encodePacked(bytes1(0x57), alice, uint64(258))));
    }
}

contract Rejector {}
