import pino from 'pino';
import { UserHasher } from '../../bot/audit/decisionRecord';
import { reminderDelivery } from '../../bot/reminders/delivery';
import { LocalReminders } from '../../bot/reminders/localReminders';
import type { ReminderAddress } from '../../bot/reminders/reminder';
import { ReminderService } from '../../bot/reminders/service';
import type { ReminderSender } from '../../bot/reminders/sender';
import { MemoryDecisionStore } from '../../bot/state/decisionStore';
import { messages } from '../../dialogs';
import { cardOf, cardTexts, Conversation, lastCard, submitsOf, texts, type Card, type ConversationOptions } from '../support/conversation';

const log = pino({ level: 'silent' });

/** A 14-year-old refused bail at 18:30 on Mon 30 Nov 2026 and an appropriate adult asked for then, no family able
 * to come; asked at 18:40: the appropriate adult's 2-hour target (20:30) is dated and still to come, the
 * out-of-hours contact is "now". */
const NOW = new Date('2026-11-30T18:40:00Z');
const REMLAA = {
  child_age: 14,
  stage: 'police_custody_refused_bail',
  remand_or_request_at: '2026-11-30T18:30',
  csc_status: 'not_open',
  police_request: 'la_accommodation',
  aa_needed: 'yes_no_family',
  aa_requested_at: '2026-11-30T18:30',
};

class RecordingSender implements ReminderSender {
  readonly sent: { address: ReminderAddress; text: string }[] = [];
  async send(address: ReminderAddress, message: { text?: string }): Promise<void> {
    this.sent.push({ address, text: message.text ?? '' });
  }
}

function withReminders(options: ConversationOptions = {}, clock: () => Date = () => NOW) {
  const sender = new RecordingSender();
  const decisions = new MemoryDecisionStore(clock);
  const reminders = new LocalReminders(reminderDelivery(sender, log, clock), clock);
  const service = new ReminderService({ reminders, decisionById: (id) => decisions.find(id), hasher: new UserHasher('test-key-0123456789-0123456789-01'), clock, leadMinutes: 15, officeOpens: '09:00' });
  const conversation = new Conversation({ now: NOW, decisions, reminders: service, ...options });
  return { conversation, sender, reminders };
}

type Data = Record<string, unknown>;
const remindButtons = (card: Card) => submitsOf(card).filter((d: Data) => d.command === 'remind');

describe('"Remind me" on the outcome card', () => {
  afterEach(() => jest.useRealTimers());

  test('is offered beside every step whose dated deadline is still to come, and on no step due now', async () => {
    const { conversation, reminders } = withReminders();
    const { outcome } = await conversation.run('remand', REMLAA);
    const offered = remindButtons(outcome);
    expect(offered.length).toBeGreaterThan(0);
    for (const d of offered) expect(Object.keys(d).sort()).toEqual(['command', 'decision', 'step']);
    expect(offered.map((d) => d.step)).toContain('aa_two_hours');
    expect(offered.map((d) => d.step)).not.toContain('contact_ooh');
    await reminders.close();
  });

  test('in a personal chat the card the button was on shows "Reminder set for …" and "Cancel reminder"; cancelling puts "Remind me" back', async () => {
    const { conversation, reminders } = withReminders({ conversationType: 'personal' });
    const { outcome } = await conversation.run('remand', REMLAA);
    const [first] = remindButtons(outcome);
    conversation.takeUpdates();
    const replies = await conversation.send({ type: 'message', value: first, replyToId: 'outcome-card-1' });
    expect(texts(replies).filter(Boolean)).toEqual([]);
    const [update] = conversation.takeUpdates();
    expect(update.id).toBe('outcome-card-1');
    const updated = cardOf(update.activity)!;
    expect(cardTexts(updated).some((t) => /^Reminder set for \d\d:\d\d \w{3} \d+ \w{3} 2026 \(lost if this bot restarts\)$/.test(t))).toBe(true);
    expect(submitsOf(updated)).toContainEqual({ command: 'cancelReminder', decision: first.decision, step: first.step });
    expect(remindButtons(updated).map((d) => d.step)).not.toContain(first.step);

    await conversation.send({ type: 'message', value: { ...first, command: 'cancelReminder' }, replyToId: 'outcome-card-1' });
    const [restored] = conversation.takeUpdates();
    expect(remindButtons(cardOf(restored.activity)!).map((d) => d.step)).toContain(first.step);
    await reminders.close();
  });

  test('without the card to update (or in a group chat) the person who tapped is told in a reply', async () => {
    const { conversation, reminders } = withReminders({ conversationType: 'groupChat' });
    const { outcome } = await conversation.run('remand', REMLAA);
    const [first] = remindButtons(outcome);
    conversation.takeUpdates();
    const replies = await conversation.send({ type: 'message', value: first, replyToId: 'outcome-card-1' });
    expect(conversation.takeUpdates()).toEqual([]);
    expect(texts(replies).join('\n')).toMatch(/^Reminder set for \d\d:\d\d \w{3} \d+ \w{3} 2026\. This bot is running without its database/);
    await reminders.close();
  });

  test('"reminders" lists them with a cancel button each; "cancel all reminders" cancels them; the list is then empty', async () => {
    const { conversation, reminders } = withReminders();
    const { outcome } = await conversation.run('remand', REMLAA);
    const offered = remindButtons(outcome).slice(0, 2);
    for (const d of offered) await conversation.send(d);
    const list = lastCard(await conversation.send('reminders'))!;
    expect(cardTexts(list)[0]).toBe(`Your reminders (${offered.length})`);
    for (const d of offered) expect(submitsOf(list)).toContainEqual({ command: 'cancelReminder', decision: d.decision, step: d.step });
    expect(submitsOf(list)).toContainEqual({ command: 'cancelAllReminders' });
    expect(texts(await conversation.send('cancel all reminders'))).toContain(messages.remindersCancelled(offered.length));
    expect(texts(await conversation.send('reminders'))).toContain(messages.remindersNone);
    await reminders.close();
  });

  test('when due, the reminder names the step, its owner, its deadline and the check, in the conversation it was set in', async () => {
    let now = NOW;
    const { conversation, sender, reminders } = withReminders({}, () => now);
    const { outcome } = await conversation.run('remand', REMLAA);
    const [first] = remindButtons(outcome);
    jest.useFakeTimers({ now: NOW });
    await conversation.send(first);
    now = new Date('2026-11-30T20:20:00Z');
    jest.advanceTimersByTime(2 * 3_600_000);
    jest.useRealTimers();
    await new Promise((resolve) => setImmediate(resolve));
    expect(sender.sent).toHaveLength(1);
    const [sent] = sender.sent;
    expect(sent.address.conversationId).toBe('conversation-1');
    expect(sent.text).toMatch(/^Reminder: /);
    expect(sent.text).toMatch(/\n\nWho: .+\n\nDeadline: By .+\n\nFrom your check: What are our remand duties\?$/);
    await reminders.close();
  });

  test('a deadline that has passed, or a decision no longer kept, is refused in plain words', async () => {
    let now = NOW;
    const { conversation, reminders } = withReminders({}, () => now);
    const { outcome } = await conversation.run('remand', REMLAA);
    const [first] = remindButtons(outcome);
    now = new Date('2026-11-30T21:00:00Z');
    conversation.setNow(now);
    expect(texts(await conversation.send(first))).toContain(messages.reminderPassed);
    expect(texts(await conversation.send({ command: 'remind', decision: 'no.such', step: 'x' }))).toContain(messages.reminderUnknownDecision);
    await reminders.close();
  });
});
