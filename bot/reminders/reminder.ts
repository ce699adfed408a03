import { createHash } from 'node:crypto';
import { addCalendarDays, londonDateTime } from '../../rules/calendar';
import type { ReminderStepView } from '../../cards';
import type { Due } from '../../rules';

/** No reminder outlives the decision it points at, which is kept for this long. */
export const REMINDER_HORIZON_MS = 30 * 86_400_000;

/** A reminder sent more than this long after its moment says it is late. */
export const LATE_AFTER_MS = 30 * 60_000;

/** Where a reminder is sent: ids only, never display names (a ConversationReference cut down). */
export interface ReminderAddress {
  channelId: string;
  serviceUrl: string;
  conversationId: string;
  /** 'personal', 'groupChat' or 'channel' (Teams); other channels give none. */
  conversationType?: string;
  tenantId?: string;
  userId: string;
  botId: string;
}

export interface Reminder extends ReminderStepView {
  /** A hash of (conversation, decision, step): one reminder per step per conversation. */
  id: string;
  address: ReminderAddress;
  /** The HMAC of the user who set it (AUDIT_HMAC_KEY), so "reminders" can list and cancel a user's own. */
  userHash: string;
  /** When it is to be sent (ISO 8601, UTC). */
  fireAt: string;
}

/** BullMQ refuses ':' in job ids and Teams ids are full of them: the id is a hash, which also keeps ids apart. */
export function reminderId(conversationId: string, decisionId: string, stepId: string): string {
  return createHash('sha256').update(JSON.stringify([conversationId, decisionId, stepId])).digest('hex').slice(0, 40);
}

export interface FireTimeOptions {
  now: Date;
  /** REMINDER_LEAD_MINUTES: how long before the deadline; 0 = at the deadline. */
  leadMinutes: number;
  /** 'HH:MM': a deadline given as a date only is reminded at the office opening of that day. */
  officeOpens: string;
}

export type FireTime = { at: Date } | { refused: 'no date' | 'passed' | 'too far' };

/** When to remind of a deadline: `lead` minutes before it; at once when that moment has gone but the deadline has
 * not; never for a deadline that has passed, has no date, or lies beyond the horizon. */
export function fireTime(due: Due, options: FireTimeOptions): FireTime {
  const { now } = options;
  let deadline: Date;
  let ideal: Date;
  if (due.at) {
    deadline = new Date(due.at);
    ideal = new Date(deadline.getTime() - options.leadMinutes * 60_000);
  } else if (due.date) {
    deadline = londonDateTime(addCalendarDays(due.date, 1), '00:00');
    ideal = londonDateTime(due.date, options.officeOpens);
  } else {
    return { refused: 'no date' };
  }
  if (Number.isNaN(deadline.getTime()) || deadline.getTime() <= now.getTime()) return { refused: 'passed' };
  if (deadline.getTime() - now.getTime() > REMINDER_HORIZON_MS) return { refused: 'too far' };
  return { at: ideal.getTime() > now.getTime() ? ideal : now };
}
