import { useTranslation } from 'react-i18next';
import { registerTranslations } from '../../lib/i18n';
import { overviewEn } from './locales/en';
import { overviewNb } from './locales/nb';

registerTranslations('overview', overviewNb, overviewEn);

export const useOverviewT = () => useTranslation('overview');
