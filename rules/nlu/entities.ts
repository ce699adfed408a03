import { parseInstant } from '../calendar';
import { readDateTime } from './dateTime';
import { NUMBER_PATTERN, readNumber } from './numbers';
import type { Entities } from './types';

const EVENTS: [RegExp, NonNullable<Entities['when']>['event']][] = [
  [/\b(?:asked|requested|rang|called|phoned|contacted|request(?:ed)? came in)\b/, 'asked'],
  [/\bremanded\b/, 'remanded'],
  [/\b(?:received|came in|referred|reported)\b/, 'received'],
];

/** The time phrase right after an event word: "asked us at about 1.15am tonight" → "1.15am tonight". */
const WHEN = /\b(?:at|around|about|on|from)?\s*((?:(?:yesterday|today|tonight|last night|this morning|this afternoon|this evening|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+(?:at\s+)?)?(?:\d{1,2}[:.]\d{2}(?:\s*(?:am|pm))?|\d{1,2}\s*(?:am|pm))(?:\s+(?:yesterday|today|tonight|last night|this morning|this afternoon|this evening))?|(?:yesterday|today|tonight|last night)\s+(?:at\s+)?\d{1,2}(?:[:.]\d{2})?(?:\s*(?:am|pm))?)/;

function whenOf(t: string, now: Date): Entities['when'] {
  const found: NonNullable<Entities['when']>[] = [];
  for (const [pattern, event] of EVENTS) {
    const m = pattern.exec(t);
    if (!m) continue;
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 60).replace(/^\s*(?:us|me|them|the (?:la|local authority|council|edt))\b/, '');
    const phrase = WHEN.exec(after);
    if (!phrase || phrase.index > 40 || /[,.;]/.test(after.slice(0, phrase.index))) continue;
    const reading = readDateTime(phrase[1], now, 'past');
    // Each event has happened: a time still to come is a misreading, and left for the question.
    if (reading.ok && (parseInstant(reading.value)?.getTime() ?? Infinity) <= now.getTime()) found.push({ event, at: reading.value });
  }
  return found.length === 1 ? found[0] : undefined;
}

const N = NUMBER_PATTERN;
const numberIn = (s: string): number | undefined => (/^an?$/i.test(s) ? 1 : readNumber(s.replace(/-/g, ' ')));

/** One value, or none when the message gives none or two different ones. */
function single<T>(values: T[]): T | undefined {
  const distinct = [...new Set(values)];
  return distinct.length === 1 ? distinct[0] : undefined;
}

const AGE_PATTERNS = [
  new RegExp(`\\b(${N})[\\s-]*(?:years?|yrs?|yr)[\\s-]*old\\b`, 'g'),
  new RegExp(`\\b(${N})[\\s-]*(?:yo|y\\/o|y\\.o\\.?)\\b`, 'g'),
  new RegExp(`\\b(${N})[\\s-]*(?:year|yr)[\\s-]*old\\b`, 'g'),
  new RegExp(`\\baged?\\s+(${N})(?:\\s*(?:and|&|,|or|to)\\s*(${N}))?\\b`, 'g'),
];

function ages(t: string): number[] {
  const found: number[] = [];
  for (const pattern of AGE_PATTERNS) {
    for (const m of t.matchAll(pattern)) {
      for (const given of m.slice(1).filter(Boolean)) {
        const n = numberIn(given);
        if (n !== undefined && Number.isInteger(n) && n < 120) found.push(n);
      }
    }
  }
  return found;
}

const STAGES: [RegExp, NonNullable<Entities['stage']>][] = [
  [/\bremanded (?:(?:him|her|them|the child|the young person) )?(?:in)?to (?:youth detention|yda|a yoi|custody|secure)\b|\bremanded in custody\b|\byda remand\b/, 'remanded_yda'],
  [/\bremanded (?:(?:him|her|them|the child|the young person) )?(?:in)?to (?:the )?(?:local authority|la|council)(?: care| accommodation)?\b|\bremlaa\b|\bremanded to care\b/, 'remanded_la'],
  [/\b(?:seeking|seek|seeks|want|wants|asking for|ask for|push(?:ing)? for) (?:a )?(?:youth detention|yda|remand in custody|custodial remand)\b/, 'court_yda_sought'],
  [/\b(?:refused|denied|refuse|deny) (?:police )?bail\b|\bbail (?:was |has been )?(?:refused|denied)\b|\bno bail\b|\b(?:kept|held|detained) (?:in custody )?(?:for|until|till|overnight for) (?:court|the morning)\b/, 'police_custody_refused_bail'],
  [/\b(?:arrested|in police custody|at the police station|in the cells|in custody at)\b/, 'police_custody_other'],
];

