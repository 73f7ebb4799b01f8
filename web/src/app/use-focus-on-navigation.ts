import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router';

/**
 * Moves keyboard and screen-reader focus to the page content when the user goes to another
 * page, as a full page load would. Not on the first load, and not when only the query
 * string changes (typing a search must keep focus in the search field).
 */
export function useFocusOnNavigation<T extends HTMLElement>(): RefObject<T | null> {
  const target = useRef<T>(null);
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    target.current?.focus();
  }, [pathname]);
  return target;
}
