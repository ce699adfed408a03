import { acronyms, remembered } from '../rules';
import { formatLondon, formatLondonDate, isIsoDate, parseInstant } from '../rules/calendar';
import type { Card } from './card';

/**
 * What users read is plain English (STYLE.md): no word of ours, every acronym spelt out where it first appears.
 * Flow texts are written for reviewers as well as users, so the few words of ours they carry are put into the
 * user's words here, at the one place every card and message passes through.
 */
const makersWords: [RegExp, string][] = [
  [/\bthis flow\b/g, 'this check'],
  [/\bflows\b/g, 'checks'],
  [/\bflow\b/g, 'check'],
  [/\bFlow\b/g, 'Check'],
  [/\bthe seed\b/g, 'the procedure'],
  [/\bQ(\d{1,2})\b/g, 'question $1'],
];

/** Most texts on a card are the flows' own and come back turn after turn, so what each pass finds in a text is
 * remembered. */
export const inUsersWords = remembered((text: string): string =>
  makersWords.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement), text),
);

/** The acronyms `text` uses, outside link targets. */
const acronymsIn = remembered((text: string): string[] => [...new Set(Array.from(text.replace(LINK_TARGET, ' ').matchAll(pattern), (m) => m[1]))]);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = [...acronyms].sort((a, b) => b.short.length - a.short.length);
const pattern = new RegExp(`(?<![\\w/.-])(${byLength.map((a) => escape(a.short)).join('|')})(s?)(?![\\w-]|\\.\\w)`, 'g');
const longOf = new Map(acronyms.map((a) => [a.short, a.long]));

/** Markdown link targets are addresses, not words: they are left as they are. */
const LINK_TARGET = /\]\([^)]*\)/g;

/** Spells out, in `text`, each acronym not in `seen` at its first appearance ("Designated Senior Officer (DSO)"),
 * and adds it to `seen`. An acronym already written after or before its long form is left alone. */
export function spellOut(text: string, seen: Set<string>): string {
  if (acronymsIn(text).every((short) => seen.has(short))) return text;
  const parts = text.split(LINK_TARGET);
  const targets = text.match(LINK_TARGET) ?? [];
  const spelt = parts.map((part) =>
    part.replace(pattern, (match: string, short: string, plural: string, offset: number, whole: string) => {
      if (seen.has(short)) return match;
      seen.add(short);
      const long = longOf.get(short)!;
      const before = whole.slice(0, offset).toLowerCase();
      if (before.endsWith(`${long.toLowerCase()}${plural} (`) || before.endsWith(`${long.toLowerCase()} (`)) return match;
      // Written the other way round, "DSO (Designated Senior Officer)" or "DSO stands for …", it is spelt out already.
      const after = whole.slice(offset + match.length).toLowerCase();
      if (after.startsWith(` (${long.toLowerCase()}`) || after.startsWith(` stands for ${long.toLowerCase()}`)) return match;
      const words = `${long}${plural} (${short}${plural})`;
      // After a full stop, a colon or the "·" between a deadline and its owner, the spelt-out words start with a capital.
      const startsSentence = /(^|[.:!?·]\s+)\W*$/.test(whole.slice(0, offset));
      return startsSentence ? words.charAt(0).toUpperCase() + words.slice(1) : words;
    }),
  );
  return spelt.reduce((out, part, i) => out + part + (targets[i] ?? ''), '');
}

/** A message in plain words: the makers' words replaced and every acronym spelt out at its first use. */
export function plainText(text: string): string {
  return spellOut(inUsersWords(text), new Set());
}

/** An answer as the user reads it: a date-time or date as "17:00 Mon 7 Dec 2026", never in ISO form. */
export function readableAnswer(text: string): string {
  if (isIsoDate(text)) return formatLondonDate(text);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) {
    const at = parseInstant(text);
    return at ? formatLondon(at) : text;
  }
  return text;
}

/** Facts have a title and a value; choices do too, but a choice's value is an option id the user never sees. */
function readable(o: Record<string, unknown>, key: string, inFactSet: boolean): boolean {
  if (key === 'text') return o.type === 'TextBlock';
  if (key === 'title') return o.type === undefined || (typeof o.type === 'string' && o.type.startsWith('Action.'));
  if (key === 'value') return inFactSet && o.type === undefined;
  return key === 'label' || key === 'placeholder';
}

const isHeading = (o: Record<string, unknown>) => o.type === 'TextBlock' && o.style === 'heading';

/** The fields of a card a user reads, in reading order: text blocks, facts, choices and input labels. Button
 * titles are short and follow the text they act on, so they are put in plain words without being lengthened;
 * so are headings (TextBlock style "heading"), whose acronyms are spelt out where the text below first uses
 * them, or in the heading itself when nothing below does. Submit data holds ids, never words for the user. */
function visit(node: unknown, seen: Set<string>, headings: Record<string, unknown>[], inFactSet = false): void {
  if (Array.isArray(node)) {
    node.forEach((n) => visit(n, seen, headings, inFactSet));
    return;
  }
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  if (isHeading(o)) {
    headings.push(o);
    return;
  }
  const isAction = typeof o.type === 'string' && o.type.startsWith('Action.');
  for (const [key, value] of Object.entries(o)) {
    if (key === 'data') continue;
    if (typeof value === 'string' && readable(o, key, inFactSet)) o[key] = isAction ? inUsersWords(value) : spellOut(inUsersWords(value), seen);
    else if (value && typeof value === 'object') visit(value, seen, headings, o.type === 'FactSet' && key === 'facts');
  }
}

/** A card in the user's words: every acronym spelt out once on the card, at its first use in the text, and no
 * word of ours. */
export function inPlainWords(card: Card): Card {
  const seen = new Set<string>();
  const headings: Record<string, unknown>[] = [];
  visit(card, seen, headings);
  for (const heading of headings) heading.text = spellOut(inUsersWords(String(heading.text)), seen);
  return card;
}
