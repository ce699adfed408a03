import type { Activity } from 'botbuilder';
import { acronyms, commonCapitals, flows, type FlowDefinition, type Question } from '../../rules';
import { plainText } from '../../cards/plainWords';
import { addCalendarDays, londonDate } from '../../rules/calendar';
import { cardOf, cardTexts, Conversation, lastCard, pendingQuestion, submitFor, submitsOf, type Card, type SubmitData } from '../support/conversation';

/**
 * Every flow walked with random answers (a fixed seed, so a failure can be replayed), through the real bot, with
 * help, back, the record and a tap on an old card on the way. Every card and message the user is sent must be in
 * their words: said once, no word of ours, no raw ISO date-time, no maths signs, every acronym spelt out on the card.
 */
const SEED = 20261205;
const WALKS_PER_FLOW = 25;
const NOW = new Date('2026-12-05T02:00:00Z');
/** Teams refuses a message over about 28 KB; a card must stay well under it. */
const LARGEST_CARD_BYTES = 22_000;

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const makersWords: [string, RegExp][] = [
  ['flow', /\bflows?\b/i],
  ['rule id', /\bRule applied\b|\bR\d{1,2}\b/],
  ['inference', /\binferen(ce|tial)/i],
  ['seed', /\bseeds?\b/i],
  ['raw ISO date-time', /\b\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?\b/],
  ['maths sign', /[≤≥<>]/],
];

const known = new Map(acronyms.map((a) => [a.short, a.long]));
const ACRONYM = /(?<![\w/.-])([A-Z][A-Za-z]*[A-Z])(s?)(?![\w-]|\.\w)/g;
/** Headings some sources write in capitals ("WORK IN COURT"): words, not acronyms. */
const CAPITALS_RUN = /\b[A-Z]{2,}(?:[ ,]+[A-Z]{2,})+\b/g;

/** What is wrong with one card or message's words. Texts are in reading order; link targets are addresses. */
export function problemsIn(texts: string[]): string[] {
  const words = texts.map((t) => t.replace(/\]\([^)]*\)/g, ']').replace(CAPITALS_RUN, (run) => run.toLowerCase()));
  const all = words.join('\n');
  const problems = makersWords.filter(([, re]) => re.test(all)).map(([name]) => `${name}: ${all.match(makersWords.find(([n]) => n === name)![1])![0]}`);
  for (const m of all.matchAll(ACRONYM)) {
    const short = m[1];
    if (commonCapitals.includes(short)) continue;
    const long = known.get(short);
    if (!long) problems.push(`acronym not in rules/glossary/acronyms.ts: ${short}`);
    else if (![`${long} (${short}`, `${long}s (${short}s`].some((w) => all.toLowerCase().includes(w.toLowerCase()))) problems.push(`acronym not spelt out: ${short}`);
  }
  return [...new Set(problems)];
}

function answerFor(q: Question, rnd: () => number): unknown {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  const options = q.options ?? [];
  switch (q.type) {
    case 'yesno':
    case 'choice':
      return pick(options).value;
    case 'multichoice': {
      const open = options.filter((o) => o.value !== q.exclusiveOption);
      if (q.exclusiveOption && rnd() < 0.2) return [q.exclusiveOption];
      const chosen = open.filter(() => rnd() < 0.35).map((o) => o.value);
      return chosen.length ? chosen : [pick(open).value];
    }
    case 'number': {
      if (options.length && rnd() < 0.2) return pick(options).value;
      const min = q.number?.min ?? 0;
      const max = q.number?.max ?? min + 30;
      return Math.floor(min + rnd() * (max - min + 1)) + (q.number?.minExclusive && rnd() < 1 ? 1 : 0);
    }
    case 'date':
      if (options.length && rnd() < 0.3) return pick(options).value;
      return addCalendarDays(londonDate(NOW), -Math.floor(rnd() * 400));
    case 'datetime':
      if (rnd() < 0.3) return 'now';
      return `${addCalendarDays(londonDate(NOW), -Math.floor(rnd() * 4))}T${String(Math.floor(rnd() * 24)).padStart(2, '0')}:${pick(['00', '15', '42'])}`;
  }
}

interface Said {
  what: string;
  problems: string[];
}

