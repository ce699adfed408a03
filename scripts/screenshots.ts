/**
 * Screenshots of what a user sees in the local Web Chat, phone-sized and desktop, for usability review:
 * `npx tsx scripts/screenshots.ts [label] [scenario id | all | first]` writes test-artifacts/ux/<label>/<viewport>-<shot>.png.
 * Each scenario runs on its own server whose clock is the scenario's `now`, so deadlines read as in the tests.
 * `first` shoots, on a phone only, the first screen of two outcomes as they arrive (no scrolling): s42-03 and a
 * remand to local authority accommodation at 02:00, the answer a worker must act on from that screen.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import type { Locator, Page } from 'playwright-core';
import { createApp } from '../bot/app';
import { loadConfig } from '../bot/config';
import { getFlow, nextQuestion, type AnswerValue, type Question } from '../rules';
import { launchChromium, type Browser } from '../test/support/chromium';
import { allScenarios, DEFAULT_NOW } from '../test/support/scenarios';
import type { Scenario } from '../test/scenarios/types';

const label = process.argv[2] ?? 'current';
/** One scenario id to shoot on its own, or everything. */
const only = process.argv[3];
const OUT = path.join(__dirname, '..', 'test-artifacts', 'ux', label);
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } } as const;
type ViewportName = keyof typeof VIEWPORTS;

const latestCard = (page: Page): Locator => page.locator('.ac-adaptiveCard').last();

function optionLabel(question: Question, value: string): string {
  const option = question.options?.find((o) => o.value === value);
  if (!option) throw new Error(`${question.id} has no option ${value}`);
  return option.label;
}

/** A label as Web Chat shows it: Markdown may turn ' into ’. Anchored, so "No" does not match "Not known". */
const typographic = (text: string): RegExp =>
  new RegExp(`^(\\d+\\. )?${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]")}$`);

async function answer(card: Locator, question: Question, value: AnswerValue): Promise<void> {
  if (question.type === 'datetime' && value !== 'now' && !question.options?.some((o) => o.value === value)) {
    const [date, time] = String(value).split('T');
    await card.locator('input[type="date"]').fill(date);
    await card.locator('input[type="time"]').fill(time);
    await card.getByRole('button', { name: 'Submit', exact: true }).click();
  } else if (question.type === 'date' && !question.options?.some((o) => o.value === value)) {
    await card.locator('input[type="date"]').fill(String(value));
    await card.getByRole('button', { name: 'Submit', exact: true }).click();
  } else if (question.type === 'number' && typeof value === 'number') {
    await card.locator('input[type="number"]').fill(String(value));
    await card.getByRole('button', { name: 'Submit', exact: true }).click();
  } else if (question.type === 'multichoice') {
    for (const v of value as string[]) await card.getByRole('checkbox', { name: asShown(optionLabel(question, v)) }).first().check();
    await card.getByRole('button', { name: 'Submit', exact: true }).click();
  } else {
    await card.getByRole('button', { name: typographic(optionLabel(question, String(value))) }).first().click();
  }
}

/** The start of a text as the card shows it: Web Chat's Markdown turns ' into a typographic apostrophe, and the
 * card spells out an acronym at its first use, so a text is matched up to its first quote or acronym. */
