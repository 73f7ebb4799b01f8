import { describe, expect, it } from 'vitest';
import { BackLink } from './back-link';
import { FilterSelect } from './filter-select';
import { FilteredEmptyState, ListResults } from './list-results';
import { QueryState } from './query-state';
import { renderMarkup } from './render-markup';

const noop = () => undefined;
const fetchMore = () => Promise.resolve();
const between = (html: string, first: string, second: string) => html.indexOf(first) >= 0 && html.indexOf(first) < html.indexOf(second);

describe('QueryState', () => {
  it('says that the page is loading, as a status', () => {
    const html = renderMarkup(<QueryState error={undefined} errorTitle="Kunne ikke hente" loadingLabel="Henter saker …" onRetry={noop} />);
    expect(html).toContain('role="status"');
    expect(html).toContain('Henter saker …');
    expect(html).not.toContain('role="alert"');
  });

  it('says why the data could not be loaded, as an alert with a retry, below the way back', () => {
    const html = renderMarkup(<QueryState error={new Error('offline')} errorTitle="Kunne ikke hente" onRetry={noop} back={<BackLink to="/saker" label="Alle saker" />} />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('Kunne ikke hente');
    expect(html).toContain('Prøv igjen');
    expect(html).toContain('href="/saker"');
    expect(between(html, '← Alle saker', 'role="alert"')).toBe(true);
  });
});

describe('ListResults', () => {
  it('shows the count as a status, then the rows, then "Show more" when there is a next page', () => {
    const html = renderMarkup(
      <ListResults countText="3 saker" empty={null} pageInfo={{ hasNextPage: true, endCursor: 'c' }} fetchMore={fetchMore}>
        <table aria-label="Saker" />
      </ListResults>,
    );
    expect(html).toMatch(/role="status"[^>]*>3 saker</);
    expect(between(html, '3 saker', 'aria-label="Saker"')).toBe(true);
    expect(between(html, 'aria-label="Saker"', 'Vis flere')).toBe(true);
  });

  it('shows why there are no rows instead of the rows, and no "Show more" on the last page', () => {
    const html = renderMarkup(
      <ListResults countText="0 saker" empty={<p>Ingen saker</p>} pageInfo={{ hasNextPage: false, endCursor: null }} fetchMore={fetchMore}>
        <table aria-label="Saker" />
      </ListResults>,
    );
    expect(html).toContain('Ingen saker');
    expect(html).not.toContain('aria-label="Saker"');
    expect(html).not.toContain('Vis flere');
  });
});

describe('FilteredEmptyState', () => {
  it('offers to clear the filters only when filters hide the rows', () => {
    const filtered = renderMarkup(<FilteredEmptyState title="Ingen treff" description="Prøv et annet søk." filtered onClearFilters={noop} />);
    const plain = renderMarkup(<FilteredEmptyState title="Ingen saker" description="Ingen saker ennå." filtered={false} onClearFilters={noop} />);
    expect(filtered).toContain('Fjern søk og filtre');
    expect(plain).not.toContain('Fjern søk og filtre');
    expect(plain).toContain('Ingen saker ennå.');
  });
});

describe('FilterSelect', () => {
  it('offers "All" first, then the values, and shows the chosen one', () => {
    const html = renderMarkup(<FilterSelect label="Status" value="closed" options={['open', 'closed'] as const} optionLabel={(v) => (v === 'open' ? 'Åpen' : 'Lukket')} onChange={noop} />);
    expect(html).toContain('Status');
    expect(between(html, '>Alle<', '>Åpen<')).toBe(true);
    expect(between(html, '>Åpen<', '>Lukket<')).toBe(true);
    expect(html).toMatch(/<option value="closed" selected="">Lukket<\/option>/);
  });
});
