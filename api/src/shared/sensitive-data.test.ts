import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findIdentityNumbers, findSensitiveData, findSpecialCategoryTerms, identityNumberKind } from './sensitive-data.ts';

/*
 * The generators below build numbers from the published rule, written out here a second time
 * (weights, remainders, calendar by Date) so the tests do not lean on the code they check.
 */
const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
const sum = (digits: number[], weights: number[]) => weights.reduce((acc, w, i) => acc + w * digits[i]!, 0);
const mod11 = (n: number) => ((n % 11) + 11) % 11;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** k1 for a wanted remainder (0 under the 1964 rule; 0–3 from 2032); null when it would be 10. */
const firstCheckDigit = (nine: number[], remainder: number) => {
  const k1 = mod11(remainder - sum(nine, w1));
  return k1 === 10 ? null : k1;
};
const secondCheckDigit = (ten: number[]) => {
  const k2 = mod11(-sum(ten, w2));
  return k2 === 10 ? null : k2;
};

type Kind = 'fodselsnummer' | 'd_number' | 'h_number';
const datePart = (day: number, month: number, year: number, kind: Kind) =>
  pad(kind === 'd_number' ? day + 40 : day) + pad(kind === 'h_number' ? month + 40 : month) + pad(year % 100);

/** Real calendar dates 1900–2099, as an identity number of any kind with either check-digit rule. */
const validNumber = fc
  .record({
    date: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
    kind: fc.constantFrom<Kind>('fodselsnummer', 'd_number', 'h_number'),
    individual: fc.integer({ min: 0, max: 999 }),
    remainder: fc.integer({ min: 0, max: 3 }),
  })
  .map(({ date, kind, individual, remainder }) => {
    const nine = [...(datePart(date.getUTCDate(), date.getUTCMonth() + 1, date.getUTCFullYear(), kind) + pad(individual, 3))].map(Number);
    const k1 = firstCheckDigit(nine, remainder);
    const k2 = k1 === null ? null : secondCheckDigit([...nine, k1]);
    return k1 === null || k2 === null ? null : { number: [...nine, k1, k2].join(''), kind };
  })
  .filter((v): v is { number: string; kind: Kind } => v !== null);

/** A text around a number that neither starts nor ends with a digit next to it. */
const noDigits = fc.string({ maxLength: 40 }).map((s) => s.replace(/[0-9]/g, ''));
const sideText = fc.tuple(noDigits, noDigits).map(([a, b]) => [a ? `${a} ` : '', b ? ` ${b}` : ''] as const);