const asShown = (text: string): string => text.split(/['"]|\b[A-Z]{2,}|\bS\.\d/)[0];

async function session(now: string) {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1' });
  const app = createApp({ config, log: pino({ level: 'silent' }), clock: () => new Date(now) });
  const base = `http://127.0.0.1:${(await app.listen()).port}`;
  return { app, base };
}

/** What the user sees: the card's top in the viewport, then one screen further down at a time (at most 8). */
async function shoot(page: Page, viewport: ViewportName, name: string, focus?: Locator): Promise<void> {
  await page.waitForTimeout(400);
  if (!focus) {
    await page.screenshot({ path: path.join(OUT, `${viewport}-${name}.png`) });
    return;
  }
  const scroller = page.locator('.webchat__basic-transcript__scrollable');
  const step = (await scroller.evaluate((el) => el.clientHeight)) - 60;
  const top = await focus.evaluate((card) => {
    const list = card.closest('.webchat__basic-transcript__scrollable')!;
    return card.getBoundingClientRect().top - list.getBoundingClientRect().top + list.scrollTop - 8;
  });
  const height = await focus.evaluate((card) => card.getBoundingClientRect().height);
  // A user's scroll, so that Web Chat stops sticking to the newest message.
  await scroller.hover();
  await page.mouse.wheel(0, -300);
  await page.waitForTimeout(200);
  for (let i = 0; i < 8 && i * step < height; i++) {
    await scroller.evaluate((el, y) => el.scrollTo({ top: y, behavior: 'instant' }), top + i * step);
    await page.waitForTimeout(150);
    await page.screenshot({ path: path.join(OUT, `${viewport}-${name}${i ? `-${i + 1}` : ''}.png`) });
  }
}

async function send(page: Page, text: string): Promise<void> {
  const box = page.getByRole('textbox').first();
  await box.fill(text);
  await box.press('Enter');
}

async function openChat(browser: Browser, viewport: ViewportName, now: string) {
  const { app, base } = await session(now);
  const page = await browser.context.newPage();
  await page.setViewportSize(VIEWPORTS[viewport]);
  await page.goto(`${base}/`);
  await page.getByRole('heading', { name: 'Safeguarding Decision Assistant', level: 1 }).waitFor();
  await latestCard(page).waitFor();
  return { app, page };
}

/** A remand to local authority accommodation at 02:00 on a winter night (remand-05's child, remanded at 01:40). */
const REMLAA_AT_2AM: { flowId: string; scenario: Scenario } = (() => {
  const base = allScenarios().find(({ scenario }) => scenario.id === 'remand-05')!;
  return {
    flowId: base.flowId,
    scenario: { ...base.scenario, id: 'remlaa-0200', now: '2026-12-05T02:00:00Z', answers: { ...base.scenario.answers, remand_or_request_at: '2026-12-05T01:40' } },
  };
})();

function findScenario(scenarioId: string): { flowId: string; scenario: Scenario } {
  if (scenarioId === REMLAA_AT_2AM.scenario.id) return REMLAA_AT_2AM;
  const found = allScenarios().find(({ scenario }) => scenario.id === scenarioId);
  if (!found) throw new Error(`no scenario ${scenarioId}`);
  return found;
}

/** Runs one scenario through the cards; `at` takes shots of named questions on the way. */
async function runScenario(browser: Browser, viewport: ViewportName, scenarioId: string, at: Record<string, string> = {}): Promise<void> {
  const { flowId, scenario } = findScenario(scenarioId);
  const flow = getFlow(flowId)!;
  const { app, page } = await openChat(browser, viewport, scenario.now ?? DEFAULT_NOW);
  try {
    await send(page, flow.triggers[0]);
    const given: Record<string, AnswerValue> = {};
    for (let q = nextQuestion(flowId, given, scenario.settings); q; q = nextQuestion(flowId, given, scenario.settings)) {
      const card = latestCard(page);
      await card.getByText(asShown(q.text), { exact: false }).first().waitFor();
      if (at[q.id]) await shoot(page, viewport, at[q.id], card);
      await answer(card, q, scenario.answers[q.id]);
      given[q.id] = scenario.answers[q.id];
    }
    const outcome = latestCard(page);
    await outcome.getByRole('button', { name: 'Start again' }).waitFor();
    // The first screen as it arrives, before anyone scrolls.
    await page.waitForTimeout(1200);
    await page.screenshot({ path: path.join(OUT, `${viewport}-outcome-${scenarioId}-first-screen.png`) });
    await shoot(page, viewport, `outcome-${scenarioId}`, outcome);
    if (scenarioId === 's42-12') {
      await outcome.getByRole('button', { name: /Why/ }).click();
      await shoot(page, viewport, 'outcome-why', outcome);
      await outcome.getByRole('button', { name: 'Copy for the case file' }).click();
      await page.waitForTimeout(1200);
      await page.screenshot({ path: path.join(OUT, `${viewport}-decision-record.png`) });
    }
  } catch (err) {
    await page.screenshot({ path: path.join(OUT, `${viewport}-failed-${scenarioId}.png`) });
    throw err;
  } finally {
    await page.close();
    await app.close();
  }
}

async function menuHelpAndErrors(browser: Browser, viewport: ViewportName): Promise<void> {
  const { app, page } = await openChat(browser, viewport, DEFAULT_NOW);
  try {
    await shoot(page, viewport, 'menu', latestCard(page));
    await send(page, 's42');
    const first = latestCard(page);
    await first.getByText('Is anyone in immediate danger', { exact: false }).waitFor();
    await send(page, 'maybe');
    await page.waitForTimeout(800);
    await shoot(page, viewport, 'refused-answer', latestCard(page));
    await send(page, 'help');
    await page.waitForTimeout(800);
    const help = page.locator('.ac-adaptiveCard').filter({ hasText: 'How this works' }).last();
    await shoot(page, viewport, 'help', help);
    // A click on an earlier card for the same question: stale.
    await first.getByRole('button', { name: 'No', exact: true }).click();
    await page.waitForTimeout(1000);
    await shoot(page, viewport, 'stale-or-answered');
    await send(page, 'cancel');
    await page.waitForTimeout(800);
    await shoot(page, viewport, 'cancelled');
    await first.getByRole('button', { name: 'No', exact: true }).click().catch(() => undefined);
    await page.waitForTimeout(1000);
    await shoot(page, viewport, 'finished-card');
  } finally {
    await page.close();
    await app.close();
  }
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const browser = await launchChromium();
  try {
    if (only === 'first') {
      for (const id of ['s42-03', REMLAA_AT_2AM.scenario.id]) await runScenario(browser, 'phone', id);
      return;
    }
    for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
      if (only && only !== 'all') {
        await runScenario(browser, viewport, only);
        continue;
      }
      await menuHelpAndErrors(browser, viewport);
      await runScenario(browser, viewport, 's42-12', {
        immediate_danger: 'question-yesno',
        received_at: 'question-datetime',
        concern_relates: 'question-rows',
        other_factors: 'question-multichoice',
      });
      for (const id of ['remand-01', 'mappa-05', 'marac-05', 'rtc-11']) await runScenario(browser, viewport, id);
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(`screenshots in ${OUT}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
