import { useTranslation } from 'react-i18next';
import { registerTranslations } from '../../lib/i18n';
import { personsEn } from './locales/en';
import { personsNb } from './locales/nb';

registerTranslations('persons', personsNb, personsEn);

export const usePersonsT = () => useTranslation('persons');
