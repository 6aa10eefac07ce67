-- Verified checkpoints: for a batch the agent verified as valid, the leaves of
-- the state tree it changed (key ‖ a ‖ b, 96 bytes each). A restart rebuilds
-- the batch's end state from its start and these leaves instead of executing
-- the batch again; a snapshot after the batch makes them unneeded.
ALTER TABLE challenger_batches ADD COLUMN state_changes bytea
    CHECK (state_changes IS NULL OR length(state_changes) % 96 = 0);
COMMENT ON COLUMN challenger_batches.state_changes IS 'leaves a valid batch changed; NULL once a snapshot covers the batch';
