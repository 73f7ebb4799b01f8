import type { Database } from '@pvr/db';
import { schema } from '@pvr/db';
import type { UserRole } from '@pvr/db/schema';
import { hashPassword } from '../../auth/password.ts';

export type NewUser = { email: string; fullName: string; role: UserRole; title?: string | null; password?: string | null };

/** Creates a user directly (CLI, seed, tests); the dashboard's user management goes through the API. */
export async function insertUser(db: Database, user: NewUser) {
  const [row] = await db
    .insert(schema.users)
    .values({
      email: user.email.trim().toLowerCase(),
      fullName: user.fullName,
      role: user.role,
      title: user.title ?? null,
      passwordHash: user.password ? await hashPassword(user.password) : null,
    })
    .returning({ id: schema.users.id, email: schema.users.email, role: schema.users.role });
  if (!row) throw new Error('insert returned no row');
  return row;
}
