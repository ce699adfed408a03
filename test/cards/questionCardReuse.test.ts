import { questionCard } from '../../cards';
import { flows } from '../../rules';
import { submitsOf, walkCard, type Card } from '../support/conversation';

/** Question cards are expanded once per shape and filled with each asking's token (cards/slotted.ts). */
const every = flows.flatMap((flow) =>
  flow.questions.flatMap((question) =>
    [{ canGoBack: true, problem: 'must be one of: yes, no' }, { canGoBack: false }].map((variant) => ({ flow, next: { question, number: 2, maxQuestions: flow.maxQuestions }, ...variant })),
  ),
);

const strings = (card: Card): string[] => {
  const found: string[] = [];
  walkCard(card, (o) => Object.values(o).forEach((v) => typeof v === 'string' && found.push(v)));
  return found;
};

test.each(every.map((view) => [`${view.flow.id}.${view.next.question.id}${view.canGoBack ? '' : ' (first)'}`, view] as const))('%s: each asking carries its own token and nothing else differs', (_name, view) => {
  const first = questionCard({ ...view, ask: 'token-A1' });
  const second = questionCard({ ...view, ask: 'token-B2' });
  expect(JSON.stringify(second)).toBe(JSON.stringify(first).split('token-A1').join('token-B2'));
  const answers = submitsOf(first).filter((d) => typeof d.question === 'string');
  expect(answers.length).toBeGreaterThan(0);
  for (const data of answers) expect(data.ask).toBe('token-A1');
  expect(strings(first).some((s) => s.includes('\uE000'))).toBe(false);
});

test('no asking can change the card of another: the parts they share cannot be changed', () => {
  const view = every[0];
  const card = questionCard({ ...view, ask: 'token-A1' });
  const before = JSON.stringify(questionCard({ ...view, ask: 'token-B2' }));
  const title = (card.body as Record<string, unknown>[])[0];
  expect(() => {
    title.text = 'changed';
  }).toThrow(TypeError);
  (card.body as unknown[]).push({ type: 'TextBlock', text: 'added' });
  expect(JSON.stringify(questionCard({ ...view, ask: 'token-B2' }))).toBe(before);
});
