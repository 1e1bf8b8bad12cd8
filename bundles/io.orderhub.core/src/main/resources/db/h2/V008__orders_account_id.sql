-- Export selection pages through an account's orders by id (keyset: account_id = ? AND id > ? ORDER BY id
-- LIMIT ?). Without this index each page read every candidate of the account through orders_account_updated
-- and sorted them, so selecting 100,000 orders read 100,000 rows 200 times.

CREATE INDEX orders_account_id ON orders (account_id, id);
