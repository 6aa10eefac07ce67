-- Receipts of token calls (docs/protocol.md §2.4): a reverted call has
-- failed = true (status 0); cumulative_gas is the block's gas up to and
-- including the transaction, log_index the block-wide index of its Transfer
-- log (NULL: it emits none). Rows written before this migration are ETH
-- transfers: NULL cumulative_gas means (block_index + 1) × 21,000.
ALTER TABLE l2_transactions ADD COLUMN failed boolean NOT NULL DEFAULT false;
ALTER TABLE l2_transactions ADD COLUMN cumulative_gas bigint;
ALTER TABLE l2_transactions ADD COLUMN log_index integer;
-- A partial index serves eth_getLogs: the transactions that emitted a log, by block.
CREATE INDEX l2_transactions_logs ON l2_transactions (block_number, recipient) WHERE log_index IS NOT NULL;

-- A sealed block's gas used and logs bloom; NULL gas_used (older rows) means
-- tx_count × 21,000 and NULL logs_bloom an empty bloom.
ALTER TABLE l2_blocks ADD COLUMN gas_used bigint;
ALTER TABLE l2_blocks ADD COLUMN logs_bloom bytea CHECK (logs_bloom IS NULL OR length(logs_bloom) = 256);
