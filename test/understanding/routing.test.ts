import { IntentModel, understand } from '../../dialogs/understanding';
import { flowLanguages, flows } from '../../rules';
import { heldOut } from './heldOut';

let model: IntentModel;

beforeAll(async () => {
  model = await IntentModel.train();
});

describe('the intent model', () => {
  it('trains in memory in under 2 seconds of processor time', () => {
    expect(model.trainingCpuMs).toBeLessThan(2000);
  });

  it('has at least 25 examples for every flow, none of them a held-out test message', () => {
    const tests = new Set(heldOut.map(([u]) => u.toLowerCase()));
    for (const flow of flows) {
      const language = flowLanguages.find((l) => l.flowId === flow.id);
      expect(language?.examples.length ?? 0).toBeGreaterThanOrEqual(25);
      for (const example of language?.examples ?? []) expect(tests.has(example.toLowerCase())).toBe(false);
    }
  });

  it('is measured on at least 100 held-out messages, 15 of them about none of the checks', () => {
    expect(heldOut.length).toBeGreaterThanOrEqual(100);
    expect(heldOut.filter(([, want]) => want === null).length).toBeGreaterThanOrEqual(15);
  });

  it('starts the right check for at least 90% of held-out messages, and never starts one for a message about none', async () => {
    let right = 0;
    const wrongStarts: string[] = [];
    for (const [utterance, want] of heldOut) {
      const understood = await understand(utterance, model);
      const started = understood.kind === 'start' ? understood.flowId : undefined;
      if (want === null) {
        if (started) wrongStarts.push(`${utterance} → ${started}`);
        else right += 1;
      } else if (started === want) right += 1;
    }
    expect(wrongStarts).toEqual([]);
    expect(right / heldOut.length).toBeGreaterThanOrEqual(0.9);
  });

  it('puts the right check first for at least 95% of the held-out messages about a check', async () => {
    const inScope = heldOut.filter(([, want]) => want !== null);
    let first = 0;
    for (const [utterance, want] of inScope) {
      const understood = await understand(utterance, model);
      const top = understood.kind === 'start' ? understood.flowId : understood.kind === 'suggest' ? understood.flowIds[0] : undefined;
      if (top === want) first += 1;
    }
    expect(first / inScope.length).toBeGreaterThanOrEqual(0.95);
  });

  it('offers two or three checks as a choice when it is unsure, never a silent menu', async () => {
    const understood = await understand('concern re elderly gent, family taking his money', model);
    expect(understood.kind).toBe('suggest');
    if (understood.kind === 'suggest') {
      expect(understood.flowIds.length).toBeGreaterThanOrEqual(2);
      expect(understood.flowIds.length).toBeLessThanOrEqual(3);
      expect(understood.flowIds).toContain('s42');
    }
  });

  it('answers a term question with an explanation, not a check', async () => {
    const understood = await understand('what is MAPPA category 3?', model);
    expect(understood.kind).toBe('explain');
  });

  it('takes the facts the first message states', async () => {
    const understood = await understand('13 year old refused bail by police', model);
    expect(understood).toMatchObject({ kind: 'start', flowId: 'remand' });
    if (understood.kind === 'start') {
      expect(Object.fromEntries(understood.facts.map((f) => [f.questionId, f.value]))).toEqual({ child_age: 13, stage: 'police_custody_refused_bail' });
    }
  });
});
