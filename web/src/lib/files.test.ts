import { describe, expect, it } from 'vitest';
import { fileToBase64, formatBytes } from './files';

describe('files for upload', () => {
  it('encodes bytes as plain base64, also past the argument limit of fromCharCode', async () => {
    expect(await fileToBase64(new Blob(['%PDF-1.7']))).toBe(Buffer.from('%PDF-1.7').toString('base64'));
    const large = new Uint8Array(100_000).map((_, i) => i % 251);
    expect(await fileToBase64(new Blob([large]))).toBe(Buffer.from(large).toString('base64'));
  });

  it('shows sizes in Norwegian form', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(20_480)).toBe('20 kB');
    expect(formatBytes(2_200_000)).toBe('2,1 MB');
  });
});
