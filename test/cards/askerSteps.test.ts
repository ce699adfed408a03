import { decisionRecordText, outcomeCard, serviceCard, stepsCard } from '../../cards';
import { ownerText } from '../../cards/owner';
import { decide, flows, TEAMS, type Decision, type Owner, type Team } from '../../rules';
import { expectValidCard } from '../support/cardSchema';
import { cardTexts, submitsOf, walkCard, type Card } from '../support/conversation';
import { isStep, stepsOnCard, type CardStep } from '../support/outcomeCard';
import { S42_ANSWERS } from '../support/s42Walk';
import { allScenarios, DEFAULT_NOW, isErrorScenario, scenarioAnswers } from '../support/scenarios';

/** Marking the asker's own steps "You", from the service an answer gives, the one the user told the bot, or an
 * owner that is whoever asks. The S.42 flow asks no question that gives the asker's service: its first step falls to
 * whoever raises the concern, most of the others to adult social care. */
const flowTitles = Object.fromEntries(flows.map((f) => [f.id, f.title]));
const answers = { ...S42_ANSWERS, received_at: '2026-11-24T10:00' };

function s42(now: string): Decision {
  const decision = decide('s42', answers, { now: new Date(now) });
  expect(decision.askerTeam).toBeUndefined();
  expect(decision.nextSteps[0].owner.team).toBe('asker');
  expect(decision.nextSteps.filter((s) => s.owner.team === 'adult_social_care').length).toBeGreaterThan(2);
  return decision;
}

/** The same decision with the services taken off its owners (all of them, or all but "whoever asks"). */
function withoutServices(decision: Decision, keepAsker: boolean): Decision {
  const strip = ({ team, ...owner }: Owner): Owner => (keepAsker && team === 'asker' ? { ...owner, team } : owner);
  return { ...decision, nextSteps: decision.nextSteps.map((s) => ({ ...s, owner: strip(s.owner) })) };
}

const valid = (card: unknown): Card => {
  expectValidCard(card);
  return card as Card;
};
/** The decision's actions of the steps the card marks "You" (the card orders them now first, and spells acronyms out). */
const markedOn = (card: Card | CardStep[], decision: Decision): string[] => {
  const steps = Array.isArray(card) ? card : stepsOnCard(card);
  const marked = steps.filter((s) => s.you);
  const actions = decision.nextSteps.map((s) => s.action).filter((a) => marked.some((m) => isStep(m, a)));
  expect(actions).toHaveLength(marked.length);
  return actions;
};
const ownSteps = (decision: Decision, team: Team | undefined) =>
  decision.nextSteps.filter((s) => s.owner.team === 'asker' || (team !== undefined && s.owner.team === team)).map((s) => s.action);
const askSection = (card: Card): Record<string, unknown> | undefined => {
  let found: Record<string, unknown> | undefined;
  walkCard(card, (o) => o.id === 'askService' && (found = o));
  return found;
};

