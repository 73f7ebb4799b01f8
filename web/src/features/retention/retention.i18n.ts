import { useTranslation } from 'react-i18next';
import { registerTranslations } from '../../lib/i18n';
import { retentionEn } from './locales/en';
import { retentionNb } from './locales/nb';

registerTranslations('retention', retentionNb, retentionEn);

export const useRetentionT = () => useTranslation('retention');
