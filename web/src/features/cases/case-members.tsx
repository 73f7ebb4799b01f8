import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Role } from '../../gql/graphql';
import { ConfirmAction } from '../../lib/confirm-action';
import { describeError } from '../../lib/graphql-errors';
import { useCasesT } from './cases.i18n';
import { AddCaseMemberMutation, RemoveCaseMemberMutation, UsersQuery } from './cases.operations';

type Member = { id: string; fullName: string; title?: string | null; role: Role };

/** Who works on the case (staff reach only their cases); partners add and remove people. */
export function CaseMembers({ caseId, members, canManage }: { caseId: string; members: readonly Member[]; canManage: boolean }) {
  const { t } = useCasesT();
  return (
    <Stack gap="sm" component="section" aria-labelledby="case-members-title">
      <Title order={2} size="h3" id="case-members-title">
        {t('detail.members')}
      </Title>
      <Paper withBorder p="sm">
        {members.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('detail.noMembers')}
          </Text>
        ) : (
          <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {members.map((member) => (
              <Group key={member.id} component="li" justify="space-between" gap="xs">
                <Text size="sm">
                  {member.fullName}
                  <Text span c="dimmed" size="sm">
                    {' · '}
                    {member.title ?? t(`role.${member.role}`, { ns: 'common' })}
                  </Text>
                </Text>
                {canManage && <RemoveMember caseId={caseId} member={member} />}
              </Group>
            ))}
          </Stack>
        )}
        {canManage && <AddMember caseId={caseId} current={members} />}
      </Paper>
    </Stack>
  );
}

function RemoveMember({ caseId, member }: { caseId: string; member: Member }) {
  const { t } = useCasesT();
  const [remove] = useMutation(RemoveCaseMemberMutation);
  return (
    <ConfirmAction
      label={t('detail.remove')}
      buttonProps={{ size: 'xs', variant: 'subtle', 'aria-label': t('detail.removeMember', { name: member.fullName }) }}
      title={t('detail.removeMemberTitle')}
      text={t('detail.removeMemberText', { name: member.fullName })}
      confirmLabel={t('detail.remove')}
      danger
      onConfirm={() => remove({ variables: { caseId, userId: member.id } })}
    />
  );
}

function AddMember({ caseId, current }: { caseId: string; current: readonly Member[] }) {
  const { t } = useCasesT();
  const users = useQuery(UsersQuery);
  const [userId, setUserId] = useState('');
  const [add, { loading }] = useMutation(AddCaseMemberMutation);
  const [error, setError] = useState<string | null>(null);
  const candidates = (users.data?.users ?? []).filter((u) => u.status === 'active' && u.role !== 'auditor' && !current.some((m) => m.id === u.id));

  async function submit() {
    if (!userId) return;
    setError(null);
    try {
      await add({ variables: { caseId, userId } });
      setUserId('');
    } catch (failure) {
      setError(describeError(failure).message);
    }
  }

  return (
    <Stack gap="xs" mt="sm">
      <Group align="flex-end" gap="sm">
        {/* The firm has a handful of users: a native list is quicker than a search. */}
        <NativeSelect
          label={t('detail.addMemberLabel')}
          data={[{ value: '', label: '–' }, ...candidates.map((u) => ({ value: u.id, label: u.fullName }))]}
          value={userId}
          onChange={(event) => setUserId(event.currentTarget.value)}
          w={260}
        />
        <Button variant="default" onClick={() => void submit()} loading={loading} disabled={!userId}>
          {t('detail.add')}
        </Button>
      </Group>
      {error && (
        <Alert color="red" variant="light" role="alert">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
