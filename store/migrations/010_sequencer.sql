-- The sequencer's system of record: L2 blocks and transactions in their global
-- order, deposits seen on L1, state snapshots for fast restarts, and the batch
-- table that the batcher fills and the sequencer's API reads.
--
-- Invariants the sequencer relies on:
--   * l2_transactions.seq is the global execution order, dense from 1; a row is
--     written before its transaction is acknowledged and is never changed.
--   * (sender, nonce) is unique: the same transaction can never be stored twice.
--   * an L2 block's transactions are seq first_seq .. first_seq+tx_count-1 and
--     its deposits are queue indexes deposit_first .. deposit_first+deposit_count-1,
--     executed before its transactions; state_root is NULL while it is open.

-- Chain parameters the database was created with; the sequencer refuses to start
-- against a database made for other parameters.
CREATE TABLE l2_chain (
    id                smallint      PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    chain_id          bigint        NOT NULL,
    base_fee          numeric(78,0) NOT NULL,
    fee_recipient     bytea         NOT NULL CHECK (length(fee_recipient) = 20),
    genesis_timestamp bigint        NOT NULL,
    -- Unbacked development allocation ([{"address": "0x..", "balance": "123"}]),
    -- empty in every deployment whose funds come from L1.
    genesis_alloc     jsonb         NOT NULL DEFAULT '[]',
    created_at        timestamptz   NOT NULL DEFAULT now()
);

CREATE TABLE l2_blocks (
    number        bigint      PRIMARY KEY CHECK (number >= 0),
    hash          bytea       NOT NULL UNIQUE CHECK (length(hash) = 32),
    parent_hash   bytea       NOT NULL CHECK (length(parent_hash) = 32),
    timestamp     bigint      NOT NULL,
    first_seq     bigint      NOT NULL,
    tx_count      integer     NOT NULL DEFAULT 0,
    deposit_first bigint      NOT NULL,
    deposit_count integer     NOT NULL DEFAULT 0,
    -- NULL while the block is open; the state root after its last item once sealed.
    state_root    bytea       CHECK (state_root IS NULL OR length(state_root) = 32),
    opened_at     timestamptz NOT NULL DEFAULT now(),
    sealed_at     timestamptz
);

-- The batcher reads sealed blocks in order.
CREATE INDEX l2_blocks_open ON l2_blocks (number) WHERE state_root IS NULL;

CREATE TABLE l2_transactions (
    seq          bigint      PRIMARY KEY CHECK (seq > 0),
    hash         bytea       NOT NULL CHECK (length(hash) = 32),
    block_number bigint      NOT NULL,
    block_index  integer     NOT NULL,
    sender       bytea       NOT NULL CHECK (length(sender) = 20),
    nonce        bigint      NOT NULL CHECK (nonce >= 0),
    recipient    bytea       NOT NULL CHECK (length(recipient) = 20),
    -- The signed envelope (EIP-2718 binary form) as received.
    raw          bytea       NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (sender, nonce)
);

CREATE INDEX l2_transactions_hash ON l2_transactions USING hash (hash);

-- Deposits from the Bridge's DepositQueued events. l1_block_number/hash name the
-- L1 block the event came from: an L1 reorg deletes every row above the fork
-- point that no L2 block has consumed (l2_block IS NULL).
CREATE TABLE l1_deposits (
    queue_index     bigint        PRIMARY KEY CHECK (queue_index >= 0),
    l1_block_number bigint        NOT NULL,
    l1_block_hash   bytea         NOT NULL CHECK (length(l1_block_hash) = 32),
    l1_tx_hash      bytea         NOT NULL CHECK (length(l1_tx_hash) = 32),
    l1_log_index    integer       NOT NULL,
    l1_sender       bytea         NOT NULL CHECK (length(l1_sender) = 20),
    recipient       bytea         NOT NULL CHECK (length(recipient) = 20),
    amount          numeric(78,0) NOT NULL CHECK (amount > 0),
    l1_timestamp    bigint        NOT NULL,
    -- The L2 block that consumed the deposit, NULL until then.
    l2_block        bigint,
    created_at      timestamptz   NOT NULL DEFAULT now()
);

CREATE INDEX l1_deposits_l1_block ON l1_deposits (l1_block_number);

-- Periodic copies of the whole state (every leaf), so a restart replays only the
-- transactions after the newest one. data is a sequence of 96-byte leaves
-- key ‖ a ‖ b in key order.
CREATE TABLE l2_state_snapshots (
    block_number      bigint      PRIMARY KEY,
    last_seq          bigint      NOT NULL,
    deposits_consumed bigint      NOT NULL,
    state_root        bytea       NOT NULL CHECK (length(state_root) = 32),
    leaf_count        bigint      NOT NULL,
    data              bytea       NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now()
);

-- Batches built and posted by the batcher. A batch index is reused only after
-- the earlier batch with that index was reverted by a lost dispute, so the live
-- row of an index is the one whose status is not 'reverted'.
CREATE TABLE batches (
    id                bigserial     PRIMARY KEY,
    batch_index       bigint        NOT NULL CHECK (batch_index >= 0),
    first_block       bigint        NOT NULL,
    last_block        bigint        NOT NULL CHECK (last_block >= first_block),
    status            text          NOT NULL DEFAULT 'built'
                      CHECK (status IN ('built', 'sent', 'included', 'confirmed', 'final', 'challenged', 'reverted')),
    data              bytea         NOT NULL,
    data_size         integer       NOT NULL,
    num_steps         bigint        NOT NULL DEFAULT 0,
    tx_count          integer       NOT NULL DEFAULT 0,
    deposit_count     integer       NOT NULL DEFAULT 0,
    prev_state_root   bytea         NOT NULL CHECK (length(prev_state_root) = 32),
    post_state_root   bytea         NOT NULL CHECK (length(post_state_root) = 32),
    deposits_consumed bigint        NOT NULL DEFAULT 0,
    -- The L1 side, filled as the batch moves through sent/included/confirmed.
    l1_tx_hash        bytea         CHECK (l1_tx_hash IS NULL OR length(l1_tx_hash) = 32),
    l1_block_number   bigint,
    l1_block_hash     bytea         CHECK (l1_block_hash IS NULL OR length(l1_block_hash) = 32),
    -- L1 timestamp of appendBatch; the batch can be challenged until challenge_deadline.
    l1_timestamp      bigint,
    challenge_deadline bigint,
    created_at        timestamptz   NOT NULL DEFAULT now(),
    updated_at        timestamptz   NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX batches_live_index ON batches (batch_index) WHERE status <> 'reverted';
CREATE INDEX batches_blocks ON batches (last_block) WHERE status <> 'reverted';

COMMENT ON TABLE l2_chain IS 'chain parameters the sequencer database was created with';
COMMENT ON TABLE l2_blocks IS 'L2 blocks: header fields fixed at open, state root at seal';
COMMENT ON TABLE l2_transactions IS 'acknowledged L2 transactions in global order (seq)';
COMMENT ON TABLE l1_deposits IS 'Bridge deposits followed from L1 (DepositQueued), with their L1 block';
COMMENT ON TABLE l2_state_snapshots IS 'whole-state snapshots taken at sealed blocks, for restart';
COMMENT ON TABLE batches IS 'batches built and posted by the batcher, with their L1 status';
