import { connectPostgres } from '../lib/connect.ts';

/** The schema PostGraphile is given beside `public`; bench databases only, never a migration. */
export const genericSchema = 'pvr_generic';

/**
 * A generic server has no notion of "current consent": it is given one computed column, as a
 * PostGraphile user would write it, so that it can answer the same question the API answers
 * (the latest event per purpose and case). Run as the database owner before the server starts.
 */
export async function installGenericSchema(databaseUrl: string): Promise<void> {
  const sql = connectPostgres(databaseUrl, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    await sql.unsafe(`
      create schema if not exists ${genericSchema};
      create or replace function ${genericSchema}.candidates_current_consents(c public.candidates)
        returns setof public.consent_events stable language sql as $$
          select distinct on (e.purpose, e.case_id) e.* from public.consent_events e
          where e.candidate_id = c.id
          order by e.purpose, e.case_id, e.occurred_at desc, e.id desc
        $$;
      grant usage on schema ${genericSchema} to pvr_app;
      grant execute on function ${genericSchema}.candidates_current_consents(public.candidates) to pvr_app;
    `);
  } finally {
    await sql.end({ timeout: 5 });
  }
}
