export const loginPath = '/logg-inn';
/** "/" sends each role to its own start page (app/areas.ts). */
export const homePath = '/';

/** The login page, remembering where to go afterwards (`?neste=`); home needs no reminder. */
export function loginUrl(from?: string): string {
  const next = from ? safePath(from) : null;
  return next && next !== homePath ? `${loginPath}?${new URLSearchParams({ neste: next }).toString()}` : loginPath;
}

/** Where to go after login: back to the page that asked for it, never off-site or back to login. */
export function returnPathFrom(next: string | null): string {
  return (next ? safePath(next) : null) ?? homePath;
}

function safePath(path: string): string | null {
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\') || path.startsWith(loginPath)) return null;
  return path;
}
