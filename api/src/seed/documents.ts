import { createHash } from 'node:crypto';
import type { schema } from '@pvr/db';
import type { SeedCandidate } from './candidates.ts';
import { addDays, daysBetween } from './clock.ts';
import { demoId } from './ids.ts';
import { buildPdf } from './pdf.ts';
import { createRandom } from './random.ts';

export type SeedDocument = typeof schema.candidateDocuments.$inferInsert & { id: string; candidateId: string; version: number };

const documentCount = 20;
const revisedCount = 5;

/** One-page PDF CVs for ~20 candidates; a few have uploaded a revised version 2. */
export function buildDocuments(candidates: readonly SeedCandidate[]): SeedDocument[] {
  const random = createRandom('documents');
  const withCv = random.pickSome(candidates, documentCount);
  const documents: SeedDocument[] = [];
  withCv.forEach((candidate, index) => {
    const versions = index < revisedCount ? 2 : 1;
    const span = Math.max(daysBetween(candidate.row.createdAt, candidate.row.lastActivityAt), 0);
    for (let version = 1; version <= versions; version++) {
      const uploadedAt = addDays(candidate.row.createdAt, version === 1 ? 0 : Math.max(1, Math.floor(span / 2)));
      const content = buildPdf(`CV – ${candidate.row.fullName}`, cvLines(candidate, version));
      documents.push({
        id: demoId('candidate-document', `${candidate.row.id}:${version}`),
        candidateId: candidate.row.id,
        version,
        fileName: `CV ${candidate.row.fullName}${version > 1 ? ` ${uploadedAt.getUTCFullYear()}` : ''}.pdf`,
        contentType: 'application/pdf',
        byteSize: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
        content,
        uploadedBy: candidate.addedBy,
        uploadedAt: uploadedAt > candidate.row.lastActivityAt ? candidate.row.lastActivityAt : uploadedAt,
      });
    }
  });
  return documents;
}

function cvLines(candidate: SeedCandidate, version: number) {
  const { row, profile } = candidate;
  return [
    { text: `Curriculum vitae – ${row.fullName}`, size: 18, bold: true },
    { text: `${profile.role}, ${row.location ?? ''}`, size: 12, gapBefore: 4 },
    { text: `E-post: ${row.email}${row.phone ? `   Telefon: ${row.phone}` : ''}`, size: 10 },
    { text: 'Sammendrag', size: 12, bold: true, gapBefore: 14 },
    ...wrap(row.summary ?? '', 90).map((text) => ({ text, size: 10 })),
    { text: 'Kompetanse', size: 12, bold: true, gapBefore: 14 },
    { text: (row.skills ?? []).join(' • '), size: 10 },
    { text: `Versjon ${version}. Oppdiktet demodata – ikke en ekte person.`, size: 8, gapBefore: 30 },
  ];
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
