/**
 * The sensitive-data guard for free text (call notes, comments): finds Norwegian national
 * identity numbers and words for special categories of personal data (GDPR Art. 9 and 10),
 * so the dashboard can warn before saving and the API can ask for a reason. Pure: no I/O and
 * no dependency, so the web app can run the same check while the user types.
 *
 * A finding says what kind of thing was found and where (UTF-16 offsets, end exclusive). It
 * never carries the matched text: the caller already has it, and logs or errors must not.
 */

export type IdentityNumberKind = 'fodselsnummer' | 'd_number' | 'h_number';
export type SensitiveFindingKind = IdentityNumberKind | 'special_category';
export type SpecialCategory = 'health' | 'ethnic_origin' | 'political_opinion' | 'religion' | 'trade_union' | 'genetic_biometric' | 'sexual_orientation' | 'criminal_offence';

export type SensitiveFinding = {
  kind: SensitiveFindingKind;
  start: number;
  end: number;
  /** For special-category words: which Art. 9/10 category; null for identity numbers. */
  category: SpecialCategory | null;
};

const k1Weights = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const k2Weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

const weightedSum = (digits: readonly number[], weights: readonly number[]) =>
  weights.reduce((sum, weight, i) => sum + weight * (digits[i] ?? 0), 0);

/**
 * The two mod-11 check digits. With the check digit itself weighted 1, the remainder of the
 * weighted sum mod 11 must be 0 under the rule used since 1964 (so a computed check digit of
 * 10 — remainder 1 — is impossible).
 *
 * Numbers issued from 1 January 2032 (Skatteetaten, "Nye fødselsnummer og d-nummer fra 2032",
 * skatteetaten.no/deling/opplysninger/folkeregisteropplysninger/pid/, and its technical note
 * skatteetaten.github.io/folkeregisteret-api-dokumentasjon/nytt-fodselsnummer-fra-2032/):
 * "Ny kontrollberegning vil akseptere 0, 1, 2 og 3 som gyldige verdier" — the remainder for
 * the FIRST check digit may be 0, 1, 2 or 3, while the second check digit is computed as
 * before over the first ten digits and must leave remainder 0. The two public ports of that
 * note we compared (NAV's fnrvalidator and a Clojure rewrite of Skatteetaten's code) agree.
 * Both rules are accepted, since both kinds of number will be in use side by side.
 */
export function hasValidCheckDigits(digits: readonly number[]): boolean {
  if (digits.length !== 11) return false;
  const remainder1 = (weightedSum(digits, k1Weights) + (digits[9] ?? 0)) % 11;
  if (remainder1 > 3) return false;
  const remainder2 = (weightedSum(digits, k2Weights) + (digits[10] ?? 0)) % 11;
  return remainder2 === 0;
}

const daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Which identity number the date part makes it, or null for an impossible date. D-numbers add
 * 4 to the first digit (day + 40), H-numbers 4 to the third (month + 40). The century cannot be
 * read from numbers issued from 2032, so the individual number is not checked against birth
 * years; 29 February is accepted whenever the two-digit year is divisible by 4 (2000 was a
 * leap year; 1900 was not, but the century is unknown).
 */
export function identityNumberKindOf(digits: readonly number[]): IdentityNumberKind | null {
  if (digits.length !== 11) return null;
  const [d1 = 0, d2 = 0, m1 = 0, m2 = 0, y1 = 0, y2 = 0] = digits;
  let day = d1 * 10 + d2;
  let month = m1 * 10 + m2;
  let kind: IdentityNumberKind = 'fodselsnummer';
  if (day > 40) {
    day -= 40;
    kind = 'd_number';
  }
  if (month > 40) {
    if (kind === 'd_number') return null;
    month -= 40;
    kind = 'h_number';
  }
  if (month < 1 || month > 12 || day < 1) return null;
  const leapDay = month === 2 && day === 29;
  if (day > (daysInMonth[month - 1] ?? 0) || (leapDay && (y1 * 10 + y2) % 4 !== 0)) return null;
  return kind;
}

/** The kind of a valid identity number written as 11 digits (separators removed), else null. */
export function identityNumberKind(candidate: string): IdentityNumberKind | null {
  if (!/^[0-9]{11}$/.test(candidate)) return null;
  const digits = [...candidate].map(Number);
  const kind = identityNumberKindOf(digits);
  return kind && hasValidCheckDigits(digits) ? kind : null;
}