describe('identity numbers in free text', () => {
  it('always finds a generated valid number, at its place, without echoing it', () => {
    fc.assert(
      fc.property(validNumber, sideText, fc.boolean(), ({ number, kind }, [before, after], spaced) => {
        const written = spaced ? `${number.slice(0, 6)} ${number.slice(6)}` : number;
        const findings = findIdentityNumbers(`${before}${written}${after}`);
        expect(findings).toEqual([{ kind, start: before.length, end: before.length + written.length, category: null }]);
        expect(JSON.stringify(findings)).not.toContain(number.slice(6));
      }),
      { numRuns: 2000 },
    );
  });

  it('never finds a number whose second check digit is wrong', () => {
    fc.assert(
      fc.property(validNumber, fc.integer({ min: 1, max: 9 }), ({ number }, shift) => {
        const wrong = number.slice(0, 10) + String((Number(number[10]) + shift) % 10);
        expect(identityNumberKind(wrong)).toBeNull();
        expect(findIdentityNumbers(`fnr ${wrong}.`)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('never finds a number whose first check digit fits neither rule, whatever the second', () => {
    fc.assert(
      fc.property(validNumber, fc.integer({ min: 4, max: 10 }), fc.integer({ min: 0, max: 9 }), ({ number }, remainder, k2) => {
        const nine = [...number.slice(0, 9)].map(Number);
        const k1 = firstCheckDigit(nine, remainder);
        fc.pre(k1 !== null);
        expect(findIdentityNumbers(`${number.slice(0, 9)}${k1}${k2}`)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('never finds a number with an impossible date, even with correct check digits', () => {
    const impossibleDate = fc.oneof(
      fc.record({ day: fc.constantFrom(0, 32, 33, 34, 35, 36, 37, 38, 39, 40), month: fc.integer({ min: 1, max: 12 }), year: fc.integer({ min: 0, max: 99 }) }),
      fc.record({ day: fc.integer({ min: 1, max: 28 }), month: fc.constantFrom(0, 13, 20, 33, 40, 53, 60, 99), year: fc.integer({ min: 0, max: 99 }) }),
      fc.record({ day: fc.constantFrom(30, 31), month: fc.constant(2), year: fc.integer({ min: 0, max: 99 }) }),
      fc.record({ day: fc.constant(31), month: fc.constantFrom(4, 6, 9, 11), year: fc.integer({ min: 0, max: 99 }) }),
      fc.record({ day: fc.constant(29), month: fc.constant(2), year: fc.integer({ min: 0, max: 99 }).filter((y) => y % 4 !== 0) }),
    );
    fc.assert(
      fc.property(impossibleDate, fc.constantFrom<Kind>('fodselsnummer', 'd_number'), fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 3 }), (date, kind, individual, remainder) => {
        const day = kind === 'd_number' ? date.day + 40 : date.day;
        fc.pre(day < 100);
        const nine = [...(pad(day) + pad(date.month) + pad(date.year) + pad(individual, 3))].map(Number);
        const k1 = firstCheckDigit(nine, remainder);
        fc.pre(k1 !== null);
        const k2 = secondCheckDigit([...nine, k1]);
        fc.pre(k2 !== null);
        expect(findIdentityNumbers([...nine, k1, k2].join(''))).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('never runs the number check on text without an 11-digit run', () => {
    // Digit runs of any length but 6 and 11, between non-empty text without digits: neither
    // 11 digits in a row nor the DDMMYY NNNNN form can appear.
    const run = fc.integer({ min: 1, max: 30 }).filter((n) => n !== 6 && n !== 11).chain((n) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n }));
    const text = fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 8 }).map((s) => s.replace(/[0-9]/g, '') || ' '), run), { maxLength: 12 }).map((parts) => parts.flat().join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(findIdentityNumbers(t)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('does not split a longer run of digits to find a number inside it', () => {
    fc.assert(
      fc.property(validNumber, fc.integer({ min: 0, max: 9 }), ({ number }, extra) => {
        expect(findIdentityNumbers(`${number}${extra}`)).toEqual([]);
        expect(findIdentityNumbers(`${extra}${number}`)).toEqual([]);
      }),
    );
  });

  it('knows a few numbers worked out by hand', () => {
    // 311299567 → k1 = 1, k2 = 5 (the textbook example); 01010112345 has wrong check digits.
    expect(identityNumberKind('31129956715')).toBe('fodselsnummer');
    expect(identityNumberKind('31129956716')).toBeNull();
    expect(identityNumberKind('01010112345')).toBeNull();
    // The same person's D-number: first digit + 4, check digits recomputed.
    const nine = [...'711299567'].map(Number);
    const k1 = firstCheckDigit(nine, 0)!;
    expect(identityNumberKind(`711299567${k1}${secondCheckDigit([...nine, k1])}`)).toBe('d_number');
  });
});

describe('other 11-digit numbers', () => {
  /** The oracle: a real date (any century) and check digits under either rule. */
  const passesBothTests = (digits: string) => {
    const d = [...digits].map(Number);
    let day = Number(digits.slice(0, 2));
    let month = Number(digits.slice(2, 4));
    if (day > 40) day -= 40;
    else if (month > 40) month -= 40;
    const year = Number(digits.slice(4, 6));
    const realDate = [1900 + year, 2000 + year].some((y) => {
      const date = new Date(Date.UTC(y, month - 1, day));
      return month >= 1 && month <= 12 && date.getUTCDate() === day && date.getUTCMonth() === month - 1;
    });
    const remainder1 = mod11(sum(d, w1) + d[9]!);
    const remainder2 = mod11(sum(d, w2) + d[10]!);
    return realDate && remainder1 <= 3 && remainder2 === 0;
  };

  /** A Norwegian bank account number: mod 11 over the first ten digits, weights 5 4 3 2 7 6 5 4 3 2. */
  const bankAccount = fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: 10, maxLength: 10 })
    .map((ten) => {
      const check = mod11(-sum(ten, w2));
      return check === 10 ? null : [...ten, check].join('');
    })
    .filter((v): v is string => v !== null);

  it('flags a bank account number only when it also passes the date and check-digit tests', () => {
    fc.assert(
      fc.property(bankAccount, fc.boolean(), (account, dotted) => {
        const written = dotted ? `${account.slice(0, 4)}.${account.slice(4, 6)}.${account.slice(6)}` : account;
        const flagged = findIdentityNumbers(`Kontonummer ${written} for utbetaling`).length > 0;
        expect(flagged).toBe(!dotted && passesBothTests(account));
      }),
      { numRuns: 5000 },
    );
  });

  it('flags a phone number with a country code only when it passes both tests', () => {
    // Norwegian mobiles with +47 are 10 digits, so never; 11-digit foreign numbers only if they pass.
    const norwegian = fc.tuple(fc.constantFrom('4', '9'), fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 7, maxLength: 7 })).map(([a, b]) => `47${a}${b}`);
    fc.assert(
      fc.property(norwegian, (phone) => {
        for (const written of [phone, `+${phone}`, `+47 ${phone.slice(2, 5)} ${phone.slice(5, 7)} ${phone.slice(7)}`, `0047${phone.slice(2)}`]) {
          expect(findIdentityNumbers(`Ring ${written} i morgen`)).toEqual([]);
        }
      }),
    );
    const foreign = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 9, maxLength: 9 }).map((rest) => `46${rest}`);
    fc.assert(
      fc.property(foreign, (phone) => {
        expect(findIdentityNumbers(`Ring +${phone}`).length > 0).toBe(passesBothTests(phone));
      }),
      { numRuns: 5000 },
    );
  });

  it('catches a number inside a note, and says where without repeating it', () => {
    const note = 'Kandidaten oppga fnr 311299 56715 på telefon, ring tilbake på +47 912 34 567.';
    const findings = findSensitiveData(note);
    expect(findings).toEqual([{ kind: 'fodselsnummer', start: 21, end: 33, category: null }]);
    expect(note.slice(21, 33)).toBe('311299 56715');
  });
});

describe('special categories of personal data', () => {
  it('finds the words whole, in any case and with Norwegian endings', () => {
    const text = 'Hun er SYKEMELDT etter diagnosen, og nevnte fagforeningen og sin religion. Seksuell  legning ble ikke nevnt.';
    const found = findSpecialCategoryTerms(text).map((f) => [f.category, text.slice(f.start, f.end)]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['health', 'SYKEMELDT'],
        ['health', 'diagnosen'],
        ['trade_union', 'fagforeningen'],
        ['religion', 'religion'],
        ['sexual_orientation', 'Seksuell  legning'],
      ]),
    );
    expect(found).toHaveLength(5);
  });

  it('covers every category the brief names, including æ, ø and å at the edges', () => {
    for (const word of ['helse', 'diagnose', 'sykemelding', 'graviditet', 'religion', 'fagforening', 'seksuell legning', 'etnisitet', 'straffedom', 'religiøs', 'straffedømt']) {
      expect(findSpecialCategoryTerms(`(${word})`), word).toHaveLength(1);
    }
  });

  it('does not match inside other words', () => {
    expect(findSpecialCategoryTerms('Helsetjenesten, helseforetak, ikke-religionsrelatert, antireligionist, fagforeningsløs? nei: omhelse, kreftene')).toEqual([
      expect.objectContaining({ category: 'health' }),
    ]);
    expect(findSpecialCategoryTerms('prosessen, åpenhet, strategisk, arbeidsglede')).toEqual([]);
  });
});
