// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {BatchContext, MachineState, Witness} from "../lib/Types.sol";

/// @notice The one-step prover as the ChallengeGame calls it.
interface IOneStepProver {
    /// @notice Kind of step (docs/protocol.md §6.2).
    enum Outcome {
        Halt,
        End,
        Skip,
        Apply
    }

    /// @notice Executes one step from `pre`; see OneStepProver.
    function executeStep(BatchContext calldata ctx, MachineState calldata pre, Witness calldata witness)
        external
        view
        returns (MachineState memory post, Outcome outcome);
}
