import { describe, expect, it } from 'vitest';
import { statementPreviewDocument } from './statement-preview';

describe('the statement preview', () => {
  const doc = statementPreviewDocument('<section><h3>Følgende verktøy benyttes:</h3><ul><li>WP-Hosting AS</li></ul></section>');

  it('carries the lists inside a whole document in Norwegian', () => {
    expect(doc).toMatch(/^<!doctype html>/);
    expect(doc).toContain('<html lang="nb">');
    expect(doc).toContain('<li>WP-Hosting AS</li>');
  });

  it('allows no scripts or requests, and opens links outside the frame', () => {
    expect(doc).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(doc).not.toMatch(/script-src/);
    expect(doc).toContain('<base target="_blank">');
  });
});
