import MiniSearch from 'minisearch';
import { acronyms, type Acronym } from './acronyms';
import { glossary, type GlossaryTerm } from './terms';

const NUMBER_WORDS: Record<string, string> = { one: '1', two: '2', three: '3', four: '4', first: '1', second: '2', third: '3', fourth: '4' };
const SHORTHAND: Record<string, string> = { cat: 'category', lvl: 'level', cats: 'category', categories: 'category', levels: 'level' };
const FILLER = new Set(['a', 'an', 'the', 'of', 'is', 'are', 'what', 'does', 'do', 'mean', 'means', 'meaning', 'stand', 'stands', 'for', 'term', 'word', 'called']);

/** One word as the glossary compares it: lower case, number words as digits, "cat" as "category". */
function processWord(word: string): string | null {
  const w = word.toLowerCase().replace(/^'+|'+$/g, '');
  if (!w || FILLER.has(w)) return null;
  return NUMBER_WORDS[w] ?? SHORTHAND[w] ?? w;
}

const tokenize = (text: string): string[] => text.toLowerCase().replace(/[\u2018\u2019]/g, "'").split(/[^\p{L}\p{N}']+/u).filter(Boolean);

/** A phrase in the form that exact lookup compares: processed words joined by spaces. */
const key = (text: string): string => tokenize(text.replace(/\bs\.\s*(\d)/gi, 's$1')).map(processWord).filter(Boolean).join(' ');

const byKey = new Map<string, GlossaryTerm>();
for (const term of glossary) {
  for (const phrase of [term.term.replace(/\s*\(.*\)$/, ''), ...term.aliases]) {
    const k = key(phrase);
    if (k && !byKey.has(k)) byKey.set(k, term);
  }
}

const index = new MiniSearch<GlossaryTerm & { names: string }>({
  fields: ['term', 'names'],
  storeFields: ['id'],
  tokenize,
  processTerm: processWord,
  searchOptions: { boost: { names: 2 }, fuzzy: 0.25, prefix: true, combineWith: 'AND' },
});
index.addAll(glossary.map((t) => ({ ...t, names: t.aliases.join(' ') })));

export type Lookup = { kind: 'term'; term: GlossaryTerm } | { kind: 'acronym'; acronym: Acronym };

/** Finds the term a user means: exactly ("MAPPA category 3", "cat 3"), or fuzzily ("mappa cat3", "pipot",
 * "level two", "appropiate adult"); an acronym the glossary does not explain comes from the acronym list. */
export function lookupTerm(text: string): Lookup | undefined {
  const k = key(text.replace(/\b(cat|level|lvl|category)(\d)\b/gi, '$1 $2'));
  if (!k) return undefined;
  const exact = byKey.get(k) ?? byKey.get(k.replace(/^mappa /, ''));
  if (exact) return { kind: 'term', term: exact };
  const acronym = acronyms.find((a) => a.short.toLowerCase() === text.trim().toLowerCase().replace(/[?.!]+$/, ''));
  const hits = index.search(k);
  const best = hits[0];
  if (best && (hits.length === 1 || best.score >= hits[1].score * 1.2)) {
    const term = glossary.find((t) => t.id === best.id);
    if (term) return { kind: 'term', term };
  }
  return acronym ? { kind: 'acronym', acronym } : undefined;
}

/** The long form of an acronym, for "what does X stand for" ("DSO" → "Designated Senior Officer"). */
export function acronymFor(text: string): Acronym | undefined {
  const t = text.trim().toLowerCase().replace(/[?.!]+$/, '').replace(/^(?:an?|the)\s+/, '');
  return acronyms.find((a) => a.short.toLowerCase() === t);
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The acronyms a text uses without spelling them out, in the order of the acronym list: for a line that
 * spells them out, so that a card never leaves one unexplained. */
export function acronymsUnexplained(text: string): Acronym[] {
  const lower = text.toLowerCase();
  return acronyms.filter((a) => new RegExp(`(^|[^\\p{L}])${escape(a.short)}(?![\\p{L}])`, 'u').test(text) && !lower.includes(a.long.replace(/\s*\(.*\)$/, '').toLowerCase()));
}
