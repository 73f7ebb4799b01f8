/**
 * What a PDF reader relies on to open a file: the header, a trailer, a startxref that lands on
 * the xref table, and xref offsets that land on their objects. Returns the problems found.
 */
export function pdfStructureProblems(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const problems: string[] = [];
  if (!text.startsWith('%PDF-')) problems.push('no %PDF- header');
  const startxref = Number(/startxref\n(\d+)\n%%EOF\n?$/.exec(text)?.[1] ?? NaN);
  if (!Number.isInteger(startxref) || text.slice(startxref, startxref + 5) !== 'xref\n') {
    return [...problems, 'startxref does not point at the xref table'];
  }
  const header = /^xref\n0 (\d+)\n/.exec(text.slice(startxref));
  if (!header) return [...problems, 'malformed xref header'];
  const count = Number(header[1]);
  const entries = text.slice(startxref + header[0].length).match(/.{18}\r\n/gs)?.slice(0, count) ?? [];
  if (entries.length !== count) problems.push(`xref has ${entries.length} entries, header says ${count}`);
  if (entries[0] !== '0000000000 65535 f\r\n') problems.push('xref entry 0 is not the free-list head');
  entries.slice(1).forEach((entry, index) => {
    const offset = Number(entry.slice(0, 10));
    const expected = `${index + 1} 0 obj`;
    if (!/^\d{10} 00000 n\r\n$/.test(entry) || text.slice(offset, offset + expected.length) !== expected) {
      problems.push(`xref entry ${index + 1} does not point at object ${index + 1}`);
    }
  });
  for (const match of text.matchAll(/\/Length (\d+) >>\nstream\n/g)) {
    const end = (match.index ?? 0) + match[0].length + Number(match[1]);
    if (text.slice(end, end + 10) !== '\nendstream' && text.slice(end, end + 9) !== 'endstream') problems.push('stream /Length is wrong');
  }
  if (!/trailer\n<< \/Size \d+ \/Root \d+ 0 R/.test(text)) problems.push('no trailer with /Root');
  return problems;
}
