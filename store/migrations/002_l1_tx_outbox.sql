-- The L1 transaction outbox of the transaction manager (l1client/txmgr). One row
-- per (sender, nonce): the intent is recorded before anything is signed or sent,
-- so a restart finds every nonce it ever handed out. Every signed attempt of a
-- nonce (fee bumps) is recorded in l1_tx_attempts before it is broadcast, so any
-- attempt that could have been mined is known after a crash.
CREATE TABLE l1_txs (
    sender              bytea         NOT NULL CHECK (length(sender) = 20),
    nonce               bigint        NOT NULL CHECK (nonce >= 0),
    -- Optional caller key ("batch-17"): a Send with a key that already has a row
    -- attaches to that row instead of posting again.
    idem_key            text,
    -- pending: not yet confirmed; confirmed: mined at confirmation depth (see
    -- receipt_status for success or revert); superseded: the nonce was used by a
    -- transaction outside the manager and the intent moved to superseded_by.
    state               text          NOT NULL DEFAULT 'pending'
                        CHECK (state IN ('pending', 'confirmed', 'superseded')),
    to_address          bytea         CHECK (to_address IS NULL OR length(to_address) = 20),
    data                bytea         NOT NULL,
    value               numeric(78,0) NOT NULL CHECK (value >= 0),
    gas_limit           bigint        NOT NULL CHECK (gas_limit > 0),
    superseded_by       bigint,
    receipt_tx_hash     bytea,
    receipt_block_number bigint,
    receipt_block_hash  bytea,
    receipt_status      smallint,
    gas_used            bigint,
    effective_gas_price numeric(78,0),
    created_at          timestamptz   NOT NULL DEFAULT now(),
    updated_at          timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (sender, nonce)
);

CREATE UNIQUE INDEX l1_txs_idem_key ON l1_txs (sender, idem_key)
    WHERE idem_key IS NOT NULL AND state <> 'superseded';
CREATE INDEX l1_txs_pending ON l1_txs (sender, nonce) WHERE state = 'pending';

CREATE TABLE l1_tx_attempts (
    sender      bytea         NOT NULL,
    nonce       bigint        NOT NULL,
    tx_hash     bytea         NOT NULL CHECK (length(tx_hash) = 32),
    raw         bytea         NOT NULL,
    gas_tip_cap numeric(78,0) NOT NULL,
    gas_fee_cap numeric(78,0) NOT NULL,
    created_at  timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (sender, nonce, tx_hash),
    FOREIGN KEY (sender, nonce) REFERENCES l1_txs (sender, nonce) ON DELETE CASCADE
);

COMMENT ON TABLE l1_txs IS 'L1 transaction outbox: one row per (sender, nonce), recorded before sending';
COMMENT ON TABLE l1_tx_attempts IS 'every signed attempt (fee bump) of an outbox nonce, recorded before broadcast';
