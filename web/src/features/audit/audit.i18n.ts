import { useTranslation } from 'react-i18next';
import { registerTranslations } from '../../lib/i18n';
import { auditEn } from './locales/en';
import { auditNb } from './locales/nb';

registerTranslations('audit', auditNb, auditEn);

export const useAuditT = () => useTranslation('audit');
