-- Token state history: the value of every token leaf (a token balance, keyed
-- by its state key keccak(0x54 ‖ token ‖ owner), or a token's supply, keyed
-- by keccak(0x52 ‖ token); docs/protocol.md §3.1) a sealed block changed, as
-- of that block, so that eth_call on a token at an old block is one index
-- look-up, as l2_account_history is for accounts.
CREATE TABLE l2_token_history (
    leaf_key     bytea         NOT NULL CHECK (length(leaf_key) = 32),
    block_number bigint        NOT NULL,
    value        numeric(78,0) NOT NULL,
    PRIMARY KEY (leaf_key, block_number)
);
COMMENT ON TABLE l2_token_history IS 'token balances and supplies each sealed block changed, as of that block';
