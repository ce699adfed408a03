import { formatLondon } from '../rules/calendar';
import type { Due, Owner } from '../rules';
import { dueText } from './deadline';
import { ownerText } from './owner';

export interface ReminderView {
  checkTitle: string;
  action: string;
  owner: Owner;
  due: Due;
  /** When the reminder was meant to go; given only when it goes late. */
  lateSince?: Date;
}

/** The reminder a user asked for, as one plain message: the step, who does it, the deadline and the check it came
 * from. Every word comes from the rules; nothing the user typed. */
export function reminderText(view: ReminderView): string {
  const lines = [
    `Reminder: ${view.action}`,
    `Who: ${ownerText(view.owner)}`,
    `Deadline: ${dueText(view.due)}`,
    `From your check: ${view.checkTitle}`,
  ];
  if (view.lateSince) lines.unshift(`This reminder is late: it was due to be sent at ${formatLondon(view.lateSince)}.`);
  return lines.join('\n\n');
}

/** What the user is told when a reminder is set or cannot be. */
export const reminderMessages = {
  set: (at: Date) => `Reminder set for ${formatLondon(at)}.`,
  setLocal: (at: Date) => `Reminder set for ${formatLondon(at)}. This bot is running without its database, so reminders are lost if it restarts.`,
  cancelled: 'Reminder cancelled.',
  cancelledAll: (n: number) => (n === 1 ? 'Your 1 reminder is cancelled.' : `Your ${n} reminders are cancelled.`),
  none: 'You have no reminders set.',
  passed: 'That deadline has already passed, so no reminder was set. If the step is not done, do it now.',
  noDate: 'That step has no date to remind you of.',
  tooFar: 'That deadline is more than 30 days away, beyond how long the bot keeps a decision, so no reminder was set.',
  unknownDecision: 'I no longer have that decision, so I cannot set a reminder for it. Please run the check again.',
  disabled: 'Reminders are switched off for this bot.',
  unavailable: 'Sorry, I cannot set reminders just now. Please try again in a minute or two, and note the deadline yourself in the meantime.',
};
