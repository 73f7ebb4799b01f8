import { useTranslation } from 'react-i18next';
import { registerTranslations } from '../../lib/i18n';
import { requestsEn } from './locales/en';
import { requestsNb } from './locales/nb';

registerTranslations('requests', requestsNb, requestsEn);

export const useRequestsT = () => useTranslation('requests');
