import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a link may be used for; a token made for one purpose never verifies for another. */
export type LinkPurpose = 'newsletter-confirm' | 'newsletter-unsubscribe';

export type SignLinkInput = {
  purpose: LinkPurpose;
  subjectId: string;
  /** Null: the link does not expire (unsubscribe links must keep working). */
  expiresAt: Date | null;
};

const uuidPattern = /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/;
const tokenPattern = /^([0-9a-f-]{36})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/;

/** Domain separation: the secret key also keys audit pseudonyms, so links get a key of their own. */
function linkKey(secretKey: Buffer): Buffer {
  return createHmac('sha256', secretKey).update('pvr:signed-links:v1').digest();
}

function macOf(secretKey: Buffer, purpose: LinkPurpose, subjectId: string, expiry: string): Buffer {
  return createHmac('sha256', linkKey(secretKey)).update(`${purpose}\n${subjectId}\n${expiry}`).digest();
}

/**
 * `<subject id>.<expiry in unix seconds, 0 = never>.<HMAC-SHA256, base64url>`. The purpose is
 * not in the token but in the MAC, so the route that verifies it decides what it is for.
 */
export function signLink(secretKey: Buffer, input: SignLinkInput): string {
  const subjectId = input.subjectId.toLowerCase();
  if (!uuidPattern.test(subjectId)) throw new Error('signLink: subject id must be a uuid');
  const expiry = input.expiresAt ? String(Math.ceil(input.expiresAt.getTime() / 1000)) : '0';
  return `${subjectId}.${expiry}.${macOf(secretKey, input.purpose, subjectId, expiry).toString('base64url')}`;
}

export type LinkCheck =
  | { valid: true; subjectId: string }
  | { valid: false; reason: 'malformed' | 'bad_signature' | 'expired' };

/** Verifies in constant time; an expired link is only reported as such when its MAC is right. */
export function verifyLink(secretKey: Buffer, purpose: LinkPurpose, token: unknown, now: Date = new Date()): LinkCheck {
  if (typeof token !== 'string') return { valid: false, reason: 'malformed' };
  const match = tokenPattern.exec(token);
  if (!match) return { valid: false, reason: 'malformed' };
  const [, subjectId = '', expiry = '', mac = ''] = match;
  if (!uuidPattern.test(subjectId)) return { valid: false, reason: 'malformed' };
  const given = Buffer.from(mac, 'base64url');
  const expected = macOf(secretKey, purpose, subjectId, expiry);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { valid: false, reason: 'bad_signature' };
  if (expiry !== '0' && Number(expiry) * 1000 <= now.getTime()) return { valid: false, reason: 'expired' };
  return { valid: true, subjectId };
}
