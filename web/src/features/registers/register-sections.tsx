import { Button, Group } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { useRegistersT } from './registers.i18n';

const sections = [
  { path: '/protokoll', label: 'sections.record' },
  { path: '/protokoll/personvernerklaering', label: 'sections.statement' },
] as const;

/** The record and the statement's lists are two views of one register: each page links to both. */
export function RegisterSections() {
  const { t } = useRegistersT();
  const { pathname } = useLocation();
  return (
    <Group component="nav" aria-label={t('sections.label')} gap="xs">
      {sections.map((section) => {
        const current = pathname === section.path;
        return (
          <Button key={section.path} component={Link} to={section.path} size="xs" variant={current ? 'filled' : 'default'} aria-current={current ? 'page' : undefined}>
            {t(section.label)}
          </Button>
        );
      })}
    </Group>
  );
}
