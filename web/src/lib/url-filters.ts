import { useSearchParams } from 'react-router';

/** The URL after one filter changes: an empty value removes it, the other parameters stay. */
export function withFilter(url: URLSearchParams, key: string, value: string | null): URLSearchParams {
  const next = new URLSearchParams(url);
  if (value) next.set(key, value);
  else next.delete(key);
  return next;
}

/** A filter's value when it is one of `allowed`; anything else (an old bookmark, a typo) means no filter. */
export function readOneOf<T extends string>(url: URLSearchParams, key: string, allowed: readonly T[]): T | null {
  const value = url.get(key);
  return allowed.find((candidate) => candidate === value) ?? null;
}

/**
 * A list's filters kept in the URL's search parameters, so a shared link, a reload and Back
 * show the same list. The free-text search lives in `sok`; refining a search already typed
 * replaces the history entry, so Back does not step through every pause in the typing.
 */
export function useUrlFilters() {
  const [url, setUrl] = useSearchParams();
  const search = url.get('sok')?.trim() ?? '';
  return {
    search,
    oneOf: <T extends string>(key: string, allowed: readonly T[]) => readOneOf(url, key, allowed),
    set: (key: string, value: string | null) => setUrl(withFilter(url, key, value)),
    setSearch: (value: string) => setUrl(withFilter(url, 'sok', value), { replace: search !== '' }),
    clear: () => setUrl(new URLSearchParams()),
  };
}
