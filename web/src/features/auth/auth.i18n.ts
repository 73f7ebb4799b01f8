import { useTranslation } from 'react-i18next';
import { registerTranslations } from '../../lib/i18n';
import { authNb } from './locales/nb';

// English comes with the shell's other English texts (lib/i18n.ts), on demand.
registerTranslations('auth', authNb);

export const useAuthT = () => useTranslation('auth');
