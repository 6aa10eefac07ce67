-- The batcher's additions to the batches table of 010_sequencer.sql.
--
-- The columns of 010 describe the claim as posted on L1 (post_state_root and
-- num_steps are what the header claims). The batcher adds the exact header it
-- posts, the honest values when fault injection altered the claim, the key
-- under which the L1 transaction manager sends the batch (l1_txs.idem_key), and
-- what it learned from L1: the BatchAppended record that finalize needs back,
-- confirmations, gas, and the times that make the latency metrics.
--
-- Invariants the batcher keeps:
--   * a row is written (status 'built', data and header) before anything is
--     sent for it, and send_key is written before the transaction manager is
--     asked to send it, so a restart finds every batch that could be on L1;
--   * the live rows (status <> 'reverted') have consecutive indexes and each
--     header's prev is the previous live row's post claim;
--   * l1_block_number/l1_block_hash are set only while the batch's
--     BatchAppended is in the canonical L1 chain as far as the batcher knows;
--     an L1 reorg clears them and sets the status back to 'sent'.
ALTER TABLE batches
    -- ABI encoding of the BatchHeader (index, prev, post, numSteps) posted.
    ADD COLUMN header                 bytea,
    -- The true post-state root and step count; they differ from
    -- post_state_root / num_steps only when a fault was injected.
    ADD COLUMN honest_post_state_root bytea CHECK (honest_post_state_root IS NULL OR length(honest_post_state_root) = 32),
    ADD COLUMN honest_num_steps       bigint,
    -- The injected fault (e.g. 'bad-root@3'), NULL for an honest batch.
    ADD COLUMN fault                  text,
    -- Whether the batch closed on size (else on age).
    ADD COLUMN full_batch             boolean NOT NULL DEFAULT false,
    -- Idempotency key of the current appendBatch attempt in l1_txs, and how
    -- many attempts there were (a new key only after an attempt reverted or
    -- was dropped by an L1 reorg and could not be restored).
    ADD COLUMN send_key               text,
    ADD COLUMN send_attempts          integer NOT NULL DEFAULT 0,
    -- L1 head when the batch was first sent; log searches start below it.
    ADD COLUMN l1_sent_block          bigint,
    ADD COLUMN l1_confirmations       bigint,
    -- keccak(abi.encode(BatchInfo)) and the BatchInfo itself (ABI encoded), as
    -- emitted in BatchAppended.
    ADD COLUMN l1_batch_hash          bytea CHECK (l1_batch_hash IS NULL OR length(l1_batch_hash) = 32),
    ADD COLUMN l1_batch_info          bytea,
    ADD COLUMN l1_gas_used            bigint,
    ADD COLUMN l1_gas_price           numeric(78,0),
    -- Seal time of the batch's first block, and when the batch closed, was
    -- first sent, was (last) included and became final.
    ADD COLUMN opened_at              timestamptz,
    ADD COLUMN closed_at              timestamptz,
    ADD COLUMN sent_at                timestamptz,
    ADD COLUMN included_at            timestamptz,
    ADD COLUMN final_at               timestamptz,
    -- The last error met while posting this batch, for operators.
    ADD COLUMN last_error             text;

-- The batcher scans the rows it still has to move towards final.
CREATE INDEX batches_unfinished ON batches (batch_index)
    WHERE status IN ('built', 'sent', 'included', 'confirmed', 'challenged');

COMMENT ON COLUMN batches.header IS 'ABI-encoded BatchHeader posted with appendBatch';
COMMENT ON COLUMN batches.send_key IS 'l1_txs.idem_key of the current appendBatch attempt';
COMMENT ON COLUMN batches.l1_batch_info IS 'ABI-encoded BatchInfo from BatchAppended, passed back to finalize';
