import { loginUrl } from './return-path';

/**
 * Ends the session in this tab with a full page load of the login page: the one sure way to
 * drop every copy of personal data held in memory (the Apollo cache, component state).
 * Apollo's `clearStore` is not enough: it also stops the watchers the login page relies on.
 */
export function leaveSession(returnTo?: string): void {
  window.location.replace(loginUrl(returnTo));
}