/**
 * Eleven digits standing alone, or written DDMMYY NNNNN (one space, no-break space or hyphen).
 * A longer run of digits is some other number and is not split up.
 */
const numberPattern = /(?<![0-9])(?:[0-9]{11}|[0-9]{6}[ \u00A0-][0-9]{5})(?![0-9])/g;

// Norwegian inflections (diagnose → diagnosen, diagnoser, diagnosene; helse → helsa, …).
const suffix = '(?:n|r|rne|ne|en|er|ene|et|a|s|ns|ens|ets|e|t|te)?';
const term = (stem: string) => stem.split(' ').join('\\s+') + suffix;

/** Words for the special categories (Art. 9) and criminal offences (Art. 10), bokmål and nynorsk. */
const specialCategoryTerms: Record<SpecialCategory, readonly string[]> = {
  health: [
    'helse', 'helseopplysning', 'helsetilstand', 'helseproblem', 'helseplage', 'diagnose', 'diagnostisert', 'sykdom', 'sjukdom',
    'sykemelding', 'sykmelding', 'sjukemelding', 'sykemeldt', 'sykmeldt', 'sjukemeld', 'graviditet', 'gravid', 'svangerskap',
    'depresjon', 'psykisk', 'psykiatri', 'kreft', 'uføretrygd', 'uføre', 'rusmisbruk', 'rusavhengig', 'funksjonsnedsettelse',
    'medisinering', 'behandlingsopphold',
  ],
  ethnic_origin: ['etnisitet', 'etnisk opprinnelse', 'etnisk bakgrunn', 'rase', 'hudfarge'],
  political_opinion: ['politisk oppfatning', 'politisk ståsted', 'politisk tilhørighet', 'partimedlem', 'partimedlemskap'],
  religion: ['religion', 'religiøs', 'trosretning', 'livssyn', 'trossamfunn', 'trusretning'],
  trade_union: ['fagforening', 'fagforeningsmedlem', 'fagforeningsmedlemskap', 'fagorganisert', 'fagforeining'],
  genetic_biometric: ['genetisk', 'gentest', 'biometrisk', 'fingeravtrykk'],
  sexual_orientation: ['seksuell legning', 'seksuell orientering', 'legning', 'seksualliv', 'sexliv', 'homofil', 'lesbisk', 'bifil'],
  criminal_offence: ['straffedom', 'straffedømt', 'domfelt', 'straffeattest', 'politiattest', 'straffesak', 'siktelse', 'tiltale', 'tiltalt', 'soning'],
};

// A word boundary that knows æ, ø and å (JavaScript's \b does not).
const termPatterns = (Object.entries(specialCategoryTerms) as [SpecialCategory, readonly string[]][]).map(([category, terms]) => ({
  category,
  pattern: new RegExp(`(?<![\\p{L}\\p{N}_])(?:${terms.map(term).join('|')})(?![\\p{L}\\p{N}_])`, 'giu'),
}));

/** Identity numbers in a text: each valid one, as kind and position. */
export function findIdentityNumbers(text: string): SensitiveFinding[] {
  const findings: SensitiveFinding[] = [];
  for (const match of text.matchAll(numberPattern)) {
    const kind = identityNumberKind(match[0].replace(/[^0-9]/g, ''));
    if (kind) findings.push({ kind, start: match.index, end: match.index + match[0].length, category: null });
  }
  return findings;
}

/** Words for special categories of personal data, as category and position. */
export function findSpecialCategoryTerms(text: string): SensitiveFinding[] {
  const findings: SensitiveFinding[] = [];
  for (const { category, pattern } of termPatterns) {
    for (const match of text.matchAll(pattern)) {
      findings.push({ kind: 'special_category', start: match.index, end: match.index + match[0].length, category });
    }
  }
  return findings;
}

/** Everything the guard finds in a text, in reading order. */
export function findSensitiveData(text: string): SensitiveFinding[] {
  return [...findIdentityNumbers(text), ...findSpecialCategoryTerms(text)].sort((a, b) => a.start - b.start || a.end - b.end);
}
