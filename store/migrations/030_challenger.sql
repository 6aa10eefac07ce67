-- Progress of the challenger and defender agents (fraudproof). Each agent is a
-- name (one per signing key and deployment); every row it derives from L1
-- carries the L1 block it came from, so an L1 reorg deletes the rows above the
-- fork point (and undoes reverts recorded there), and a restart resumes from
-- the cursor with the state rebuilt from a snapshot plus the stored batches.

CREATE TABLE challenger_agents (
    agent       text        PRIMARY KEY,
    -- The Rollup contract followed: an agent never mixes two deployments.
    rollup      bytea       NOT NULL CHECK (length(rollup) = 20),
    -- The last L1 block whose logs are fully processed.
    l1_number   bigint      NOT NULL CHECK (l1_number >= 0),
    l1_hash     bytea       NOT NULL CHECK (length(l1_hash) = 32),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

-- Recent processed L1 blocks (range ends and blocks with logs), to find the
-- fork point of a reorg. Pruned far behind the cursor.
CREATE TABLE challenger_l1_blocks (
    agent   text   NOT NULL REFERENCES challenger_agents (agent) ON DELETE CASCADE,
    number  bigint NOT NULL,
    hash    bytea  NOT NULL CHECK (length(hash) = 32),
    PRIMARY KEY (agent, number)
);

-- The Bridge's deposit queue as seen in DepositQueued.
CREATE TABLE challenger_deposits (
    agent         text          NOT NULL REFERENCES challenger_agents (agent) ON DELETE CASCADE,
    idx           bigint        NOT NULL CHECK (idx >= 0),
    recipient     bytea         NOT NULL CHECK (length(recipient) = 20),
    amount        numeric(78,0) NOT NULL CHECK (amount >= 0),
    l1_timestamp  bigint        NOT NULL,
    l1_block      bigint        NOT NULL,
    PRIMARY KEY (agent, idx)
);
CREATE INDEX challenger_deposits_block ON challenger_deposits (agent, l1_block);

-- Every BatchAppended seen, with the batch data read from the posting
-- transaction and the agent's verdict. A batch is current while
-- reverted_block is null.
CREATE TABLE challenger_batches (
    agent           text        NOT NULL REFERENCES challenger_agents (agent) ON DELETE CASCADE,
    l1_block        bigint      NOT NULL,
    log_index       integer     NOT NULL,
    batch_index     bigint      NOT NULL CHECK (batch_index >= 0),
    batch_hash      bytea       NOT NULL CHECK (length(batch_hash) = 32),
    -- abi.encode(BatchInfo), the event's data, whose keccak is batch_hash.
    info            bytea       NOT NULL,
    tx_hash         bytea       NOT NULL CHECK (length(tx_hash) = 32),
    data            bytea,
    reverted_block  bigint,
    verdict         text        NOT NULL CHECK (verdict IN ('valid', 'invalid', 'unverified')),
    reason          text        NOT NULL DEFAULT '',
    steps           bigint      NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (agent, l1_block, log_index)
);
CREATE INDEX challenger_batches_current ON challenger_batches (agent, batch_index) WHERE reverted_block IS NULL;

-- Snapshots of the honest L2 state after a batch: the leaves of the state tree
-- (key ‖ a ‖ b, 96 bytes each). A snapshot is used only while its batch is
-- still current.
CREATE TABLE challenger_snapshots (
    agent             text        NOT NULL REFERENCES challenger_agents (agent) ON DELETE CASCADE,
    batch_index       bigint      NOT NULL,
    batch_hash        bytea       NOT NULL CHECK (length(batch_hash) = 32),
    state_root        bytea       NOT NULL CHECK (length(state_root) = 32),
    deposits_consumed bigint      NOT NULL,
    block_number      bigint      NOT NULL,
    timestamp         bigint      NOT NULL,
    leaf_count        integer     NOT NULL,
    leaves            bytea       NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (agent, batch_index)
);

-- Games seen in GameOpened, and how they ended (GameResolved).
CREATE TABLE challenger_games (
    agent           text        NOT NULL REFERENCES challenger_agents (agent) ON DELETE CASCADE,
    game_id         bigint      NOT NULL CHECK (game_id >= 0),
    batch_index     bigint      NOT NULL,
    batch_hash      bytea       NOT NULL CHECK (length(batch_hash) = 32),
    challenger      bytea       NOT NULL CHECK (length(challenger) = 20),
    proposer        bytea       NOT NULL CHECK (length(proposer) = 20),
    num_steps       bigint      NOT NULL,
    opened_block    bigint      NOT NULL,
    status          text        NOT NULL DEFAULT 'active'
                    CHECK (status IN ('active', 'proposer_won', 'challenger_won', 'cancelled')),
    resolved_block  bigint,
    PRIMARY KEY (agent, game_id)
);

COMMENT ON TABLE challenger_agents IS 'fraudproof agents: followed Rollup and L1 cursor';
COMMENT ON TABLE challenger_batches IS 'batches seen on L1 with their data and verdict; current while reverted_block is null';
COMMENT ON TABLE challenger_snapshots IS 'honest L2 state after a batch, for restarts (snapshot + replay)';
COMMENT ON TABLE challenger_games IS 'bisection games seen on L1';
