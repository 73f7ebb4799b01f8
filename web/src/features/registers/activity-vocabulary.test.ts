import { describe, expect, it } from 'vitest';
import { i18next } from '../../lib/i18n';
import { art6Letter, legalBases, legalBasisLabel, retentionDuration, retentionRuleText } from './activity-vocabulary';
import './registers.i18n';

const nb = i18next.getFixedT('nb', 'registers');
const en = i18next.getFixedT('en', 'registers');

describe('legal bases', () => {
  it('follows Art. 6(1): each basis has its own letter, (a) to (f)', () => {
    expect(legalBases.map(art6Letter).join('')).toBe('abcdef');
    expect(art6Letter('consent')).toBe('a');
    expect(art6Letter('legitimate_interests')).toBe('f');
  });

  it('names the basis and its letter in Norwegian, as the printable record does', () => {
    expect(legalBasisLabel(nb, 'consent')).toBe('Samtykke (art. 6 nr. 1 bokstav a)');
    expect(legalBasisLabel(nb, 'legal_obligation')).toBe('Rettslig forpliktelse (art. 6 nr. 1 bokstav c)');
    expect(legalBasisLabel(nb, 'legitimate_interests')).toBe('Berettiget interesse (art. 6 nr. 1 bokstav f)');
    expect(legalBasisLabel(en, 'contract')).toBe('Contract (Art. 6(1)(b))');
  });
});

describe('retention rules', () => {
  it('reads whole years as years and the rest as months', () => {
    expect(retentionDuration(24)).toEqual({ unit: 'years', count: 2 });
    expect(retentionDuration(12)).toEqual({ unit: 'years', count: 1 });
    expect(retentionDuration(18)).toEqual({ unit: 'months', count: 18 });
    expect(retentionDuration(1)).toEqual({ unit: 'months', count: 1 });
  });

  it('says how long, from when, and what happens then', () => {
    expect(retentionRuleText(nb, { durationMonths: 24, countsFrom: 'last_activity', action: 'delete' })).toBe('2 år fra siste aktivitet, deretter slettes');
    expect(retentionRuleText(nb, { durationMonths: 1, countsFrom: 'unconfirmed_signup', action: 'delete' })).toBe('1 måned fra påmelding uten bekreftelse, deretter slettes');
    expect(retentionRuleText(nb, { durationMonths: 6, countsFrom: 'case_closed', action: 'anonymise' })).toBe('6 måneder fra saken ble avsluttet, deretter anonymiseres');
    expect(retentionRuleText(en, { durationMonths: 60, countsFrom: 'financial_year_end', action: 'delete' })).toBe('5 years from the end of the financial year, then deleted');
  });
});
