import { describe, expect, it } from 'vitest';
import { signLink, verifyLink } from './signed-links.ts';

const key = Buffer.from('unit-test-key-0123456789abcdef0123456789abcdef');
const id = '3f1c2a4e-8b7d-4c1a-9e2f-0a1b2c3d4e5f';
const inAWeek = new Date(Date.now() + 7 * 24 * 3_600_000);

describe('signed links', () => {
  it('verifies a link for its own purpose and subject', () => {
    const token = signLink(key, { purpose: 'newsletter-confirm', subjectId: id, expiresAt: inAWeek });
    expect(token).toMatch(/^[0-9a-f-]{36}\.\d+\.[A-Za-z0-9_-]{43}$/);
    expect(verifyLink(key, 'newsletter-confirm', token)).toEqual({ valid: true, subjectId: id });
  });

  it('refuses a link made for another purpose', () => {
    const token = signLink(key, { purpose: 'newsletter-confirm', subjectId: id, expiresAt: inAWeek });
    expect(verifyLink(key, 'newsletter-unsubscribe', token)).toEqual({ valid: false, reason: 'bad_signature' });
  });

  it('refuses a tampered subject, expiry or signature', () => {
    const token = signLink(key, { purpose: 'newsletter-unsubscribe', subjectId: id, expiresAt: null });
    const [subject, expiry, mac] = token.split('.') as [string, string, string];
    const otherSubject = `${subject.slice(0, -1)}${subject.endsWith('f') ? 'e' : 'f'}`;
    expect(verifyLink(key, 'newsletter-unsubscribe', `${otherSubject}.${expiry}.${mac}`).valid).toBe(false);
    expect(verifyLink(key, 'newsletter-unsubscribe', `${subject}.9999999999.${mac}`).valid).toBe(false);
    const flipped = `${mac.startsWith('A') ? 'B' : 'A'}${mac.slice(1)}`;
    expect(verifyLink(key, 'newsletter-unsubscribe', `${subject}.${expiry}.${flipped}`)).toEqual({ valid: false, reason: 'bad_signature' });
    expect(verifyLink(Buffer.from('another-key-0123456789abcdef0123456789abcdef'), 'newsletter-unsubscribe', token).valid).toBe(false);
  });

  it('refuses an expired link, and keeps an unsubscribe link without expiry valid', () => {
    const past = signLink(key, { purpose: 'newsletter-confirm', subjectId: id, expiresAt: new Date(Date.now() - 1000) });
    expect(verifyLink(key, 'newsletter-confirm', past)).toEqual({ valid: false, reason: 'expired' });
    const confirm = signLink(key, { purpose: 'newsletter-confirm', subjectId: id, expiresAt: inAWeek });
    expect(verifyLink(key, 'newsletter-confirm', confirm, new Date(inAWeek.getTime() + 1000))).toEqual({ valid: false, reason: 'expired' });
    const forever = signLink(key, { purpose: 'newsletter-unsubscribe', subjectId: id, expiresAt: null });
    expect(verifyLink(key, 'newsletter-unsubscribe', forever, new Date('2100-01-01')).valid).toBe(true);
  });

  it('refuses malformed input without throwing', () => {
    for (const token of [undefined, 42, '', 'abc', `${id}.0`, `${id}.0.short`, `${id.toUpperCase()}.0.${'A'.repeat(43)}`]) {
      expect(verifyLink(key, 'newsletter-confirm', token)).toEqual({ valid: false, reason: 'malformed' });
    }
  });
});
