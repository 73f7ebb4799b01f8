import { and, asc, eq, inArray } from '@pvr/db/orm';
import { schema } from '@pvr/db';
import { notFound } from '../../errors.ts';
import { byKey, defineLoader } from '../../loaders.ts';
import type { UserRow } from '../users/users.service.ts';
import { visibleCases } from './case-access.ts';
import type { CaseRow } from './cases.service.ts';

const { users, cases, caseMembers } = schema;

/** The public columns of a user (names, titles and roles of staff are public). */
export const userColumns = {
  id: users.id,
  fullName: users.fullName,
  email: users.email,
  title: users.title,
  role: users.role,
  status: users.status,
};

/** Responsible partners and note authors: one statement per page, whatever its size. */
export const usersById = defineLoader<string, UserRow>(async (ctx, ids) => {
  const rows = await ctx.db.select(userColumns).from(users).where(inArray(users.id, [...ids]));
  return byKey<string, UserRow | Error, UserRow>(ids, rows, (r) => r.id, () => notFound('User'), ([row]) => row as UserRow);
});

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
