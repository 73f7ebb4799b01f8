import { useTranslation } from 'react-i18next';
import { registerTranslations } from '../../lib/i18n';
import { newsletterEn } from './locales/en';
import { newsletterNb } from './locales/nb';

registerTranslations('newsletter', newsletterNb, newsletterEn);

export const useNewsletterT = () => useTranslation('newsletter');
