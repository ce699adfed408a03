import type { AnswerValue } from '../../rules';

/** What the simulated user reads from the bot's replies: the pending question's submit data
 * (DESIGN.md "Card submit data"), or that an outcome card came back. */
export interface PendingQuestion {
  flow: string;
  question: string;
  ask: string;
}

export interface ReplyActivity {
  type?: string;
  text?: string;
  attachments?: { contentType?: string; content?: unknown }[];
}

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

export function lastCard(activities: ReplyActivity[]): unknown {
  for (let i = activities.length - 1; i >= 0; i--) {
    const card = activities[i].attachments?.find((a) => a.contentType === ADAPTIVE_CARD)?.content;
    if (card) return card;
  }
  return undefined;
}

/** The first Action.Submit whose data names a question: the question the card asks. */
export function pendingQuestion(node: unknown): PendingQuestion | undefined {
  if (Array.isArray(node)) {
    for (const n of node) {
      const found = pendingQuestion(n);
      if (found) return found;
    }
    return undefined;
  }
  if (!node || typeof node !== 'object') return undefined;
  const o = node as Record<string, unknown>;
  const data = o.data as Record<string, unknown> | undefined;
  if (o.type === 'Action.Submit' && data && typeof data.question === 'string' && typeof data.ask === 'string' && typeof data.flow === 'string') {
    return { flow: data.flow, question: data.question, ask: data.ask };
  }
  for (const v of Object.values(o)) {
    const found = pendingQuestion(v);
    if (found) return found;
  }
  return undefined;
}

/** The submit a user's click sends: a date-time goes as the card's date and time inputs, several choices
 * as the comma-joined value of a multi-select ChoiceSet. */
export function submitFor(pending: PendingQuestion, value: AnswerValue): Record<string, unknown> {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) {
    return { ...pending, answer: value.slice(0, 10), answer_time: value.slice(11, 16) };
  }
  if (Array.isArray(value)) return { ...pending, answer: value.join(',') };
  return { ...pending, answer: typeof value === 'number' ? String(value) : value };
}
