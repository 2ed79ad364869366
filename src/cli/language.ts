// The one place that picks the CLI's language: `--lang`, else the POSIX locale variables, else English.
// The translations are the extension's own l10n bundles (English is the key), bundled into dist/cli.js
// at build time so the CLI reads no file to speak Chinese.
import * as l10n from '@vscode/l10n';
import zhCn from '../../l10n/bundle.l10n.zh-cn.json';
import zhTw from '../../l10n/bundle.l10n.zh-tw.json';
import type { Translate } from '../presentation/messages';

export type Language = 'en' | 'zh-tw' | 'zh-cn';

const BUNDLES: Record<Language, Record<string, string>> = { en: {}, 'zh-tw': zhTw, 'zh-cn': zhCn };

/** BCP 47 tags, for `<html lang>`. */
export const HTML_LANG: Record<Language, string> = { en: 'en', 'zh-tw': 'zh-TW', 'zh-cn': 'zh-CN' };

const TRADITIONAL_REGIONS = new Set(['tw', 'hk', 'mo']);
const SIMPLIFIED_REGIONS = new Set(['cn', 'sg', 'my']);

/**
 * `en-US`, `zh-TW`, `zh-Hant-HK`, `zh_CN.UTF-8@euro`… → a language the CLI ships, or null.
 * A script subtag decides before a region; a bare `zh` is Simplified, its most likely script.
 */
export function parseLanguage(tag: string): Language | null {
  const [language, ...subtags] = tag.trim().toLowerCase().split(/[.@]/)[0].split(/[-_]/);
  if (language === 'en') return 'en';
  if (language !== 'zh') return null;
  if (subtags.includes('hant')) return 'zh-tw';
  if (subtags.includes('hans')) return 'zh-cn';
  if (subtags.some((subtag) => TRADITIONAL_REGIONS.has(subtag))) return 'zh-tw';
  if (subtags.length === 0 || subtags.some((subtag) => SIMPLIFIED_REGIONS.has(subtag))) return 'zh-cn';
  return null;
}

export type Environment = Readonly<Record<string, string | undefined>>;

/** The first locale variable that is set decides, as for setlocale(3); a locale we do not ship (C, fr_FR) means English. */
export function languageFromEnvironment(env: Environment): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return (locale && parseLanguage(locale)) || 'en';
}

export interface LanguageChoice {
  readonly language: Language;
  /** The arguments without `--lang`. */
  readonly args: string[];
  /** The value of a `--lang` that names no language we ship ('' when it has none). */
  readonly refused?: string;
}

/** Takes `--lang X` or `--lang=X` out of the arguments (anywhere) and picks the language. */
export function chooseLanguage(args: readonly string[], env: Environment): LanguageChoice {
  const rest: string[] = [];
  let requested: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--lang') requested = args[++i] ?? '';
    else if (args[i].startsWith('--lang=')) requested = args[i].slice('--lang='.length);
    else rest.push(args[i]);
  }
  const fallback = languageFromEnvironment(env);
  if (requested === undefined) return { language: fallback, args: rest };
  const language = parseLanguage(requested);
  return language ? { language, args: rest } : { language: fallback, args: rest, refused: requested };
}

/** Makes every following `l10n.t` answer in `language`. */
export function useLanguage(language: Language): void {
  l10n.config({ contents: BUNDLES[language] });
}

/** The core's translate hook for finding messages: their English templates are the bundle keys. */
export const translate: Translate = (template, ...args) => l10n.t(template, ...args);
