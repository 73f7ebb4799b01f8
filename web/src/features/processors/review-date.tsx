import { Text } from '@mantine/core';
import type { AgreementStatus } from '../../gql/graphql';
import { formatCalendarDate } from '../../lib/format';
import { useProcessorsT } from './processors.i18n';
import { reviewUrgency, urgencyColor } from './review-urgency';

/** A review date in words and colour: "Forfalt 17.11.2026" in red, "Innen …" in orange. */
export function ReviewDate({ reviewDueOn, status }: { reviewDueOn: string; status: AgreementStatus }) {
  const { t } = useProcessorsT();
  const urgency = reviewUrgency(reviewDueOn, status);
  const date = formatCalendarDate(reviewDueOn);
  const text = urgency === 'overdue' ? t('review.overdue', { date }) : urgency === 'soon' ? t('review.soon', { date }) : date;
  const hint = urgency === 'overdue' ? t('review.overdueHint') : urgency === 'soon' ? t('review.soonHint') : undefined;
  return (
    <Text span size="sm" fw={hint ? 700 : 400} c={urgencyColor[urgency]} data-urgency={urgency} title={hint}>
      <time dateTime={reviewDueOn}>{text}</time>
    </Text>
  );
}
