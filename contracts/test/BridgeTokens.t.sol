// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Fixture} from "./utils/Fixture.sol";
import {SmtModel} from "./utils/SmtModel.sol";
import {FeeOnTransferToken, NoReturnToken, FalseToken, ReentrantToken} from "./utils/Tokens.sol";
import {Bridge} from "../src/Bridge.sol";
import {DevToken} from "../src/DevToken.sol";
import {BatchInfo, L2State, StateProof, Protocol, Keys} from "../src/lib/Types.sol";

/// @notice Bridge.depositERC20 and claimTokenWithdrawal (docs/protocol.md §4).
contract BridgeTokensTest is Fixture {
    address internal user;
    address internal alice;
    DevToken internal token;

    function setUp() public {
        deploySystem();
        user = makeAddr("user");
        alice = makeAddr("alice");
        stake(sequencer, PROPOSER_BOND);
        vm.prank(user);
        token = new DevToken("Dollar", "USDX", 6, 1_000_000e6, new address[](0));
        vm.prank(user);
        token.approve(address(bridge), type(uint256).max);
    }

    function test_depositERC20_succeeds() public {
        address l2 = Keys.tokenAddress(address(token));
        vm.expectEmit();
        emit Bridge.TokenRegistered(address(token), l2, "Dollar", "USDX", 6);
        vm.expectEmit();
        emit Bridge.TokenDepositQueued(0, user, alice, address(token), 250e6, uint64(block.timestamp));
        vm.prank(user);
        assertEq(bridge.depositERC20(address(token), alice, 250e6), 0);
        (address r, uint256 a, uint64 t) = bridge.depositAt(0);
        assertEq(r, alice);
        assertEq(a, 250e6);
        assertEq(t, block.timestamp);
        assertEq(bridge.depositToken(0), address(token));
        assertEq(bridge.l1TokenOf(l2), address(token));
        assertEq(token.balanceOf(address(bridge)), 250e6);

        // an ETH deposit after it has no token; the second token deposit does not
        // register again
        vm.deal(user, 1 ether);
        vm.prank(user);
        bridge.deposit{value: 1 ether}(alice);
        assertEq(bridge.depositToken(1), address(0));
        vm.recordLogs();
        vm.prank(user);
        bridge.depositERC20(address(token), user, 1);
        assertEq(vm.getRecordedLogs().length, 2, "Transfer and TokenDepositQueued only");
        assertEq(bridge.depositToken(2), address(token));
        assertEq(bridge.depositCount(), 3);
    }

    function test_depositERC20_feeOnTransfer_creditsReceived() public {
        FeeOnTransferToken fot = new FeeOnTransferToken();
        fot.mint(user, 1000);
        vm.prank(user);
        bridge.depositERC20(address(fot), alice, 1000);
        (, uint256 a,) = bridge.depositAt(0);
        assertEq(a, 990, "what arrived, not what was asked");
        assertEq(fot.balanceOf(address(bridge)), 990);
    }

    function test_depositERC20_noReturnAndBytes32Metadata_succeeds() public {
        NoReturnToken mkr = new NoReturnToken();
        mkr.mint(user, 5);
        vm.expectEmit();
        emit Bridge.TokenRegistered(address(mkr), Keys.tokenAddress(address(mkr)), "Maker", "MKR", 18);
        vm.prank(user);
        bridge.depositERC20(address(mkr), alice, 5);
        assertEq(mkr.balanceOf(address(bridge)), 5);
    }

    function test_depositERC20_returnsFalse_reverts() public {
        FalseToken f = new FalseToken();
        vm.expectRevert(abi.encodeWithSelector(Bridge.TokenTransferFailed.selector, address(f)));
        vm.prank(user);
        bridge.depositERC20(address(f), alice, 5);
    }

    function test_depositERC20_noCode_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(Bridge.TokenHasNoCode.selector, address(0x1234)));
        vm.prank(user);
        bridge.depositERC20(address(0x1234), alice, 5);
    }

    function test_depositERC20_badArguments_reverts() public {
        vm.startPrank(user);
        vm.expectRevert(Bridge.ZeroDeposit.selector);
        bridge.depositERC20(address(token), alice, 0);
        vm.expectRevert(abi.encodeWithSelector(Bridge.InvalidRecipient.selector, address(0)));
        bridge.depositERC20(address(token), address(0), 1);
        vm.expectRevert(abi.encodeWithSelector(Bridge.InvalidRecipient.selector, Protocol.WITHDRAWAL_ADDRESS));
        bridge.depositERC20(address(token), Protocol.WITHDRAWAL_ADDRESS, 1);
        vm.stopPrank();
    }

    /// @dev A token whose L2 address another token holds (a collision of
    /// tokenAddress, simulated by writing l1TokenOf) can neither be deposited nor
    /// claimed as that L2 token.
    function test_tokenAddressCollision_reverts() public {
        address other = makeAddr("other");
        bytes32 slot = keccak256(abi.encode(Keys.tokenAddress(address(token)), uint256(5))); // l1TokenOf, slot 5
        vm.store(address(bridge), slot, bytes32(uint256(uint160(other))));
        assertEq(bridge.l1TokenOf(Keys.tokenAddress(address(token))), other);
        vm.expectRevert(abi.encodeWithSelector(Bridge.TokenMismatch.selector, address(token), other));
        vm.prank(user);
        bridge.depositERC20(address(token), alice, 1);
    }

    function test_depositERC20_reentry_reverts() public {
        ReentrantToken re = new ReentrantToken();
        re.mint(user, 100);
        re.mint(address(re), 100);
        // The nested deposit (by the token, of its own tokens) would be counted by
        // the outer balance difference too: 60 credited for 50 + 10 received.
        re.arm(address(bridge), abi.encodeCall(Bridge.depositERC20, (address(re), alice, 10)));
        vm.prank(user);
        bridge.depositERC20(address(re), alice, 50);
        assertFalse(re.nestedOk());
        assertEq(re.nestedResult(), abi.encodeWithSelector(Bridge.Reentered.selector));
        assertEq(bridge.depositCount(), 1);
        (, uint256 a,) = bridge.depositAt(0);
        assertEq(a, 50);
        assertEq(re.balanceOf(address(bridge)), 50);
    }

    /// @dev A final batch whose post-state holds alice's token withdrawal of
    /// `amount` at nonce 4, to `to`.
    function _finalTokenWithdrawal(uint256 amount, address to)
        internal
        returns (BatchInfo memory info, bytes32[] memory siblings)
    {
        vm.prank(user);
        bridge.depositERC20(address(token), alice, 1000e6);
        bytes32 key = bridge.tokenWithdrawalKey(address(token), alice, 4);
        SmtModel.Leaf[] memory ls = new SmtModel.Leaf[](2);
        ls[0] = SmtModel.Leaf(key, amount, uint160(to));
        ls[1] = SmtModel.Leaf(SmtModel.accountKey(user), 1, 0);
        info = append(sequencer, genesis(), L2State(SmtModel.root(ls), 1, 1, GENESIS_TIMESTAMP + 1), 2, simpleData());
        StateProof memory p = SmtModel.proof(ls, key);
        assertTrue(p.leafPresent);
        siblings = p.siblings;
        vm.warp(block.timestamp + DISPUTE_WINDOW);
        rollup.finalize(info);
    }

    function test_claimTokenWithdrawal_succeeds() public {
        address l1 = makeAddr("l1Recipient");
        (BatchInfo memory info, bytes32[] memory sib) = _finalTokenWithdrawal(300e6, l1);
        bytes32 key = bridge.tokenWithdrawalKey(address(token), alice, 4);
        assertEq(key, Keys.tokenWithdrawal(Keys.tokenAddress(address(token)), alice, 4));
        vm.expectEmit();
        emit Bridge.TokenWithdrawalClaimed(key, address(token), l1, alice, 4, 300e6, 0);
        bridge.claimTokenWithdrawal(info, address(token), alice, 4, l1, 300e6, sib);
        assertEq(token.balanceOf(l1), 300e6);
        assertEq(token.balanceOf(address(bridge)), 700e6);
        vm.expectRevert(abi.encodeWithSelector(Bridge.AlreadyClaimed.selector, key));
        bridge.claimTokenWithdrawal(info, address(token), alice, 4, l1, 300e6, sib);
    }

    function test_claimTokenWithdrawal_wrongLeaf_reverts() public {
        address l1 = makeAddr("l1Recipient");
        (BatchInfo memory info, bytes32[] memory sib) = _finalTokenWithdrawal(300e6, l1);
        vm.expectRevert(Bridge.InvalidWithdrawalProof.selector);
        bridge.claimTokenWithdrawal(info, address(token), alice, 4, l1, 301e6, sib);
        vm.expectRevert(Bridge.InvalidWithdrawalProof.selector);
        bridge.claimTokenWithdrawal(info, address(token), alice, 4, user, 300e6, sib);
        vm.expectRevert(Bridge.InvalidWithdrawalProof.selector);
        bridge.claimTokenWithdrawal(info, address(token), alice, 3, l1, 300e6, sib);
        vm.expectRevert(abi.encodeWithSelector(Bridge.TokenMismatch.selector, address(0xdead), address(0)));
        bridge.claimTokenWithdrawal(info, address(0xdead), alice, 4, l1, 300e6, sib);
        // the ETH claim of the same sender and nonce is another key
        vm.expectRevert(Bridge.InvalidWithdrawalProof.selector);
        bridge.claimWithdrawal(info, alice, 4, 300e6, sib);
    }

    function test_claimTokenWithdrawal_notFinal_reverts() public {
        BatchInfo memory info =
            append(sequencer, genesis(), L2State(bytes32(uint256(1)), 0, 1, GENESIS_TIMESTAMP), 1, simpleData());
        vm.expectRevert(abi.encodeWithSelector(Bridge.BatchNotFinal.selector, 0));
        bridge.claimTokenWithdrawal(info, address(token), alice, 4, alice, 1, new bytes32[](0));
    }
}
