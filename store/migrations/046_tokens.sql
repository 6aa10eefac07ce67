-- Bridged ERC-20 tokens (docs/protocol.md §2.4, §4). A token deposit is a queue
-- entry whose token column names its L1 token (amount is then in that token);
-- forced transactions carry their token in the 217-byte form of l2.ForcedTx
-- (the 197-byte form, without it, is an ETH transfer).
ALTER TABLE l1_deposits ADD COLUMN token bytea CHECK (token IS NULL OR length(token) = 20);
COMMENT ON COLUMN l1_deposits.token IS 'the L1 token of a token deposit (TokenDepositQueued), NULL for ETH';
ALTER TABLE l1_deposits DROP CONSTRAINT l1_deposits_forced_tx_check;
ALTER TABLE l1_deposits ADD CONSTRAINT l1_deposits_forced_tx_check CHECK (forced_tx IS NULL OR length(forced_tx) IN (197, 217));

ALTER TABLE challenger_deposits ADD COLUMN token bytea CHECK (token IS NULL OR length(token) = 20);
ALTER TABLE challenger_deposits DROP CONSTRAINT challenger_deposits_forced_tx_check;
ALTER TABLE challenger_deposits ADD CONSTRAINT challenger_deposits_forced_tx_check CHECK (forced_tx IS NULL OR length(forced_tx) IN (197, 217));

-- The tokens the Bridge registered (TokenRegistered), with the metadata it read
-- at the first deposit. A token's metadata never changes; rows are kept across
-- L1 reorgs (the same contract registers with the same answers again).
CREATE TABLE l2_tokens (
    l1_token        bytea    PRIMARY KEY CHECK (length(l1_token) = 20),
    l2_token        bytea    NOT NULL UNIQUE CHECK (length(l2_token) = 20),
    name            text     NOT NULL,
    symbol          text     NOT NULL,
    decimals        smallint NOT NULL CHECK (decimals BETWEEN 0 AND 255),
    l1_block_number bigint   NOT NULL
);
COMMENT ON TABLE l2_tokens IS 'bridged ERC-20 tokens: L1 and L2 addresses and metadata (Bridge.TokenRegistered)';
