import { useQuery } from '@apollo/client/react';
import { Stack, Table, Text } from '@mantine/core';
import { formatDateTime } from '../../lib/format';
import { describeError } from '../../lib/graphql-errors';
import { LoadMore } from '../../lib/load-more';
import { PageError } from '../../lib/page-error';
import { PageHeader } from '../../lib/page-header';
import { PageLoader } from '../../lib/page-state';
import { useOutboxT } from './outbox.i18n';
import { OutboxQuery } from './outbox.operations';

/** Queued and sent email (partners): what the system told people, and whether it went out. */
export default function OutboxPage() {
  const { t } = useOutboxT();
  const { data, error, refetch, fetchMore } = useQuery(OutboxQuery);

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')}>
        <Text c="dimmed" size="sm">
          {t('intro')}
        </Text>
      </PageHeader>
      {error && !data && <PageError title={t('loadFailed')} message={describeError(error).message} onRetry={() => void refetch()} />}
      {!error && !data && <PageLoader />}
      {data && (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t('count', { count: data.outbox.totalCount })}
          </Text>
          {data.outbox.nodes.length === 0 ? (
            <Text c="dimmed">{t('empty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={820}>
              <Table aria-label={t('title')} striped verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('columns.kind')}</Table.Th>
                    <Table.Th scope="col">{t('columns.to')}</Table.Th>
                    <Table.Th scope="col">{t('columns.subject')}</Table.Th>
                    <Table.Th scope="col">{t('columns.created')}</Table.Th>
                    <Table.Th scope="col">{t('columns.sent')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.outbox.nodes.map((mail) => (
                    <Table.Tr key={mail.id}>
                      <Table.Td>{t(`kind.${mail.kind}`)}</Table.Td>
                      <Table.Td>{mail.to}</Table.Td>
                      <Table.Td>
                        <details>
                          <summary>{mail.subject}</summary>
                          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} mt={4}>
                            {mail.text}
                          </Text>
                        </details>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(mail.createdAt)}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {mail.sentAt ? formatDateTime(mail.sentAt) : mail.lastErrorCode ? t('failed', { code: mail.lastErrorCode }) : t('unsent')}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <LoadMore hasNextPage={data.outbox.pageInfo.hasNextPage} endCursor={data.outbox.pageInfo.endCursor} fetchMore={(after) => fetchMore({ variables: { after } })} />
        </>
      )}
    </Stack>
  );
}
