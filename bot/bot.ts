import { ActivityHandler, type Storage, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState as DialogStackState } from 'botbuilder-dialogs';
import { menuCard } from '../cards';
import { MainDialog, MAIN_DIALOG, type DialogDeps } from '../dialogs';
import { flows } from '../rules';
import { cardReply, textReply } from '../dialogs/replies';
import { DialogState, dialogStateKey } from './dialogState';
import type { Logger } from './log';
import type { TurnGate } from './turnGate';

export interface BotDeps extends DialogDeps {
  storage: Storage;
  gate: TurnGate;
  log: Logger;
}

export const BUSY_MESSAGE = 'Still working on your last answer. Please wait a moment, then look at the latest card.';

/** The ActivityHandler: welcome on install, and every message through the main dialog with its state
 * loaded and saved once per turn, one turn at a time per state key. */
export class SafeguardingBot extends ActivityHandler {
  private readonly state: DialogState;
  private readonly dialogs: DialogSet;

  constructor(private readonly deps: BotDeps) {
    super();
    this.state = new DialogState(deps.storage);
    const accessor = this.state.createProperty<DialogStackState>('dialogState');
    this.dialogs = new DialogSet(accessor);
    this.dialogs.add(new MainDialog(deps));

    this.onMessage(async (context, next) => {
      await this.runDialog(context);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const joined = (context.activity.membersAdded ?? []).some((m) => m.id !== botId);
      if (joined && context.activity.conversation?.conversationType !== 'channel') {
        await context.sendActivity(cardReply(menuCard(flows, 'Hello. I help you check what the safeguarding procedures say. What do you need to check?'), 'Hello. Type "help" to see what I can do.'));
      }
      await next();
    });
  }

  private async runDialog(context: TurnContext): Promise<void> {
    const key = dialogStateKey(context);
    const outcome = await this.deps.gate.run(key, async () => {
      await this.state.load(context, true);
      const dc = await this.dialogs.createContext(context);
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) await dc.beginDialog(MAIN_DIALOG);
      await this.state.saveChanges(context, false);
    });
    if (!outcome.ran) await context.sendActivity(textReply(BUSY_MESSAGE));
  }

  /** Clears the dialog state after a failed turn, so the next message starts cleanly. */
  async resetState(context: TurnContext): Promise<void> {
    await this.state.delete(context);
    await this.state.saveChanges(context, true);
  }
}
