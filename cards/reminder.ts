import { formatLondon } from '../rules/calendar';
import type { Due, Owner } from '../rules';
import { dueText } from './deadline';
import { ownerText } from './owner';
import { expand, type Card } from './template';
import remindersTemplate from './templates/reminders.json';

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

/** What a reminder is about: a step of a kept decision, its owner and deadline, and the check it came from. Every
 * word comes from the rules (the step's action and owner as the outcome card showed them); nothing the user typed. */
export interface ReminderStepView {
  decisionId: string;
  stepId: string;
  checkTitle: string;
  action: string;
  owner: Owner;
  due: Due;
}

export interface ReminderListItem extends ReminderStepView {
  /** When it will be sent. */
  fireAt: Date;
}

/** The user's reminders, soonest first, each with its own "Cancel reminder", and "Cancel all reminders". */
export function remindersCard(items: readonly ReminderListItem[], durable: boolean): Card {
  return expand(remindersTemplate, {
    title: `Your reminders (${items.length})`,
    reminders: items.map((r) => ({
      when: `Reminder at ${formatLondon(r.fireAt)}`,
      check: r.checkTitle,
      action: r.action,
      due: dueText(r.due),
      owner: ownerText(r.owner),
      decision: r.decisionId,
      step: r.stepId,
    })),
    note: durable ? '' : 'This bot is running without its database: reminders are lost if it restarts.',
  });
}
