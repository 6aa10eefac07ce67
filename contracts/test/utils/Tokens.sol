// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @notice Tokens that break ERC-20 expectations in the ways the Bridge must survive.

/// @dev Keeps 1 % of every transfer.
contract FeeOnTransferToken {
    mapping(address => uint256) public balanceOf;

    function mint(address to, uint256 v) external {
        balanceOf[to] += v;
    }

    function transferFrom(address from, address to, uint256 v) external returns (bool) {
        balanceOf[from] -= v;
        balanceOf[to] += v - v / 100;
        return true;
    }

    function transfer(address to, uint256 v) external returns (bool) {
        balanceOf[msg.sender] -= v;
        balanceOf[to] += v - v / 100;
        return true;
    }
}

/// @dev Returns nothing from transfer and transferFrom (like USDT), and has
/// bytes32 metadata (like MKR).
contract NoReturnToken {
    mapping(address => uint256) public balanceOf;
    bytes32 public constant name = "Maker";
    bytes32 public constant symbol = "MKR";

    function mint(address to, uint256 v) external {
        balanceOf[to] += v;
    }

    function transferFrom(address from, address to, uint256 v) external {
        balanceOf[from] -= v;
        balanceOf[to] += v;
    }

    function transfer(address to, uint256 v) external {
        balanceOf[msg.sender] -= v;
        balanceOf[to] += v;
    }
}

/// @dev Returns false instead of reverting, and has no metadata at all.
contract FalseToken {
    mapping(address => uint256) public balanceOf;

    function transferFrom(address, address, uint256) external pure returns (bool) {
        return false;
    }
}

/// @dev Calls back into the Bridge from transferFrom once armed, and keeps what the
/// nested call returned or reverted with.
contract ReentrantToken {
    mapping(address => uint256) public balanceOf;
    address public target;
    bytes public callData;
    bool public nestedOk;
    bytes public nestedResult;

    function mint(address to, uint256 v) external {
        balanceOf[to] += v;
    }

    function arm(address t, bytes calldata d) external {
        target = t;
        callData = d;
    }

    function transferFrom(address from, address to, uint256 v) external returns (bool) {
        if (target != address(0)) {
            address t = target;
            target = address(0);
            (nestedOk, nestedResult) = t.call(callData);
        }
        balanceOf[from] -= v;
        balanceOf[to] += v;
        return true;
    }
}