const DASH_PATTERNS = [
  new RegExp(`\\b(${N})\\s*(?:ticks?|yes(?:es)?|yes answers?)\\b`, 'g'),
  new RegExp(`\\bdash(?:\\s+(?:score|count|total))?(?:\\s+(?:of|is|was|=|at))?\\s+(${N})\\b`, 'g'),
  new RegExp(`\\b(?:scored?|scoring)\\s+(${N})(?:\\s+on)?(?:\\s+the)?\\s+dash\\b`, 'g'),
  new RegExp(`\\b(${N})\\s+on (?:the |a )?dash\\b`, 'g'),
];

const LENGTH = new RegExp(`\\b(${N})[\\s-]*(years?|yrs?|months?|mths?)\\b(?![\\s-]*(?:old|ago|later|since|before))`, 'g');

function sentenceMonths(t: string): number[] {
  const found: number[] = [];
  for (const m of t.matchAll(LENGTH)) {
    const before = t.slice(Math.max(0, (m.index ?? 0) - 25), m.index);
    if (/\b(?:for|last|past|over|within|in|after|aged?)\s*(?:the\s*)?$/.test(before) && !/\b(?:got|given|sentenced to|served|jailed for|imprisoned for|sentence of|prison for)\s*$/.test(before)) continue;
    const n = numberIn(m[1]);
    if (n === undefined) continue;
    found.push(/^y/.test(m[2]) ? n * 12 : n);
  }
  return found;
}

/** The facts a message states, read from its words alone; a time is read only against the `now` given. */
export function extractEntities(text: string, now?: Date): Entities {
  const t = text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ');
  const entities: Entities = {};
  const age = single(ages(t));
  if (age !== undefined) entities.age = age;
  const stage = STAGES.find(([pattern]) => pattern.test(t));
  if (stage) entities.stage = stage[1];
  if (/\bsecure (?:bed|accommodation|placement|unit)\b/.test(t) && !/\bnon[\s-]?secure\b/.test(t)) entities.policeRequest = 'secure';
  else if (/\b(?:non[\s-]?secure|la|local authority|council) (?:bed|placement)\b|\bpace (?:bed|transfer)\b/.test(t)) entities.policeRequest = 'la_accommodation';
  // The police ask for a bed only for a child charged and refused bail (the remand flow's first stage).
  if (entities.policeRequest && !entities.stage && /\b(?:police|custody|sergeant|sgt|pace)\b/.test(t)) entities.stage = 'police_custody_refused_bail';
  if (/\bdash\b|\bticks?\b/.test(t)) {
    const counts = DASH_PATTERNS.flatMap((p) => [...t.matchAll(p)].map((m) => numberIn(m[1]))).filter((n): n is number => n !== undefined);
    const count = single(counts);
    if (count !== undefined && Number.isInteger(count)) entities.dashCount = count;
  }
  const months = single(sentenceMonths(t));
  if (months !== undefined) entities.sentenceMonths = months;
  if (/\bsuspended\b/.test(t)) entities.sentenceKind = 'suspended';
  else if (/\b(?:jailed|imprisoned|prison sentence|custodial sentence|sentenced to \S+ (?:years?|months?)(?: in prison| custody| imprisonment)|immediate custody)\b/.test(t)) entities.sentenceKind = 'custody';
  if (/\b(?:convicted|sentenced|jailed|found guilty|pleaded guilty)\b/.test(t) && !/\bnot (?:yet )?(?:convicted|sentenced)\b/.test(t)) entities.convicted = true;
  if (/\b(?:no|not in|isn't in|is not in|nobody is in|no one is in|no-one is in)\s+(?:any\s+)?immediate (?:danger|risk)\b/.test(t) && !/\b(?:if|whether|unsure|not sure|don't know)\b[^.]*immediate/.test(t)) {
    entities.immediateDanger = 'no';
  }
  const when = now ? whenOf(t, now) : undefined;
  if (when) entities.when = when;
  return entities;
}
