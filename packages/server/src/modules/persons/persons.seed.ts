import { generatePeople, type DemoPerson } from '@mizan/demo';
import type { AppContext } from '../../platform/context';
import { insertPersonRecords, type NewPersonRecord } from './persons.repo';

const BATCH = 500;

/** Demo people are registered by the foreigners' offices and border posts, spread deterministically by index. */
async function registeringOrganisations(ctx: AppContext): Promise<string[]> {
  const rows = await ctx.db.selectFrom('organisations').select('id').where('kind', 'in', ['office', 'border_post']).orderBy('code').execute();
  if (rows.length) return rows.map((r) => r.id);
  return (await ctx.db.selectFrom('organisations').select('id').orderBy('code').limit(1).execute()).map((r) => r.id);
}

export function toRecord(person: DemoPerson, organisationId: string): NewPersonRecord {
  return {
    organisationId,
    sourceModule: 'demo',
    externalKey: person.key,
    sex: person.sex,
    birthDate: person.birthDate,
    birthPlace: person.birthPlace ?? null,
    nationalities: [person.nationality],
    phone: person.phone ?? null,
    names: person.names.map((n) => ({
      script: n.script,
      language: n.language,
      type: n.type,
      given: n.given,
      father: n.father ?? null,
      family: n.family,
      full: n.full,
    })),
    documents: person.documents.map((d) => ({
      type: d.type,
      number: d.number,
      issuingCountry: d.issuingCountry,
      expiry: d.expiry ?? null,
      mrz: d.mrz ? [...d.mrz] : null,
    })),
  };
}

/**
 * Adds `size` generated people, continuing after those already loaded (so `seed --demo` twice adds more, never the
 * same ones twice). Streams the generator in batches: memory does not grow with the size.
 */
export async function seedDemoPersons(ctx: AppContext, options: { size: number; seed?: string | undefined; log?: (line: string) => void }): Promise<number> {
  const organisations = await registeringOrganisations(ctx);
  const already = Number(
    (await ctx.db.selectFrom('persons_records').select((eb) => eb.fn.countAll<string>().as('n')).where('source_module', '=', 'demo').executeTakeFirstOrThrow()).n,
  );
  let batch: NewPersonRecord[] = [];
  let index = already;
  let done = 0;
  const flush = async () => {
    if (!batch.length) return;
    const records = batch;
    batch = [];
    await ctx.db.transaction().execute((tx) => insertPersonRecords(tx, records, null));
    done += records.length;
    if (options.log && options.size >= 20_000 && done % 20_000 < BATCH) options.log(`  ${done} / ${options.size} persons`);
  };
  for (const person of generatePeople({ seed: options.seed ?? 'mizan-demo', count: options.size, startIndex: already })) {
    batch.push(toRecord(person, organisations[index % organisations.length]!));
    index++;
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return done;
}
