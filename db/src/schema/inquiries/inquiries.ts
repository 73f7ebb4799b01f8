import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { anonymisedIpCheck, e164Check, id, normalisedEmailCheck, timestamptz } from '../columns.ts';
import { users } from '../users/users.ts';

/** A message from the website's contact form: used only to answer it (§ Kontaktinformasjon). */
export const contactInquiries = pgTable(
  'contact_inquiries',
  {
    id: id(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    phone: text('phone'),
    message: text('message').notNull(),
    receivedAt: timestamptz('received_at').notNull().defaultNow(),
    ipAnonymised: text('ip_anonymised'),
    answeredAt: timestamptz('answered_at'),
    answeredBy: uuid('answered_by').references(() => users.id),
  },
  (t) => [
    index('contact_inquiries_received_idx').on(t.receivedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('contact_inquiries_answered_idx').on(t.answeredAt),
    index('contact_inquiries_answered_by_idx').on(t.answeredBy),
    index('contact_inquiries_email_idx').on(t.email),
    check('contact_inquiries_email_normalised', normalisedEmailCheck('email')),
    check('contact_inquiries_phone_e164', e164Check('phone')),
    check('contact_inquiries_ip_anonymised', anonymisedIpCheck('ip_anonymised')),
    check('contact_inquiries_name_present', sql`length(btrim(name)) between 1 and 200`),
    check('contact_inquiries_message_length', sql`length(btrim(message)) between 1 and 5000`),
    check('contact_inquiries_answered_by_whom', sql`(answered_at IS NULL) = (answered_by IS NULL)`),
  ],
);
