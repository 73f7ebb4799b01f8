import { Anchor } from '@mantine/core';
import { Link } from 'react-router';

/** The way back from a detail page to its list, above the heading. */
export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Anchor component={Link} to={to} size="sm">
      ← {label}
    </Anchor>
  );
}
