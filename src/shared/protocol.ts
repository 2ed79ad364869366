// Messages between the extension and the review panel (and the payload the HTML report embeds).
// Every message names the document (URI string) and the version it describes. Both sides `safeParse`
// what they receive; anything malformed, oversized or of an unknown type is dropped and logged.
// zod/mini keeps the bundles small (see src/analysis/settings.ts).
import * as z from 'zod/mini';
import { FINDING_CODES, ROLES, SEVERITIES, type FindingCode, type Severity, type SpeakerRole } from './vocabulary';

export const LIMITS = {
  uri: 4096,
  /** Labels, names, figures as written, periods. */
  text: 1000,
  message: 2000,
  /** One localised UI string. */
  string: 500,
  metrics: 2000,
  /** Other figures stated by the company (the analysis keeps at most 300). */
  otherFigures: 300,
  speakers: 500,
  turnsPerSpeaker: 2000,
  /** People, organisations and terms of the name index, and per name its renderings and dropped mentions. */
  names: 1000,
  renderingsPerName: 50,
  missingPerName: 500,
  answeredBy: 50,
  qa: 1000,
  problems: 5000,
  /** Largest line or character number accepted. */
  position: 10_000_000,
  /** Largest document version accepted. */
  version: Number.MAX_SAFE_INTEGER,
} as const;

export const EXPORT_FORMATS = ['json', 'csv', 'markdown'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Every UI string the panel shows besides the vocabulary's labels; the English text is the l10n key (src/presentation/strings.ts). */
export const UI_STRING_KEYS = [
  'issues',
  'exportAs',
  'keyFigures',
  'metric',
  'english',
  'chinese',
  'status',
  'statusOk',
  'statusMismatch',
  'statusNone',
  'statusUntranslated',
  'noFigures',
  'guidance',
  'period',
  'range',
  'value',
  'noGuidance',
  'speakers',
  'shareOfWords',
  'wordsAndTurns',
  'noSpeakers',
  'qa',
  'analyst',
  'firm',
  'questions',
  'answeredBy',
  'noQa',
  'problems',
  'filterCode',
  'filterSeverity',
  'allCodes',
  'allSeverities',
  'noProblems',
  'noMatchingProblems',
  'shownOf',
  'truncated',
  'line',
  'lineColumn',
  'revealChinese',
  'otherFigures',
  'noOtherFigures',
  'figure',
  'sentence',
  'names',
  'noNames',
  'name',
  'renderings',
  'notNamed',
  'person',
  'organization',
  'product',
] as const;
export type UiStringKey = (typeof UI_STRING_KEYS)[number];
export type UiStrings = Readonly<Record<UiStringKey, string>>;

/** The vocabulary's names in the reader's language (src/shared/vocabulary.ts). */
export interface Labels {
  readonly codes: Readonly<Record<FindingCode, string>>;
  readonly severities: Readonly<Record<Severity, string>>;
  readonly roles: Readonly<Record<SpeakerRole, string>>;
}

/**
 * The schemas, built on first use: with zod's own set-up they take milliseconds that the editor's
 * start-up need not pay (the panel may never open).
 */
function buildSchemas() {
  const text = (max: number = LIMITS.text) => z.string().check(z.maxLength(max));
  const count = z.int().check(z.gte(0), z.lte(LIMITS.position));
  const line = count;
  const uri = text(LIMITS.uri);
  const version = z.int().check(z.gte(0), z.lte(LIMITS.version));

  const rangeFields = { line, character: line, endLine: line, endCharacter: line };

  const stringsOf = <K extends string>(keys: readonly K[]) => z.strictObject(Object.fromEntries(keys.map((key) => [key, text(LIMITS.string)])) as Record<K, z.ZodMiniString>);
  const StringsSchema = stringsOf(UI_STRING_KEYS);
  const LabelsSchema = z.strictObject({ codes: stringsOf(FINDING_CODES), severities: stringsOf(SEVERITIES), roles: stringsOf(ROLES) });

  const MetricRowSchema = z.strictObject({
    key: text(),
    label: text(),
    guidance: z.boolean(),
    period: z.nullable(text()),
    /** The figure as the English writes it. */
    english: text(),
    /** The Chinese figure as written, or null where the translation has none. */
    chinese: z.nullable(text()),
    /** The normalised value, written out (`308,500,000 USD`), or the low–high range for guidance. */
    value: text(),
    /** `untranslated`: the English paragraph has no translation; `none`: it has one, with no counterpart figure. */
    status: z.enum(['ok', 'mismatch', 'none', 'untranslated']),
    ...rangeFields,
    /** Where the Chinese figure sits, or null. */
    chineseRange: z.nullable(z.strictObject(rangeFields)),
  });

  /** A money amount or percentage stated by the company that no key figure took. */
  const OtherFigureRowSchema = z.strictObject({
    /** The figure as the English writes it. */
    english: text(),
    /** The sentence it stands in. */
    sentence: text(),
    translated: z.boolean(),
    ...rangeFields,
  });

  const SpeakerRowSchema = z.strictObject({
    name: text(),
    role: z.enum(ROLES),
    title: z.nullable(text()),
    affiliation: z.nullable(text()),
    turns: count,
    words: count,
    /** Share of the call's English words, 0–1. */
    share: z.number().check(z.gte(0), z.lte(1)),
    /** First line of the first turn. */
    line,
    /** [first line, last line] of each turn, for highlighting the speaker under the cursor. */
    ranges: z.array(z.tuple([line, line])).check(z.maxLength(LIMITS.turnsPerSpeaker)),
  });

  const QaRowSchema = z.strictObject({
    analyst: text(),
    firm: z.nullable(text()),
    questions: count,
    answeredBy: z.array(text()).check(z.maxLength(LIMITS.answeredBy)),
    line,
    endLine: line,
  });

  const ProblemRowSchema = z.strictObject({
    id: text(),
    code: z.enum(FINDING_CODES),
    severity: z.enum(SEVERITIES),
    message: text(LIMITS.message),
    ...rangeFields,
  });

  /** A person, organisation or term of the call: how the translation writes it, where it drops it (0-based lines). */
  const NameRowSchema = z.strictObject({
    english: text(),
    kind: z.enum(['person', 'organization', 'product']),
    role: z.nullable(text()),
    /** Most frequent first; each goes to the first place that writes it. */
    renderings: z.array(z.strictObject({ text: text(), count, ...rangeFields })).check(z.maxLength(LIMITS.renderingsPerName)),
    /** English lines naming it whose translation does not. */
    missing: z.array(line).check(z.maxLength(LIMITS.missingPerName)),
    ...rangeFields,
  });

  const ReviewPayloadSchema = z.strictObject({
    /** Base name of the transcript, for the header when the call has no company name. */
    fileName: text(),
    call: z.strictObject({ company: z.nullable(text()), period: z.nullable(text()), date: z.nullable(text()) }),
    metrics: z.array(MetricRowSchema).check(z.maxLength(LIMITS.metrics)),
    otherFigures: z.array(OtherFigureRowSchema).check(z.maxLength(LIMITS.otherFigures)),
    speakers: z.array(SpeakerRowSchema).check(z.maxLength(LIMITS.speakers)),
    qa: z.array(QaRowSchema).check(z.maxLength(LIMITS.qa)),
    names: z.array(NameRowSchema).check(z.maxLength(LIMITS.names)),
    problems: z.array(ProblemRowSchema).check(z.maxLength(LIMITS.problems)),
    /** Problems by severity, counting any left out of `problems` by the cap. */
    counts: z.strictObject({ error: count, warning: count, information: count, hint: count }),
    /** How many problems there are in all (more than `problems.length` when capped). */
    totalProblems: count,
    strings: StringsSchema,
    labels: LabelsSchema,
  });

  const envelope = { uri, version };

  const UpdateMessageSchema = z.strictObject({ type: z.literal('update'), ...envelope, payload: ReviewPayloadSchema });
  const CursorMessageSchema = z.strictObject({ type: z.literal('cursor'), ...envelope, line });

  /** Extension → panel. */
  const ToPanelSchema = z.discriminatedUnion('type', [UpdateMessageSchema, CursorMessageSchema]);

  /** Panel → extension. `ready` carries the URI and version the panel last showed ('' and 0 when new). */
  const FromPanelSchema = z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('ready'), ...envelope }),
    z.strictObject({ type: z.literal('reveal'), ...envelope, ...rangeFields }),
    z.strictObject({ type: z.literal('export'), ...envelope, format: z.enum(EXPORT_FORMATS) }),
  ]);

  /** What the webview keeps with `setState`, and the serializer restores. */
  const PanelStateSchema = z.object({
    uri: uri,
    version: z.optional(version),
    scrollY: z.optional(z.number().check(z.gte(0), z.lte(1e9))),
    filters: z.optional(z.object({ code: z.optional(text(100)), severity: z.optional(text(100)) })),
    /** Sections the reader folded. */
    closed: z.optional(z.array(text(40)).check(z.maxLength(20))),
  });

  return { MetricRowSchema, OtherFigureRowSchema, SpeakerRowSchema, QaRowSchema, NameRowSchema, ProblemRowSchema, ReviewPayloadSchema, UpdateMessageSchema, ToPanelSchema, FromPanelSchema, PanelStateSchema };
}

