import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatCalendarDate } from '../../lib/format';
import { describeError } from '../../lib/graphql-errors';
import { useOverviewT } from './overview.i18n';
import { OverviewWorkQuery } from './overview.operations';

/**
 * Deadlines and due work from the requests, retention and internal-control areas. Its own
 * query, with partial answers kept: one area failing leaves the others on screen.
 */
export function OverviewWork() {
  const { t } = useOverviewT();
  const { data, error } = useQuery(OverviewWorkQuery, { errorPolicy: 'all', fetchPolicy: 'cache-and-network' });
  const work = data?.overview;
  if (!work && !error) return null;

  const requests = [...(work?.overdueRequests ?? []), ...(work?.requestsDueSoon ?? [])];
  const retention = (work?.retentionDue ?? []).filter((r) => r.due > 0);
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <Paper withBorder p="md" component="section" aria-labelledby="overview-requests">
        <Stack gap="xs">
          <Title order={2} size="h4" id="overview-requests">
            {t('requests.title')}
          </Title>
          {error && !work && (
            <Text size="sm" c="red.9" role="alert">
              {t('work.loadFailed')}: {describeError(error).message}
            </Text>
          )}
          {work && requests.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('requests.none')}
            </Text>
          )}
          <List spacing={4} size="sm">
            {requests.map((request) => {
              const days = request.daysLeft ?? 0;
              const overdue = days < 0;
              return (
                <List.Item key={request.id}>
                  <Group gap="xs">
                    <Anchor component={Link} to={`/foresporsler/${request.id}`} size="sm" fw={500}>
                      {t(`requestKind.${request.kind}`)}
                    </Anchor>
                    <Text span size="sm" c="dimmed">
                      {t('requests.due', { date: formatCalendarDate(request.dueOn) })}
                    </Text>
                    <Badge variant="dot" color={overdue ? 'red' : 'orange'} tt="none" fw={600}>
                      {overdue ? t('requests.daysOver', { count: -days }) : days === 0 ? t('requests.today') : t('requests.daysLeft', { count: days })}
                    </Badge>
                  </Group>
                </List.Item>
              );
            })}
          </List>
        </Stack>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="overview-retention">
        <Stack gap="xs">
          <Title order={2} size="h4" id="overview-retention">
            {t('retention.title')}
          </Title>
          {work && retention.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('retention.none')}
            </Text>
          )}
          <List spacing={4} size="sm">
            {retention.map((item) => (
              <List.Item key={item.category}>
                <Anchor component={Link} to="/sletting" size="sm">
                  {t(`retentionCategory.${item.category}`)}
                </Anchor>
                : <strong>{t('retention.due', { count: item.due })}</strong>
              </List.Item>
            ))}
          </List>
          {work && typeof work.overdueComplianceTasks === 'number' && (
            <Text size="sm" fw={work.overdueComplianceTasks > 0 ? 600 : 400} c={work.overdueComplianceTasks > 0 ? 'red.9' : 'dimmed'}>
              {work.overdueComplianceTasks > 0 ? (
                <Anchor component={Link} to="/internkontroll?forfalt=ja" size="sm" fw={600} c="red.9">
                  {t('retention.tasks', { count: work.overdueComplianceTasks })}
                </Anchor>
              ) : (
                t('retention.noTasks')
              )}
            </Text>
          )}
        </Stack>
      </Paper>
    </SimpleGrid>
  );
}
