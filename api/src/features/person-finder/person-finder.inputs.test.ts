import { describe, expect, it } from 'vitest';
import { findPersonInput, phoneQueryOf } from './person-finder.inputs.ts';

const parse = (query: string) => findPersonInput.safeParse({ query });

describe('reading what was typed into findPerson', () => {
  it('reads an email, normalised', () => {
    expect(parse('  Ola.Nordmann@Example.TEST ').data).toEqual({ kind: 'email', email: 'ola.nordmann@example.test' });
  });

  it('reads a Norwegian number with or without +47 as the same E.164 number', () => {
    for (const typed of ['91234567', '912 34 567', '+47 912 34 567', '0047 91234567', '(+47) 912-34-567']) {
      const result = parse(typed).data;
      expect(result?.kind, typed).toBe('phone');
      expect(result?.kind === 'phone' && result.numbers, typed).toContain('+4791234567');
    }
  });

  it('also tries the raw digits as an international number', () => {
    expect(phoneQueryOf('46812345678')?.numbers).toContain('+46812345678');
    expect(phoneQueryOf('+46 8 123 456 78')?.numbers).toEqual(['+46812345678']);
  });

  it('finds a number written in free text in any of its forms, but not inside a longer number', () => {
    const mention = new RegExp(phoneQueryOf('912 34 567')!.mention);
    for (const text of ['ring 91234567 i morgen', '+4791234567', 'tlf:004791234567.', '91234567']) expect(mention.test(text), text).toBe(true);
    for (const text of ['ring 912345678', '191234567', 'konto 1291234567', '9123456']) expect(mention.test(text), text).toBe(false);
  });

  it('reads anything else as a name, and refuses what is too short to search for', () => {
    expect(parse(' Bjørn Åsen ').data).toEqual({ kind: 'name', text: 'Bjørn Åsen' });
    expect(parse('Ola 2').data).toEqual({ kind: 'name', text: 'Ola 2' });
    expect(parse('a').error?.issues[0]).toMatchObject({ path: ['query'] });
    expect(parse('12 34').error?.issues[0]?.message).toMatch(/at least 5 digits/);
    expect(parse('x'.repeat(201)).success).toBe(false);
  });
});
