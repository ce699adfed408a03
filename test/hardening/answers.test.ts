import { MemoryStorage, type Activity } from 'botbuilder';
import { messages } from '../../dialogs';
import { checkAnswer, flows } from '../../rules';
import { lastCard, pendingQuestion, submitFor } from '../support/conversation';
import { activity, post, runFlow, s42Answers, startApp, texts, type Started } from './support';

const question = (flowId: string, id: string) => flows.find((f) => f.id === flowId)!.questions.find((q) => q.id === id)!;
const pending = (reply: { activities: Record<string, unknown>[] }) => pendingQuestion(lastCard(reply.activities as Partial<Activity>[])!);

describe('answers are bounded', () => {
  const storage = new MemoryStorage();
  let started: Started;
  beforeAll(async () => (started = await startApp({}, { storage })));
  afterAll(async () => started.app.close());

  test('every number question has a plausible range', () => {
    const numbers = flows.flatMap((f) => f.questions.filter((q) => q.type === 'number').map((q) => ({ id: `${f.id}.${q.id}`, ...q.number })));
    expect(numbers.length).toBeGreaterThan(0);
    for (const n of numbers) {
      expect({ id: n.id, min: Number.isFinite(n.min), max: Number.isFinite(n.max) }).toEqual({ id: n.id, min: true, max: true });
      expect(n.max).toBeLessThan(1_000_000);
    }
  });

  test('the attack: child_age 9434765919 (an NHS number\'s shape) is refused and kept nowhere', async () => {
    expect(checkAnswer(question('remand', 'child_age'), 9434765919).ok).toBe(false);
    expect(checkAnswer(question('remand', 'child_age'), '9434765919').ok).toBe(false);
    const user = 'number-user';
    const started_ = await post(started.base, activity({ value: { command: 'start', flow: 'remand' } }, user, 'number-conversation'));
    const asked = pending(started_)!;
    expect(asked.question).toBe('child_age');
    const reply = await post(started.base, activity({ value: submitFor(asked, 9434765919) }, user, 'number-conversation'));
    expect(pending(reply)?.question).toBe('child_age');
    expect(JSON.stringify((storage as unknown as { memory: unknown }).memory)).not.toContain('9434765919');
  });

  test('the attack: a date-time with nine fractional digits is kept, and recorded, to the minute', async () => {
    const received = question('s42', 'received_at');
    expect(checkAnswer(received, '2026-03-10T10:00:59.123456789')).toEqual({ ok: true, value: '2026-03-10T10:00' });
    expect(checkAnswer(received, '2026-03-10T10:00:59.123456789+01:00')).toEqual({ ok: true, value: '2026-03-10T10:00+01:00' });
    expect(checkAnswer(received, '2026-03-10T10:00Z')).toEqual({ ok: true, value: '2026-03-10T10:00Z' });
    await runFlow(started.base, 's42', { ...s42Answers, received_at: '2026-03-10T10:00:00.123456789' }, {}, 'datetime-user', 'datetime-conversation');
    const records = [];
    for await (const r of started.app.audit.between(new Date(0))) records.push(r);
    expect(records.map((r) => r.answers.received_at)).toEqual(['2026-03-10T10:00']);
    expect(JSON.stringify((storage as unknown as { memory: unknown }).memory)).not.toContain('123456789');
  });
});

describe('malformed entities', () => {
  let started: Started;
  beforeAll(async () => (started = await startApp()));
  afterAll(async () => started.app.close());

  test('the attack: a mention without `mentioned` is ignored: no failed turn, and the check carries on from its question', async () => {
    const user = 'mention-user';
    const conversation = 'mention-conversation';
    const first = await post(started.base, activity({ value: { command: 'start', flow: 's42' } }, user, conversation));
    expect(pending(first)?.question).toBe('immediate_danger');
    for (const entities of [[{ type: 'mention' }], [{ type: 'mention', mentioned: 5, text: '<at>Bot</at>' }], [{ type: 'mention', mentioned: null }]]) {
      const reply = await post(started.base, activity({ text: '<at>Bot</at> help', entities }, user, conversation));
      expect(reply.status).toBe(200);
      expect(texts(reply)).not.toContain(messages.turnError);
    }
    const next = await post(started.base, activity({ value: submitFor(pending(first)!, 'no') }, user, conversation));
    expect(pending(next)?.question).not.toBe('immediate_danger');
    expect(texts(next)).not.toContain(messages.turnError);
  });
});
