-- SPDX-License-Identifier: GPL-3.0-or-later
-- One charge by hand, one statement at a time (pgbench -M prepared): debit, revenue credit, two
-- entries and an idempotency row, committed with synchronous_commit on. Each charge picks one of
-- :projects customers and one of the 16 revenue rows at random, as cabinet-bench-charges spreads
-- its charges over --projects projects and the server over its revenue shards.
\set customer random(1, :projects)
\set revenue random(1001, 1016)
BEGIN;
UPDATE accounts SET balance = balance - 100 WHERE id = :customer AND balance >= 100;
UPDATE accounts SET balance = balance + 100 WHERE id = :revenue;
INSERT INTO entries (account_id, amount) VALUES (:customer, -100);
INSERT INTO entries (account_id, amount) VALUES (:revenue, 100);
INSERT INTO idempotency (key, body) VALUES (txid_current()::text, '{"status":201}');
END;
