// TBX termbases (ISO 30042, the exchange format of translation tools): each concept's English terms
// and its Chinese terms become glossary rows. Both editions are read: 2008's termEntry › langSet ›
// tig | ntig › term, and 2019's conceptEntry › langSec › termSec › term. A term whose administrative
// status says deprecated or superseded is never required. Read with saxes, a strict streaming XML
// parser that expands no entities beyond XML's own five, so a hostile file cannot blow up.
import { SaxesParser, type SaxesTagPlain } from 'saxes';

export interface TbxConcept {
  /** 1-based position of the concept in the file, for error messages. */
  readonly index: number;
  readonly english: readonly string[];
  readonly chinese: readonly string[];
}

export type TbxResult = { readonly ok: true; readonly concepts: TbxConcept[] } | { readonly ok: false; readonly message: string };

const CONCEPT = new Set(['termEntry', 'conceptEntry']);
const LANGUAGE = new Set(['langSet', 'langSec']);
const TERM_GROUP = new Set(['tig', 'ntig', 'termSec']);
const RETIRED = /deprecated|superseded|obsolete/i;
/** More concepts than any glossary holds: stop reading, the caller refuses it as too large. */
const MAX_CONCEPTS = 100_000;

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

export function readTbx(text: string): TbxResult {
  const concepts: TbxConcept[] = [];
  let concept: { english: string[]; chinese: string[] } | null = null;
  let language = '';
  let group: { term: string; retired: boolean } | null = null;
  /** Text being collected: a term's, or an administrative status's. */
  let collecting: 'term' | 'status' | null = null;
  let collected = '';
  let seen = 0;
  const parser = new SaxesParser({ xmlns: false });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    if (CONCEPT.has(name)) concept = { english: [], chinese: [] };
    else if (LANGUAGE.has(name)) language = String(tag.attributes['xml:lang'] ?? tag.attributes.lang ?? '').toLowerCase();
    else if (TERM_GROUP.has(name)) group = { term: '', retired: false };
    else if (name === 'term' || (name === 'termNote' && /administrativeStatus/i.test(String(tag.attributes.type ?? '')))) {
      collecting = name === 'term' ? 'term' : 'status';
      collected = '';
    }
  });
  const addText = (value: string) => {
    if (collecting) collected += value;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    if (collecting && (name === 'term' || name === 'termNote')) {
      const value = collected.replace(/\s+/g, ' ').trim();
      // A term outside any tig (TBX-Min and other dialects) is a group of its own.
      if (collecting === 'term' && !group) addTerm(value, false);
      else if (group && collecting === 'term') group.term = value;
      else if (group) group.retired ||= RETIRED.test(value);
      collecting = null;
    } else if (TERM_GROUP.has(name) && group) {
      addTerm(group.term, group.retired);
      group = null;
    } else if (LANGUAGE.has(name)) language = '';
    else if (CONCEPT.has(name) && concept) {
      seen++;
      if (concept.english.length > 0 && concept.chinese.length > 0) concepts.push({ index: seen, english: concept.english, chinese: concept.chinese });
      concept = null;
      if (seen > MAX_CONCEPTS) throw new RangeError('too many concepts');
    }
  });
  function addTerm(term: string, retired: boolean): void {
    if (!concept || term === '' || retired) return;
    if (language === 'en' || language.startsWith('en-')) concept.english.push(term);
    else if (language === 'zh' || language.startsWith('zh-')) concept.chinese.push(term);
  }
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof RangeError) return { ok: true, concepts };
    return { ok: false, message: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
  return { ok: true, concepts };
}
