import { queryRows, schema } from '@pvr/db';
import { sql } from '@pvr/db/orm';
import type { RequestContext } from '../../context.ts';
import { parseInput } from '../../validation.ts';
import { consentActivityInput } from './dashboard.inputs.ts';

const { candidates, cases, consentEvents, processorAgreements, processors, subscribers } = schema;

export type ConsentActivityMonth = { month: string; granted: number; withdrawn: number };
export type AreaCounts = { candidates: number; openCases: number; subscribers: number; processors: number; processorsWithoutSignedAgreement: number };

/**
 * Grants and withdrawals per Oslo calendar month: one aggregate statement over the occurred-at
 * index. Counts only, so nothing personal is read and no audit entry is due.
 */
export async function consentActivity(ctx: RequestContext, rawInput: unknown): Promise<ConsentActivityMonth[]> {
  const { months } = parseInput(consentActivityInput, rawInput);
  const thisMonth = sql`date_trunc('month', now() at time zone 'Europe/Oslo')`;
  return queryRows<ConsentActivityMonth>(
    ctx.db,
    sql`
      select to_char(m.start, 'YYYY-MM-DD') as "month",
        count(e.id) filter (where e.action = 'granted')::int as "granted",
        count(e.id) filter (where e.action = 'withdrawn')::int as "withdrawn"
      from generate_series(${thisMonth} - make_interval(months => ${months - 1}), ${thisMonth}, interval '1 month') as m(start)
      left join ${consentEvents} e
        on e.occurred_at >= (m.start at time zone 'Europe/Oslo')
       and e.occurred_at < ((m.start + interval '1 month') at time zone 'Europe/Oslo')
      group by m.start
      order by m.start`,
  );
}

/** One statement for all areas' counts. */
export async function areaCounts(ctx: RequestContext): Promise<AreaCounts> {
  const [row] = await queryRows<AreaCounts>(
    ctx.db,
    sql`
      select
        (select count(*)::int from ${candidates}) as "candidates",
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
