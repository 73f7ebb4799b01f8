import { schema, type Transaction } from '@pvr/db';
import { eq } from '@pvr/db/orm';
import { insertUser } from '../features/users/users.admin.ts';
import type { Clock } from './clock.ts';
import { demoLogins } from './demo-logins.ts';

/** The firm's invented colleagues. Only the demo logins get a password; these cannot sign in. */
const colleagues = [
  { key: 'partner2', email: 'eirik.sandvold@demo.example', fullName: 'Eirik Sandvold', title: 'Partner', role: 'partner' },
  { key: 'partner3', email: 'hanne.kvamme.aas@demo.example', fullName: 'Hanne Kvamme Aas', title: 'Partner', role: 'partner' },
  { key: 'staff2', email: 'sofie.lunde@demo.example', fullName: 'Sofie Lunde', title: 'Seniorrådgiver', role: 'staff' },
  { key: 'staff3', email: 'amir.haddad@demo.example', fullName: 'Amir Haddad', title: 'Rådgiver', role: 'staff' },
  { key: 'staff4', email: 'kristoffer.moe@demo.example', fullName: 'Kristoffer Moe', title: 'Rådgiver', role: 'staff' },
] as const;

export type SeedUser = { id: string; fullName: string; role: 'partner' | 'staff' | 'auditor' };
export type SeedUsers = {
  demoPartner: SeedUser;
  demoStaff: SeedUser;
  auditor: SeedUser;
  partner2: SeedUser;
  partner3: SeedUser;
  staff2: SeedUser;
  staff3: SeedUser;
  /** Left the firm recently: disabled, so the departed-staff retention rule has a case to show. */
  departedStaff: SeedUser;
  partners: SeedUser[];
};

export async function insertSeedUsers(tx: Transaction, clock: Clock): Promise<SeedUsers> {
  const byRole = new Map<string, SeedUser>();
  for (const login of demoLogins) {
    const row = await insertUser(tx, login);
    byRole.set(login.role, { id: row.id, fullName: login.fullName, role: login.role });
  }
  const byKey = new Map<string, SeedUser>();
  for (const colleague of colleagues) {
    const row = await insertUser(tx, { ...colleague, password: null });
    byKey.set(colleague.key, { id: row.id, fullName: colleague.fullName, role: colleague.role });
  }
  const departed = must(byKey.get('staff4'));
  await tx
    .update(schema.users)
    // Their last working day too, so internal control shows the departure checklist it opens.
    .set({ status: 'disabled', disabledAt: clock.daysAgo(75, 15 * 60), departedOn: clock.dateIn(-75) })
    .where(eq(schema.users.id, departed.id));

  const demoPartner = must(byRole.get('partner'));
  const partner2 = must(byKey.get('partner2'));
  const partner3 = must(byKey.get('partner3'));
  return {
    demoPartner,
    demoStaff: must(byRole.get('staff')),
    auditor: must(byRole.get('auditor')),
    partner2,
    partner3,
    staff2: must(byKey.get('staff2')),
    staff3: must(byKey.get('staff3')),
    departedStaff: departed,
    partners: [demoPartner, partner2, partner3],
  };
}

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('seed user missing');
  return value;
}
