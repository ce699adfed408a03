import { ActivityHandler, ActivityTypes, type Activity, type Storage, type TurnContext } from 'botbuilder';
import { storeItems } from './state/storeItems';
import { keepDialogMemoryConfiguration, lendDialogMemoryConfiguration } from './dialogMemory';
import { holdService, MainDialog, messages, serviceChange, type DialogDeps } from '../dialogs';
import { textReply } from '../dialogs/replies';
import type { AuditLog } from './audit/auditLog';
import { dialogStackProperty, dialogStateKey, heldState, holdState, releaseState, welcomeKeyOf } from './state/dialogState';
import { keptThisTurn, MemoryDecisionStore } from './state/decisionStore';
import { DEFAULT_IDLE_LIMIT_SECONDS, IdleExpiry } from './state/idleExpiry';
import type { Logger } from './log';
import { isETagConflict, StorageUnavailableError } from './state/storageErrors';
import { removeBotMention } from './mentions';
import { tenantAllowed, tenantOf } from './http/tenants';
import { userKeyOf, type TurnLimiter } from './state/turnLimiter';
import type { TurnGate } from './state/turnGate';
import type { TurnRunner, TurnSession } from './state/turnRunner';
import { turnRunnerFor } from './state/turnRunners';
import { serviceIn, serviceItem, serviceKeyOf } from './state/userService';
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
  /** Where onDecision records decisions: a stream in the state's Redis is written with the turn's state. */
  audit?: AuditLog;
}


/** The ActivityHandler: welcome on install, and every message through the main dialog with its state
 * loaded and saved once per turn, one turn at a time per state key. */
export class SafeguardingBot extends ActivityHandler {
  private readonly turns: TurnRunner;
  private readonly dialogs: MainDialog;
  private readonly expiry: IdleExpiry;
  private readonly welcome: WelcomeMemory;

  constructor(private readonly deps: BotDeps) {
    super();
    this.welcome = new WelcomeMemory(deps.storage, deps.gate);
    this.turns = turnRunnerFor(deps);
    this.expiry = new IdleExpiry(deps.idleLimitSeconds ?? DEFAULT_IDLE_LIMIT_SECONDS);
    const decisions = deps.decisions ?? new MemoryDecisionStore(deps.clock);
    this.dialogs = new MainDialog({ onDecisionFailed: (flowId, err) => this.logDecisionFailure(flowId, err), ...deps, decisions }, dialogStackProperty);

    this.onMembersAdded(async (context, next) => {
      const welcome = welcomeFor(context.activity);
      if (welcome) await this.welcomeOnce(context, welcome);
      await next();
    });
  }

  /** With the storage unreachable the welcome is sent anyway (it may then come twice), rather than an error
   * card that talks of a closed check to someone who has not started one. */
  private async welcomeOnce(context: TurnContext, welcome: Partial<Activity>): Promise<void> {
    try {
      await this.welcome.once(context, async () => void (await context.sendActivity(welcome)));
    } catch (err) {
      if (!(err instanceof StorageUnavailableError)) throw err;
      this.deps.log.warn({ err: { name: err.name, message: err.message }, activityType: context.activity.type }, 'welcome not remembered: conversation storage unreachable');
      if (!context.responded) await context.sendActivity(welcome);
    }
  }

  /** Activities from a tenant outside ALLOWED_TENANT_IDS are dropped here, before state, dialogs or
   * replies; the log names the tenant and activity type only, never the content. */
  override async run(context: TurnContext): Promise<void> {
    const { activity } = context;
    if (!tenantAllowed(this.deps.allowedTenantIds, activity)) {
      this.deps.log.warn({ tenantId: tenantOf(activity) ?? null, channelId: activity.channelId, activityType: activity.type }, 'activity refused: tenant not allowed');
      return;
    }
    // A message goes straight to the dialogs: that is all ActivityHandler's chain of handlers (a dozen nested
    // async calls) would do with it. Messages are counted by the turn runner, with the turn's first read.
    if (activity.type === ActivityTypes.Message) {
      removeBotMention(activity);
      return this.runDialog(context);
    }
    if (!(await this.withinRateLimit(context))) return;
    await super.run(context);
  }

