import { queryRows, schema } from '@pvr/db';
import { sql } from '@pvr/db/orm';
import type { RequestContext } from '../../context.ts';
import { parseInput } from '../../validation.ts';
import { consentActivityInput } from './dashboard.inputs.ts';

const { candidateTotals, cases, consentEventTotals, processorAgreements, processors, subscribers } = schema;

export type ConsentActivityMonth = { month: string; granted: number; withdrawn: number };
export type AreaCounts = { candidates: number; openCases: number; subscribers: number; processors: number; processorsWithoutSignedAgreement: number };

/**
 * Grants and withdrawals per Oslo calendar month, from the monthly totals the consent triggers
 * keep (consent_event_totals: Oslo month × purpose × action), so a year is a read of a few
 * hundred rows, not of every event. Counts only: nothing personal is read, no audit entry is due.
 */
export async function consentActivity(ctx: RequestContext, rawInput: unknown): Promise<ConsentActivityMonth[]> {
  const { months } = parseInput(consentActivityInput, rawInput);
  const thisMonth = sql`date_trunc('month', now() at time zone 'Europe/Oslo')`;
  return queryRows<ConsentActivityMonth>(
    ctx.db,
    sql`
      select to_char(m.start, 'YYYY-MM-DD') as "month",
        coalesce(sum(t.events) filter (where t.action = 'granted'), 0)::int as "granted",
        coalesce(sum(t.events) filter (where t.action = 'withdrawn'), 0)::int as "withdrawn"
      from generate_series(${thisMonth} - make_interval(months => ${months - 1}), ${thisMonth}, interval '1 month') as m(start)
      left join ${consentEventTotals} t on t.month = m.start::date
      group by m.start
      order by m.start`,
  );
}

/** One statement for all areas' counts; candidates from their per-status totals (kept by triggers). */
export async function areaCounts(ctx: RequestContext): Promise<AreaCounts> {
  const [row] = await queryRows<AreaCounts>(
    ctx.db,
    sql`
      select
        (select coalesce(sum(${candidateTotals.candidates}), 0)::int from ${candidateTotals}) as "candidates",
        (select count(*)::int from ${cases} where status = 'open') as "openCases",
        (select count(*)::int from ${subscribers}) as "subscribers",
        (select count(*)::int from ${processors}) as "processors",
        (select count(*)::int from ${processors} p
          where p.has_personal_data_access
            and not exists (select 1 from ${processorAgreements} a where a.processor_id = p.id and a.status = 'signed')) as "processorsWithoutSignedAgreement"`,
  );
  if (!row) throw new Error('count query returned no row');
  return row;
}
