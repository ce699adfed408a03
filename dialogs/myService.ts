import type { DialogContext } from 'botbuilder-dialogs';
import { outcomeCard, outcomeText, serviceCard, serviceLabels, serviceText } from '../cards';
import { flows, type Decision } from '../rules';
import type { DialogDeps } from './deps';
import type { UserInput } from './input';
import { messages } from './messages';
import { stepReminders } from './reminders';
import { cardReply, textReply } from './replies';
import { changeService, rememberedService } from './userService';

type ServiceCommand = Extract<UserInput, { kind: 'command' }>;

/** "my service", and the service picked on a card: remembered for the user, and the outcome card the pick came
 * from shown again with the user's steps marked "You" (updated in place in a personal chat). Never a required
 * question: nothing else waits for it. */
export async function runServiceCommand(dc: DialogContext, deps: DialogDeps, input: ServiceCommand): Promise<void> {
  const { context } = dc;
  if (!input.team) {
    const current = rememberedService(context);
    await context.sendActivity(cardReply(serviceCard(current), 'Mark your steps', { channelId: context.activity.channelId, plain: serviceText(current) }));
    return;
  }
  const team = input.team === 'none' ? null : input.team;
  changeService(context, team);
  if (input.decision && (await showMarked(dc, deps, input.decision))) return;
  await context.sendActivity(textReply(team ? messages.serviceSet(serviceLabels[team]) : messages.serviceForgotten));
}

/** The kept decision's outcome card with the marks: the card tapped on updated in a personal chat, else sent
 * again. False when the decision is no longer kept (or the store cannot be reached). */
async function showMarked(dc: DialogContext, deps: DialogDeps, decisionId: string): Promise<boolean> {
  const { activity } = dc.context;
  let decision: Decision | undefined;
  try {
    decision = await deps.decisions?.find(decisionId);
  } catch {
    return false;
  }
  if (!decision) return false;
  const reminders = await stepReminders(dc, deps, decisionId).catch(() => undefined);
  const flowTitles = Object.fromEntries(flows.map((f) => [f.id, f.title]));
  const card = outcomeCard({ decision, flowTitles, decisionId, documentNames: deps.settings.procedureNames, reminders, service: rememberedService(dc.context) });
  const reply = cardReply(card, decision.outcome.label, { channelId: activity.channelId, plain: () => outcomeText(decision) });
  const personal = !activity.conversation?.conversationType || activity.conversation.conversationType === 'personal';
  if (personal && activity.replyToId) {
    try {
      await dc.context.updateActivity({ ...reply, id: activity.replyToId });
      return true;
    } catch {
      // The channel cannot update it: the card is sent again below.
    }
  }
  await dc.context.sendActivity(reply);
  return true;
}
