import { useTranslation } from 'react-i18next';
import { registerTranslations } from '../../lib/i18n';
import { candidatesEn } from './locales/en';
import { candidatesNb } from './locales/nb';

registerTranslations('candidates', candidatesNb, candidatesEn);

export const useCandidatesT = () => useTranslation('candidates');
