// What the CLI tests share: running the CLI in-process, scratch files, and the JSON it promises.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { z } from 'zod';
import { runCli } from '../../src/cli/run';
import { FINDING_CODES } from '../../src/shared/vocabulary';

/** Runs the CLI in this process; `env` stands for the environment it reads its language from (none: English). */
export async function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (text) => (out += text), err: (text) => (err += text) }, env);
  return { code, out, err };
}

/** One scratch folder per test file, removed after its tests. */
export function scratchFolder(prefix: string) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  after(() => fs.rmSync(root, { recursive: true, force: true }));
  const tempDir = (name: string) => fs.mkdtempSync(path.join(root, name));
  const tempFile = (name: string, bytes: Uint8Array | string): string => {
    const file = path.join(tempDir('file-'), name);
    fs.writeFileSync(file, bytes);
    return file;
  };
  return { root, tempDir, tempFile };
}

/** `encoding`: the WHATWG name of the encoding read (`windows-1252`, `big5`…), present only for a file not read as UTF-8. */
const EncodingSchema = z.string().min(1).refine((name) => name !== 'utf-8', 'absent for UTF-8').optional();

/** The outline JSON as the public interface promises it. */
export const OutlineSchema = z.object({
  file: z.string(),
  encoding: EncodingSchema,
  layout: z.string(),
  sections: z.array(
    z.object({
      title: z.string(),
      line: z.number().int().positive(),
      turns: z.array(
        z.object({
          speaker: z.string(),
          title: z.string().nullable(),
          role: z.enum(['operator', 'executive', 'analyst', 'unknown']),
          line: z.number().int().positive(),
          endLine: z.number().int().positive(),
          paragraphs: z.number().int().nonnegative(),
        }),
      ),
    }),
  ),
});

/** The check JSON as the public interface promises it. */
const SideSchema = z.object({ text: z.string(), value: z.number().nullable(), unit: z.string(), line: z.number().int().positive() }).nullable();
export const CheckSchema = z.object({
  file: z.string(),
  encoding: EncodingSchema,
  diagnostics: z.array(
    z.object({
      code: z.enum(FINDING_CODES),
      severity: z.enum(['error', 'warning', 'information', 'hint']),
      line: z.number().int().positive(),
      column: z.number().int().positive(),
      endLine: z.number().int().positive(),
      endColumn: z.number().int().positive(),
      message: z.string().min(1),
      english: SideSchema,
      chinese: SideSchema,
    }),
  ),
});

/** The metrics JSON as the public interface promises it. */
export const MetricsSchema = z.object({
  file: z.string(),
  encoding: EncodingSchema,
  call: z.object({ company: z.string().nullable(), period: z.string().nullable(), date: z.string().nullable() }),
  metrics: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      value: z.number().nullable(),
      low: z.number().nullable(),
      high: z.number().nullable(),
      /** An ISO currency (`USD`, `CNY`), money per share in one (`EUR/share`), or `percent`, `count`, `bp`. */
      unit: z.union([z.string().regex(/^[A-Z]{3}(?:\/share)?$/), z.enum(['percent', 'count', 'bp'])]),
      period: z.string().nullable(),
      line: z.number().int().positive(),
      english: z.object({ text: z.string(), line: z.number().int().positive() }),
      chinese: z.object({ text: z.string(), line: z.number().int().positive() }).nullable(),
      translated: z.boolean(),
      consistent: z.boolean().nullable(),
    }),
  ),
  otherFigures: z
    .array(
      z.object({
        text: z.string(),
        value: z.number(),
        unit: z.union([z.string().regex(/^[A-Z]{3}(?:\/share)?$/), z.literal('percent')]),
        line: z.number().int().positive(),
        sentence: z.string().max(400),
        translated: z.boolean(),
      }),
    )
    .max(300),
  speakers: z.array(z.object({ speaker: z.string(), role: z.string(), turns: z.number().int(), words: z.number().int(), share: z.number().min(0).max(1) })),
});

/** The names JSON: each name of the call, how the translation writes it, and where it drops it (1-based lines). */
export const NamesSchema = z.object({
  file: z.string(),
  encoding: EncodingSchema,
  names: z.array(
    z.object({
      english: z.string().min(1),
      kind: z.enum(['person', 'organization', 'product']),
      role: z.string().nullable(),
      renderings: z.array(z.object({ text: z.string().min(1), count: z.number().int().positive(), lines: z.array(z.number().int().positive()).min(1) })),
      missing: z.array(z.number().int().positive()),
    }),
  ),
});
