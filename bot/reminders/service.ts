import type { Activity } from 'botbuilder';
import type { ReminderPort, ReminderResult } from '../../dialogs/deps';
import type { Decision, Due } from '../../rules';
import type { UserHasher } from '../audit/decisionRecord';
import { tenantOf } from '../http/tenants';
import { userKeyOf } from '../state/turnLimiter';
import { StorageUnavailableError } from '../state/storageErrors';
import { fireTime, reminderId, type FireTimeOptions, type Reminder, type ReminderAddress } from './reminder';
import type { Reminders } from './reminders';

export interface ReminderServiceOptions {
  reminders: Reminders;
  /** The decisions kept by id beyond the conversation's state (ids, outcome, steps and deadlines). */
  decisionById: (id: string) => Promise<Decision | undefined>;
  hasher: UserHasher;
  clock: () => Date;
  leadMinutes: number;
  officeOpens: string;
}

/** The address a reminder goes back to: the ids of the conversation, the user and the bot, no names. */
export function addressOf(activity: Partial<Activity>): ReminderAddress | undefined {
  const { channelId, serviceUrl, conversation, from, recipient } = activity;
  if (!channelId || !serviceUrl || !conversation?.id || !from?.id || !recipient?.id) return undefined;
  return {
    channelId,
    serviceUrl,
    conversationId: conversation.id,
    conversationType: conversation.conversationType,
    tenantId: tenantOf(activity),
    userId: from.id,
    botId: recipient.id,
  };
}

/** Sets, lists and cancels a user's reminders for the steps of a kept decision. Nothing the user typed is kept. */
export class ReminderService implements ReminderPort {
  constructor(private readonly options: ReminderServiceOptions) {}

  get durable(): boolean {
    return this.options.reminders.durable;
  }

  remindable(due: Due): boolean {
    return 'at' in fireTime(due, this.timing());
  }

  timing(now: Date = this.options.clock()): FireTimeOptions {
    return { now, leadMinutes: this.options.leadMinutes, officeOpens: this.options.officeOpens };
  }

  userHash(activity: Partial<Activity>): string | undefined {
    const key = userKeyOf(activity);
    return key ? this.options.hasher.hash(key) : undefined;
  }

  async remind(activity: Partial<Activity>, decisionId: string, stepId: string): Promise<ReminderResult> {
    const address = addressOf(activity);
    const userHash = this.userHash(activity);
    if (!address || !userHash) return { refused: 'no user' };
    return this.unlessUnavailable(async () => {
      const decision = await this.options.decisionById(decisionId);
      if (!decision) return { refused: 'unknown decision' };
      const step = decision.nextSteps.find((s) => s.id === stepId);
      if (!step) return { refused: 'unknown step' };
      const when = fireTime(step.due, this.timing());
      if (!('at' in when)) return { refused: when.refused };
      const reminder: Reminder = {
        id: reminderId(address.conversationId, decisionId, stepId),
        decisionId,
        stepId,
        checkTitle: decision.flowTitle,
        action: step.action,
        owner: step.owner,
        due: step.due,
        address,
        userHash,
        fireAt: when.at.toISOString(),
      };
      await this.options.reminders.schedule(reminder);
      return { set: when.at, durable: this.durable };
    });
  }

  /** Cancels the user's reminder for that step: the one set in this conversation, else one set elsewhere (a list of
   * reminders shown in a personal chat cancels those set in a group chat). */
  async cancel(activity: Partial<Activity>, decisionId: string, stepId: string): Promise<boolean> {
    const userHash = this.userHash(activity);
    if (!userHash) return false;
    const forStep = (await this.options.reminders.list(userHash)).filter((r) => r.decisionId === decisionId && r.stepId === stepId);
    const here = forStep.find((r) => r.address.conversationId === activity.conversation?.id) ?? forStep[0];
    return here ? this.options.reminders.cancel(here.id, userHash) : false;
  }

  async list(activity: Partial<Activity>): Promise<Reminder[]> {
    const userHash = this.userHash(activity);
    return userHash ? this.options.reminders.list(userHash) : [];
  }

  async cancelAll(activity: Partial<Activity>): Promise<number> {
    const userHash = this.userHash(activity);
    return userHash ? this.options.reminders.cancelAll(userHash) : 0;
  }

  private async unlessUnavailable(set: () => Promise<ReminderResult>): Promise<ReminderResult> {
    try {
      return await set();
    } catch (err) {
      if (err instanceof StorageUnavailableError) return { refused: 'unavailable' };
      throw err;
    }
  }
}
