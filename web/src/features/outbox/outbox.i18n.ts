import { useTranslation } from 'react-i18next';
import { registerTranslations } from '../../lib/i18n';
import { outboxEn } from './locales/en';
import { outboxNb } from './locales/nb';

registerTranslations('outbox', outboxNb, outboxEn);

export const useOutboxT = () => useTranslation('outbox');
