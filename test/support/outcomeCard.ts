import type { ExpectedDue } from '../scenarios/types';
import { inUsersWords } from '../../cards/plainWords';
import { acronyms } from '../../rules';
import type { Card } from './conversation';

/** The deadline half of a step's detail line ("<deadline> · <owner>"). */
export const dueOf = (step: CardStep): string => step.detail.slice(0, step.detail.indexOf(' · '));

/** One next step as a card shows it: what to do, and the line above it saying by when and who. */
export interface CardStep {
  /** What to do, without the "You:" mark. */
  action: string;
  /** The step is marked as the asker's own ("You:" before the action). */
  you: boolean;
  /** "<deadline> · <owner>" as printed above the action, without its number. */
  detail: string;
  /** False when it is folded away (hidden until the user opens it). */
  visible: boolean;
}

type Node = Record<string, unknown>;
const textBlocks = (items: unknown): string[] =>
  Array.isArray(items) ? items.filter((i): i is Node => Boolean(i) && (i as Node).type === 'TextBlock').map((i) => String(i.text)) : [];

const STEP_NUMBER = /^\*\*\d+\.\*\* /;
const YOU_MARK = '**You:** ';

/** The steps on an outcome card (or the "All steps" card), in the card's order. The one place that knows the
 * card's layout of a step (a container of a numbered "deadline · owner" line and the action under it), so that a
 * redesign of the card changes this helper, not every test. Steps folded away (isVisible false, or inside a card
 * shown on demand) are listed with `visible: false`. */
export function stepsOnCard(card: Card): CardStep[] {
  const steps: CardStep[] = [];
  const visit = (node: unknown, visible: boolean): void => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, visible));
    if (!node || typeof node !== 'object') return;
    const o = node as Node;
    const shown = visible && o.isVisible !== false;
    const [detail, action] = o.type === 'Container' ? textBlocks(o.items) : [];
    if (detail !== undefined && action !== undefined && STEP_NUMBER.test(detail)) {
      const you = action.startsWith(YOU_MARK);
      steps.push({ action: you ? action.slice(YOU_MARK.length) : action, you, detail: detail.replace(STEP_NUMBER, ''), visible: shown });
      return;
    }
    for (const [key, value] of Object.entries(o)) visit(value, shown && !(o.type === 'Action.ShowCard' && key === 'card'));
  };
  visit(card, true);
  return steps;
}

/** A card's text with each acronym's spelling-out ("Designated Senior Officer (DSO)") put back to the acronym,
 * so that a step on a card can be matched with the Decision's step whatever was spelt out before it. */
const unspelt = (text: string): string =>
  acronyms.reduce((t, a) => t.split(`${a.long} (${a.short})`).join(a.short), text).replace(/\s+/g, ' ').trim();

/** Whether a card's step is the Decision's step with this action. */
export const isStep = (card: CardStep, action: string): boolean => unspelt(card.action) === unspelt(inUsersWords(action));

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A scenario's expected due in the card's words ("Wed 11 Mar 2026", "17:00 Wed 11 Mar 2026", "Now", "No
 * deadline given in the procedures"), written out here from the scenario's typed value rather than by the
 * card's own formatter. Undefined for a rule stated without a date. */
export function dueWords(due: ExpectedDue, overdue?: boolean | 'either'): RegExp | undefined {
  if (due === 'immediately') return /^Now$/;
  if (due === 'none') return /^No deadline given in the procedures$/;
  const match = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d:\d\d))?$/.exec(due);
  if (!match) return undefined;
  const [, year, month, day, time] = match;
  const weekday = WEEKDAYS[new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).getUTCDay()];
  const date = `${weekday} ${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
  // An overdue step names the day it was due; one still to come names the time too where the rule gives one.
  const past = `Was due ${date} \\(`;
  const toCome = `By ${time ? `${time} ${date}` : `(\\d\\d:\\d\\d )?${date}`} \\(`;
  return new RegExp(`^(${overdue === 'either' ? `${past}|${toCome}` : overdue ? past : toCome})`);
}

/** Whether a scenario's expected due is past at `now` (London time), for scenarios that type the due but not
 * whether it is overdue: 'either' on the due day itself, where it depends on the hour the rule ends at. */
export function pastAt(due: ExpectedDue, now: Date): boolean | 'either' {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  const today = `${parts.year}-${parts.month}-${parts.day}`;
  if (due.includes('T')) return `${today}T${parts.hour}:${parts.minute}` >= due;
  return today > due ? true : today === due ? 'either' : false;
}
