import type { UserRole } from '@pvr/db/schema';

/**
 * The demo installation's logins. They exist only when the server runs in demo mode
 * (DEMO=1, what `pnpm start` uses) and are printed at start; no other mode has a default password.
 */
export const demoLogins: readonly { role: UserRole; email: string; password: string; fullName: string; title: string }[] = [
  { role: 'partner', email: 'partner@demo.example', password: 'demo-partner-2026', fullName: 'Ingrid Demo Haugen', title: 'Partner' },
  { role: 'staff', email: 'medarbeider@demo.example', password: 'demo-staff-2026', fullName: 'Jonas Demo Lie', title: 'Rådgiver' },
  { role: 'auditor', email: 'revisor@demo.example', password: 'demo-auditor-2026', fullName: 'Marte Demo Berg', title: 'Internkontroll' },
];