type Schemas = ReturnType<typeof buildSchemas>;
let built: Schemas | undefined;
const schemas = (): Schemas => (built ??= buildSchemas());

export type MetricRow = z.infer<Schemas['MetricRowSchema']>;
export type OtherFigureRow = z.infer<Schemas['OtherFigureRowSchema']>;
export type SpeakerRow = z.infer<Schemas['SpeakerRowSchema']>;
export type QaRow = z.infer<Schemas['QaRowSchema']>;
export type NameRow = z.infer<Schemas['NameRowSchema']>;
export type ProblemItem = z.infer<Schemas['ProblemRowSchema']>;
export type ReviewPayload = z.infer<Schemas['ReviewPayloadSchema']>;
export type UpdateMessage = z.infer<Schemas['UpdateMessageSchema']>;
export type ToPanelMessage = z.infer<Schemas['ToPanelSchema']>;
export type FromPanelMessage = z.infer<Schemas['FromPanelSchema']>;
export type PanelState = z.infer<Schemas['PanelStateSchema']>;

export type ParseResult<T> = { ok: true; message: T } | { ok: false; reason: string };

function describe(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

function parseWith<T>(schema: z.ZodMiniType<T>, raw: unknown): ParseResult<T> {
  const result = schema.safeParse(raw);
  return result.success ? { ok: true, message: result.data } : { ok: false, reason: describe(result.error) };
}

/** Validates a message from the panel; a failure's reason is short and safe to log. */
export const parseFromPanel = (raw: unknown): ParseResult<FromPanelMessage> => parseWith(schemas().FromPanelSchema, raw);

/** Validates a message for the panel (the extension checks what it sends; tests and the report use it too). */
export const parseToPanel = (raw: unknown): ParseResult<ToPanelMessage> => parseWith(schemas().ToPanelSchema, raw);

export const parsePanelState = (raw: unknown): ParseResult<PanelState> => parseWith(schemas().PanelStateSchema, raw);
