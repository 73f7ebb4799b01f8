import { createHmac } from 'node:crypto';

/**
 * The audit log names the person concerned only by a keyed hash of the record that holds
 * their data (e.g. `candidate:<uuid>`), so the log never carries a name, email or note text,
 * and once the record is erased the pseudonym leads nowhere.
 */
export function pseudonymOf(key: Buffer, entityType: string, entityId: string): string {
  return createHmac('sha256', key).update(`${entityType}:${entityId}`).digest('base64url').slice(0, 22);
}
