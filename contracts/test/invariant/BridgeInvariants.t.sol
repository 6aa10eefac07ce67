// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Fixture} from "../utils/Fixture.sol";
import {SmtModel} from "../utils/SmtModel.sol";
import {Vm} from "../utils/Test.sol";
import {Bridge} from "../../src/Bridge.sol";
import {BatchInfo, L2State, StateProof} from "../../src/lib/Types.sol";

/// @notice Claims withdrawals of a final batch, correctly or not, and deposits.
contract BridgeHandler {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));
    uint256 internal constant K = 5;

    Bridge public immutable bridge;
    BatchInfo internal _info;
    SmtModel.Leaf[] internal _leaves;

    mapping(bytes32 key => uint256) public timesPaid;
    uint256 public ghostDeposited;
    uint256 public ghostPaid;
    bool public ghostPaidTwice;
    bool public ghostPaidWrong;

    constructor(Bridge bridge_) {
        bridge = bridge_;
    }

    function recipientOf(uint256 i) public pure returns (address) {
        return address(uint160(0x1000 + i));
    }

    function leaves() external view returns (SmtModel.Leaf[] memory ls) {
        ls = new SmtModel.Leaf[](_leaves.length);
        for (uint256 i = 0; i < ls.length; ++i) {
            ls[i] = _leaves[i];
        }
    }

    function configure(BatchInfo memory info, SmtModel.Leaf[] memory ls, uint256 deposited) external {
        require(_leaves.length == 0, "configured");
        _info = info;
        for (uint256 i = 0; i < ls.length; ++i) {
            _leaves.push(ls[i]);
        }
        ghostDeposited = deposited;
    }

    function keyCount() external pure returns (uint256) {
        return K;
    }

    function claim(uint256 i, uint256 tamper) external {
        i %= K;
        SmtModel.Leaf[] memory ls = this.leaves();
        address r = recipientOf(i);
        uint64 nonce = uint64(i * 3);
        uint256 amount = ls[i].a;
        StateProof memory p = SmtModel.proof(ls, ls[i].key);
        bool honest = tamper % 4 != 0;
        if (!honest) amount += 1 + tamper % 1000;
        uint256 before = r.balance;
        try bridge.claimWithdrawal(_info, r, nonce, amount, p.siblings) {
            ++timesPaid[ls[i].key];
            if (timesPaid[ls[i].key] > 1) ghostPaidTwice = true;
            if (!honest || r.balance - before != ls[i].a) ghostPaidWrong = true;
            ghostPaid += amount;
        } catch {}
    }

    function deposit(uint256 amount) external {
        amount = (1 + amount % 10 gwei) * 1 gwei; // whole gwei, up to 10 ether
        vm.deal(address(this), amount);
        bridge.deposit{value: amount}(address(0xBEEF));
        ghostDeposited += amount;
    }
}

/// @notice A withdrawal pays once, for its exact amount, and the Bridge holds
/// everything deposited minus everything paid.
contract BridgeInvariants is Fixture {
    BridgeHandler internal handler;

    function setUp() public {
        deploySystem();
        stake(sequencer, PROPOSER_BOND);
        handler = new BridgeHandler(bridge);
        SmtModel.Leaf[] memory ls = new SmtModel.Leaf[](handler.keyCount() + 2);
        for (uint256 i = 0; i < handler.keyCount(); ++i) {
            address r = handler.recipientOf(i);
            ls[i] = SmtModel.Leaf(bridge.withdrawalKey(r, uint64(i * 3)), (i + 1) * 1 ether, uint160(r));
        }
        ls[handler.keyCount()] = SmtModel.Leaf(SmtModel.accountKey(address(1)), 5, 0);
        ls[handler.keyCount() + 1] = SmtModel.Leaf(SmtModel.accountKey(address(2)), 6, 1);
        address funder = makeAddr("funder");
        vm.deal(funder, 50 ether);
        vm.prank(funder, funder);
        bridge.deposit{value: 50 ether}(funder);
        BatchInfo memory info =
            append(sequencer, genesis(), L2State(SmtModel.root(ls), 1, 1, GENESIS_TIMESTAMP), 2, simpleData());
        vm.warp(block.timestamp + DISPUTE_WINDOW);
        rollup.finalize(info);
        handler.configure(info, ls, 50 ether);
        targetContract(address(handler));
        bytes4[] memory sel = new bytes4[](2);
        sel[0] = BridgeHandler.claim.selector;
        sel[1] = BridgeHandler.deposit.selector;
        targetSelector(FuzzSelector(address(handler), sel));
    }

    function invariant_withdrawalPaysOnce() public view {
        assertFalse(handler.ghostPaidTwice(), "paid twice");
        assertFalse(handler.ghostPaidWrong(), "paid a wrong amount");
    }

    function invariant_bridgeBalance() public view {
        assertEq(address(bridge).balance, handler.ghostDeposited() - handler.ghostPaid());
    }
}
