import { answeredCard, errorCard, helpCard, menuCard, noticeCard, outcomeCard, questionCard } from '../../cards';
import * as ACData from 'adaptivecards-templating';
import * as template from '../../cards/template';
import { decide, flows, resolveReferences } from '../../rules';
import { allScenarios, DEFAULT_NOW, isErrorScenario } from '../support/scenarios';

/** Cards are JSON templates expanded on every turn; cards/template.ts compiles the forms they use instead of
 * running the templating library's expression engine each time. Every card the bot can build must come out
 * exactly as the library expands it. */
const flowTitles = Object.fromEntries(flows.map((f) => [f.id, f.title]));

function everyCard(): void {
  menuCard(flows);
  helpCard(flows);
  errorCard('Title', 'Message');
  const refs = Object.values(flows[0].outcomes).flatMap((o) => o.refs);
  noticeCard('About the term you used', 'Some text.', resolveReferences(refs, { [refs[0].doc]: 'https://intranet.example/doc' }));
  noticeCard('No sources', 'Text.', []);
  for (const flow of flows) {
    for (const question of flow.questions) {
      for (const variant of [{ canGoBack: true, problem: 'must be one of: yes, no' }, { canGoBack: false }]) {
        questionCard({ flow, next: { question, number: 2, maxQuestions: flow.maxQuestions }, ask: 'ask-token', ...variant });
      }
      answeredCard({ flowTitle: flow.title, number: 3, maxQuestions: flow.maxQuestions, question: question.text, answer: 'Yes' });
    }
  }
  for (const { flowId, scenario } of allScenarios().filter(({ scenario }) => !isErrorScenario(scenario))) {
    const decision = decide(flowId, scenario.answers, { now: new Date(scenario.now ?? DEFAULT_NOW), settings: scenario.settings });
    outcomeCard({ decision, flowTitles });
  }
}

test('every card the bot builds expands exactly as the templating library expands it', () => {
  const calls: [object, object, unknown][] = [];
  const real = template.expand;
  const spy = jest.spyOn(template, 'expand').mockImplementation((t, data) => {
    const card = real(t, data);
    calls.push([t, data, card]);
    return card;
  });
  const library = jest.spyOn(ACData.Template.prototype, 'expand');
  try {
    everyCard();
  } finally {
    spy.mockRestore();
  }
  expect(calls.length).toBeGreaterThan(200);
  // The compiled form did the work: the library expanded none of them.
  expect(library).not.toHaveBeenCalled();
  library.mockRestore();
  for (const [t, data, card] of calls) expect(card).toEqual(template.expandWithLibrary(t, data));
});

test('a value the compiled form does not handle (missing, or of another type) is left to the library', () => {
  const t = { type: 'TextBlock', text: 'Hello ${name}', items: [{ $data: '${list}', $when: "${kind == 'a'}", text: '${label}' }] };
  for (const data of [{ name: 'A', list: [{ kind: 'a', label: 'x' }, { kind: 'b', label: 'y' }] }, { list: [{ kind: 1, label: 'x' }] }, { name: 3, list: [{ Kind: 'a', label: 'z' }] }]) {
    expect(template.expand(t, data)).toEqual(template.expandWithLibrary(t, data));
  }
});
