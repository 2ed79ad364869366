// The people and organisations of a call, from its speakers and participants, and the English forms
// that name them (`Thomas Josef Seifert`, `Thomas Seifert`, `Thomas`), found in English text by word.
import type { Transcript } from '../model';
import type { NameKind } from './types';
import { isUnnamedSpeaker } from '../parse/speakers';
import { peopleNamedIn, type Word } from './englishNames';

export interface Entity {
  readonly id: number;
  english: string;
  readonly kind: NameKind;
  role: string | null;
  /** How many turns the person speaks: the likelier referent of a shared given name. */
  turns: number;
}

/** An English form of one or more entities (a given name can be two people's). */
export interface Form {
  readonly text: string;
  readonly tokens: readonly string[];
  readonly entities: Entity[];
}

/** One English mention: the form it matches, where it stands in the paragraph. */
export interface Mention {
  readonly form: Form;
  readonly start: number;
  readonly end: number;
}

/** Given names that are also ordinary capitalised words (months, sentence-initial verbs). */
const AMBIGUOUS_GIVEN_NAMES = new Set(['May', 'June', 'April', 'August', 'Will', 'Grant', 'Rich', 'Chase', 'Page', 'Case', 'Long', 'Young', 'Hope', 'Joy', 'Sterling', 'Summer', 'Rob', 'Pat', 'Sue', 'Gene']);

