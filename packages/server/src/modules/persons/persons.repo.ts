import { sql } from 'kysely';
import type { Executor } from '../../db/kysely';
import type { RecordScopeFilter } from '../../platform/authz/policies';

/** The records within an actor's reach, as SQL over persons_records. Referrals arrive with the modules that make them. */
function scopeCondition(scope: RecordScopeFilter) {
  switch (scope.kind) {
    case 'national':
      return sql`true`;
    case 'office':
      return sql`organisation_id = ${scope.organisationId}`;
    case 'region':
      return sql`(organisation_id = ${scope.organisationId} OR organisation_id IN (SELECT id FROM organisations WHERE region = ${scope.region}))`;
    case 'referred':
      return sql`false`;
  }
}

/** A person record as a source registered it, ready to store (the registry's write model). */
export interface NewPersonRecord {
  organisationId: string;
  sourceModule: string;
  sourceRef?: string | null;
  externalKey?: string | null;
  sex: 'M' | 'F' | 'X' | null;
  birthDate: string | null;
  birthPlace?: string | null;
  nationalities: string[];
  phone?: string | null;
  names: Array<{
    script: 'latin' | 'arabic';
    language: string | null;
    type: 'primary' | 'alias' | 'previous' | 'weak_alias';
    given?: string | null;
    father?: string | null;
    family?: string | null;
    full: string;
  }>;
  documents: Array<{ type: string; number: string; issuingCountry?: string | null; expiry?: string | null; mrz?: string[] | null }>;
}

/** Inserts records with their names and documents in three multi-row statements. Returns the new ids in order. */
export async function insertPersonRecords(tx: Executor, records: readonly NewPersonRecord[], actorId: string | null): Promise<string[]> {
  if (records.length === 0) return [];
  const inserted = await tx
    .insertInto('persons_records')
    .values(
      records.map((r) => ({
        organisation_id: r.organisationId,
        source_module: r.sourceModule,
        source_ref: r.sourceRef ?? null,
        external_key: r.externalKey ?? null,
        sex: r.sex,
        birth_date: r.birthDate,
        birth_place: r.birthPlace ?? null,
        nationalities: r.nationalities,
        phone: r.phone ?? null,
        created_by: actorId,
        updated_by: actorId,
      })),
    )
    .returning('id')
    .execute();
  const ids = inserted.map((row) => row.id);
  const names = records.flatMap((r, i) =>
    r.names.map((n) => ({
      record_id: ids[i]!,
      script: n.script,
      language: n.language,
      name_type: n.type,
      given: n.given ?? null,
      father: n.father ?? null,
      family: n.family ?? null,
      full_name: n.full,
    })),
  );
  if (names.length) await tx.insertInto('persons_names').values(names).execute();
  const documents = records.flatMap((r, i) =>
    r.documents.map((d) => ({
      record_id: ids[i]!,
      doc_type: d.type,
      number: d.number,
      issuing_country: d.issuingCountry ?? null,
      expiry: d.expiry ?? null,
      mrz: d.mrz ?? null,
    })),
  );
  if (documents.length) await tx.insertInto('persons_documents').values(documents).execute();
  return ids;
}

/**
 * How many records, and how many of minors: born less than 18 years ago; with a partial date, the date is taken
 * at its latest possible day (a year-only 2008 counts as a minor until the end of 2026), erring on the side of
 * protection.
 */
export async function countPersonRecords(db: Executor, scope: RecordScopeFilter): Promise<{ records: number; minors: number }> {
  const { rows } = await sql<{ records: string; minors: string }>`
    SELECT count(*) AS records,
           count(*) FILTER (WHERE latest_birth > (current_date - interval '18 years')) AS minors
    FROM (
      SELECT CASE
               WHEN birth_date IS NULL THEN NULL
               WHEN length(birth_date) = 10 THEN birth_date::date
               WHEN length(birth_date) = 7 THEN (birth_date || '-01')::date + interval '1 month' - interval '1 day'
               ELSE make_date(birth_year, 12, 31)
             END AS latest_birth
      FROM persons_records
      WHERE ${scopeCondition(scope)}
    ) AS dated`.execute(db);
  return { records: Number(rows[0]?.records ?? 0), minors: Number(rows[0]?.minors ?? 0) };
}
