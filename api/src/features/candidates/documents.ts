import { createHash } from 'node:crypto';
import { type documentContentTypes, maxDocumentBytes } from '@pvr/db/schema';
import { badInput } from '../../errors.ts';

type DocumentType = (typeof documentContentTypes)[number];

/**
 * Decides a document's type from its bytes, never from its name: a PDF starts with `%PDF-`,
 * a DOCX is a ZIP archive holding `word/document.xml`.
 */
export function inspectDocument(bytes: Buffer): { contentType: DocumentType; sha256: string } {
  if (bytes.length === 0) throw badInput('contentBase64', 'The file is empty');
  if (bytes.length > maxDocumentBytes) throw badInput('contentBase64', 'The file is larger than 10 MiB');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return { contentType: 'application/pdf', sha256 };
  const isZip = bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  if (isZip && bytes.includes(Buffer.from('word/document.xml'))) {
    return { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', sha256 };
  }
  throw badInput('contentBase64', 'Only PDF and Word (DOCX) documents are accepted');
}

/** A file name safe for a Content-Disposition header. */
export function safeFileName(name: string): string {
  return name.replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 200) || 'document';
}
