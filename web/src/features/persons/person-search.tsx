import { Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { usePersonsT } from './persons.i18n';

type Props = { onSearch: (query: string) => void; busy: boolean; error?: string | null };

/**
 * One field for email, phone or name. It searches on Enter or the button, not as the user
 * types: each search is written to the audit log, and half-typed names are not worth an entry.
 * The text stays in the page's state, never in the URL (it is personal data).
 */
export function PersonSearch({ onSearch, busy, error }: Props) {
  const { t } = usePersonsT();
  const [text, setText] = useState('');
  const [tooShort, setTooShort] = useState(false);

  return (
    <form
      role="search"
      aria-label={t('search.form')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const query = text.trim();
        setTooShort(query.length < 2);
        if (query.length >= 2) onSearch(query);
      }}
    >
      <TextInput
        type="search"
        label={t('search.label')}
        description={t('search.hint')}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        error={tooShort ? t('search.tooShort') : (error ?? undefined)}
        maxLength={200}
        autoComplete="off"
        maw={560}
        // The button sits beside the input itself, between the hint above and an error below.
        inputContainer={(input) => (
          <Group gap="sm" wrap="nowrap" align="flex-end">
            <div style={{ flex: 1 }}>{input}</div>
            <Button type="submit" loading={busy}>
              {t('search.submit')}
            </Button>
          </Group>
        )}
      />
    </form>
  );
}
