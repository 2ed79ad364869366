// Random inputs shared by the property tests: noise worth inserting, and edits of a seed's lines.
import fc from 'fast-check';

/** Pieces of text that have broken parsers before: markup, figures, controls, bidi, surrogates, layout marks. */
export const NOISE = ['<script>alert(1)</script>', '$308.5 million', '3.085 億美元', '百分之三十二', '\u0000', '\u202e', '\ud800', '🙂', 'e\u0301', '\t', '\u3000', '　', '\r', 'Operator', 'Jane Doe -- Big Bank -- Analyst', '  • ', '1,1,1,1', '問與答:', 'Questions & Answers:'];

/** Random edits of a seed's lines: deletions, duplications, swaps, truncations and inserted noise. */
export function mutations(lines: readonly string[], noise: readonly string[] = NOISE) {
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(), length: fc.nat() }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), noise: fc.constantFrom(...noise) }),
  );
  return fc.array(edit, { maxLength: 20 }).map((edits) => {
    const result = [...lines];
    for (const e of edits) {
      if (result.length === 0) break;
      const at = e.at % result.length;
      if (e.kind === 'delete') result.splice(at, 1);
      else if (e.kind === 'duplicate') result.splice(at, 0, result[at]);
      else if (e.kind === 'swap') [result[at], result[e.with % result.length]] = [result[e.with % result.length], result[at]];
      else if (e.kind === 'truncate') result[at] = result[at].slice(0, e.length % (result[at].length + 1));
      else result[at] = result[at].slice(0, result[at].length >> 1) + e.noise + result[at].slice(result[at].length >> 1);
    }
    return result.join('\n');
  });
}
