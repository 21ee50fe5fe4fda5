-- The audit log: append-only and hash-chained. Each row carries the hash of the previous row and the hash of
-- its own content together with that previous hash, so an edited, removed or reordered row breaks the chain
-- (`mizan audit verify`). The database itself refuses UPDATE, DELETE and TRUNCATE.

CREATE TABLE audit_log (
  seq              bigint PRIMARY KEY,
  at               timestamptz NOT NULL,
  actor_id         uuid,
  actor_username   text,
  roles            text[] NOT NULL DEFAULT '{}',
  organisation_id  uuid,
  action           text NOT NULL,
  record_type      text,
  record_ids       text[] NOT NULL DEFAULT '{}',
  purpose          text,
  sensitivity      text,
  ip               text,
  request_id       text,
  outcome          text NOT NULL CHECK (outcome IN ('success', 'denied', 'failure')),
  details          jsonb NOT NULL DEFAULT '{}',
  prev_hash        text NOT NULL,
  hash             text NOT NULL
);
CREATE INDEX audit_log_at_idx ON audit_log (at);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_username, seq);
CREATE INDEX audit_log_action_idx ON audit_log (action, seq);
CREATE INDEX audit_log_record_idx ON audit_log USING gin (record_ids);

CREATE FUNCTION mizan_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = '42501';
END $$;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION mizan_audit_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION mizan_audit_append_only();
