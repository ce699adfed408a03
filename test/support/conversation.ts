import { MemoryStorage, TestAdapter, type Activity, type Storage } from 'botbuilder';
import pino, { type Logger } from 'pino';
import { SafeguardingBot } from '../../bot/bot';
import { LocalTurnGate, type TurnGate } from '../../bot/state/turnGate';
import type { DecisionStore, ReminderPort } from '../../dialogs/deps';
import type { AnswerValue, DecisionSettings } from '../../rules';
import { expectValidCard } from './cardSchema';

export type Card = { body?: unknown[]; actions?: unknown[]; [k: string]: unknown };

export interface SubmitData {
  flow: string;
  question: string;
  ask: string;
  answer?: unknown;
}

/** Every object in a card (depth first), to find submits and texts without caring about layout. */
export function walkCard(node: unknown, visit: (o: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) node.forEach((n) => walkCard(n, visit));
  else if (node && typeof node === 'object') {
    visit(node as Record<string, unknown>);
    Object.values(node).forEach((v) => walkCard(v, visit));
  }
}

export const cardOf = (a: Partial<Activity>): Card | undefined =>
  a.attachments?.find((x) => x.contentType === 'application/vnd.microsoft.card.adaptive')?.content as Card | undefined;

export function cardTexts(card: Card): string[] {
  const texts: string[] = [];
  walkCard(card, (o) => {
    if (o.type === 'TextBlock' && typeof o.text === 'string') texts.push(o.text);
    if (typeof o.title === 'string' && typeof o.value === 'string') texts.push(`${o.title}: ${o.value}`);
  });
  return texts;
}

/** Submit data on a card: answers (with `question`) and commands. */
export function submitsOf(card: Card): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  walkCard(card, (o) => {
    if (o.type === 'Action.Submit' && o.data && typeof o.data === 'object') found.push(o.data as Record<string, unknown>);
  });
  return found;
}

export function pendingQuestion(card: Card): SubmitData | undefined {
  return submitsOf(card).find((d) => typeof d.question === 'string') as SubmitData | undefined;
}

/** The text of each reply ('' for a card without text). */
export const texts = (replies: Partial<Activity>[]): string[] => replies.map((r) => r.text ?? '');

/** The question the last card of `replies` asks; throws, naming what came instead, when there is none. */
export function pending(replies: Partial<Activity>[]): SubmitData {
  const card = lastCard(replies);
  const p = card && pendingQuestion(card);
  if (!p) throw new Error(`no question card in: ${JSON.stringify(texts(replies))}`);
  return p;
}

export interface ConversationOptions {
  now?: Date;
  settings?: DecisionSettings;
  storage?: Storage;
  gate?: TurnGate;
  conversationType?: 'personal' | 'groupChat' | 'channel';
  conversationId?: string;
  userId?: string;
  /** `msteams` to look like Teams; the default `test` is a channel with no Teams behaviour. */
  channelId?: string;
  /** Sets Teams' channelData.tenant.id on every activity. */
  tenantId?: string;
  allowedTenantIds?: string[];
  log?: Logger;
  /** Makes every updateActivity fail, like a client that cannot update cards in place. */
  failUpdates?: boolean;
  /** Reminders, with the store of decisions they point at. */
  reminders?: ReminderPort;
  decisions?: DecisionStore;
}

/** A card the bot replaced in place (context.updateActivity). */
export interface CardUpdate {
  id: string;
  activity: Partial<Activity>;
}

/** Drives the real bot (dialogs, cards, state) through botbuilder's TestAdapter; every card it sends is
 * validated against the Adaptive Cards 1.5 schema. */
export class Conversation {
  readonly adapter: TestAdapter;
  readonly bot: SafeguardingBot;
  private now: Date;
  private readonly userId: string;
  private readonly conversation: Partial<Activity>['conversation'];
  private readonly channelId: string;
  private readonly channelData: Record<string, unknown> | undefined;
  private readonly updated: CardUpdate[] = [];

