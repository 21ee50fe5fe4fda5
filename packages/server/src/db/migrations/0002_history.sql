-- The shared mechanism for mutable business rows (DESIGN.md, "Data"):
--  * every such table has id uuid, version, created_at/by, updated_at/by;
--  * an UPDATE must raise version by exactly one (optimistic locking is enforced by the database, so code
--    that forgets the version check cannot silently overwrite);
--  * every insert, update and delete is copied into row_history.
-- A module opts a table in with: SELECT mizan_enable_history('table_name');

CREATE TABLE row_history (
  id          bigserial PRIMARY KEY,
  table_name  text        NOT NULL,
  row_id      text        NOT NULL,
  version     integer     NOT NULL,
  operation   text        NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
  data        jsonb       NOT NULL,
  changed_at  timestamptz NOT NULL DEFAULT now(),
  changed_by  uuid
);
CREATE INDEX row_history_row_idx ON row_history (table_name, row_id, version);

CREATE FUNCTION mizan_check_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.version IS DISTINCT FROM OLD.version + 1 THEN
    RAISE EXCEPTION 'update of %.% must raise version from % to %, got %',
      TG_TABLE_NAME, OLD.id, OLD.version, OLD.version + 1, NEW.version
      USING ERRCODE = '40001';
  END IF;
  NEW.updated_at := now();
  RETURN NEW;
END $$;

CREATE FUNCTION mizan_record_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO row_history (table_name, row_id, version, operation, data, changed_by)
    VALUES (TG_TABLE_NAME, OLD.id::text, OLD.version, 'delete', to_jsonb(OLD), OLD.updated_by);
    RETURN OLD;
  END IF;
  INSERT INTO row_history (table_name, row_id, version, operation, data, changed_by)
  VALUES (TG_TABLE_NAME, NEW.id::text, NEW.version, lower(TG_OP), to_jsonb(NEW), NEW.updated_by);
  RETURN NEW;
END $$;

CREATE FUNCTION mizan_enable_history(target regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('CREATE TRIGGER mizan_check_version BEFORE UPDATE ON %s FOR EACH ROW EXECUTE FUNCTION mizan_check_version()', target);
  EXECUTE format('CREATE TRIGGER mizan_record_history AFTER INSERT OR UPDATE OR DELETE ON %s FOR EACH ROW EXECUTE FUNCTION mizan_record_history()', target);
END $$;
