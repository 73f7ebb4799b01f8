import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, inList, normalisedEmailCheck, timestamptz, anonymisedIpCheck } from '../columns.ts';
import { userRoles, userStatuses } from '../../values.ts';

/** The firm's own people: partners, staff (medarbeidere) and auditors. */
export const users = pgTable(
  'users',
  {
    id: id(),
    email: text('email').notNull(),
    fullName: text('full_name').notNull(),
    title: text('title'),
    role: text('role', { enum: userRoles }).notNull(),
    status: text('status', { enum: userStatuses }).notNull().default('active'),
    /** argon2id/scrypt hash; null until a password is set (the CLI sets the first one). */
    passwordHash: text('password_hash'),
    createdAt: createdAt(),
    disabledAt: timestamptz('disabled_at'),
    /** Last working day of someone who left the firm: starts the departure checklist. */
    departedOn: date('departed_on', { mode: 'string' }),
    lastLoginAt: timestamptz('last_login_at'),
  },
  (t) => [
    uniqueIndex('users_email_key').on(t.email),
    check('users_email_normalised', normalisedEmailCheck('email')),
    check('users_role_valid', inList('role', userRoles)),
    check('users_status_valid', inList('status', userStatuses)),
    check('users_full_name_present', sql`length(btrim(full_name)) between 1 and 200`),
    check('users_disabled_has_time', sql`(status = 'disabled') = (disabled_at IS NOT NULL)`),
  ],
);

/** Server-side sessions. The id is a hash of the cookie token, never the token itself. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastSeenAt: timestamptz('last_seen_at').notNull().defaultNow(),
    expiresAt: timestamptz('expires_at').notNull(),
    reauthenticatedAt: timestamptz('reauthenticated_at').notNull().defaultNow(),
    ipAnonymised: text('ip_anonymised'),
  },
  (t) => [
    index('sessions_user_id_idx').on(t.userId),
    index('sessions_expires_at_idx').on(t.expiresAt),
    check('sessions_ip_anonymised', anonymisedIpCheck('ip_anonymised')),
  ],
);

/**
 * Counters for login throttling (rate-limiter-flexible's drizzle store), kept in the database
 * so every API process counts the same attempts. Keys are keyed hashes, never an email or IP.
 */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').primaryKey(),
    points: integer('points').notNull().default(0),
    expire: timestamptz('expire'),
  },
  (t) => [index('rate_limits_expire_idx').on(t.expire)],
);