const WORD = /[A-Za-z]+(?:['’][a-z]+)?/g;

/** Words of a name, without a possessive (`Mark's` → `Mark`); a person's only where capitalised. */
function tokensOf(name: string, capitalisedOnly: boolean): string[] {
  return (name.match(WORD) ?? []).map(withoutPossessive).filter((token) => !capitalisedOnly || /^[A-Z]/.test(token));
}

function withoutPossessive(token: string): string {
  return token.replace(/['’]s$/, '');
}

const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** People are one person when their first and last names agree (`Matthew Prince`, `Matthew George Prince`). */
const personKey = (tokens: readonly string[]): string => `${tokens[0]} ${tokens[tokens.length - 1]}`.toLowerCase();

/** A capitalised word, with `'t` or `'s` after it (a regular expression scans far faster than a loop here). */
const CAPITALISED = /(?<![A-Za-z])[A-Z][A-Za-z]*(?:['’][a-z]+)?/g;

/** The capitalised words of an English text, a possessive left out (`Mark's` → `Mark`; `Don't` stays whole). */
export function capitalisedWords(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(CAPITALISED)) {
    const word = /['’]s$/.test(match[0]) ? match[0].slice(0, -2) : match[0];
    words.push({ start: match.index, end: match.index + word.length, text: word });
  }
  return words;
}

export class EntityTable {
  readonly entities: Entity[] = [];
  private readonly people = new Map<string, Entity>();
  private readonly organizations = new Map<string, Entity>();
  /** Forms by their first word, longest first. */
  private readonly forms = new Map<string, Form[]>();
  private readonly formsByText = new Map<string, Form>();
  private readonly surnames = new Map<string, Entity>();

  static fromTranscript(transcript: Transcript): EntityTable {
    const table = new EntityTable();
    for (const section of transcript.sections) {
      for (const participant of section.participants) {
        table.addPerson(participant.name, participant.title, 0);
        if (participant.affiliation) table.addOrganization(participant.affiliation);
      }
      for (const turn of section.turns) {
        if (turn.speaker.role === 'operator') continue;
        // `Unidentified Analyst` names no one; a firm after it still is one.
        if (!isUnnamedSpeaker(turn.speaker.name)) table.addPerson(turn.speaker.name, turn.speaker.title, 1);
        if (turn.speaker.affiliation) table.addOrganization(turn.speaker.affiliation);
      }
    }
    return table;
  }

  /** A person by full name: known by the full name, given name and surname, and the given name alone. */
  addPerson(name: string, role: string | null, turns: number): Entity | null {
    const tokens = tokensOf(name, true);
    if (tokens.length < 2 || !/^[A-Z][a-z]/.test(tokens[0])) return null;
    let entity = this.people.get(personKey(tokens));
    if (!entity) {
      entity = this.newPerson(tokens, role);
      this.surnames.set(tokens[tokens.length - 1], entity);
    }
    entity.turns += turns;
    entity.role ??= role;
    this.addForm(tokens, entity);
    this.addForm([tokens[0], tokens[tokens.length - 1]], entity);
    if (!AMBIGUOUS_GIVEN_NAMES.has(tokens[0])) this.addForm([tokens[0]], entity);
    return entity;
  }

  addOrganization(name: string): Entity | null {
    const tokens = tokensOf(name, false);
    if (tokens.length === 0 || !/^[A-Z]/.test(tokens[0])) return null;
    const key = tokens.join(' ');
    let entity = this.organizations.get(key);
    if (!entity) {
      entity = { id: this.entities.length, english: name.trim(), kind: 'organization', role: null, turns: 0 };
      this.entities.push(entity);
      this.organizations.set(key, entity);
    }
    this.addForm(tokens, entity);
    return entity;
  }

  /** `Matt Hedberg` in the text for the speaker `Matthew George Hedberg`: `Matt` names him too. */
  addAliasesFrom(english: string, words: readonly Word[] = capitalisedWords(english)): void {
    for (let i = 1; i < words.length; i++) {
      const surname = this.surnames.get(words[i].text);
      const given = words[i - 1].text;
      if (!surname || !/^[A-Z][a-z]+$/.test(given) || AMBIGUOUS_GIVEN_NAMES.has(given) || words[i].start !== words[i - 1].end + 1) continue;
      if (english.charCodeAt(words[i - 1].end) !== 32 || this.formsByText.get(`${given} ${words[i].text}`)?.entities.includes(surname)) continue;
      this.addForm([given, words[i].text], surname);
      this.addForm([given], surname);
    }
  }

  /** People the text names with a cue (`said Jamie Vardy`): known by the name as written, not by a part of it. */
  addPeopleNamedIn(english: string, words: readonly Word[] = capitalisedWords(english)): void {
    for (const tokens of peopleNamedIn(english, words)) {
      if (this.people.has(personKey(tokens))) continue;
      const entity = this.newPerson(tokens, null);
      this.addForm(tokens, entity);
      if (tokens.length > 2) this.addForm([tokens[0], tokens[tokens.length - 1]], entity);
    }
  }

  /** A person entered in the table under the key of their first and last names. */
  private newPerson(tokens: readonly string[], role: string | null): Entity {
    const entity: Entity = { id: this.entities.length, english: tokens.join(' '), kind: 'person', role, turns: 0 };
    this.entities.push(entity);
    this.people.set(personKey(tokens), entity);
    return entity;
  }

  allForms(): IterableIterator<Form> {
    return this.formsByText.values();
  }

  formOf(text: string): Form | undefined {
    return this.formsByText.get(text);
  }

  private addForm(tokens: readonly string[], entity: Entity): void {
    const text = tokens.join(' ');
    let form = this.formsByText.get(text);
    if (!form) {
      form = { text, tokens, entities: [] };
      this.formsByText.set(text, form);
      const list = this.forms.get(tokens[0]) ?? [];
      list.push(form);
      list.sort((a, b) => b.tokens.length - a.tokens.length);
      this.forms.set(tokens[0], list);
    }
    if (!form.entities.includes(entity)) form.entities.push(entity);
  }

  /** The names an English text mentions, longest form first at each word, left to right. */
  mentionsIn(english: string, words: readonly Word[] = capitalisedWords(english)): Mention[] {
    const mentions: Mention[] = [];
    for (let i = 0; i < words.length; i++) {
      const candidates = this.forms.get(words[i].text);
      if (!candidates) continue;
      const start = words[i].start;
      const form = candidates.find((candidate) => english.startsWith(candidate.text, start) && !isLetter(english.charCodeAt(start + candidate.text.length)));
      if (!form) continue;
      const end = start + form.text.length;
      let next = i + 1;
      while (next < words.length && words[next].start < end) next++;
      // `Tom Evans` is not `Tom Blakey`: a name followed by another capitalised name is someone else's.
      if (next < words.length && words[next].start === end + 1 && english.charCodeAt(end) === 32 && /^[A-Z][a-z]/.test(words[next].text)) {
        i = next - 1;
        continue;
      }
      mentions.push({ form, start, end });
      i = next - 1;
    }
    return mentions;
  }
}
