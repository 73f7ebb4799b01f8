import { useRetentionT } from './retention.i18n';
import { durationWording, hoursWording } from './retention-wording';

/** "2 år", "3 måneder", "2 år og 6 mnd.". */
export function useDurationText() {
  const { t } = useRetentionT();
  return (months: number) => {
    const wording = durationWording(months);
    return wording.key === 'duration.yearsAndMonths' ? t(wording.key, { count: wording.count, months: wording.months }) : t(wording.key, { count: wording.count });
  };
}

/** A housekeeping step's keeping time: "30 dager", "24 timer". */
export function useKeepHoursText() {
  const { t } = useRetentionT();
  return (hours: number) => {
    const wording = hoursWording(hours);
    return t(wording.key, { count: wording.count });
  };
}
