import type { Activity, Storage, TurnContext } from 'botbuilder';
import { menuCard } from '../cards';
import { cardReply, textReply } from '../dialogs/replies';
import { flows } from '../rules';
import { isSharedConversation, welcomeKeyOf } from './state/dialogState';
import type { TurnGate } from './state/turnGate';

/** Remembers, per conversation, that the bot has introduced itself: Teams and other channels can send
 * "members added" more than once (install, reinstall, the user and the bot separately), and a user
 * should get the welcome once. Only the conversation id is kept. */
export class WelcomeMemory {
  constructor(
    private readonly storage: Storage,
    private readonly gate: TurnGate,
  ) {}

  /** Runs `welcome` unless this conversation has already been welcomed; returns whether it ran. */
  async once(context: TurnContext, welcome: () => Promise<void>): Promise<boolean> {
    const key = welcomeKeyOf(context.activity);
    const outcome = await this.gate.run(key, async () => {
      const stored = await this.storage.read([key]);
      if (stored[key]) return false;
      await welcome();
      await this.storage.write({ [key]: { welcomed: true } });
      return true;
    });
    return outcome.ran && outcome.result;
  }
}

const GREETING = 'Hello. I help you check what the safeguarding procedures say.';

/** What to say when members are added, if anything. In a personal chat: the menu card, whichever member
 * the channel reports (Teams reports the bot on install; Web Chat reports the user). In a group chat or
 * team: a short note when the bot itself is added, and nothing when other people join. */
export function welcomeFor(activity: Partial<Activity>): Partial<Activity> | undefined {
  const added = activity.membersAdded ?? [];
  if (added.length === 0) return undefined;
  if (!isSharedConversation(activity)) {
    return cardReply(menuCard(flows, `${GREETING} What do you need to check?`), `${GREETING} Type "help" to see what I can do.`, { channelId: activity.channelId });
  }
  if (!added.some((m) => m.id === activity.recipient?.id)) return undefined;
  const name = activity.recipient?.name ? `@${activity.recipient.name}` : 'me';
  return textReply(`${GREETING} Mention ${name} with your question, for example "${name} does this meet S.42?", or with "help". Each person's check is their own: only you can answer your questions.`);
}
