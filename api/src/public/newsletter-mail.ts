import type { Config } from '../config.ts';
import type { OutgoingEmail } from '../mail/outbox.ts';
import { signLink } from './signed-links.ts';

/** Confirmation links are valid for a week; unsubscribe links never expire (§ Nyhetsbrev). */
export const confirmLinkLifetimeMs = 7 * 24 * 3_600_000;

export function confirmUrl(config: Config, subscriberId: string, now = new Date()): string {
  const token = signLink(config.secretKey, { purpose: 'newsletter-confirm', subjectId: subscriberId, expiresAt: new Date(now.getTime() + confirmLinkLifetimeMs) });
  return `${config.publicBaseUrl}/public/newsletter/confirm?token=${encodeURIComponent(token)}`;
}

export function unsubscribeUrl(config: Config, subscriberId: string): string {
  const token = signLink(config.secretKey, { purpose: 'newsletter-unsubscribe', subjectId: subscriberId, expiresAt: null });
  return `${config.publicBaseUrl}/public/newsletter/unsubscribe?token=${encodeURIComponent(token)}`;
}

/**
 * RFC 2369 / RFC 8058 headers for every mail to a subscriber: mail clients show an
 * "unsubscribe" button that POSTs to the link, which deletes the address at once.
 */
export function newsletterHeaders(config: Config, subscriberId: string): Record<string, string> {
  return {
    'List-Unsubscribe': `<${unsubscribeUrl(config, subscriberId)}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}

/** The double opt-in mail. It carries the unsubscribe headers too: "this was not me" removes the address. */
export function confirmationEmail(config: Config, subscriberId: string, to: string): OutgoingEmail {
  const text = [
    'Hei!',
    '',
    'Vi har fått en forespørsel om å sende nyhetsbrevet fra Aprimo Rådgivning AS til denne e-postadressen.',
    'Nyhetsbrevet sendes ut én gang i kvartalet.',
    '',
    'Bekreft abonnementet ved å åpne denne lenken (gyldig i 7 dager):',
    confirmUrl(config, subscriberId),
    '',
    'Har du ikke bedt om dette, kan du se bort fra denne e-posten: uten bekreftelse får du ingen nyhetsbrev.',
    'Vil du at vi sletter adressen med en gang, bruk denne lenken:',
    unsubscribeUrl(config, subscriberId),
    '',
    'Vennlig hilsen',
    'Aprimo Rådgivning AS',
  ].join('\n');
  return {
    kind: 'newsletter_confirmation',
    to,
    subject: 'Bekreft abonnementet på nyhetsbrevet',
    text,
    headers: newsletterHeaders(config, subscriberId),
  };
}