function check(activity: Partial<Activity>, what: string, said: Said[], sizes: number[]): void {
  const card = cardOf(activity);
  const problems: string[] = [];
  if (card) {
    sizes.push(Buffer.byteLength(JSON.stringify(activity)));
    if ((activity.text ?? '').length > 300) problems.push(`the card is repeated as text (${activity.text!.length} characters)`);
    problems.push(...problemsIn(cardTexts(card as Card)));
  }
  if (activity.text) problems.push(...problemsIn([activity.text]));
  if (activity.summary) problems.push(...problemsIn([activity.summary]).filter((p) => !p.startsWith('acronym not spelt')));
  if (problems.length) said.push({ what, problems });
}

async function walk(flow: FlowDefinition, rnd: () => number, said: Said[], sizes: number[]): Promise<void> {
  const conversation = new Conversation({ now: NOW });
  const seen = (replies: Partial<Activity>[], what: string) => {
    replies.forEach((r) => check(r, `${flow.id}: ${what}`, said, sizes));
    conversation.takeUpdates().forEach((u) => check(u.activity, `${flow.id}: updated card after ${what}`, said, sizes));
    return replies;
  };
  let replies = seen(await conversation.send({ command: 'start', flow: flow.id }), 'start');
  let first: SubmitData | undefined;
  for (let turn = 0; turn < 60; turn++) {
    const card = lastCard(replies);
    const pending = card && pendingQuestion(card);
    if (!pending) {
      for (const command of ['record', 'steps']) {
        const submit = card && submitsOf(card).find((d) => d.command === command);
        if (submit) seen(await conversation.send(submit), command);
      }
      // The service question, where the card asks it, and "my service" to see or change it.
      const service = card && submitsOf(card).find((d) => d.command === 'myService');
      if (service) seen(await conversation.send({ type: 'message', value: { ...service, team: 'police' }, replyToId: 'outcome' } as Partial<Activity>), 'service picked');
      seen(await conversation.send('my service'), 'my service');
      if (first) seen(await conversation.send(submitFor(first, 'yes')), 'old card');
      return;
    }
    first ??= pending;
    const question = flow.questions.find((q) => q.id === pending.question)!;
    const roll = rnd();
    if (roll < 0.05) replies = seen(await conversation.send('help'), `help on ${question.id}`);
    else if (roll < 0.1) replies = seen(await conversation.send({ command: 'back' }), `back from ${question.id}`);
    else replies = seen(await conversation.send(submitFor(pending, answerFor(question, rnd) as never)), `answer to ${question.id}`);
  }
  throw new Error(`${flow.id}: the walk did not reach an outcome`);
}

describe('every card and message is in the user\'s words', () => {
  test('the checker finds what it is for', () => {
    expect(problemsIn(['Run the MARAC flow'])).toEqual(expect.arrayContaining(['flow: flow', 'acronym not spelt out: MARAC']));
    expect(problemsIn(['Rule applied: R9', 'at 2026-12-05T01:42', '09:00 ≤ time'])).toHaveLength(3);
    expect(problemsIn(['Tell the XYZ'])).toEqual(['acronym not in rules/glossary/acronyms.ts: XYZ']);
    expect(problemsIn(['The Designated Senior Officer (DSO) decides; the DSO signs.'])).toEqual([]);
  });

  test.each(flows.map((f) => ({ flow: f, id: f.id })))('$id walked with random answers', async ({ flow }) => {
    const rnd = random(SEED + flow.id.length * 7919 + flow.id.charCodeAt(0));
    const said: Said[] = [];
    const sizes: number[] = [];
    for (let i = 0; i < WALKS_PER_FLOW; i++) await walk(flow, rnd, said, sizes);
    const report = [...new Map(said.flatMap((s) => s.problems.map((p) => [p, `${p} (${s.what})`]))).values()];
    expect(report).toEqual([]);
    expect(Math.max(...sizes)).toBeLessThan(LARGEST_CARD_BYTES);
  }, 120_000);
});

describe('an acronym spelt out after the "·" between a deadline and its owner', () => {
  test('starts with a capital, as after a full stop', () => {
    expect(plainText('Now · YOS')).toBe('Now · Youth offending service (YOS)');
    expect(plainText('Tell the YOS')).toBe('Tell the youth offending service (YOS)');
  });
});
