import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { commonNb } from '../app/locales/nb';

/** Norwegian bokmål first (DOMAIN.md), English as a choice; the choice is remembered in this browser. */
export const languages = ['nb', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'nb';
const storageKey = 'pvr.language';

/** A resource file in the other language has the same keys, with its own texts. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(storageKey);
    return isLanguage(value) ? value : defaultLanguage;
  } catch {
    return defaultLanguage; // Storage blocked (privacy settings): fall back to bokmål.
  }
}

void i18next.use(initReactI18next).init({
  lng: storedLanguage(),
  fallbackLng: defaultLanguage,
  supportedLngs: [...languages],
  defaultNS: 'common',
  ns: ['common'],
  resources: { nb: { common: commonNb } },
  interpolation: { escapeValue: false }, // React escapes.
  initAsync: false,
  returnNull: false,
});

/**
 * The shell's English texts load on demand: most users never choose English, and the initial
 * bundle is tight. Features register both languages with their own (lazily loaded) code.
 */
const shellTranslations: Record<Exclude<Language, 'nb'>, () => Promise<Record<string, object>>> = {
  en: async () => {
    const [{ commonEn }, { authEn }] = await Promise.all([import('../app/locales/en'), import('../features/auth/locales/en')]);
    return { common: commonEn, auth: authEn };
  },
};

async function loadShellTranslations(language: Language): Promise<void> {
  if (language === 'nb' || i18next.hasResourceBundle(language, 'common')) return;
  const bundles = await shellTranslations[language]();
  for (const [namespace, resources] of Object.entries(bundles)) i18next.addResourceBundle(language, namespace, resources, true, true);
}

/** Resolves when the chosen language's shell texts are there; the app renders after it (at once for bokmål). */
export const i18nReady: Promise<void> = loadShellTranslations(currentLanguage()).catch(() => {
  void i18next.changeLanguage(defaultLanguage); // Offline or a stale release: bokmål is always there.
});

if (typeof document !== 'undefined') document.documentElement.lang = i18next.language;

/**
 * Each feature adds its texts when its code loads (with its route chunk), so the initial
 * bundle carries only the shell's. Both languages travel together: they are small.
 */
export function registerTranslations(namespace: string, nb: object, en?: object): void {
  if (i18next.hasResourceBundle('nb', namespace)) return;
  i18next.addResourceBundle('nb', namespace, nb);
  if (en) i18next.addResourceBundle('en', namespace, en);
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : defaultLanguage;
}

export async function changeLanguage(language: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(storageKey, language);
  } catch {
    // Not remembered, but still switched for this visit.
  }
  await loadShellTranslations(language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export { i18next };
