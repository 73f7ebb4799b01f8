import { inArray } from '@pvr/db/orm';
import { schema } from '@pvr/db';
import { notFound } from '../../errors.ts';
import { byKey, defineLoader } from '../../loaders.ts';
import type { UserRow } from './users.service.ts';

const { users } = schema;

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
  // The actor's own row came with the session (auth/sessions.ts).
  const own = ctx.actor?.profile;
  const others = own ? ids.filter((id) => id !== own.id) : ids;
  const rows: UserRow[] = others.length > 0 ? await ctx.db.select(userColumns).from(users).where(inArray(users.id, [...others])) : [];
  if (own && others.length < ids.length) rows.push(own);
  return byKey<string, UserRow | Error, UserRow>(ids, rows, (r) => r.id, () => notFound('User'), ([row]) => row as UserRow);
});

