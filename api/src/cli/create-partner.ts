import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '@pvr/db';
import { loadConfig } from '../config.ts';
import { insertUser } from '../features/users/users.admin.ts';
import { emailField, textLine } from '../shared/inputs.ts';

/**
 * `pnpm user:create-partner --email ola@firma.no --name "Ola Nordmann"`: creates a partner
 * with a random one-time password, printed once. There is no default password anywhere.
 */
const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' }, title: { type: 'string' } } });
const email = emailField.safeParse(values.email ?? '');
const name = textLine(200, 'Name').safeParse(values.name ?? '');
if (!email.success || !name.success) {
  console.error('Usage: pnpm user:create-partner --email <email> --name "<full name>" [--title "<title>"]');
  process.exit(2);
}

const config = loadConfig();
const database = await openDatabase({ url: config.databaseUrl, dataDir: join(config.dataDir, 'pglite') });
try {
  await database.migrate();
  const password = randomBytes(18).toString('base64url');
  await insertUser(database.db, { email: email.data, fullName: name.data, role: 'partner', title: values.title ?? 'Partner', password });
  console.log(`Partner created: ${email.data}`);
  console.log(`One-time password (shown once; change it after signing in): ${password}`);
} catch (error) {
  const code = (error as { cause?: { code?: string } }).cause?.code;
  console.error(code === '23505' ? 'A user with that email already exists.' : 'Could not create the partner.');
  process.exitCode = 1;
} finally {
  await database.close();
}
