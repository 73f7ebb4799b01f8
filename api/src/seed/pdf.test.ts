import { describe, expect, it } from 'vitest';
import { buildPdf } from './pdf.ts';
import { pdfStructureProblems } from './pdf-structure.ts';

describe('buildPdf', () => {
  it('writes a one-page PDF whose xref table points at every object', () => {
    const pdf = buildPdf('CV – Kari Nordmann', [{ text: 'Curriculum vitae', size: 18, bold: true }, { text: 'Erfaring fra økonomi (regnskap) \\ lønn' }]);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/Count 1');
    expect(pdfStructureProblems(pdf)).toEqual([]);
  });

  it('encodes Norwegian letters as WinAnsi bytes and escapes parentheses and backslashes', () => {
    const text = buildPdf('t', [{ text: 'Blåbær ø (x) \\ – €' }]).toString('latin1');
    expect(text).toContain('(Blåbær ø \\(x\\) \\\\ \x96 \x80) Tj');
  });

  it('gives the same bytes for the same text', () => {
    expect(buildPdf('a', [{ text: 'b' }]).equals(buildPdf('a', [{ text: 'b' }]))).toBe(true);
  });
});

describe('pdfStructureProblems', () => {
  it('notices a PDF whose objects moved after the xref was written', () => {
    const pdf = buildPdf('a', [{ text: 'b' }]);
    const shifted = Buffer.concat([pdf.subarray(0, 15), Buffer.from(' '), pdf.subarray(15)]);
    expect(pdfStructureProblems(shifted)).not.toEqual([]);
    expect(pdfStructureProblems(Buffer.from('%PDF-1.4\n% test\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'))).not.toEqual([]);
  });
});
