import { MemoryStorage, type Activity, type StoreItems } from 'botbuilder';
import pino from 'pino';
import { createApp, type App, type AppOptions } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import type { AnswerValue } from '../../rules';
import { lastCard, pendingQuestion, submitFor } from './conversation';
import { scenarioAnswers } from './scenarios';

/** The bot's whole HTTP server on a free port, driven by tests over real HTTP. */

export interface Started {
  app: App;
  base: string;
}

export async function startApp(env: Record<string, string> = {}, extras: Omit<Partial<AppOptions>, 'config'> = {}): Promise<Started> {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', WEBCHAT_ENABLED: 'false', ...env });
  const app = createApp({ ...extras, config, log: extras.log ?? pino({ level: 'silent' }) });
  const { port } = await app.listen();
  return { app, base: `http://127.0.0.1:${port}` };
}

let seq = 0;

/** A channel activity asking for the replies in the response body. */
export function activity(fields: Record<string, unknown> = {}, user = 'user-1', conversation = 'conversation-1'): Record<string, unknown> {
  return {
    type: 'message',
    id: `activity-${++seq}`,
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:1',
    deliveryMode: 'expectReplies',
    conversation: { id: conversation },
    from: { id: user },
    recipient: { id: 'bot' },
    ...fields,
  };
}

export interface Reply {
  status: number;
  text: string;
  activities: Record<string, unknown>[];
}

/** POST /api/messages; a string body is sent as it is (for malformed JSON). */
export async function post(base: string, body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  const res = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await res.text();
  let activities: Record<string, unknown>[] = [];
  try {
    activities = (JSON.parse(text) as { activities?: Record<string, unknown>[] }).activities ?? [];
  } catch {
    // Not JSON: the status says what happened.
  }
  return { status: res.status, text, activities };
}

export const texts = (reply: Reply): string[] => reply.activities.map((a) => String(a.text ?? ''));

/** Starts a flow with the menu's button and answers each question with a card submit, over HTTP. Returns
 * the last reply (the outcome). */
export async function runFlow(base: string, flowId: string, answers: Record<string, AnswerValue>, fields: Record<string, unknown> = {}, user = 'user-1', conversation = 'conversation-1'): Promise<Reply> {
  // `confirm`: a check left in progress is closed without asking, as when the user taps "Yes, start".
  let reply = await post(base, activity({ value: { command: 'start', flow: flowId, confirm: true }, ...fields }, user, conversation));
  for (let i = 0; i < 40; i++) {
    const card = lastCard(reply.activities as Partial<Activity>[]);
    const pending = card && pendingQuestion(card);
    if (!pending) return reply;
    reply = await post(base, activity({ value: submitFor(pending, answers[pending.question]), ...fields }, user, conversation));
  }
  throw new Error('the flow did not end');
}

/** s42-03 of the public scenarios: S.42 criteria indicated, with two extra factors. */
export const s42Answers: Record<string, AnswerValue> = scenarioAnswers('s42', 's42-03');

/** Counts every read and write, to show that a refused request never reached the bot's state. */
export class WatchedStorage extends MemoryStorage {
  touched = 0;
  override read(keys: string[]): Promise<StoreItems> {
    this.touched++;
    return super.read(keys);
  }
  override write(changes: StoreItems): Promise<void> {
    this.touched++;
    return super.write(changes);
  }
}
