import { useRetentionT } from './retention.i18n';
import { durationWording } from './retention-wording';

/** "2 år", "3 måneder", "2 år og 6 mnd.". */
export function useDurationText() {
  const { t } = useRetentionT();
  return (months: number) => {
    const wording = durationWording(months);
    return wording.key === 'duration.yearsAndMonths' ? t(wording.key, { count: wording.count, months: wording.months }) : t(wording.key, { count: wording.count });
  };
}
