/** UI language: zh_CN is the default, en for every browser not set to Chinese. */
export type Lang = 'zh' | 'en';

export function langFromLocale(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Picks the sentence for the language; used where core builds a message a seller reads. */
export function say(lang: Lang, zh: string, en: string): string {
  return lang === 'zh' ? zh : en;
}
