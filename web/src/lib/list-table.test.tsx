import { describe, expect, it } from 'vitest';
import { ListTable } from './list-table';
import { renderMarkup } from './render-markup';

describe('ListTable', () => {
  it('is named by the list, says when it is busy, and heads each column in order', () => {
    const html = renderMarkup(
      <ListTable label="Saker" minWidth={800} busy columns={['Tittel', { label: 'Notater', numeric: true }]}>
        <tr>
          <td>En rad</td>
        </tr>
      </ListTable>,
    );
    expect(html).toMatch(/<table[^>]*aria-label="Saker"[^>]*aria-busy="true"/);
    expect(html).toMatch(/<th[^>]*scope="col"[^>]*>Tittel<\/th><th[^>]*text-align:right[^>]*scope="col"[^>]*>Notater<\/th>/);
    expect(html).toContain('<tbody');
    expect(html).toContain('En rad');
    expect(html).not.toContain('opacity');
  });

  it('dims the previous rows while a new answer loads, when asked to', () => {
    const busy = renderMarkup(<ListTable label="Saker" minWidth={800} busy dimWhenBusy columns={['Tittel']}>{null}</ListTable>);
    const ready = renderMarkup(<ListTable label="Saker" minWidth={800} busy={false} dimWhenBusy columns={['Tittel']}>{null}</ListTable>);
    expect(busy).toContain('opacity:0.6');
    expect(ready).toContain('opacity:1');
  });
});
