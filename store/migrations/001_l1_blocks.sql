-- L1 blocks processed by each reorg-safe L1 follower (l1client/follow). A
-- follower's progress is its highest row; a block whose parent hash does not
-- match the row below it marks a reorg, and every row above the fork point is
-- deleted together with the rows the follower derived from those blocks.
CREATE TABLE l1_blocks (
    follower     text        NOT NULL,
    number       bigint      NOT NULL CHECK (number >= 0),
    hash         bytea       NOT NULL CHECK (length(hash) = 32),
    parent_hash  bytea       NOT NULL CHECK (length(parent_hash) = 32),
    time         bigint      NOT NULL,
    log_count    integer     NOT NULL DEFAULT 0,
    processed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (follower, number)
);

COMMENT ON TABLE l1_blocks IS 'L1 blocks processed by each L1 follower: number, hash and parent hash for reorg detection';
