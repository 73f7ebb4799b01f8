import { describe, expect, it } from 'vitest';
import { readOneOf, withFilter } from './url-filters';

describe('withFilter', () => {
  it('sets one filter and keeps the others', () => {
    const next = withFilter(new URLSearchParams('sok=oslo&status=open'), 'status', 'closed');
    expect(next.toString()).toBe('sok=oslo&status=closed');
  });

  it('removes a filter set to nothing, so the plain list has a plain URL', () => {
    expect(withFilter(new URLSearchParams('sok=oslo&status=open'), 'sok', '').toString()).toBe('status=open');
    expect(withFilter(new URLSearchParams('status=open'), 'status', null).toString()).toBe('');
  });

  it('does not change the URL it was given', () => {
    const url = new URLSearchParams('status=open');
    withFilter(url, 'status', 'closed');
    expect(url.toString()).toBe('status=open');
  });
});

describe('readOneOf', () => {
  const statuses = ['open', 'closed'] as const;

  it('reads a value the list knows', () => {
    expect(readOneOf(new URLSearchParams('status=closed'), 'status', statuses)).toBe('closed');
  });

  it('treats an unknown or missing value as no filter, not a server error', () => {
    expect(readOneOf(new URLSearchParams('status=archived'), 'status', statuses)).toBeNull();
    expect(readOneOf(new URLSearchParams(''), 'status', statuses)).toBeNull();
  });
});
