import { describe, expect, it } from 'vitest';
import { escapeHtml, html } from './html.ts';
import { createRedactor } from './redaction.ts';

describe('redacting a person from free text', () => {
  const redactor = createRedactor({ email: 'ola.n+cv@example.test', phone: '+4741234567', name: 'Ola (Test) Nordmann-Ås' });

  it('replaces the phone however it is written, and no other number', () => {
    for (const written of ['41234567', '412 34 567', '41 23 45 67', '+47 412 34 567', '+4741234567', '0047 41234567', '(+47) 412-34-567', '412.34.567']) {
      expect(redactor.redact(`Ring ${written} i dag`), written).toBe('Ring [slettet] i dag');
    }
    expect(redactor.redact('Org.nr 941234567 og konto 4123456789')).toBe('Org.nr 941234567 og konto 4123456789');
    expect(redactor.redact('+4641234567')).toBe('+4641234567');
  });

  it('replaces the name in any case, with regex characters taken literally, and not inside longer words', () => {
    expect(redactor.redact('Snakket med OLA (TEST) NORDMANN-ÅS og ola (test)   nordmann-ås.')).toBe('Snakket med [slettet] og [slettet].');
    expect(redactor.redact('Ola Test Nordmann-Ås')).toBe('Ola Test Nordmann-Ås');
    expect(redactor.redact('Ola (Test) Nordmann-Åsen')).toBe('Ola (Test) Nordmann-Åsen');
  });

  it('replaces the email but not a longer address that contains it', () => {
    expect(redactor.redact('Skriv til OLA.N+CV@example.test.')).toBe('Skriv til [slettet].');
    expect(redactor.redact('kari.ola.n+cv@example.test og ola.n+cv@example.testing')).toBe('kari.ola.n+cv@example.test og ola.n+cv@example.testing');
    expect(redactor.redact('ola.n+cv@example.test.no')).toBe('ola.n+cv@example.test.no');
  });

  it('says whether a text mentions the person, and leaves null alone', () => {
    expect(redactor.mentions('ring 412 34 567')).toBe(true);
    expect(redactor.mentions('ring 412 34 568')).toBe(false);
    expect(redactor.redact(null)).toBeNull();
    expect(redactor.phoneDigits).toBe('41234567');
  });

  it('never reads $ in a name as a replacement pattern', () => {
    const dollar = createRedactor({ email: null, phone: null, name: 'Anne $& Berg' });
    expect(dollar.redact('Hei Anne $& Berg!')).toBe('Hei [slettet]!');
  });
});

describe('auto-escaping HTML', () => {
  it('escapes every interpolated value and keeps nested templates as markup', () => {
    const name = `<script>alert("x")</script> O'Neil & co`;
    expect(html`<p title="${name}">${name}</p>${html`<b>${name}</b>`}`.value).toBe(
      `<p title="${escapeHtml(name)}">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Neil &amp; co</p><b>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Neil &amp; co</b>`,
    );
    expect(html`${['<a>', html`<i>ok</i>`, null, false]}`.value).toBe('&lt;a&gt;<i>ok</i>');
  });
});
