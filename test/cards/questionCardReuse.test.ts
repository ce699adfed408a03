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

test('no shape is taken for another: asked in opposite orders, each shape gives the same card', () => {
  type Modules = { cards: typeof import('../../cards'); rules: typeof import('../../rules') };
  const fresh = (): Modules => {
    let loaded: Modules | undefined;
    jest.isolateModules(() => {
      loaded = { cards: require('../../cards'), rules: require('../../rules') };
    });
    return loaded!;
  };
  // Each variant differs from the first shape in one thing only, so a key that left that thing out would hand one
  // of them the other's card in one order or the other.
  const shapes = (maxQuestions: number) => [
    { number: 2, maxQuestions, canGoBack: true },
    { number: 2, maxQuestions, canGoBack: false },
    { number: 2, maxQuestions, canGoBack: true, problem: 'must be one of: yes, no' },
    { number: 3, maxQuestions, canGoBack: true },
    { number: 2, maxQuestions: maxQuestions + 1, canGoBack: true },
  ];
  const cardsIn = ({ cards, rules }: Modules, reversed: boolean) =>
    rules.flows.flatMap((flow) =>
      flow.questions.map((question) => {
        const made = new Map<number, string>();
        const order = shapes(flow.maxQuestions).map((shape, i) => [i, shape] as const);
        for (const [i, { number, maxQuestions, ...rest }] of reversed ? order.reverse() : order) {
          made.set(i, JSON.stringify(cards.questionCard({ flow, next: { question, number, maxQuestions }, ask: 'token-A1', ...rest })));
        }
        return [...made].sort(([a], [b]) => a - b).map(([, card]) => card);
      }),
    );
  expect(cardsIn(fresh(), true)).toEqual(cardsIn(fresh(), false));
});