  /** Every activity from a user counts towards their limit. Over it, nothing else happens (no state read or
   * written): a message gets a polite answer (runDialog), and other activities are dropped silently. */
  private async withinRateLimit(context: TurnContext): Promise<boolean> {
    const userKey = userKeyOf(context.activity);
    if (!this.deps.limiter || !userKey || (await this.deps.limiter.allow(userKey))) return true;
    this.logOverLimit(context);
    return false;
  }

  /** The error by type, message and stack, and the flow's id: never the answers. */
  private logDecisionFailure(flowId: string, err: unknown): void {
    const { name, message, stack } = (err ?? {}) as Partial<Error>;
    this.deps.log.error({ err: { name, message, stack }, flow: flowId }, 'decision not made: the user was told to start again');
  }

  private logOverLimit(context: TurnContext): void {
    this.deps.log.info({ channelId: context.activity.channelId, activityType: context.activity.type }, 'activity refused: rate limit');
  }

  /** With the storage unreachable the user is told plainly and nothing is reset: the conversation carries
   * on from its last saved question once the storage is back. */
  private async runDialog(context: TurnContext): Promise<void> {
    const key = dialogStateKey(context);
    try {
      const request = { key, reads: this.turnReads(context, key), userKey: userKeyOf(context.activity) };
      const outcome = await this.turns.run(context, request, (session) => this.turn(context, key, session));
      if (!outcome.ran && outcome.reason === 'limited') this.logOverLimit(context);
      if (!outcome.ran) await context.sendActivity(textReply(outcome.reason === 'limited' ? messages.rateLimited : messages.busy));
    } catch (err) {
      if (!(err instanceof StorageUnavailableError)) throw err;
      this.deps.log.warn({ err: { name: err.name, message: err.message }, activityType: context.activity.type }, 'turn not run: conversation storage unreachable');
      await context.sendActivity(textReply(messages.storageUnavailable));
    }
  }

  /** The conversation's state and its marker, and the user's service (one small item, read in the same round
   * trip), so that every outcome card can mark the user's own steps. */
  private turnReads(context: TurnContext, key: string): string[] {
    const service = serviceKeyOf(context.activity);
    return [...this.expiry.keys(key), ...(service ? [service] : [])];
  }

  private async turn(context: TurnContext, key: string, session: TurnSession): Promise<void> {
    const now = this.deps.clock();
    const stored = await session.read(this.turnReads(context, key));
    const expired = this.expiry.expired(key, stored, now);
    holdState(context, expired ? {} : (stored[key] ?? {}));
    const serviceKey = serviceKeyOf(context.activity);
    holdService(context, serviceIn(stored, serviceKey));
    if (expired) await context.sendActivity(textReply(messages.expired));
    lendDialogMemoryConfiguration(context);
    await this.dialogs.run(context);
    keepDialogMemoryConfiguration(context);
    try {
      // Written with the eTag it was read with: the lock keeps turns apart, and should a turn outlive its
      // lock, its write is refused here instead of overwriting the turn that ran meanwhile.
      await session.write(storeItems(this.expiry.stamped(key, heldState(context), now), keptThisTurn(context), serviceItem(serviceKey, serviceChange(context))));
    } catch (err) {
      if (!isETagConflict(err)) throw err;
      await this.showCurrentQuestion(context, key);
    }
  }

  private async showCurrentQuestion(context: TurnContext, key: string): Promise<void> {
    await context.sendActivity(textReply(messages.crossed));
    holdState(context, (await this.deps.storage.read([key]))[key] ?? {});
    lendDialogMemoryConfiguration(context);
    await this.dialogs.reprompt(context);
  }

  /** Deletes everything kept for a conversation its channel has dropped (the local web chat's). */
  async forgetConversation(activity: Partial<Activity>): Promise<void> {
    const context = { activity } as TurnContext;
    await this.deps.storage.delete([...this.expiry.keys(dialogStateKey(context)), welcomeKeyOf(context.activity)]);
  }

  /** Clears the dialog state after a failed turn, so the next message starts cleanly (and is not taken for
   * an expired conversation). */
  async resetState(context: TurnContext): Promise<void> {
    releaseState(context);
    await this.deps.storage.delete(this.expiry.keys(dialogStateKey(context)));
  }
}
