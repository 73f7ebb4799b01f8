import { useRetentionT } from './retention.i18n';
import { startedByWording } from './retention-wording';

/** "Planlagt kjøring", "Kommandolinjen", "Ingrid Haugen (dashbordet)". */
export function useStartedByText() {
  const { t } = useRetentionT();
  return (run: Parameters<typeof startedByWording>[0]) => {
    const wording = startedByWording(run);
    if (!('key' in wording)) return wording.name;
    return wording.key === 'runs.startedVia.dashboard' ? t(wording.key, { name: wording.name }) : t(wording.key);
  };
}
