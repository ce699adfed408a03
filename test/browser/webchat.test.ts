import { mkdirSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import type { Locator, Page } from 'playwright-core';
import { createApp, type App } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { nextQuestion, type AnswerValue, type Question } from '../../rules';
import { scenarios } from '../scenarios/s42';
import { aaTargetAMinuteAway } from '../support/aaMinuteAway';
import { launchChromium, type Browser } from '../support/chromium';

const ARTIFACTS = path.join(__dirname, '..', '..', 'test-artifacts');
const scenario = scenarios.find((s) => s.id === 's42-03')!;

/** A question's text as Web Chat shows it: its renderer turns straight apostrophes into typographic ones. */
const asShown = (text: string): RegExp => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]")}$`);

/** The newest Adaptive Card in the transcript, as Web Chat rendered it. */
const latestCard = (page: Page): Locator => page.locator('.ac-adaptiveCard').last();

function label(question: Question, value: string): string {
  const option = question.options?.find((o) => o.value === value);
  if (!option) throw new Error(`${question.id} has no option ${value}`);
  return option.label;
}

/** Answers the question on the card as a person would: a button or row, the date and time inputs, or ticks. */
async function answer(card: Locator, question: Question, value: AnswerValue): Promise<void> {
  if (question.type === 'number') {
    await card.locator('input[type="number"]').fill(String(value));
    await card.getByRole('button', { name: 'Submit', exact: true }).click();
  } else if (question.type === 'datetime') {
    const [date, time] = String(value).split('T');
    await card.locator('input[type="date"]').fill(date);
    await card.locator('input[type="time"]').fill(time);
    await card.getByRole('button', { name: 'Submit', exact: true }).click();
  } else if (question.type === 'multichoice') {
    // A tick box's accessible name is the group's label followed by the option's.
    for (const v of value as string[]) await card.getByRole('checkbox', { name: label(question, v) }).check();
    await card.getByRole('button', { name: 'Submit', exact: true }).click();
  } else {
    await card.getByRole('button', { name: label(question, String(value)), exact: true }).click();
  }
}

/** Types the opening message, then answers each question the flow asks on its newest card; the ids asked. */
async function answerEveryQuestion(page: Page, opening: string, flowId: string, answers: Record<string, AnswerValue>): Promise<string[]> {
  const sendBox = page.getByRole('textbox').first();
  await sendBox.fill(opening);
  await sendBox.press('Enter');
  const given: Record<string, AnswerValue> = {};
  for (let question = nextQuestion(flowId, given); question; question = nextQuestion(flowId, given)) {
    const card = latestCard(page);
    await card.getByText(asShown(question.text)).first().waitFor();
    await answer(card, question, answers[question.id]);
    given[question.id] = answers[question.id];
  }
  return Object.keys(given);
}

/** The bot with the local web chat on a free port, and Chromium to open it. */
async function served(env: Record<string, string>, clock?: () => Date): Promise<{ app: App; base: string; browser: Browser }> {
  const app = createApp({ config: loadConfig({ PORT: '0', HOST: '127.0.0.1', ...env }), log: pino({ level: 'silent' }), clock });
  const base = `http://127.0.0.1:${(await app.listen()).port}`;
  return { app, base, browser: await launchChromium() };
}

describe('the local web chat in a browser', () => {
  let app: App;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    ({ app, base, browser } = await served({}, () => new Date('2026-03-10T12:00:00Z')));
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('completes S.42 scenario s42-03 by clicking the cards, and shows the outcome and who decides', async () => {
    const page = await browser.context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));
    page.on('console', (message) => void (message.type() === 'error' && pageErrors.push(message.text())));
    await page.goto(`${base}/`);

    await page.getByText('Local test client', { exact: false }).first().waitFor();
    // The header takes one line on a phone.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.locator('body > header').evaluate((h) => h.getBoundingClientRect().height)).toBeLessThan(40);
    await page.getByRole('heading', { name: 'Safeguarding Decision Assistant', level: 1 }).waitFor();
    const asked = await answerEveryQuestion(page, 'does this meet S.42?', 's42', scenario.answers);

    const outcome = latestCard(page);
    await outcome.getByText('S.42 criteria indicated (DSO decides)', { exact: true }).waitFor();
    expect(await outcome.locator('.ac-textBlock').nth(1).innerText()).toMatch(/^Decided by: Designated Senior Officer \(DSO\)/);
    expect(await outcome.locator('.ac-textBlock').first().innerText()).toBe('S.42 criteria indicated (DSO decides)');
    expect(asked).toEqual(Object.keys(scenario.answers));
    expect(pageErrors).toEqual([]);

    await outcome.evaluate((card) => card.scrollIntoView({ block: 'start' }));
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'webchat-s42-03.png'), fullPage: false });
  }, 60_000);
});

describe('a reminder in the local web chat', () => {
  let app: App;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    ({ app, base, browser } = await served({ REMINDER_LEAD_MINUTES: '0' }));
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('arrives in the conversation when its deadline comes, after "Remind me" was tapped', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/`);
    await page.getByRole('heading', { name: 'Safeguarding Decision Assistant', level: 1 }).waitFor();
    await answerEveryQuestion(page, 'what are our remand duties?', 'remand', aaTargetAMinuteAway());
    const outcome = latestCard(page);
    await outcome.getByText('Do now', { exact: true }).waitFor();
    const reminders = outcome.getByRole('button', { name: 'Remind me', exact: true });
    expect(await reminders.count()).toBeGreaterThan(0);
    await reminders.first().click();
    await page.getByText(/^Reminder set for /).first().waitFor();
    await page.getByText(/^Reminder: /).first().waitFor({ timeout: 100_000 });
  }, 150_000);
});

