-- A Teams conversation id (a personal chat's, a thread's) can pass 100 characters; the ledger allows 300 (ChatIds).
ALTER TABLE incident_channel ALTER COLUMN channel_id TYPE VARCHAR(300);
