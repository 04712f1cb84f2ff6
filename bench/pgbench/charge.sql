-- SPDX-License-Identifier: GPL-3.0-or-later
-- One charge by hand, one statement at a time (pgbench -M prepared): debit, revenue credit, two
-- entries and an idempotency row, committed with synchronous_commit on. Every client charges the
-- same customer, as cabinet-bench-charges does with --projects 1.
BEGIN;
UPDATE accounts SET balance = balance - 100 WHERE id = 1 AND balance >= 100;
UPDATE accounts SET balance = balance + 100 WHERE id = 2;
INSERT INTO entries (account_id, amount) VALUES (1, -100);
INSERT INTO entries (account_id, amount) VALUES (2, 100);
INSERT INTO idempotency (key, body) VALUES (txid_current()::text, '{"status":201}');
END;
