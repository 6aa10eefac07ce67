-- Queued transactions: signed transactions whose nonce is ahead of their
-- sender's account nonce, acknowledged (their hash returned) and waiting for
-- the gap to fill. A row is written in the commit group that acknowledges it
-- and deleted in the group that executes it, or when it expires or is evicted;
-- on restart the sequencer queues the rows again.
CREATE TABLE l2_queued_txs (
    hash        bytea       PRIMARY KEY CHECK (length(hash) = 32),
    sender      bytea       NOT NULL CHECK (length(sender) = 20),
    nonce       bigint      NOT NULL,
    raw         bytea       NOT NULL,
    received_at timestamptz NOT NULL,
    UNIQUE (sender, nonce)
);
COMMENT ON TABLE l2_queued_txs IS 'acknowledged transactions waiting for an earlier nonce of their sender';
