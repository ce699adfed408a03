import { formatLondon, formatLondonDate } from '../rules/calendar';
import type { Due } from '../rules';

/** A deadline in the words a duty manager reads at 2 a.m.: an absolute London date (and time) where the rule
 * gives one, the rule itself in brackets so it can be checked, and "no deadline given" where the procedures are silent. */
export function dueText(due: Due): string {
  if (due.rule === 'immediately') return 'Now';
  if (due.rule === 'no deadline given') return 'No deadline given in the procedures';
  if (due.overdue && due.date) return `Was due ${formatLondonDate(due.date)} (${due.rule}): check it was done; if not, do it now`;
  if (due.at) return `By ${formatLondon(new Date(due.at))} (${due.rule})`;
  if (due.date) return `By ${formatLondonDate(due.date)} (${due.rule})`;
  return due.rule.charAt(0).toUpperCase() + due.rule.slice(1);
}
