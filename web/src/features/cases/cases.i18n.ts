import { useTranslation } from 'react-i18next';
import { registerTranslations } from '../../lib/i18n';
import { casesEn } from './locales/en';
import { casesNb } from './locales/nb';

registerTranslations('cases', casesNb, casesEn);

export const useCasesT = () => useTranslation('cases');
