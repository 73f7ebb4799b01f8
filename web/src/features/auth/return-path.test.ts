import { describe, expect, it } from 'vitest';
import { homePath, loginUrl, returnPathFrom } from './return-path';

describe('return path after login', () => {
  it('goes back to the page that asked for a login', () => {
    const url = new URL(loginUrl('/kandidater?sok=kari&status=active'), 'http://localhost');
    expect(url.pathname).toBe('/logg-inn');
    expect(returnPathFrom(url.searchParams.get('neste'))).toBe('/kandidater?sok=kari&status=active');
  });

  it('keeps the login URL plain when there is nowhere special to return to', () => {
    expect(loginUrl()).toBe('/logg-inn');
    expect(loginUrl(homePath)).toBe('/logg-inn');
  });

  it.each([null, '', 'kandidater', 'https://example.com/', '//example.com', '/\\example.com', '/logg-inn?neste=/x'])('goes home for %j', (next) => {
    expect(returnPathFrom(next)).toBe(homePath);
  });
});
