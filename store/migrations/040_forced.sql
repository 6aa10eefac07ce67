-- Forced L2 transactions (Bridge.forceTransaction) share the L1 queue with
-- deposits: the queue entry's row has recipient zero, amount zero and the
-- transaction in forced_tx (l2.ForcedTx's 197-byte binary form).
ALTER TABLE l1_deposits ADD COLUMN forced_tx bytea CHECK (forced_tx IS NULL OR length(forced_tx) = 197);
ALTER TABLE l1_deposits DROP CONSTRAINT l1_deposits_amount_check;
ALTER TABLE l1_deposits ADD CONSTRAINT l1_deposits_amount_check CHECK (amount > 0 OR (amount = 0 AND forced_tx IS NOT NULL));
COMMENT ON COLUMN l1_deposits.forced_tx IS 'a forced L2 transaction (TransactionForced) instead of a deposit';

ALTER TABLE challenger_deposits ADD COLUMN forced_tx bytea CHECK (forced_tx IS NULL OR length(forced_tx) = 197);
