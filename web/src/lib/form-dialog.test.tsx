import { describe, expect, it } from 'vitest';
import { DialogActions } from './form-dialog';
import { renderMarkup } from './render-markup';

describe('DialogActions', () => {
  it('offers Cancel, then the submit button, named "Save" unless the action has a name', () => {
    const html = renderMarkup(<DialogActions onCancel={() => undefined} submitting={false} />);
    expect(html.indexOf('Avbryt')).toBeLessThan(html.indexOf('Lagre'));
    expect(html).toMatch(/type="submit"[^]*Lagre/);
    expect(renderMarkup(<DialogActions onCancel={() => undefined} submitLabel="Registrer" submitting={false} />)).toContain('Registrer');
  });

  it('shows that the form is being sent', () => {
    const html = renderMarkup(<DialogActions onCancel={() => undefined} submitting />);
    expect(html).toMatch(/data-loading="true" type="submit" disabled=""/);
  });
});
