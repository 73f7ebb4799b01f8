import { and, asc, eq, inArray } from '@pvr/db/orm';
import { schema } from '@pvr/db';
import { notFound } from '../../errors.ts';
import { byKey, defineLoader } from '../../loaders.ts';
import type { UserRow } from '../users/users.service.ts';
import { userColumns } from '../users/users.loaders.ts';
import { visibleCases } from './case-access.ts';
import type { CaseRow } from './cases.service.ts';

const { users, cases, caseMembers } = schema;

export const membersByCase = defineLoader<string, UserRow[]>(async (ctx, caseIds) => {
  const rows = await ctx.db
    .select({ caseId: caseMembers.caseId, user: userColumns })
    .from(caseMembers)
    .innerJoin(users, eq(users.id, caseMembers.userId))
    .where(inArray(caseMembers.caseId, [...caseIds]))
    .orderBy(asc(users.fullName), asc(users.id));
  return byKey(caseIds, rows, (r) => r.caseId, () => [], (list) => list.map((r) => r.user));
});

/** The case of a note; limited to the cases the actor may reach, like every other read. */
export const casesById = defineLoader<string, CaseRow>(async (ctx, ids) => {
  const rows = await ctx.db.select().from(cases).where(and(inArray(cases.id, [...ids]), visibleCases(ctx)));
  return byKey<string, CaseRow | Error, CaseRow>(ids, rows, (r) => r.id, () => notFound('Case'), ([row]) => row as CaseRow);
});
