/**
 * A minimal one-page PDF writer for demo CVs and agreement documents: Helvetica text lines,
 * WinAnsi encoding (so æ, ø, å print), and a byte-exact xref table. No dates are embedded,
 * so the same text always gives the same bytes (and the same sha256).
 */
export type PdfLine = { text: string; size?: number; bold?: boolean; gapBefore?: number };

export function buildPdf(title: string, lines: readonly PdfLine[]): Buffer {
  const content = Buffer.concat([Buffer.from('BT\n', 'latin1'), ...layout(lines), Buffer.from('ET\n', 'latin1')]);
  const objects: Buffer[] = [
    ascii('<< /Type /Catalog /Pages 2 0 R >>'),
    ascii('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    ascii('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>'),
    ascii('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'),
    ascii('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'),
    Buffer.concat([ascii(`<< /Length ${content.length} >>\nstream\n`), content, ascii('endstream')]),
    ascii(`<< /Title ${utf16Hex(title)} /Producer (Personvernregister demodata) >>`),
  ];

  const parts: Buffer[] = [ascii('%PDF-1.4\n'), Buffer.from([0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a])];
  let offset = parts.reduce((sum, part) => sum + part.length, 0);
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    const object = Buffer.concat([ascii(`${index + 1} 0 obj\n`), body, ascii('\nendobj\n')]);
    offsets.push(offset);
    parts.push(object);
    offset += object.length;
  });
  // Each xref entry is exactly 20 bytes: 10-digit offset, 5-digit generation, type, CR LF.
  const xref = [
    `xref\n0 ${objects.length + 1}\n`,
    '0000000000 65535 f\r\n',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n\r\n`),
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\n`,
    `startxref\n${offset}\n%%EOF\n`,
  ].join('');
  parts.push(ascii(xref));
  return Buffer.concat(parts);
}

function layout(lines: readonly PdfLine[]): Buffer[] {
  const out: Buffer[] = [];
  let y = 790;
  for (const line of lines) {
    const size = line.size ?? 11;
    y -= (line.gapBefore ?? 0) + size * 1.45;
    out.push(ascii(`/${line.bold ? 'F2' : 'F1'} ${size} Tf 1 0 0 1 56 ${y.toFixed(1)} Tm `), pdfString(line.text), ascii(' Tj\n'));
  }
  return out;
}

const ascii = (text: string) => Buffer.from(text, 'latin1');

/** Characters WinAnsi places in 0x80–0x9F; everything else in Latin-1 maps to itself. */
const winAnsiExtras: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '•': 0x95, '–': 0x96, '—': 0x97, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94 };

/** Document metadata uses PDFDocEncoding, not WinAnsi; UTF-16BE with a BOM is exact for any text. */
function utf16Hex(text: string): string {
  const bytes = Buffer.from(text, 'utf16le').swap16();
  return `<FEFF${bytes.toString('hex').toUpperCase()}>`;
}

/** A literal PDF string in WinAnsi bytes, with the three special characters escaped. */
function pdfString(text: string): Buffer {
  const bytes: number[] = [0x28];
  for (const char of text) {
    const code = winAnsiExtras[char] ?? char.codePointAt(0) ?? 0x3f;
    const byte = code <= 0xff && !(code >= 0x80 && code <= 0x9f && !(char in winAnsiExtras)) ? code : 0x3f;
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) bytes.push(0x5c);
    bytes.push(byte);
  }
  bytes.push(0x29);
  return Buffer.from(bytes);
}
