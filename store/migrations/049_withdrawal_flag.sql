-- A transaction that wrote a withdrawal leaf (docs/protocol.md §4): an ETH
-- transfer to WITHDRAWAL_ADDRESS or a token withdraw call that did not
-- revert. It lists an account's withdrawals of both kinds.
ALTER TABLE l2_transactions ADD COLUMN withdrawal boolean NOT NULL DEFAULT false;
UPDATE l2_transactions SET withdrawal = true WHERE recipient = '\x5757575757575757575757575757575757575757'::bytea;
