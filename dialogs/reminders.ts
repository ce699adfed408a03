import type { DialogContext } from 'botbuilder-dialogs';
import { onOutcomeCard, outcomeCard, remindersCard, stepsCard, type StepReminders } from '../cards';
import { flows, type Decision } from '../rules';
import { formatLondon } from '../rules/calendar';
import type { DialogDeps, ReminderPort, ReminderResult } from './deps';
import type { UserInput } from './input';
import { messages } from './messages';
import { rememberedService } from './userService';
import { cardReply, textReply } from './replies';

type ReminderCommand = Extract<UserInput, { kind: 'command' }> & { command: 'remind' | 'cancelReminder' | 'reminders' | 'cancelAllReminders' };

export const isReminderCommand = (input: Extract<UserInput, { kind: 'command' }>): input is ReminderCommand =>
  input.command === 'remind' || input.command === 'cancelReminder' || input.command === 'reminders' || input.command === 'cancelAllReminders';

const refusals: Record<Extract<ReminderResult, { refused: string }>['refused'], string> = {
  passed: messages.reminderPassed,
  'no date': messages.reminderNoDate,
  'too far': messages.reminderTooFar,
  'unknown decision': messages.reminderUnknownDecision,
  'unknown step': messages.reminderUnknownDecision,
  'no user': messages.remindersUnavailable,
  unavailable: messages.remindersUnavailable,
};

/** What an outcome card shows of reminders: "Remind me" where one can be set, and those this user set here. */
export async function stepReminders(dc: DialogContext, deps: DialogDeps, decisionId: string): Promise<StepReminders | undefined> {
  const port = deps.reminders;
  if (!port) return undefined;
  const here = dc.context.activity.conversation?.id;
  const mine = (await port.list(dc.context.activity)).filter((r) => r.decisionId === decisionId && r.address.conversationId === here);
  return { remindable: (step) => port.remindable(step.due), set: Object.fromEntries(mine.map((r) => [r.stepId, new Date(r.fireAt)])), durable: port.durable };
}

/** "Remind me", "Cancel reminder", "reminders" and "cancel all reminders". In a personal chat the card the button
 * was on is updated in place (Teams tells which card it was); in group chats and channels, where everyone sees
 * the same card, the person who tapped gets a reply instead. Nothing the user typed is kept. */
export async function runReminderCommand(dc: DialogContext, deps: DialogDeps, input: ReminderCommand): Promise<void> {
  const port = deps.reminders;
  if (!port) {
    await dc.context.sendActivity(textReply(messages.remindersOff));
    return;
  }
  try {
    switch (input.command) {
      case 'remind':
        return await remind(dc, deps, port, input.decision, input.step);
      case 'cancelReminder': {
        const cancelled = Boolean(input.decision && input.step) && (await port.cancel(dc.context.activity, input.decision!, input.step!));
        if (cancelled && (await updateCard(dc, deps, input.decision!, input.step!))) return;
        await dc.context.sendActivity(textReply(cancelled ? messages.reminderCancelled : messages.reminderNotFound));
        return;
      }
      case 'reminders': {
        const mine = await port.list(dc.context.activity);
        if (mine.length === 0) await dc.context.sendActivity(textReply(messages.remindersNone));
        else {
          const card = remindersCard(mine.map((r) => ({ ...r, fireAt: new Date(r.fireAt) })), port.durable);
          await dc.context.sendActivity(cardReply(card, `Your reminders (${mine.length})`, { channelId: dc.context.activity.channelId, plain: mine.map((r) => `${formatLondon(new Date(r.fireAt))}: ${r.action}`).join('\n') }));
        }
        return;
      }
      case 'cancelAllReminders':
        await dc.context.sendActivity(textReply(messages.remindersCancelled(await port.cancelAll(dc.context.activity))));
        return;
    }
  } catch {
    // The scheduler or its store is unreachable: the user is told plainly, and the check carries on.
    await dc.context.sendActivity(textReply(messages.remindersUnavailable));
  }
}

async function remind(dc: DialogContext, deps: DialogDeps, port: ReminderPort, decisionId: string | undefined, stepId: string | undefined): Promise<void> {
  const result: ReminderResult = decisionId && stepId ? await port.remind(dc.context.activity, decisionId, stepId) : { refused: 'unknown step' };
  if ('refused' in result) {
    await dc.context.sendActivity(textReply(refusals[result.refused]));
    return;
  }
  if (await updateCard(dc, deps, decisionId!, stepId!)) return;
  const at = formatLondon(result.set);
  await dc.context.sendActivity(textReply(result.durable ? messages.reminderSet(at) : messages.reminderSetLocal(at)));
}

/** In a personal chat, the card the button was on shows the change itself; true when it was updated. */
async function updateCard(dc: DialogContext, deps: DialogDeps, decisionId: string, stepId: string): Promise<boolean> {
  const { activity } = dc.context;
  const personal = !activity.conversation?.conversationType || activity.conversation.conversationType === 'personal';
  if (!personal || !activity.replyToId || !deps.decisions) return false;
  const decision: Decision | undefined = await deps.decisions.find(decisionId);
  if (!decision) return false;
  const reminders = await stepReminders(dc, deps, decisionId);
  const flowTitles = Object.fromEntries(flows.map((f) => [f.id, f.title]));
  const card = onOutcomeCard(decision, stepId, true)
    ? outcomeCard({ decision, flowTitles, decisionId, documentNames: deps.settings.procedureNames, reminders, service: rememberedService(dc.context) })
    : stepsCard(decision, decisionId, reminders, rememberedService(dc.context));
  try {
    await dc.context.updateActivity({ ...cardReply(card, decision.outcome.label, { channelId: activity.channelId }), id: activity.replyToId });
    return true;
  } catch {
    return false;
  }
}
