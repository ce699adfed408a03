import type { Activity, Storage } from 'botbuilder';
import type { Redis } from 'ioredis';
import pino, { type Logger } from 'pino';
import { createApp, type App } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import type { TurnGate } from '../../bot/state/turnGate';
import type { AnswerValue } from '../../rules';
import { lastCard, pendingQuestion, submitFor } from '../support/conversation';
import { scenarioAnswers } from '../support/scenarios';

export interface Started {
  app: App;
  base: string;
}

export async function startApp(env: Record<string, string> = {}, extras: { storage?: Storage; gate?: TurnGate; redis?: Redis; log?: Logger; clock?: () => Date } = {}): Promise<Started> {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', WEBCHAT_ENABLED: 'false', ...env });
  const app = createApp({ config, log: extras.log ?? pino({ level: 'silent' }), ...extras });
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

export async function post(base: string, body: unknown): Promise<Reply> {
  const res = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
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
