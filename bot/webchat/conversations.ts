import { randomBytes } from 'node:crypto';
import type { Activity } from 'botbuilder';

/** One local web chat conversation: its activities in order, numbered by watermark. */
export interface LocalConversation {
  readonly id: string;
  readonly token: string;
  /** Assigned by the server: the page never chooses who it is. */
  readonly userId: string;
  /** Whether the bot has been told the user joined (it then sends its welcome). */
  started: boolean;
  lastActive: number;
  /** Watermark of `activities[0]`: older activities have been dropped. */
  firstWatermark: number;
  activities: Partial<Activity>[];
  /** Bytes of `activities` as JSON. */
  bytes: number;
  nextSequence: number;
}

export interface ConversationLimits {
  /** Conversations held at once; starting one more drops the least recently active if it has been idle
   * `evictableAfterMs`, and is refused otherwise (so a flood of new ones cannot push out people using it). */
  maxConversations: number;
  /** A conversation idle this long is forgotten. */
  idleMs: number;
  /** See maxConversations. */
  evictableAfterMs: number;
  /** Activities kept per conversation; older ones are dropped (a page that has seen them keeps them). */
  maxActivities: number;
  /** Bytes (as JSON) of the activities kept per conversation, and in all conversations together; the oldest
   * are dropped first, from the least recently active conversations. */
  maxBytesPerConversation: number;
  maxBytesTotal: number;
}

export const DEFAULT_LIMITS: ConversationLimits = {
  maxConversations: 100,
  idleMs: 30 * 60_000,
  evictableAfterMs: 5 * 60_000,
  maxActivities: 500,
  maxBytesPerConversation: 512 * 1024,
  maxBytesTotal: 16 * 1024 * 1024,
};

const sizeOf = (activity: Partial<Activity>): number => Buffer.byteLength(JSON.stringify(activity));

const secret = (bytes: number) => randomBytes(bytes).toString('base64url');

/** Conversations of the local web chat, in this process's memory only: it is a test client for one
 * machine, not a channel, so nothing here survives a restart or is shared between instances. */
export class ConversationStore {
  private readonly byId = new Map<string, LocalConversation>();
  private readonly byTokenValue = new Map<string, LocalConversation>();
  private totalBytes = 0;

  /** `onForget`: told of each conversation dropped, so that what the bot keeps for it is freed too. */
  constructor(
    readonly limits: ConversationLimits = DEFAULT_LIMITS,
    private readonly now: () => number = Date.now,
    private readonly onForget: (conversation: LocalConversation) => void = () => undefined,
  ) {}

  get size(): number {
    this.expire();
    return this.byId.size;
  }

  /** Bytes of every activity held. */
  get bytes(): number {
    return this.totalBytes;
  }

  /** A new conversation, or undefined when the store is full of conversations in use. */
  create(): LocalConversation | undefined {
    this.expire();
    if (this.byId.size >= this.limits.maxConversations) {
      const oldest = this.leastRecent();
      if (!oldest || this.now() - oldest.lastActive < this.limits.evictableAfterMs) return undefined;
      this.forget(oldest);
    }
    const conversation: LocalConversation = {
      id: `local-${secret(12)}`,
      token: secret(32),
      userId: `user-${secret(9)}`,
      started: false,
      lastActive: this.now(),
      firstWatermark: 0,
      activities: [],
      bytes: 0,
      nextSequence: 0,
    };
    this.byId.set(conversation.id, conversation);
    this.byTokenValue.set(conversation.token, conversation);
    return conversation;
  }

  /** A conversation still held, by its id. */
  held(id: string): LocalConversation | undefined {
    this.expire();
    return this.byId.get(id);
  }

  /** The conversation a bearer token belongs to, if it is still held; touching it keeps it alive. */
  byToken(token: string | undefined): LocalConversation | undefined {
    if (!token) return undefined;
    this.expire();
    const conversation = this.byTokenValue.get(token);
    if (conversation) conversation.lastActive = this.now();
    return conversation;
  }

  /** Adds an activity with a new id, or (for an id already used: an updated card) a new copy of it. */
  append(conversation: LocalConversation, activity: Partial<Activity>): string {
    const id = activity.id ?? `${conversation.id}|${String(conversation.nextSequence++).padStart(7, '0')}`;
    const stored = { ...activity, id };
    conversation.activities.push(stored);
    this.count(conversation, sizeOf(stored));
    conversation.lastActive = this.now();
    while (conversation.activities.length > this.limits.maxActivities || (conversation.bytes > this.limits.maxBytesPerConversation && conversation.activities.length > 1)) {
      this.dropOldest(conversation);
    }
    while (this.totalBytes > this.limits.maxBytesTotal) {
      const victim = this.leastRecent((c) => c.activities.length > 0 && c !== conversation) ?? conversation;
      if (victim.activities.length <= 1 && victim === conversation) break;
      this.dropOldest(victim);
    }
    return id;
  }

  private count(conversation: LocalConversation, bytes: number): void {
    conversation.bytes += bytes;
    this.totalBytes += bytes;
  }

  private dropOldest(conversation: LocalConversation): void {
    const dropped = conversation.activities.shift();
    if (!dropped) return;
    conversation.firstWatermark += 1;
    this.count(conversation, -sizeOf(dropped));
  }

  /** The latest copy of an activity still held, by id (an update reuses the id of what it replaces). */
  find(conversation: LocalConversation, id: string): Partial<Activity> | undefined {
    for (let i = conversation.activities.length - 1; i >= 0; i--) if (conversation.activities[i].id === id) return conversation.activities[i];
    return undefined;
  }

  /** Activities from `watermark` on, and the watermark to ask from next time. */
  since(conversation: LocalConversation, watermark: number): { activities: Partial<Activity>[]; watermark: number } {
    const end = conversation.firstWatermark + conversation.activities.length;
    const from = Math.min(Math.max(watermark - conversation.firstWatermark, 0), conversation.activities.length);
    return { activities: conversation.activities.slice(from), watermark: end };
  }

  private expire(): void {
    const cutoff = this.now() - this.limits.idleMs;
    for (const conversation of this.byId.values()) if (conversation.lastActive <= cutoff) this.forget(conversation);
  }

  private leastRecent(which: (c: LocalConversation) => boolean = () => true): LocalConversation | undefined {
    let oldest: LocalConversation | undefined;
    for (const conversation of this.byId.values()) if (which(conversation) && (!oldest || conversation.lastActive < oldest.lastActive)) oldest = conversation;
    return oldest;
  }

  private forget(conversation: LocalConversation): void {
    this.byId.delete(conversation.id);
    this.byTokenValue.delete(conversation.token);
    this.totalBytes -= conversation.bytes;
    conversation.activities = [];
    conversation.bytes = 0;
    this.onForget(conversation);
  }
}
