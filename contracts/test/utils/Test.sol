// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @notice The forge cheatcodes the tests use.
interface Vm {
    struct SignedDelegation {
        uint8 v;
        bytes32 r;
        bytes32 s;
        uint64 nonce;
        address implementation;
    }

    struct Log {
        bytes32[] topics;
        bytes data;
        address emitter;
    }

    function warp(uint256) external;
    function roll(uint256) external;
    function blobhashes(bytes32[] calldata hashes) external;
    function deal(address, uint256) external;
    function prank(address) external;
    function prank(address msgSender, address txOrigin) external;
    function signAndAttachDelegation(address implementation, uint256 privateKey)
        external
        returns (SignedDelegation memory);
    function etch(address who, bytes calldata code) external;
    function store(address target, bytes32 slot, bytes32 value) external;
    function startPrank(address) external;
    function startPrank(address msgSender, address txOrigin) external;
    function stopPrank() external;
    function expectRevert() external;
    function expectRevert(bytes4) external;
    function expectRevert(bytes calldata) external;
    function expectEmit() external;
    function addr(uint256) external pure returns (address);
    function sign(uint256, bytes32) external pure returns (uint8, bytes32, bytes32);
    function assume(bool) external pure;
    function label(address, string calldata) external;
    function recordLogs() external;
    function getRecordedLogs() external returns (Log[] memory);
}

/// @notice A small test base: cheatcodes, assertions and helpers.
abstract contract Test {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    /// @dev Marks the contract as a test for forge.
    bool public IS_TEST = true;

    struct FuzzSelector {
        address addr;
        bytes4[] selectors;
    }

    address[] private _targetContracts;
    FuzzSelector[] private _targetSelectors;
    address[] private _targetSenders;

    function targetContracts() public view returns (address[] memory) {
        return _targetContracts;
    }

    function targetSelectors() public view returns (FuzzSelector[] memory) {
        return _targetSelectors;
    }

    function targetSenders() public view returns (address[] memory) {
        return _targetSenders;
    }

    function targetContract(address a) internal {
        _targetContracts.push(a);
    }

    function targetSelector(FuzzSelector memory s) internal {
        _targetSelectors.push(s);
    }

    function targetSender(address a) internal {
        _targetSenders.push(a);
    }

    error AssertionFailed(string what);

    /// @dev Printed by forge with -vv.
    event log_named_uint(string key, uint256 val);

    function fail(string memory what) internal pure {
        revert AssertionFailed(what);
    }

    function assertTrue(bool c) internal pure {
        if (!c) fail("expected true");
    }

    function assertTrue(bool c, string memory what) internal pure {
        if (!c) fail(what);
    }

    function assertFalse(bool c) internal pure {
        if (c) fail("expected false");
    }

    function assertFalse(bool c, string memory what) internal pure {
        if (c) fail(what);
    }

    function assertEq(uint256 a, uint256 b) internal pure {
        if (a != b) revert AssertionFailed(string.concat("uint ", _s(a), " != ", _s(b)));
    }

    function assertEq(uint256 a, uint256 b, string memory what) internal pure {
        if (a != b) revert AssertionFailed(string.concat(what, ": ", _s(a), " != ", _s(b)));
    }

    function assertEq(bytes32 a, bytes32 b) internal pure {
        if (a != b) revert AssertionFailed(string.concat("bytes32 ", _h(a), " != ", _h(b)));
    }

    function assertEq(bytes32 a, bytes32 b, string memory what) internal pure {
        if (a != b) revert AssertionFailed(string.concat(what, ": ", _h(a), " != ", _h(b)));
    }

    function assertEq(address a, address b) internal pure {
        if (a != b) fail("address mismatch");
    }

    function assertEq(bool a, bool b) internal pure {
        if (a != b) fail("bool mismatch");
    }

    function assertEq(bytes memory a, bytes memory b) internal pure {
        if (keccak256(a) != keccak256(b)) fail("bytes mismatch");
    }

    function assertLe(uint256 a, uint256 b, string memory what) internal pure {
        if (a > b) revert AssertionFailed(string.concat(what, ": ", _s(a), " > ", _s(b)));
    }

    function assertGe(uint256 a, uint256 b, string memory what) internal pure {
        if (a < b) revert AssertionFailed(string.concat(what, ": ", _s(a), " < ", _s(b)));
    }

    function bound(uint256 x, uint256 lo, uint256 hi) internal pure returns (uint256) {
        if (lo > hi) fail("bound: lo > hi");
        if (lo == 0 && hi == type(uint256).max) return x;
        return lo + x % (hi - lo + 1);
    }

    function makeAddr(string memory name) internal returns (address a) {
        a = vm.addr(uint256(keccak256(bytes(name))));
        vm.label(a, name);
    }

    function _s(uint256 x) internal pure returns (string memory) {
        if (x == 0) return "0";
        bytes memory b;
        while (x != 0) {
            b = abi.encodePacked(bytes1(uint8(48 + x % 10)), b);
            x /= 10;
        }
        return string(b);
    }

    function _h(bytes32 x) internal pure returns (string memory) {
        bytes memory s = new bytes(66);
        s[0] = "0";
        s[1] = "x";
        bytes16 digits = "0123456789abcdef";
        for (uint256 i = 0; i < 32; ++i) {
            s[2 + 2 * i] = digits[uint8(x[i]) >> 4];
            s[3 + 2 * i] = digits[uint8(x[i]) & 15];
        }
        return string(s);
    }
}
