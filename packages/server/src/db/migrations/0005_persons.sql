-- The base of the person registry (module persons). A person record is one registration of a person by a
-- source (a module, a case, an office); the registry's identity resolution (issue 3) links records into
-- identities. Names and documents are rows of their own: a record has several names, in several scripts.

CREATE TABLE persons_records (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id  uuid NOT NULL REFERENCES organisations (id),
  source_module    text NOT NULL,
  source_ref       text,
  sex              text CHECK (sex IN ('M', 'F', 'X')),
  -- Partial dates are common (year only): kept as written, with the year apart for filters.
  birth_date       text CHECK (birth_date ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
  birth_year       integer GENERATED ALWAYS AS (substr(birth_date, 1, 4)::integer) STORED,
  birth_place      text,
  nationalities    text[] NOT NULL DEFAULT '{}',
  phone            text,
  external_key     text UNIQUE,   -- the generator's key for demo records; an importer's source id
  version          integer NOT NULL DEFAULT 1,
  created_at       timestamptz NOT NULL DEFAULT now(),
  created_by       uuid,
  updated_at       timestamptz NOT NULL DEFAULT now(),
  updated_by       uuid
);
CREATE INDEX persons_records_org_idx ON persons_records (organisation_id);
CREATE INDEX persons_records_birth_year_idx ON persons_records (birth_year);
CREATE INDEX persons_records_nationalities_idx ON persons_records USING gin (nationalities);
SELECT mizan_enable_history('persons_records');

CREATE TABLE persons_names (
  id          bigserial PRIMARY KEY,
  record_id   uuid NOT NULL REFERENCES persons_records (id) ON DELETE CASCADE,
  script      text NOT NULL CHECK (script IN ('latin', 'arabic')),
  language    text,
  name_type   text NOT NULL CHECK (name_type IN ('primary', 'alias', 'previous', 'weak_alias')),
  given       text,
  father      text,
  family      text,
  full_name   text NOT NULL
);
CREATE INDEX persons_names_record_idx ON persons_names (record_id);
CREATE INDEX persons_names_trgm_idx ON persons_names USING gin (lower(full_name) gin_trgm_ops);

CREATE TABLE persons_documents (
  id               bigserial PRIMARY KEY,
  record_id        uuid NOT NULL REFERENCES persons_records (id) ON DELETE CASCADE,
  doc_type         text NOT NULL,
  number           text NOT NULL,
  issuing_country  text,
  expiry           date,
  mrz              text[]
);
CREATE INDEX persons_documents_record_idx ON persons_documents (record_id);
CREATE INDEX persons_documents_number_idx ON persons_documents (number);
