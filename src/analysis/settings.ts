// User settings (`transcriptReview.*`), validated field by field: a bad value falls back to its default
// and is reported, and the other settings still apply.
// zod/mini: the same validation at a few kilobytes instead of hundreds in the bundle.
import * as z from 'zod/mini';
import type { GlossaryEntry } from './names/types';
import { DEFAULT_SEVERITIES, FINDING_CODES, SEVERITIES, type FindingCode, type Severity } from '../shared/vocabulary';

export interface Settings {
  readonly autoDetect: boolean;
  /** Which checks run. */
  readonly checks: Readonly<Record<FindingCode, boolean>>;
  readonly severity: Readonly<Record<FindingCode, Severity>>;
  /** Relative difference below which two figures count as the same (rounding in translation). */
  readonly roundingTolerance: number;
  /** Figures, as written in either language, that are never reported (`R2`, `Area 1`). */
  readonly ignoredFigures: readonly string[];
  /** Names, as written in either language, that are never reported (`Matt`, `馬特`). */
  readonly ignoredNames: readonly string[];
  /** Terms whose renderings the translation must use (`term-mismatch`). */
  readonly glossary: readonly GlossaryEntry[];
}

/** What the analysis takes from the settings (the rest decides what is shown, and how). */
export type AnalyzeOptions = Pick<Settings, 'roundingTolerance' | 'ignoredFigures' | 'ignoredNames' | 'glossary'>;

const codeRecord = <T extends z.ZodMiniType>(value: T) => z.partialRecord(z.enum(FINDING_CODES), value);

const glossaryText = z.string().check(z.minLength(1), z.maxLength(200));
const GLOSSARY_ENTRY = z.object({
  english: glossaryText,
  chinese: z.union([glossaryText, z.array(glossaryText).check(z.minLength(1), z.maxLength(20))]),
  kind: z.optional(z.enum(['person', 'organization', 'product'])),
});

const FIELDS = {
  autoDetect: z.boolean(),
  checks: codeRecord(z.boolean()),
  severity: codeRecord(z.enum(SEVERITIES)),
  roundingTolerance: z.number().check(z.gte(0), z.lte(0.2)),
  ignoredFigures: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(1000)),
  ignoredNames: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(1000)),
  glossary: z.array(GLOSSARY_ENTRY).check(z.maxLength(10_000)),
} as const;

export const DEFAULT_SETTINGS: Settings = {
  autoDetect: true,
  checks: Object.fromEntries(FINDING_CODES.map((code) => [code, true])) as Record<FindingCode, boolean>,
  severity: DEFAULT_SEVERITIES,
  roundingTolerance: 0,
  ignoredFigures: [],
  ignoredNames: [],
  glossary: [],
};

export interface SettingsResult {
  readonly settings: Settings;
  /** One line per setting that was invalid and fell back to its default. */
  readonly errors: readonly string[];
}

/** Reads settings from any object with a `get(name)` (VS Code's configuration) or a plain record. */
export function parseSettings(read: (name: string) => unknown): SettingsResult {
  const errors: string[] = [];
  const field = <K extends keyof typeof FIELDS>(name: K): z.infer<(typeof FIELDS)[K]> | undefined => {
    const raw = read(name);
    if (raw === undefined || raw === null) return undefined;
    const parsed = FIELDS[name].safeParse(raw);
    if (parsed.success) return parsed.data as z.infer<(typeof FIELDS)[K]>;
    errors.push(`transcriptReview.${name}: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
    return undefined;
  };
  const settings: Settings = {
    autoDetect: field('autoDetect') ?? DEFAULT_SETTINGS.autoDetect,
    checks: { ...DEFAULT_SETTINGS.checks, ...field('checks') },
    severity: { ...DEFAULT_SETTINGS.severity, ...field('severity') },
    roundingTolerance: field('roundingTolerance') ?? DEFAULT_SETTINGS.roundingTolerance,
    ignoredFigures: field('ignoredFigures') ?? DEFAULT_SETTINGS.ignoredFigures,
    ignoredNames: field('ignoredNames') ?? DEFAULT_SETTINGS.ignoredNames,
    glossary: field('glossary')?.map(glossaryEntry) ?? DEFAULT_SETTINGS.glossary,
  };
  return { settings, errors };
}

/** A glossary entry with its renderings always a list (the setting takes one string or several). */
function glossaryEntry(entry: z.infer<typeof GLOSSARY_ENTRY>): GlossaryEntry {
  const chinese = typeof entry.chinese === 'string' ? [entry.chinese] : entry.chinese;
  return entry.kind === undefined ? { english: entry.english, chinese } : { english: entry.english, chinese, kind: entry.kind };
}
