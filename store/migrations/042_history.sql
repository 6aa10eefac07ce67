-- Account history: the balance and nonce of every account a sealed block
-- changed, as of that block, so that state at an old block is one index
-- look-up (the newest row at or below it). Rows are written with the block's
-- seal. history_from is the first block with history: chains created before
-- this migration have none for their older blocks.
CREATE TABLE l2_account_history (
    address      bytea         NOT NULL CHECK (length(address) = 20),
    block_number bigint        NOT NULL,
    balance      numeric(78,0) NOT NULL,
    nonce        bigint        NOT NULL,
    PRIMARY KEY (address, block_number)
);
COMMENT ON TABLE l2_account_history IS 'balance and nonce of each account a sealed block changed, as of that block';

ALTER TABLE l2_chain ADD COLUMN history_from bigint NOT NULL DEFAULT 0;
UPDATE l2_chain SET history_from = coalesce((SELECT max(number) + 1 FROM l2_blocks), 0);
