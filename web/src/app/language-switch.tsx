import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage, isLanguage, languages } from '../lib/i18n';

/** Bokmål or English, remembered in this browser. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <NativeSelect
      aria-label={t('language.label')}
      size="xs"
      value={i18n.language}
      data={languages.map((language) => ({ value: language, label: t(`language.${language}`) }))}
      onChange={(event) => {
        const value = event.currentTarget.value;
        if (isLanguage(value)) void changeLanguage(value);
      }}
    />
  );
}
