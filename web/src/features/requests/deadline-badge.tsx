import { Badge, type BadgeProps } from '@mantine/core';
import type { RequestStatus } from '../../gql/graphql';
import { countdownOf, toneOf, type Countdown, type CountdownTone } from './request-deadline';
import { useRequestsT } from './requests.i18n';
import { statusColors } from './request-vocabulary';

const labelStyles = { label: { overflow: 'visible' } } as const;

// Overdue is a filled red badge (white on red.9 passes AA); the others are dots on dark text.
const looks: Record<CountdownTone, Pick<BadgeProps, 'variant' | 'color' | 'fw'>> = {
  overdue: { variant: 'filled', color: 'red.9', fw: 700 },
  urgent: { variant: 'dot', color: 'orange', fw: 700 },
  running: { variant: 'dot', color: 'teal', fw: 500 },
  waiting: { variant: 'dot', color: 'blue', fw: 500 },
  closed: { variant: 'dot', color: 'gray', fw: 500 },
};

/** The countdown in words: "3 dager igjen", "Forfaller i dag", "2 dager på overtid", or on hold. */
export function DeadlineBadge({ request, size }: { request: { status: RequestStatus; paused: boolean; daysLeft?: number | null }; size?: BadgeProps['size'] }) {
  const { t } = useRequestsT();
  const countdown = countdownOf(request);
  return (
    <Badge {...looks[toneOf(countdown)]} size={size} tt="none" styles={labelStyles} data-countdown={countdown.state}>
      {countdownText(countdown, t)}
    </Badge>
  );
}

function countdownText(countdown: Countdown, t: ReturnType<typeof useRequestsT>['t']): string {
  switch (countdown.state) {
    case 'left':
      return t('countdown.left', { count: countdown.days });
    case 'overdue':
      return t('countdown.overdue', { count: countdown.days });
    default:
      return t(`countdown.${countdown.state}`);
  }
}

export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  const { t } = useRequestsT();
  return (
    <Badge variant="dot" color={statusColors[status]} tt="none" fw={500} styles={labelStyles}>
      {t(`status.${status}`)}
    </Badge>
  );
}
