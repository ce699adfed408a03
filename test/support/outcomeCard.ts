import type { ExpectedDue } from '../scenarios/types';
import type { Card } from './conversation';

/** The deadline half of a step's detail line ("<owner> · <deadline>"). */
export const dueOf = (step: CardStep): string => step.detail.slice(step.detail.indexOf(' · ') + 3);

/** One next step as the outcome card shows it: what to do, and the line beside it naming who and by when. */
export interface CardStep {
  action: string;
  /** "<owner> · <deadline>" as printed under the action. */
  detail: string;
  /** False when it is folded away (hidden until the user opens it). */
  visible: boolean;
}

type Node = Record<string, unknown>;
const textBlocks = (items: unknown): string[] =>
  Array.isArray(items) ? items.filter((i): i is Node => Boolean(i) && (i as Node).type === 'TextBlock').map((i) => String(i.text)) : [];

/** The steps on an outcome card, in the card's order, each with the detail line printed beside it. The one
 * place that knows the card's layout of a step (a numbered column beside the action and its detail line), so
 * that a redesign of the card changes this helper, not every test. Steps folded away (isVisible false, or
 * inside a card shown on demand) are listed with `visible: false`. */
export function stepsOnCard(card: Card): CardStep[] {
  const steps: CardStep[] = [];
  const visit = (node: unknown, visible: boolean): void => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, visible));
    if (!node || typeof node !== 'object') return;
    const o = node as Node;
    const shown = visible && o.isVisible !== false;
    const columns = o.type === 'ColumnSet' && Array.isArray(o.columns) ? (o.columns as Node[]) : [];
    const [number] = columns.length === 2 ? textBlocks(columns[0].items) : [];
    const [action, detail] = columns.length === 2 ? textBlocks(columns[1].items) : [];
    if (number !== undefined && /^\d+$/.test(number) && action !== undefined && detail !== undefined) {
      steps.push({ action, detail, visible: shown });
      return;
    }
    for (const [key, value] of Object.entries(o)) visit(value, shown && !(o.type === 'Action.ShowCard' && key === 'card'));
  };
  visit(card, true);
  return steps;
}

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
