import { useTranslation } from 'react-i18next';
import { registerTranslations } from '../../lib/i18n';
import { registersEn } from './locales/en';
import { registersNb } from './locales/nb';

registerTranslations('registers', registersNb, registersEn);

export const useRegistersT = () => useTranslation('registers');
