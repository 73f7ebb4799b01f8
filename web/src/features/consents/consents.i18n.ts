import { useTranslation } from 'react-i18next';
import { registerTranslations } from '../../lib/i18n';
import { consentsEn } from './locales/en';
import { consentsNb } from './locales/nb';

registerTranslations('consents', consentsNb, consentsEn);

export const useConsentsT = () => useTranslation('consents');
