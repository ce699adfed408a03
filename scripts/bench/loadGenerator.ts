import { lastCard, pendingQuestion, submitFor, type ReplyActivity } from './cardReader';
import type { ActivityClient } from './httpClient';
import type { Plan } from './plans';
import { summarise, type LatencySummary } from './stats';

/** What one load level measured, inside its window only (after the warm-up, before the end). */
export interface LoadResult {
  users: number;
  seconds: number;
  turns: number;
  /** Every turn sent, warm-up and stragglers included: what Redis's command counts cover. */
  allTurns: number;
  decisions: number;
  turnsPerSecond: number;
  decisionsPerSecond: number;
  latencyMs: LatencySummary;
  /** Failed turns and errands, by reason; any at all makes the run's figures suspect. */
  errors: Record<string, number>;
}

/** What an errand reports as it goes. */
export interface Recorder {
  readonly stopped: boolean;
  /** Sends one activity as a timed turn. */
  turn(activity: object): Promise<{ status: number; activities: ReplyActivity[] }>;
  decision(): void;
  error(reason: string): void;
}

/** One simulated user's piece of work (a whole flow, or a round of echo messages). */
export type Errand = (user: number, errand: number, rec: Recorder) => Promise<void>;

export interface LoadOptions {
  client: ActivityClient;
  users: number;
  warmupMs: number;
  measureMs: number;
  errand: Errand;
}

/** What one stretch of load measured, before it is summarised (several stretches of one server add up). */
export interface RawLoad {
  users: number;
  seconds: number;
  latencies: number[];
  allTurns: number;
  decisions: number;
  errors: Record<string, number>;
}

/** Stretches of load on one server, as one result. */
export function summariseLoad(parts: RawLoad[]): LoadResult {
  const latencies = parts.flatMap((p) => p.latencies);
  const seconds = parts.reduce((a, p) => a + p.seconds, 0);
  const decisions = parts.reduce((a, p) => a + p.decisions, 0);
  const errors: Record<string, number> = {};
  for (const p of parts) for (const [reason, n] of Object.entries(p.errors)) errors[reason] = (errors[reason] ?? 0) + n;
  return {
    users: parts[0]?.users ?? 0,
    seconds,
    turns: latencies.length,
    allTurns: parts.reduce((a, p) => a + p.allTurns, 0),
    decisions,
    turnsPerSecond: seconds ? latencies.length / seconds : 0,
    decisionsPerSecond: seconds ? decisions / seconds : 0,
    latencyMs: summarise(latencies),
    errors,
  };
}

/** Runs `users` concurrent users, each doing errand after errand with no think time, and counts the turns
 * that start after the warm-up and end before the window closes. */
export async function drive(options: LoadOptions): Promise<RawLoad> {
  const { client, users, warmupMs, measureMs, errand } = options;
  const started = performance.now();
  const windowStart = started + warmupMs;
  const windowEnd = windowStart + measureMs;
  const latencies: number[] = [];
  const errors: Record<string, number> = {};
  let decisions = 0;
  let allTurns = 0;

  const inWindow = (t: number) => t >= windowStart && t <= windowEnd;
  const recorder: Recorder = {
    get stopped() {
      return performance.now() >= windowEnd;
    },
    async turn(activity) {
      const t0 = performance.now();
      const reply = await client.post(activity);
      const t1 = performance.now();
      allTurns++;
      if (t0 >= windowStart && t1 <= windowEnd) latencies.push(t1 - t0);
      if (reply.status !== 200) recorder.error(`HTTP ${reply.status}`);
      return reply;
    },
    decision() {
      if (inWindow(performance.now())) decisions++;
    },
    error(reason) {
      errors[reason] = (errors[reason] ?? 0) + 1;
    },
  };

  await Promise.all(
    Array.from({ length: users }, async (_, user) => {
      for (let n = 0; !recorder.stopped; n++) {
        try {
          await errand(user, n, recorder);
        } catch (err) {
          recorder.error(`request failed: ${(err as Error).message}`);
        }
      }
    }),
  );
  return { users, seconds: measureMs / 1000, latencies, allTurns, decisions, errors };
}

/** The fields every activity shares: an emulator-like channel, replies in the HTTP response. */
function activityFor(conversationId: string, userId: string, fields: object): object {
  return {
    type: 'message',
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:1',
    deliveryMode: 'expectReplies',
    conversation: { id: conversationId },
    from: { id: userId },
    recipient: { id: 'bot' },
    ...fields,
  };
}

/** How a flow errand ended: with the outcome card, or why not. */
export type FlowEnd = { decided: true; asked: number } | { decided: false; reason: string };

/** A user works through one public scenario by card submits, from the start command to the outcome card. */
export async function runFlow(plan: Plan, conversationId: string, userId: string, rec: Recorder): Promise<FlowEnd> {
  const send = (value: object) => rec.turn(activityFor(conversationId, userId, { value }));
  let reply = await send({ command: 'start', flow: plan.flowId });
  let previous: string | undefined;
  for (let asked = 0; asked <= 40; asked++) {
    if (reply.status !== 200) return { decided: false, reason: `HTTP ${reply.status}` };
    const card = lastCard(reply.activities);
    if (!card) return { decided: false, reason: `a reply without a card: "${(reply.activities[0]?.text ?? '').slice(0, 60)}"` };
    const pending = pendingQuestion(card);
    if (!pending) return { decided: true, asked };
    // The same question straight after answering it: the answer was refused (e.g. a date that the real clock
    // puts in the future), so this scenario cannot finish on this server.
    if (pending.question === previous) return { decided: false, reason: `answer refused (${plan.scenarioId} ${pending.question})` };
    if (!(pending.question in plan.answers)) return { decided: false, reason: `no answer for ${plan.scenarioId} ${pending.question}` };
    if (rec.stopped) return { decided: false, reason: 'stopped' };
    previous = pending.question;
    reply = await send(submitFor(pending, plan.answers[pending.question]));
  }
  return { decided: false, reason: `${plan.scenarioId} did not end` };
}

/** Each errand is a new conversation through the next scenario; users start at different scenarios. */
export function flowErrand(plans: Plan[], runId: string): Errand {
  return async (user, n, rec) => {
    const plan = plans[(user * 13 + n) % plans.length];
    // A new person for each conversation: the bot limits turns per user per minute, which a user clicking
    // through flows with no pause at all would soon exceed.
    const end = await runFlow(plan, `bench-${runId}-${user}-${n}`, `user-${runId}-${user}-${n}`, rec);
    if (end.decided) rec.decision();
    else if (end.reason !== 'stopped') rec.error(end.reason);
  };
}

/** The echo floor's errand: a round of short messages in one conversation, each answered with one message. */
export function echoErrand(runId: string, turnsPerErrand = 8): Errand {
  return async (user, n, rec) => {
    for (let i = 0; i < turnsPerErrand && !rec.stopped; i++) {
      const reply = await rec.turn(activityFor(`bench-${runId}-${user}-${n}`, `user-${runId}-${user}-${n}`, { text: `message ${i}` }));
      if (reply.status === 200 && reply.activities.length !== 1) rec.error('echo: not exactly one reply');
    }
  };
}
