import { Button, Kbd } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { createContext, lazy, Suspense, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAbilities } from '../auth/use-session-user';

/** What the dialog starts with: the case or candidate of the page it was opened from. */
export type CallNotePrefill = { case?: { id: string; label: string }; candidate?: { id: string; label: string } };

const loadDialog = () => import('./call-note-dialog');
// The dialog's case picker comes in its own chunk (it is shared with the consent form); fetch both.
const preloadDialog = () => Promise.all([loadDialog(), import('./case-picker')]);
const CallNoteDialog = lazy(loadDialog);

const CallNoteContext = createContext<((prefill?: CallNotePrefill) => void) | null>(null);

/** Opens the call-note dialog, pre-filled with a case or a candidate; null for roles that may not log notes. */
export function useOpenCallNote() {
  return useContext(CallNoteContext);
}

/**
 * Logging a note must take seconds (§ Telefonsamtaler): `N` opens the dialog from any page,
 * except while typing in a field. The dialog's code loads when the browser is idle, so the
 * first press opens it at once.
 */
export function CallNoteLauncher({ children }: { children: (button: ReactNode) => ReactNode }) {
  const { t } = useTranslation();
  const { logCallNotes } = useAbilities();
  const [prefill, setPrefill] = useState<CallNotePrefill | null>(null);
  const open = useCallback((next: CallNotePrefill = {}) => setPrefill(next), []);

  useHotkeys(logCallNotes ? [['n', () => open()]] : []);
  useEffect(() => {
    if (!logCallNotes) return;
    const idle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 1500));
    idle(() => void preloadDialog().catch(() => undefined));
  }, [logCallNotes]);

  const button = useMemo(
    () =>
      logCallNotes ? (
        <Button variant="light" size="xs" onClick={() => open()} aria-keyshortcuts="N" rightSection={<Kbd size="xs" aria-hidden>N</Kbd>} visibleFrom="xs">
          {t('callNote.shortcutHint')}
        </Button>
      ) : null,
    [logCallNotes, open, t],
  );

  return (
    <CallNoteContext.Provider value={logCallNotes ? open : null}>
      {children(button)}
      {prefill && (
        <Suspense fallback={null}>
          <CallNoteDialog prefill={prefill} onClose={() => setPrefill(null)} />
        </Suspense>
      )}
    </CallNoteContext.Provider>
  );
}
