-- Ethereum headers: a block's hash is keccak256(rlp(header)), known only once
-- the block is sealed, so an open block has no hash and no parent hash yet.
-- The header's trie roots are stored with the seal (the withdrawals root, of
-- the block's ETH deposits, when it opens); NULL means the empty trie.
ALTER TABLE l2_blocks ALTER COLUMN hash DROP NOT NULL;
ALTER TABLE l2_blocks ALTER COLUMN parent_hash DROP NOT NULL;
ALTER TABLE l2_blocks ADD COLUMN tx_root bytea CHECK (tx_root IS NULL OR length(tx_root) = 32);
ALTER TABLE l2_blocks ADD COLUMN receipt_root bytea CHECK (receipt_root IS NULL OR length(receipt_root) = 32);
ALTER TABLE l2_blocks ADD COLUMN withdrawals_root bytea CHECK (withdrawals_root IS NULL OR length(withdrawals_root) = 32);
ALTER TABLE l2_blocks ADD CONSTRAINT l2_blocks_sealed_hashed CHECK (state_root IS NULL OR (hash IS NOT NULL AND parent_hash IS NOT NULL));
COMMENT ON TABLE l2_blocks IS 'L2 blocks: number, timestamp and items fixed at open; state root, trie roots and header hash at seal';
