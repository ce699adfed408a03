import { ActivityHandler, type Storage, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState as DialogStackState } from 'botbuilder-dialogs';
import { MainDialog, MAIN_DIALOG, messages, type DialogDeps } from '../dialogs';
import { textReply } from '../dialogs/replies';
import { DialogState, dialogStateKey } from './dialogState';
import { DEFAULT_IDLE_LIMIT_SECONDS, IdleExpiry } from './idleExpiry';
import type { Logger } from './log';
import { isETagConflict, StorageUnavailableError } from './storageErrors';
import { removeBotMention } from './mentions';
import { tenantAllowed, tenantOf } from './tenants';
import { RATE_LIMITED_MESSAGE, userKeyOf, type TurnLimiter } from './turnLimiter';
import type { TurnGate } from './turnGate';
import { WelcomeMemory, welcomeFor } from './welcome';

export interface BotDeps extends DialogDeps {
  storage: Storage;
  gate: TurnGate;
  log: Logger;
  /** STATE_TTL_SECONDS: a conversation idle for longer starts again, and the user is told. */
  idleLimitSeconds?: number;
  /** ALLOWED_TENANT_IDS: when set, activities from any other tenant are refused before any processing. */
  allowedTenantIds?: readonly string[];
  /** RATE_LIMIT_PER_MINUTE: a user over it is told so, and nothing else is done. */
  limiter?: TurnLimiter;
}

export const BUSY_MESSAGE = 'Still working on your last answer. Please wait a moment, then look at the latest card.';

/** The ActivityHandler: welcome on install, and every message through the main dialog with its state
 * loaded and saved once per turn, one turn at a time per state key. */
export class SafeguardingBot extends ActivityHandler {
  private readonly state: DialogState;
  private readonly dialogs: DialogSet;
  private readonly expiry: IdleExpiry;
  private readonly welcome: WelcomeMemory;

  constructor(private readonly deps: BotDeps) {
    super();
    this.welcome = new WelcomeMemory(deps.storage, deps.gate);
    this.state = new DialogState(deps.storage);
    this.expiry = new IdleExpiry(deps.storage, deps.idleLimitSeconds ?? DEFAULT_IDLE_LIMIT_SECONDS);
    const accessor = this.state.createProperty<DialogStackState>('dialogState');
    this.dialogs = new DialogSet(accessor);
    this.dialogs.add(new MainDialog(deps));

    this.onMessage(async (context, next) => {
      removeBotMention(context.activity);
      await this.runDialog(context);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const welcome = welcomeFor(context.activity);
      if (welcome) await this.welcome.once(context, async () => void (await context.sendActivity(welcome)));
      await next();
    });
  }

  /** Activities from a tenant outside ALLOWED_TENANT_IDS are dropped here, before state, dialogs or
   * replies; the log names the tenant and activity type only, never the content. */
  override async run(context: TurnContext): Promise<void> {
    const { activity } = context;
    if (!tenantAllowed(this.deps.allowedTenantIds, activity)) {
      this.deps.log.warn({ tenantId: tenantOf(activity) ?? null, channelId: activity.channelId, activityType: activity.type }, 'activity refused: tenant not allowed');
      return;
    }
    if (!(await this.withinRateLimit(context))) return;
    await super.run(context);
  }

  /** Every activity from a user counts towards their limit; over it, a message gets a polite answer and
   * nothing else happens (no state read or written), and other activities are dropped silently. */
  private async withinRateLimit(context: TurnContext): Promise<boolean> {
    const userKey = userKeyOf(context.activity);
    if (!this.deps.limiter || !userKey || (await this.deps.limiter.allow(userKey))) return true;
    this.deps.log.info({ channelId: context.activity.channelId, activityType: context.activity.type }, 'activity refused: rate limit');
    if (context.activity.type === 'message') await context.sendActivity(textReply(RATE_LIMITED_MESSAGE));
    return false;
  }

  /** With the storage unreachable the user is told plainly and nothing is reset: the conversation carries
   * on from its last saved question once the storage is back. */
  private async runDialog(context: TurnContext): Promise<void> {
    const key = dialogStateKey(context);
    try {
      const outcome = await this.deps.gate.run(key, () => this.turn(context, key));
      if (!outcome.ran) await context.sendActivity(textReply(BUSY_MESSAGE));
    } catch (err) {
      if (!(err instanceof StorageUnavailableError)) throw err;
      this.deps.log.warn({ err: { name: err.name, message: err.message }, activityType: context.activity.type }, 'turn not run: conversation storage unreachable');
      await context.sendActivity(textReply(messages.storageUnavailable));
    }
  }

  private async turn(context: TurnContext, key: string): Promise<void> {
    const now = this.deps.clock();
    const state = await this.state.load(context, true);
    if (await this.expiry.expired(key, state, now)) {
      await this.state.clear(context);
      await context.sendActivity(textReply(messages.expired));
    }
    const dc = await this.dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(MAIN_DIALOG);
    try {
      // Written with the eTag it was read with: the lock keeps turns apart, and should a turn outlive its
      // lock, its write is refused here instead of overwriting the turn that ran meanwhile.
      await this.deps.storage.write(this.expiry.stamped(key, this.state.get(context) ?? {}, now));
    } catch (err) {
      if (!isETagConflict(err)) throw err;
      await this.showCurrentQuestion(context);
    }
  }

  private async showCurrentQuestion(context: TurnContext): Promise<void> {
    await context.sendActivity(textReply(messages.crossed));
    await this.state.load(context, true);
    const dc = await this.dialogs.createContext(context);
    if (dc.activeDialog) await dc.repromptDialog();
  }

  /** Clears the dialog state after a failed turn, so the next message starts cleanly (and is not taken for
   * an expired conversation). */
  async resetState(context: TurnContext): Promise<void> {
    await this.state.delete(context);
    await this.deps.storage.delete(this.expiry.keys(dialogStateKey(context)));
    await this.state.saveChanges(context, true);
  }
}
