import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { getFragmentData } from '../../gql';
import type { AgreementFieldsFragment } from '../../gql/graphql';
import { BackLink } from '../../lib/back-link';
import { ConfirmAction } from '../../lib/confirm-action';
import { Fact } from '../../lib/fact';
import { FactGrid, FactsSection } from '../../lib/facts-section';
import { notifySuccess } from '../../lib/notify';
import { PageHeader } from '../../lib/page-header';
import { QueryState } from '../../lib/query-state';
import { useAbilities } from '../auth/use-session-user';
import { AgreementCard } from './agreement-card';
import { useProcessorsT } from './processors.i18n';
import { AgreementFieldsFragment as AgreementFields, DeleteProcessorMutation, ProcessorFieldsFragment, ProcessorQuery } from './processors.operations';

const ProcessorFormDialog = lazy(() => import('./processor-form-dialog'));
const AgreementFormDialog = lazy(() => import('./agreement-form-dialog'));

type Dialog = { kind: 'processor' } | { kind: 'agreement'; agreement?: AgreementFieldsFragment } | null;

export default function ProcessorPage() {
  const { t } = useProcessorsT();
  const { id = '' } = useParams();
  const { manage } = useAbilities();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<Dialog>(null);
  const { data, error, refetch } = useQuery(ProcessorQuery, { variables: { id } });
  const [deleteProcessor] = useMutation(DeleteProcessorMutation, { refetchQueries: ['Processors'] });

  const back = <BackLink to="/behandlere" label={t('detail.back')} />;
  if (!data) return <QueryState error={error} errorTitle={t('detail.loadFailed')} loadingLabel={t('detail.loading')} onRetry={refetch} back={back} />;

  const p = getFragmentData(ProcessorFieldsFragment, data.processor);
  const list = (items: readonly string[]) => (items.length ? items.join(', ') : '–');
  return (
    <Stack gap="lg">
      {back}
      <PageHeader
        title={p.name}
        actions={
          manage && (
            <>
              <Button onClick={() => setDialog({ kind: 'processor' })}>{t('detail.edit')}</Button>
              <ConfirmAction
                label={t('detail.delete')}
                title={t('detail.deleteTitle')}
                text={t('detail.deleteText', { name: p.name })}
                confirmLabel={t('detail.delete')}
                danger
                onConfirm={async () => {
                  await deleteProcessor({ variables: { id: p.id } });
                  notifySuccess(t('detail.deleted'));
                  void navigate('/behandlere');
                }}
              />
            </>
          )
        }
      >
        <Group gap="sm">
          <Text c="dimmed">{t(`role.${p.role}`)}</Text>
          {p.hasPersonalDataAccess && !p.hasSignedAgreement && (
            <Badge variant="dot" color="red" tt="none" fw={700}>
              {t('missingAgreement')}
            </Badge>
          )}
        </Group>
      </PageHeader>

      <FactsSection titleId="processor-facts-title" title={t('detail.facts')}>
        <FactGrid>
          <Fact label={t('detail.service')} value={p.serviceDescription} />
          <Fact label={t('detail.orgNumber')} value={p.organisationNumber ?? '–'} />
          {p.parentProcessor && <Fact label={t('detail.parent')} value={<Anchor component={Link} to={`/behandlere/${p.parentProcessor.id}`} size="sm">{p.parentProcessor.name}</Anchor>} />}
          <Fact label={t('columns.access')} value={p.hasPersonalDataAccess ? t('state.yes', { ns: 'common' }) : t('state.no', { ns: 'common' })} />
          <Fact label={t('detail.dataCategories')} value={list(p.dataCategories)} />
          <Fact label={t('detail.subjectCategories')} value={list(p.dataSubjectCategories)} />
          <Fact label={t('location.label')} value={t(`location.${p.dataLocation}`)} />
          <Fact label={t('detail.countries')} value={list(p.countries)} />
          {p.transferBasis && <Fact label={t('transferBasis.label')} value={t(`transferBasis.${p.transferBasis}`)} />}
          <Fact label={t('detail.website')} value={p.website ? <Anchor href={p.website} target="_blank" rel="noreferrer noopener" size="sm">{p.website}</Anchor> : '–'} />
          <Fact label={t('detail.listed')} value={p.listedInPrivacyStatement ? t('state.yes', { ns: 'common' }) : t('state.no', { ns: 'common' })} />
          {p.optOutUrl && <Fact label={t('detail.optOut')} value={<Anchor href={p.optOutUrl} target="_blank" rel="noreferrer noopener" size="sm">{p.optOutUrl}</Anchor>} />}
        </FactGrid>
      </FactsSection>

      <Stack gap="sm" component="section" aria-labelledby="processor-agreements-title">
        <Group justify="space-between">
          <Title order={2} size="h3" id="processor-agreements-title">
            {t('detail.agreements')}
          </Title>
          {manage && <Button variant="light" onClick={() => setDialog({ kind: 'agreement' })}>{t('detail.addAgreement')}</Button>}
        </Group>
        {data.processor.agreements.length === 0 ? (
          <Text c="dimmed">{t('detail.noAgreements')}</Text>
        ) : (
          data.processor.agreements.map((agreement) => (
            <AgreementCard
              key={agreement.id}
              agreement={agreement}
              onEdit={manage ? () => setDialog({ kind: 'agreement', agreement: getFragmentData(AgreementFields, agreement) }) : undefined}
            />
          ))
        )}
      </Stack>

      {dialog && (
        <Suspense fallback={null}>
          {dialog.kind === 'processor' ? (
            <ProcessorFormDialog processor={p} onClose={() => setDialog(null)} onSaved={() => setDialog(null)} />
          ) : (
            <AgreementFormDialog processor={{ id: p.id, name: p.name }} agreement={dialog.agreement} onClose={() => setDialog(null)} />
          )}
        </Suspense>
      )}
    </Stack>
  );
}
