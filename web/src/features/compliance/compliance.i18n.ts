import { useTranslation } from 'react-i18next';
import { registerTranslations } from '../../lib/i18n';
import { complianceEn } from './locales/en';
import { complianceNb } from './locales/nb';

registerTranslations('compliance', complianceNb, complianceEn);

export const useComplianceT = () => useTranslation('compliance');