  constructor(options: ConversationOptions = {}) {
    this.now = options.now ?? new Date('2026-12-01T10:00:00Z');
    this.userId = options.userId ?? 'user-1';
    this.bot = new SafeguardingBot({
      storage: options.storage ?? new MemoryStorage(),
      gate: options.gate ?? new LocalTurnGate(),
      log: options.log ?? pino({ level: 'silent' }),
      clock: () => this.now,
      settings: options.settings ?? {},
      allowedTenantIds: options.allowedTenantIds,
      reminders: options.reminders,
      decisions: options.decisions,
    });
    this.adapter = new TestAdapter((context) => this.bot.run(context));
    this.adapter.updateActivity = async (_context, activity) => {
      if (options.failUpdates) throw new Error('this client cannot update activities');
      const card = cardOf(activity);
      if (card) expectValidCard(card);
      this.updated.push({ id: activity.id ?? '', activity });
      return { id: activity.id ?? '' };
    };
    this.channelId = options.channelId ?? 'test';
    this.channelData = options.tenantId ? { tenant: { id: options.tenantId } } : undefined;
    this.conversation = {
      id: options.conversationId ?? 'conversation-1',
      conversationType: options.conversationType ?? 'personal',
      isGroup: options.conversationType !== undefined && options.conversationType !== 'personal',
    } as Partial<Activity>['conversation'];
  }

  setNow(now: Date): void {
    this.now = now;
  }

  /** The cards replaced in place since the last call. */
  takeUpdates(): CardUpdate[] {
    return this.updated.splice(0);
  }

  /** Sends text, a submit value, or a whole activity; returns what the bot sent back. */
  async send(input: string | Record<string, unknown> | Partial<Activity>, from = this.userId): Promise<Partial<Activity>[]> {
    const activity: Partial<Activity> =
      typeof input === 'string'
        ? { type: 'message', text: input }
        : 'type' in input
          ? (input as Partial<Activity>)
          : { type: 'message', value: input };
    await this.adapter.processActivity({
      channelId: this.channelId,
      from: { id: from, name: 'Test user' },
      recipient: { id: 'bot', name: 'bot' },
      conversation: this.conversation,
      ...(this.channelData ? { channelData: this.channelData } : {}),
      ...activity,
    } as Partial<Activity>);
    const replies = this.adapter.activeQueue.splice(0) as Partial<Activity>[];
    for (const r of replies) {
      const card = cardOf(r);
      if (card) expectValidCard(card);
      // Teams shows suggested actions only in personal chats, so the bot never relies on them.
      if (r.suggestedActions) throw new Error(`a reply has suggested actions: ${JSON.stringify(r.suggestedActions)}`);
    }
    return replies;
  }

  /** Starts a flow with the menu's button and answers every question with card submits, as a user would. */
  async run(flowId: string, answers: Record<string, AnswerValue>): Promise<{ outcome: Card; asked: string[]; replies: Partial<Activity>[] }> {
    let replies = await this.send({ command: 'start', flow: flowId });
    const asked: string[] = [];
    for (let i = 0; i < 40; i++) {
      const card = lastCard(replies);
      const pending = card && pendingQuestion(card);
      if (!pending) return { outcome: card as Card, asked, replies };
      if (!(pending.question in answers)) throw new Error(`scenario gives no answer to ${pending.question}`);
      asked.push(pending.question);
      replies = await this.send(submitFor(pending, answers[pending.question]));
    }
    throw new Error('flow did not end');
  }
}

/** A card submit answering the pending question; a date-time is split into the date and time inputs. */
export function submitFor(pending: SubmitData, value: AnswerValue): Record<string, unknown> {
  const base = { flow: pending.flow, question: pending.question, ask: pending.ask };
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) {
    return { ...base, answer: value.slice(0, 10), answer_time: value.slice(11, 16) };
  }
  if (Array.isArray(value)) return { ...base, answer: value.join(',') };
  return { ...base, answer: typeof value === 'number' ? String(value) : value };
}

export function lastCard(replies: Partial<Activity>[]): Card | undefined {
  for (let i = replies.length - 1; i >= 0; i--) {
    const card = cardOf(replies[i]);
    if (card) return card;
  }
  return undefined;
}
