import { useTranslation } from 'react-i18next';
import { registerTranslations } from '../../lib/i18n';
import { processorsEn } from './locales/en';
import { processorsNb } from './locales/nb';

registerTranslations('processors', processorsNb, processorsEn);

export const useProcessorsT = () => useTranslation('processors');
