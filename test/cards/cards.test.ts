import { errorCard, footerText, helpCard, menuCard, outcomeCard, questionCard } from '../../cards';
import { decide, flows } from '../../rules';
import { expectValidCard } from '../support/cardSchema';
import { cardTexts, submitsOf, walkCard, type Card } from '../support/conversation';
import { S42_ANSWERS } from '../support/s42Walk';
import { allScenarios, DEFAULT_NOW, isErrorScenario } from '../support/scenarios';

const flowTitles = Object.fromEntries(flows.map((f) => [f.id, f.title]));

describe('every card validates against the Adaptive Cards 1.5 schema', () => {
  test('menu, help and error cards', () => {
    for (const card of [menuCard(flows), helpCard(flows), errorCard('Title', 'Message')]) expectValidCard(card);
  });

  test.each(flows.flatMap((f) => f.questions.map((q) => ({ flow: f, q, name: `${f.id}.${q.id}` }))))('question card $name', ({ flow, q }) => {
    const card = questionCard({ flow, next: { question: q, number: 2, maxQuestions: flow.maxQuestions }, ask: 'ask-token', canGoBack: true, problem: 'must be one of: yes, no' });
    expectValidCard(card);
    const submits = submitsOf(card as Card).filter((d) => d.question === q.id);
    expect(submits.length).toBeGreaterThan(0);
    for (const d of submits) expect(d).toMatchObject({ flow: flow.id, question: q.id, ask: 'ask-token' });
    if (q.type === 'yesno' || q.type === 'choice') {
      expect(q.options?.length).toBeGreaterThan(1);
      for (const o of q.options!) expect(submits.some((d) => d.answer === o.value)).toBe(true);
    }
    expect(cardTexts(card as Card)).toContain(`Question 2 of at most ${flow.maxQuestions}`);
  });

  const outcomes = allScenarios().filter(({ scenario }) => !isErrorScenario(scenario));
  test.each(outcomes.map(({ flowId, scenario }) => ({ flowId, ...scenario })))('outcome card $id', ({ flowId, answers, now, settings }) => {
    const decision = decide(flowId, answers, { now: new Date(now ?? DEFAULT_NOW), settings });
    expectValidCard(outcomeCard({ decision, flowTitles }));
  });
});

describe('the outcome card', () => {
  const answers = { ...S42_ANSWERS, received_at: '2026-11-24T10:00' };
  const decision = decide('s42', answers, { now: new Date('2026-11-24T12:00:00Z'), settings: { procedureUrls: { 'kcc-asc-safeguarding-pg': 'https://intranet.example/kcc-pg' } } });
  const card = outcomeCard({ decision, flowTitles }) as Card;
  const texts = cardTexts(card);

  test('opens with the outcome label in the tone colour', () => {
    let first: Record<string, unknown> | undefined;
    walkCard(card.body, (o) => {
      if (!first && o.type === 'TextBlock') first = o;
    });
    expect(first).toMatchObject({ text: 'S.42 criteria indicated (DSO decides)', color: 'Warning' });
  });

  test('names who decides and the agency, and says it is decision support', () => {
    expect(texts.join('\n')).toMatch(/Decided by: Designated Senior Officer \(DSO\), KCC Adult Social Care/);
    expect(texts.join('\n')).toMatch(/Responsible agency: /);
    expect(texts).toContain('Rules s42-2026.12.2 · decision support: the decision rests with Designated Senior Officer (DSO), KCC Adult Social Care');
    expect(texts).toContain('Raise the concern whatever this card shows.');
  });

  test('gives each step its owner and an absolute London deadline', () => {
    expect(texts).toContain('Area Referral Service or community team, KCC Adult Social Care · By Wed 25 Nov 2026 (within 1 working day of receipt)');
    expect(texts.some((t) => t.includes('No deadline given in the procedures'))).toBe(true);
  });

  test('links references to the deployment\'s copy, and shows the others as text', () => {
    expect(texts.some((t) => t.startsWith('[') && t.includes('](https://intranet.example/kcc-pg)'))).toBe(true);
    expect(texts.some((t) => t.includes('§') && !t.startsWith('['))).toBe(true);
  });

  test('shows flags as their own items, and the answers behind the outcome on "Why?"', () => {
    expect(texts).toContain(decision.flags[0].label);
    const toggle: unknown[] = [];
    walkCard(card, (o) => o.type === 'Action.ToggleVisibility' && toggle.push(o));
    expect(toggle).toHaveLength(1);
    expect(texts).toContain(`${decision.trace[0].question}: No`);
  });

  test('keeps the order of DESIGN.md: outcome, decider and agency, next steps, flags, "Why", references, rules version', () => {
    const order = ['S.42 criteria indicated (DSO decides)', 'Next steps', decision.flags[0].label, `${decision.trace[0].question}: No`, 'Procedure references', footerText(decision)];
    const positions = order.map((t) => texts.indexOf(t));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  test('offers to start again or ask another question', () => {
    const commands = submitsOf(card).map((d) => d.command);
    expect(commands).toEqual(expect.arrayContaining(['start', 'menu']));
  });
});