describe('the outcome card marks the asker\'s own steps "You"', () => {
  const decision = s42('2026-11-24T12:00:00Z');

  test('from the service an answer gives, and offers no service question then', () => {
    const card = valid(outcomeCard({ decision: { ...decision, askerTeam: 'adult_social_care' }, flowTitles }));
    const expected = ownSteps(decision, 'adult_social_care');
    expect(expected.length).toBeGreaterThan(2);
    expect(markedOn(card, decision)).toEqual(expected);
    expect(askSection(card)).toBeUndefined();
  });

  test('from the service the user told the bot, when no answer gives one', () => {
    const card = valid(outcomeCard({ decision, flowTitles, service: 'adult_social_care' }));
    expect(markedOn(card, decision)).toEqual(ownSteps(decision, 'adult_social_care'));
    expect(askSection(card)).toBeUndefined();
  });

  test('the service an answer gives comes before the one remembered', () => {
    const card = valid(outcomeCard({ decision: { ...decision, askerTeam: 'police' }, flowTitles, service: 'adult_social_care' }));
    expect(markedOn(card, decision)).toEqual(ownSteps(decision, 'police'));
  });

  test('a step for whoever asks is theirs whatever their service, and nothing else is marked when the service is unknown', () => {
    const card = valid(outcomeCard({ decision, flowTitles }));
    expect(markedOn(card, decision)).toEqual([decision.nextSteps[0].action]);
    const untagged = withoutServices(decision, false);
    expect(markedOn(valid(outcomeCard({ decision: untagged, flowTitles, service: 'adult_social_care' })), untagged)).toEqual([]);
  });

  test('"You:" comes first on the step, before the action, and the owner is still named', () => {
    const card = valid(outcomeCard({ decision, flowTitles, service: 'adult_social_care' }));
    const texts = cardTexts(card);
    const step = decision.nextSteps[1];
    const at = texts.findIndex((t) => t.startsWith('**You:** ') && t.includes(step.action.slice(0, 20)));
    expect(at).toBeGreaterThan(0);
    expect(texts[at - 1]).toMatch(new RegExp(`^\\*\\*\\d+\\.\\*\\* .* · ${ownerText(step.owner).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });

  test('in "Do now", "By the end of the next working day", the folded steps and the "All steps" card', () => {
    const late = s42('2026-11-27T12:00:00Z');
    const lateCard = valid(outcomeCard({ decision: late, flowTitles, service: 'adult_social_care' }));
    const texts = cardTexts(lateCard);
    const doNow = texts.indexOf('Do now');
    expect(doNow).toBeGreaterThan(0);
    expect(texts[doNow + 2]).toMatch(/^\*\*You:\*\* /);

    const card = valid(outcomeCard({ decision, flowTitles, service: 'adult_social_care' }));
    const steps = stepsOnCard(card);
    const soon = cardTexts(card).indexOf('By the end of the next working day');
    expect(soon).toBeGreaterThan(0);
    expect(cardTexts(card)[soon + 2]).toMatch(/^\*\*You:\*\* /);
    expect(steps.some((s) => s.you && !s.visible)).toBe(true);

    const all = stepsOnCard(valid(stepsCard(decision, 'd-1', undefined, 'adult_social_care')));
    expect(markedOn(all, decision)).toEqual(ownSteps(decision, 'adult_social_care'));
  });

  test('the record for the case file does not mark "You"', () => {
    expect(decisionRecordText({ ...decision, askerTeam: 'adult_social_care' })).not.toMatch(/\bYou:/);
  });
});

describe('the service question on the outcome card', () => {
  const decision = s42('2026-11-24T12:00:00Z');

  test('is offered, optional and one tap, when the service is unknown and a step names one', () => {
    const card = valid(outcomeCard({ decision, flowTitles, decisionId: 'd-1' }));
    const section = askSection(card);
    expect(section).toBeDefined();
    expect(cardTexts(section as Card)).toContain('Mark your steps: which service are you in?');
    let choices: { value: string; title: string }[] = [];
    walkCard(section, (o) => o.type === 'Input.ChoiceSet' && (choices = o.choices as typeof choices));
    expect(choices.map((c) => c.value)).toEqual([...TEAMS]);
    expect(choices.map((c) => c.title).join(' ')).not.toMatch(/\b[A-Z]{2,}\b/);
    expect(submitsOf(section as Card)).toEqual([{ command: 'myService', decision: 'd-1' }]);
    // It comes last, after the rules version: the outcome and the steps are read first.
    expect(cardTexts(card).at(-1)).toBe(cardTexts(section as Card).at(-1));
  });

  test('names no decision without a kept one', () => {
    expect(submitsOf(askSection(valid(outcomeCard({ decision, flowTitles }))) as Card)).toEqual([{ command: 'myService' }]);
  });

  test('is not offered when no step names a service, even with a step for whoever asks', () => {
    const onlyWhoeverAsks = withoutServices(decision, true);
    expect(askSection(valid(outcomeCard({ decision: onlyWhoeverAsks, flowTitles, decisionId: 'd-1' })))).toBeUndefined();
  });
});

describe('the "Mark your steps" card', () => {
  test('says which service is remembered, preselects it, and can forget it', () => {
    const card = valid(serviceCard('youth_justice'));
    expect(cardTexts(card)).toContain('Your steps are marked for: Youth justice (youth offending team or service).');
    expect(submitsOf(card)).toEqual([{ command: 'myService' }, { command: 'myService', team: 'none' }]);
    let input: Record<string, unknown> | undefined;
    walkCard(card, (o) => o.type === 'Input.ChoiceSet' && (input = o));
    expect(input).toMatchObject({ id: 'team', value: 'youth_justice' });
  });

  test('with none remembered, says so and offers nothing to forget', () => {
    const card = valid(serviceCard());
    expect(cardTexts(card)[1]).toMatch(/do not know your service/);
    expect(submitsOf(card)).toEqual([{ command: 'myService' }]);
  });
});

describe('every step names its owner and agency once', () => {
  test.each([
    [{ role: 'YOT worker', agency: 'Youth offending team' }, 'YOT worker'],
    [{ role: 'Youth offending team', agency: 'YOT/YOS' }, 'Youth offending team'],
    [{ role: 'YOT case manager', agency: 'YOT/YOS' }, 'YOT case manager'],
    [{ role: 'Own agency', agency: 'Your agency' }, 'Own agency'],
    [{ role: 'YOS', agency: 'YOS' }, 'YOS'],
    [{ role: 'CSC (placement), for the local authority', agency: 'CSC' }, 'CSC (placement), for the local authority'],
    [{ role: 'Duty manager', agency: 'Youth offending service (YOS)' }, 'Duty manager, Youth offending service (YOS)'],
    [{ role: 'Police and YOT worker', agency: 'Police and youth offending team' }, 'Police and YOT worker'],
    [{ role: 'Prison probation officer', agency: 'Prison and probation' }, 'Prison probation officer'],
    [{ role: 'All agencies involved', agency: 'Every agency involved' }, 'All agencies involved'],
    [{ role: 'Referring practitioner and their agency', agency: 'Referring agency' }, 'Referring practitioner and their agency'],
    [{ role: 'CSC Out of Hours team', agency: "Children's social care (CSC) Out of Hours team" }, 'CSC Out of Hours team'],
    [{ role: 'The AA (CSC Out of Hours team)', agency: "Children's social care (CSC) Out of Hours team" }, 'The AA (CSC Out of Hours team)'],
    [{ role: 'CSC (decides)', agency: "Children's social care (CSC) Out of Hours team" }, 'CSC Out of Hours team (decides)'],
    [{ role: 'CSC, the lead agency', agency: "Children's social care (CSC) Out of Hours team" }, 'CSC Out of Hours team, the lead agency'],
    [{ role: 'CSC (decides)', agency: "Children's social care (CSC)" }, 'CSC (decides)'],
    [{ role: 'YOS and CSC', agency: "Youth offending service (YOS) and children's social care (CSC)" }, 'YOS and CSC'],
    [{ role: 'YOS or CSC manager (they agree who leads)', agency: "Youth offending service (YOS) and children's social care (CSC)" }, 'YOS or CSC manager (they agree who leads)'],
    [{ role: 'You', agency: 'Your agency' }, 'You'],
    [{ role: "You; Children's Social Care team/group manager decides", agency: 'Your agency' }, "You; Children's Social Care team/group manager decides"],
    [{ role: 'You (the referring practitioner)', agency: 'Health' }, 'You (the referring practitioner), Health'],
  ])('%j reads "%s"', (owner, text) => {
    expect(ownerText(owner)).toBe(text);
  });

  test.each([
    [{ role: 'YOS and allocated social worker', agency: "Youth offending service (YOS) and children's social care (CSC)" }, "YOS and allocated social worker, Youth offending service (YOS) and children's social care (CSC)"],
    [{ role: 'MAPPA Co-ordinator', agency: 'MAPPA Co-ordination Unit' }, 'MAPPA Co-ordinator, MAPPA Co-ordination Unit'],
    [{ role: 'Asking practitioner, with the police', agency: 'Your agency and the police' }, 'Asking practitioner, with the police, Your agency and the police'],
    [{ role: 'The person asking', agency: 'Your own service' }, 'The person asking, Your own service'],
    [{ role: 'Lead agency referrer', agency: 'Youth offending team (YOT/YOS)' }, 'Lead agency referrer, Youth offending team (YOT/YOS)'],
  ])('keeps an agency the role does not name whole: %j reads "%s"', (owner, text) => {
    expect(ownerText(owner)).toBe(text);
  });

  test.each([
    [{ role: 'Asking practitioner; MAPPA Co-ordinator', agency: 'Your agency; MAPPA Co-ordination Unit' }, 'Asking practitioner, Your agency; MAPPA Co-ordinator, MAPPA Co-ordination Unit'],
    [{ role: 'Referring practitioner; IDVA service', agency: 'Referring agency; IDVA service' }, 'Referring practitioner, Referring agency; IDVA service'],
    [{ role: 'DSO; Community Team Manager', agency: 'KCC Adult Social Care' }, 'DSO; Community Team Manager, KCC Adult Social Care'],
  ])('reads roles and agencies listed in step in pairs: %j reads "%s"', (owner, text) => {
    expect(ownerText(owner)).toBe(text);
  });

  test.each([
    [{ role: 'You (the referring practitioner)', agency: 'Health' }, 'The referring practitioner, Health'],
    [{ role: 'You', agency: 'Police' }, 'Police'],
    [{ role: 'You', agency: 'Your agency' }, 'Your agency'],
    [{ role: 'You and your manager', agency: 'Housing' }, 'Housing, with your manager'],
    [{ role: "You; Children's Social Care team/group manager decides", agency: 'Your agency' }, "Your agency; Children's Social Care team/group manager decides"],
    [{ role: 'Referring practitioner', agency: 'Referring agency' }, 'Referring practitioner, Referring agency'],
  ])('on a step marked "You", does not say "You" again: %j reads "%s"', (owner, text) => {
    expect(ownerText(owner, { markedYou: true })).toBe(text);
  });

  /** Lower case, without the words that only say whose or how many, one form for "agency" and "agencies". */
  const plain = (part: string) =>
    part
      .toLowerCase()
      .replace(/\b(your|own|their|the|all|every) /g, '')
      .replace(/agencies/g, 'agency')
      .trim();

  test('no owner the public scenarios reach repeats itself ("YOS, YOS"), and none marked "You" says "You" again', () => {
    const texts = new Set<string>();
    for (const { flowId, scenario } of allScenarios().filter(({ scenario }) => !isErrorScenario(scenario))) {
      const decision = decide(flowId, scenario.answers, { now: new Date(scenario.now ?? DEFAULT_NOW) });
      for (const owner of [decision.outcome.decidedBy, ...decision.nextSteps.map((s) => s.owner)]) {
        const text = ownerText(owner);
        texts.add(text);
        const parts = text.split(/, |; /).map(plain);
        for (let i = 1; i < parts.length; i++) expect([flowId, scenario.id, parts[i]]).not.toEqual([flowId, scenario.id, parts[i - 1]]);
        if (owner.team === 'asker') expect(ownerText(owner, { markedYou: true })).not.toMatch(/^You\b/);
      }
    }
    expect(texts.size).toBeGreaterThan(100);
  });

  test('no owner of any flow repeats itself ("YOS, YOS")', () => {
    for (const flow of flows) {
      const owners = [...Object.values(flow.steps).map((s) => s.owner), ...Object.values(flow.outcomes).map((o) => o.decidedBy)].filter((o): o is Owner => typeof o !== 'function');
      for (const owner of owners) {
        const parts = ownerText(owner).split(', ').map(plain);
        for (let i = 1; i < parts.length; i++) expect([flow.id, parts[i]]).not.toEqual([flow.id, parts[i - 1]]);
        if (owner.agency && ownerText(owner) !== owner.role) expect(owner.role.toLowerCase()).not.toContain(owner.agency.toLowerCase());
      }
    }
  });
});

describe('a step of the risk-to-children check that is the asker\'s', () => {
  test('is marked "You" once, with the asker\'s service named where the owner said "You"', () => {
    const decision = decide('rtc', scenarioAnswers('rtc', 'rtc-02'), { now: new Date(DEFAULT_NOW) });
    expect(decision.askerTeam).toBe('health');
    const steps = stepsOnCard(valid(stepsCard(decision, 'd-1')));
    const referral = decision.nextSteps.find((s) => s.owner.role === 'You (the referring practitioner)')!;
    const shown = steps.find((s) => isStep(s, referral.action))!;
    expect(shown.you).toBe(true);
    expect(shown.detail).toMatch(/ · The referring practitioner, Health$/);
    for (const step of steps.filter((s) => s.you)) expect(step.detail).not.toMatch(/ · You\b/);
  });
});
