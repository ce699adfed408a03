import { decide, getFlow } from '../../rules';
import type { Answers, Decision, FlowDefinition, NextStep } from '../../rules';
import { scenarios } from '../scenarios/remand';

/**
 * Issue 13: every finding of shared/specs/audits/remand-code-vs-seed.md, checked against seed 000 and asserted
 * through `decide`. Seed lines are those of shared/seeds/000_7b74fc7b3b56a3b8.txt.
 */

const flow = getFlow('remand') as FlowDefinition;
const at = (answers: Answers, now: string): Decision => decide('remand', answers, { now: new Date(now) });
const step = (d: Decision, id: string): NextStep | undefined => d.nextSteps.find((s) => s.id === id);
const ids = (d: Decision) => d.nextSteps.map((s) => s.id);
const flags = (d: Decision) => d.flags.map((f) => f.id);
const routing = (d: Decision) => flags(d).filter((f) => f.startsWith('ROUTE_'));
const cited = (s: { ref: { docId: string; section: string }[] } | undefined) => (s?.ref ?? []).map((r) => `${r.docId} §${r.section}`);

const CSC = "Children's social care (CSC)";
const OOH_AGENCY = "Children's social care (CSC) Out of Hours team";

// The audit's E1 repro: a bed request typed in at 16:30 on Fri 4 Dec, asked about at 02:00 on Sat 5 Dec.
const e1Repro: Answers = {
  child_age: 14,
  stage: 'police_custody_refused_bail',
  remand_or_request_at: '2026-12-04T16:30',
  csc_status: 'not_open',
  police_request: 'la_accommodation',
  aa_needed: 'no',
};
const remandedLaAt = (time: string, extra: Answers = {}): Answers => ({
  child_age: 15,
  stage: 'remanded_la',
  remand_or_request_at: time,
  csc_status: 'not_open',
  tagging_proposed: 'no',
  ...extra,
});
const remandedYda = (extra: Answers = {}): Answers => ({
  child_age: 15,
  stage: 'remanded_yda',
  remand_or_request_at: '2026-12-03T15:00',
  csc_status: 'not_open',
  yda_placement_confirmed: 'no',
  ...extra,
});
const inCustody = (extra: Answers = {}): Answers => ({
  child_age: 14,
  stage: 'police_custody_refused_bail',
  remand_or_request_at: '2026-12-03T22:00',
  csc_status: 'not_open',
  police_request: 'secure',
  aa_needed: 'no',
  ...extra,
});

describe('remand audit E1: who to contact now follows now (l. 185, 79, 146); only the REMLAA owner follows the remand time (l. 334)', () => {
  test('remand audit E1 repro: typed 16:30 Friday, asked 02:00 Saturday: the CSC Out of Hours team, not the MASH', () => {
    const decision = at(e1Repro, '2026-12-05T02:00:00Z');
    expect(routing(decision)).toEqual(['ROUTE_CSC_OUT_OF_HOURS']);
    expect(ids(decision)).toContain('contact_ooh');
    expect(ids(decision)).not.toContain('contact_in_hours');
    expect(step(decision, 'pace_non_secure_duty')?.owner).toEqual({ role: 'CSC Out of Hours team', agency: OOH_AGENCY, team: 'childrens_social_care' });
    expect(decision.flags.find((f) => f.id === 'ROUTE_CSC_OUT_OF_HOURS')?.text).toContain('when the offices open (09:00 Mon 7 Dec 2026)');
  });

  test('remand audit E1: the same answers asked at 16:30 on the Friday go to the daytime roles', () => {
    const decision = at(e1Repro, '2026-12-04T16:30:00Z');
    expect(routing(decision)).toEqual(['ROUTE_IN_HOURS']);
    expect(step(decision, 'pace_non_secure_duty')?.owner).toEqual({ role: "Children's Placement Service", agency: CSC, team: 'childrens_social_care' });
  });

  test('remand audit E1: remanded at 16:00, asked at 02:00: daytime CSC owns the duties; ring the Out of Hours team now', () => {
    const decision = at(remandedLaAt('2026-12-04T16:00'), '2026-12-05T02:00:00Z');
    expect(routing(decision)).toEqual(['ROUTE_CSC_OUT_OF_HOURS']);
    const owner = decision.facts.find((f) => f.id === 'remand_duty_owner');
    expect(owner?.value).toBe(
      "Remanded at 16:00 Fri 4 Dec 2026, so the daytime children's social care roles (the MASH (Multi-Agency Safeguarding Hub) or allocated social worker, and the Children's Placement Service) own CSC's duties for this remand. It is now out of hours, so ring the CSC Out of Hours team now, and hand over to the daytime roles when the offices open (09:00 Mon 7 Dec 2026).",
    );
    expect(cited(owner)).toEqual(['bexley-yos-csc-protocol §10.2', 'bexley-yos-csc-protocol §7.1']);
    // The ownership stays with daytime CSC (l. 334 is not met): the remand steps name CSC, not the Out of Hours team.
    expect(step(decision, 'remlaa_status')?.owner).toEqual({ role: 'CSC, the lead agency', agency: CSC, team: 'childrens_social_care' });
  });

  test('remand audit E1: remanded at 19:00 and asked at 19:00: the Out of Hours team both owns and is rung, so no separate line', () => {
    const decision = at(remandedLaAt('2026-12-03T19:00'), '2026-12-03T19:00:00Z');
    expect(routing(decision)).toEqual(['ROUTE_CSC_OUT_OF_HOURS']);
    expect(decision.facts.map((f) => f.id)).toEqual(['legal_status']);
    expect(step(decision, 'remlaa_status')?.owner).toEqual({ role: 'CSC, the lead agency', agency: OOH_AGENCY, team: 'childrens_social_care' });
  });

  test('remand audit E1: remanded at 19:00 Thursday, asked at 10:00 Friday: office hours now, the Out of Hours team owned the night', () => {
    const decision = at(remandedLaAt('2026-12-03T19:00'), '2026-12-04T10:00:00Z');
    expect(routing(decision)).toEqual(['ROUTE_IN_HOURS']);
    expect(decision.facts.find((f) => f.id === 'remand_duty_owner')?.value).toContain("the CSC Out of Hours team completes CSC's duties for this remand. It is now office hours");
  });

  test('remand audit E1: a Sunday remand is owned by the Out of Hours team, marked as not named by the protocol', () => {
    const decision = at(remandedLaAt('2026-12-06T11:00'), '2026-12-07T10:00:00Z');
    expect(decision.facts.find((f) => f.id === 'remand_duty_owner')?.value).toContain(
      'the protocol names only weekday evenings and Saturday or bank-holiday courts; this follows from the MASH (Multi-Agency Safeguarding Hub) being closed',
    );
  });

  test('remand audit E1: remanded at 14:00, asked at 17:30: contact both (the gap), daytime CSC owns', () => {
    const decision = at(remandedLaAt('2026-12-03T14:00'), '2026-12-03T17:30:00Z');
    expect(routing(decision)).toEqual(['ROUTE_CHECK_BOTH']);
    expect(decision.facts.find((f) => f.id === 'remand_duty_owner')?.value).toContain('so contact both and agree who acts tonight');
  });

  test('remand audit E1: telling the court and collection from court wait for the court once it has closed', () => {
    const night = at(remandedLaAt('2026-12-04T16:00'), '2026-12-05T02:00:00Z');
    expect(step(night, 'yos_tells_court_placement')?.due).toEqual({ rule: 'now if the court is still sitting; otherwise when it next sits (offices open 09:00 Mon 7 Dec 2026)' });
    expect(step(night, 'yos_tells_court_placement')?.action).toContain('If the court has risen, tell it when it next sits');
    expect(step(night, 'csc_transport_from_court')?.action).toContain('check now that the child reached the placement or a CSC representative');
    // While the court sits (asked at the time of the remand) both are for now.
    const atCourt = at(remandedLaAt('2026-12-04T16:00'), '2026-12-04T16:00:00Z');
    expect(step(atCourt, 'yos_tells_court_placement')?.due).toEqual({ rule: 'immediately' });
    expect(step(atCourt, 'csc_transport_from_court')?.action).not.toContain('The court has closed');
  });

  test('remand audit E1: a clock outside the bank holiday table still names who to contact', () => {
    expect(routing(at(e1Repro, '2035-03-05T12:00:00Z'))).toEqual(['ROUTE_IN_HOURS']);
  });
});

describe('remand audit E2: a 10- or 11-year-old reported as remanded to youth detention is remanded (l. 368)', () => {
  const reported = { child_age: 11, stage: 'remanded_yda', remand_or_request_at: '2026-12-03T15:00', csc_status: 'not_open' };

  test('remand audit E2 repro: the REMLAA duties with their deadlines, never "Not remanded yet"', () => {
    const decision = at(reported, '2026-12-03T15:00:00Z');
    expect(decision.outcome.id).toBe('REMLAA_LOOKED_AFTER');
    expect(decision.ruleId).toBe('R2b');
    expect(decision.outcome.notes[0]).toBe(
      'You said the court remanded the child to youth detention. At 10 or 11 a remand can only be to local authority accommodation, so these are the duties of that remand. Check the warrant of commitment now.',
    );
    expect(decision.facts.find((f) => f.id === 'legal_status')?.value).toMatch(/^Looked after: accommodated by the local authority under s\.21/);
    expect(ids(decision)[0]).toBe('remand_10_11_check_warrant');
    expect(cited(step(decision, 'remand_10_11_check_warrant'))).toEqual(['bexley-yos-csc-protocol §10.6', 'bexley-yos-csc-protocol §10.2']);
    // l. 316, 328 (looked after, social worker at the point of remand), l. 338 (collection), l. 348–350 (meeting, plans).
    expect(step(decision, 'remlaa_status')?.due.rule).toBe('immediately');
    expect(step(decision, 'csc_transport_from_court')?.due.rule).toBe('immediately');
    expect(step(decision, 'initial_placement_meeting')?.due).toEqual({ rule: 'within 3 working days of remand', date: '2026-12-08' });
    expect(step(decision, 'care_plan_5wd')?.due).toEqual({ rule: 'within 5 working days of remand', date: '2026-12-10' });
    for (const yda of ['yda_status', 'yos_ycs_placement', 'lac_paperwork_24h', 'placement_plan_10wd', 'yda_not_possible']) expect(ids(decision)).not.toContain(yda);
  });

  test('remand audit E2: at 10 too; youth detention only sought at 11 is still "not possible"', () => {
    expect(at({ ...reported, child_age: 10 }, '2026-12-03T15:00:00Z').outcome.id).toBe('REMLAA_LOOKED_AFTER');
    const sought = at({ ...reported, stage: 'court_yda_sought', tagging_proposed: 'no' }, '2026-12-03T15:00:00Z');
    expect(sought.outcome.id).toBe('YDA_NOT_POSSIBLE_AGE_10_11');
    expect(sought.facts.find((f) => f.id === 'legal_status')?.value).toContain('Not remanded yet');
  });
});

describe('remand audit E3: a foster carer cannot act as AA (l. 148)', () => {
  const aa = (aaNeeded: string, extra: Answers = {}) =>
    at({ ...inCustody({ police_request: 'la_accommodation', csc_status: 'looked_after_other' }), aa_needed: aaNeeded, aa_requested_at: '2026-12-03T22:00', ...extra }, '2026-12-03T22:00:00Z');

  test('remand audit E3: the family option excludes foster carers; a placement worker has its own option', () => {
    const options = flow.questions.find((q) => q.id === 'aa_needed')?.options?.map((o) => o.value);
    expect(options).toEqual(['no', 'yes_family', 'yes_placement_worker', 'yes_no_family']);
    const family = flow.questions.find((q) => q.id === 'aa_needed')?.options?.find((o) => o.value === 'yes_family');
    expect(family?.label).toContain('not a foster carer');
    expect(family?.label).not.toContain('carer or other family');
  });

  test('remand audit E3: a placement worker is not family: the AA checks and the 2-hour target apply', () => {
    const decision = aa('yes_placement_worker');
    expect(flags(decision)).toContain('AA_LA_SERVICE');
    expect(flags(decision)).not.toContain('AA_FAMILY_FIRST');
    expect(ids(decision)).toEqual(expect.arrayContaining(['aa_checks', 'aa_two_hours', 'aa_who_cannot']));
    expect(step(decision, 'aa_two_hours')?.owner).toEqual({ role: "The AA (placement or children's home worker)", agency: "The child's placement provider" });
    expect(step(decision, 'aa_two_hours')?.due.at).toBe('2026-12-04T00:00:00+00:00');
    expect(step(decision, 'aa_la_provider')?.action).toMatch(/^A worker from the child's placement can act as AA .* a foster carer cannot\./);
  });

  test('remand audit E3: no one suitable: the local authority AA with checks and 2 hours; family: family first', () => {
    expect(ids(aa('yes_no_family'))).toEqual(expect.arrayContaining(['aa_la_provider', 'aa_checks', 'aa_two_hours']));
    const family = aa('yes_family');
    expect(flags(family)).toContain('AA_FAMILY_FIRST');
    expect(step(family, 'aa_family')?.action).toContain('a foster carer cannot act as AA');
  });
});

describe('remand audit E4–E7', () => {
  test('remand audit E4: after a youth detention remand the Youth Custody Service arranges the secure escorts (l. 397)', () => {
    const support = step(at(remandedYda({ csc_status: 'care_order' }), '2026-12-03T15:00:00Z'), 'lac_court_support');
    expect(support?.action).toContain('the Youth Custody Service arranges the secure escorts to and from court');
    expect(support?.action).not.toContain('for escorts at planned hearings');
    expect(cited(support)).toContain('bexley-yos-csc-protocol §10.6');
    // Before a remand, CSC still arranges escorts to planned hearings (§9.3, l. 298).
    const before = at({ ...remandedYda({ csc_status: 'care_order' }), stage: 'court_yda_sought', tagging_proposed: 'no' }, '2026-12-03T15:00:00Z');
    expect(step(before, 'lac_court_support')?.action).toContain('for escorts at planned hearings');
  });

  test('remand audit E5: a child newly looked after by a youth detention remand gets the §10.8 placement plan step', () => {
    const plan = step(at(remandedYda(), '2026-12-03T15:00:00Z'), 'yda_placement_plan');
    expect(plan?.flag).toBe('LOOKED_AFTER_BY_REMAND_ONLY');
    expect(plan?.action).toContain('agreed and signed by its Governor, Director or Registered Manager');
    expect(plan?.action).toContain('The protocol gives no timescale');
    expect(plan?.due.rule).toBe('no deadline given');
    expect(cited(plan)).toEqual(['bexley-yos-csc-protocol §10.8', 'bexley-yos-csc-protocol §10.6']);
  });

  test('remand audit E6: police custody after charge: the YOS warns of a possible REMLAA (l. 324) and phones with the bail module (l. 326)', () => {
    for (const request of ['la_accommodation', 'secure', 'not_yet']) {
      const decision = at(inCustody({ police_request: request }), '2026-12-03T22:00:00Z');
      expect(ids(decision)).toEqual(expect.arrayContaining(['yos_notify_possible_remlaa', 'yos_phone_bail_assessment']));
      expect(step(decision, 'yos_notify_possible_remlaa')?.action).toContain('warns the MASH and the Children\'s Placement Team of a possible remand as soon as practicable');
      expect(step(decision, 'yos_phone_bail_assessment')?.action).toContain('AssetPlus bail assessment module');
    }
  });

  test('remand audit E7: status not known keeps the "if looked after before" steps, marked', () => {
    const remlaa = at(remandedLaAt('2026-12-03T11:00', { csc_status: 'not_known' }), '2026-12-03T11:00:00Z');
    for (const id of ['lac_court_support', 'tell_looking_after_la', 'iro_told_of_remand']) {
      expect({ id, action: step(remlaa, id)?.action }).toEqual({ id, action: expect.stringMatching(/^If the child was looked after before: /) });
    }
    expect(step(remlaa, 'placement_plan_remlaa')?.action).toMatch(/^If the child was looked after immediately before the remand: /);
    const yda = at(remandedYda({ csc_status: 'not_known' }), '2026-12-03T15:00:00Z');
    expect(ids(yda)).toEqual(expect.arrayContaining(['care_plan_to_governor', 'health_assessment_conflict', 'placement_plan_10wd', 'yda_placement_plan']));
    expect(step(yda, 'care_plan_to_governor')?.action).toMatch(/^If the child was looked after before: /);
    const possible = at({ ...remandedLaAt('2026-12-03T11:00', { csc_status: 'not_known' }), stage: 'court_remand_possible' }, '2026-12-03T11:00:00Z');
    expect(ids(possible)).toEqual(expect.arrayContaining(['lac_court_support', 'tell_looking_after_la']));
  });
});

describe('remand audit E8: past deadlines are overdue', () => {
  // remand-05: remanded Mon 9 Mar 2026 14:00; meeting by Thu 12 Mar, plans by Mon 16 Mar.
  const answers = scenarios.find((s) => s.id === 'remand-05')!.answers;

  test('remand audit E8: a date without a time is overdue once that London day has ended', () => {
    const lastMinute = at(answers, '2026-03-12T23:59:00Z');
    expect(step(lastMinute, 'initial_placement_meeting')?.due.overdue).toBeUndefined();
    const nextDay = at(answers, '2026-03-13T00:00:00Z');
    expect(step(nextDay, 'initial_placement_meeting')?.due).toEqual({ rule: 'within 3 working days of remand', date: '2026-03-12', overdue: true });
    expect(step(nextDay, 'care_plan_5wd')?.due.overdue).toBeUndefined();
  });

  test('remand audit E8: in summer time the London day ends at 23:00 UTC', () => {
    const july = scenarios.find((s) => s.id === 'remand-07')!.answers;
    expect(step(at(july, '2026-07-21T22:59:00Z'), 'initial_placement_meeting')?.due.overdue).toBeUndefined();
    expect(step(at(july, '2026-07-21T23:00:00Z'), 'initial_placement_meeting')?.due.overdue).toBe(true);
  });

  test('remand audit E8: an hour rule is overdue once its time has gone; undated steps never are', () => {
    const aa = scenarios.find((s) => s.id === 'remand-01')!.answers;
    expect(step(at(aa, '2026-03-10T23:59:00Z'), 'aa_two_hours')?.due.overdue).toBeUndefined();
    const late = at(aa, '2026-03-11T00:01:00Z');
    expect(step(late, 'aa_two_hours')?.due.overdue).toBe(true);
    expect(late.nextSteps.filter((s) => s.due.overdue).map((s) => s.id)).toEqual(['aa_two_hours']);
  });
});

describe('remand audit E9 and E10', () => {
  test('remand audit E9: PACE Code C is cited as paragraph 1.7(a), never the protocol\'s "1.17(a)(i)"', () => {
    const decision = at({ ...inCustody({ csc_status: 'care_order' }), aa_needed: 'yes_no_family', aa_requested_at: '2026-12-03T22:00' }, '2026-12-03T22:00:00Z');
    expect(cited(step(decision, 'aa_care_order'))).toContain('pace-code-c §1.7(a)');
    expect(decision.references.map((r) => r.section)).not.toContain('1.17(a)(i)');
    const refs = Object.values(flow.steps).flatMap((s) => s.refs);
    expect(refs.filter((r) => r.doc === 'pace-code-c').map((r) => r.section)).toEqual(['1.7(a)', '1.7(a)']);
  });

  test('remand audit E10: every owner and decider in every scenario has a role and an agency', () => {
    const decisions = [
      ...scenarios.filter((s) => 'outcome' in s.expected).map((s) => at(s.answers, s.now ?? '2026-12-01T10:00:00Z')),
      at(e1Repro, '2026-12-05T02:00:00Z'),
      at(remandedYda({ csc_status: 'not_known' }), '2026-12-03T15:00:00Z'),
      at({ ...inCustody({ csc_status: 'looked_after_other' }), aa_needed: 'yes_placement_worker', aa_requested_at: '2026-12-03T11:00' }, '2026-12-03T11:00:00Z'),
    ];
    for (const decision of decisions) {
      expect(decision.outcome.decidedBy.agency).toEqual(expect.stringMatching(/\S/));
      for (const s of decision.nextSteps) {
        expect({ id: s.id, role: s.owner.role, agency: s.owner.agency }).toEqual({ id: s.id, role: expect.stringMatching(/\S/), agency: expect.stringMatching(/\S/) });
      }
    }
  });
});

describe('remand audit: the law now (L1–L7), marked lawNow, citing the statute, keeping what the protocol says', () => {
  const lawSteps = (d: Decision) => d.nextSteps.filter((s) => s.lawNow).map((s) => s.id);

  test('remand audit L1 and L3: police custody after charge', () => {
    const decision = at(inCustody(), '2026-12-03T22:00:00Z');
    expect(lawSteps(decision)).toEqual(['law_now_pace_certificate', 'law_now_pace_looked_after', 'law_now_girls_in_custody']);
    const certificate = step(decision, 'law_now_pace_certificate');
    expect(cited(certificate)).toEqual(['pace-1984 §s.38(6)', 'secure-accommodation-regulations-1991 §reg 4', 'bexley-yos-csc-protocol §6.1']);
    expect(certificate?.action).toContain('for a child aged 12 or over only');
    expect(certificate?.action).toContain('The protocol says only that CSC considers the s.25 criteria');
    expect(step(at(inCustody({ child_age: 11 }), '2026-12-03T22:00:00Z'), 'law_now_pace_certificate')?.action).toContain('This child is under 12');
    expect(certificate?.action).not.toContain('This child is under 12');
    const lookedAfter = step(decision, 'law_now_pace_looked_after');
    expect(cited(lookedAfter)).toEqual(['children-act-1989 §s.21(2)(b)', 'children-act-1989 §s.22(1)', 'bexley-yos-csc-protocol §6.1']);
    expect(lookedAfter?.action).toContain('The protocol does not say');
    expect(decision.facts.find((f) => f.id === 'legal_status')?.value).toContain('the law now: Children Act 1989 s.21(2)(b); the protocol does not say');
  });

  test('remand audit L2 and L7: a youth detention remand is looked after under LASPO s.104, not s.20', () => {
    const decision = at(remandedYda(), '2026-12-03T15:00:00Z');
    expect(lawSteps(decision)).toEqual(['law_now_yda_looked_after', 'law_now_girls_in_custody']);
    const status = step(decision, 'law_now_yda_looked_after');
    expect(cited(status)).toEqual(['laspo-2012 §s.104', 'bexley-yos-csc-protocol §10.6']);
    expect(status?.action).toContain('no parental consent is needed, and the parents cannot remove the child');
    expect(status?.action).toContain('The protocol says the status is under s.20');
    expect(cited(step(decision, 'law_now_girls_in_custody'))[0]).toBe('cypa-1933 §s.31');
    expect(step(decision, 'law_now_girls_in_custody')?.action).toContain('a girl must be in the care of a woman');
  });

  test('remand audit L4 and L6: a remand to local authority accommodation: the designated authority and the 5-day placement plan', () => {
    const decision = at(remandedLaAt('2026-12-03T11:00', { csc_status: 'care_order' }), '2026-12-03T11:00:00Z');
    expect(lawSteps(decision)).toEqual(['law_now_designation', 'law_now_girls_in_custody', 'placement_plan_remlaa']);
    expect(cited(step(decision, 'law_now_designation'))[0]).toBe('laspo-2012 §s.92');
    const plan = step(decision, 'placement_plan_remlaa');
    expect(cited(plan)[0]).toBe('care-planning-regulations-2010 §reg 9');
    expect(plan?.due).toEqual({ rule: 'within 5 working days of remand', date: '2026-12-10' });
    expect(plan?.action).toContain('The protocol gives no timescale');
    expect(ids(decision)).not.toContain('placement_plan_10wd');
  });

  test('remand audit L5: youth detention sought: LASPO as amended in 2022 ("very likely")', () => {
    const decision = at({ ...remandedYda(), stage: 'court_yda_sought', tagging_proposed: 'no' }, '2026-12-03T15:00:00Z');
    expect(lawSteps(decision)).toEqual(['law_now_yda_conditions']);
    const conditions = step(decision, 'law_now_yda_conditions');
    expect(cited(conditions)).toEqual(['laspo-2012 §s.91(4A)', 'laspo-2012 §s.98', 'laspo-2012 §s.99', 'pcsc-act-2022 §s.157', 'bexley-yos-csc-protocol §10.6']);
    expect(conditions?.action).toContain('a custodial sentence is very likely (the protocol says "a real prospect", the older test)');
    expect(conditions?.action).toContain("consider the child's interests and welfare");
  });

  test('remand audit L1–L7: every lawNow step opens with "The law now" or states it, and cites a statute before the protocol', () => {
    const all = Object.entries(flow.steps).filter(([, s]) => s.lawNow);
    expect(all.map(([id]) => id).sort()).toEqual(
      ['law_now_designation', 'law_now_girls_in_custody', 'law_now_pace_certificate', 'law_now_pace_looked_after', 'law_now_yda_conditions', 'law_now_yda_looked_after', 'placement_plan_remlaa'].sort(),
    );
    for (const [id, s] of all) expect({ id, first: s.refs[0].doc }).toEqual({ id, first: expect.not.stringMatching(/^bexley-/) });
    // No other step, flag or outcome is marked.
    const decision = at(e1Repro, '2026-12-05T02:00:00Z');
    expect(decision.outcome.lawNow).toBeUndefined();
    expect(decision.flags.filter((f) => f.lawNow)).toEqual([]);
  });
});

describe('remand audit: duties of the protocol that were missing', () => {
  test('remand audit: §4.3 sexual offence particulars within 2 working days; straight away for a looked-after child on bail (l. 115, 117)', () => {
    const charged = step(at(inCustody(), '2026-12-03T22:00:00Z'), 'sexual_offence_notification');
    expect(charged?.due).toEqual({ rule: 'within 2 working days of the YOS being notified' });
    expect(cited(charged)).toEqual(['bexley-yos-csc-protocol §4.3']);
    // l. 117 is for a looked-after child (issue 16: left off for a child the answers say is not looked after).
    const notCharged = step(at({ ...inCustody(), stage: 'police_custody_other', csc_status: 'looked_after_other' }, '2026-12-03T22:00:00Z'), 'sexual_offence_notification');
    expect(notCharged?.due.rule).toBe('immediately');
    expect(notCharged?.action).toContain('released on police bail or under investigation');
  });

  test('remand audit: §17 serious incident notification within 24 hours (l. 728–738); §16 modern slavery referral (l. 703)', () => {
    const decision = at(remandedLaAt('2026-12-03T11:00'), '2026-12-03T11:00:00Z');
    const sin = step(decision, 'serious_incident_notification');
    expect(sin?.due).toEqual({ rule: 'within 24 hours, where required' });
    expect(sin?.action).toContain('murder, manslaughter or rape');
    expect(cited(sin)).toEqual(['bexley-yos-csc-protocol §17']);
    const slavery = step(decision, 'modern_slavery_referral');
    expect(slavery?.due.rule).toBe('immediately');
    expect(slavery?.action).toContain('National Referral Mechanism');
    expect(cited(slavery)).toEqual(['bexley-yos-csc-protocol §16']);
  });

  test('remand audit: §4.2.2 the court outcome to the social worker the same day (l. 109); §12 s.47 by the host area (l. 522)', () => {
    const yda = at(remandedYda(), '2026-12-03T15:00:00Z');
    expect(step(yda, 'court_outcome_to_sw')?.due).toEqual({ rule: 'the same day the YOS hears the outcome, wherever possible' });
    const s47 = step(yda, 's47_in_secure_estate');
    expect(s47?.action).toContain('the area where the establishment is makes the s.47 enquiries');
    expect(cited(s47)).toEqual(['bexley-yos-csc-protocol §12', 'children-act-1989 §s.47']);
  });

  test('remand audit: §10 the YOS records nights in youth detention (l. 307); App 1 the AA role at the station (l. 825–827)', () => {
    expect(step(at(remandedYda(), '2026-12-03T15:00:00Z'), 'yos_record_detention')?.action).toContain('the nights the child spends in youth detention');
    const family = at({ ...inCustody({ police_request: 'la_accommodation' }), aa_needed: 'yes_family', aa_requested_at: '2026-12-03T22:00' }, '2026-12-03T22:00:00Z');
    const role = step(family, 'aa_role');
    expect(role?.flag).toBe('AA_FAMILY_FIRST');
    expect(role?.action).toContain('must not discuss the details of the offence');
    expect(cited(role)).toEqual(['bexley-yos-csc-protocol §App 1']);
  });
});

describe('remand audit: statements the seed does not support', () => {
  test('remand audit: the first monthly review is not dated (l. 356 gives no first date)', () => {
    const review = step(at(remandedLaAt('2026-12-03T11:00'), '2026-12-03T11:00:00Z'), 'monthly_remand_review');
    expect(review?.due).toEqual({ rule: 'monthly (the protocol does not say when the first review falls)' });
  });

  test('remand audit: no 10-working-day plan is dated for a remand to local authority accommodation (l. 404 is for youth detention)', () => {
    for (const status of ['care_order', 'looked_after_other', 'not_known']) {
      expect(ids(at(remandedLaAt('2026-12-03T11:00', { csc_status: status }), '2026-12-03T11:00:00Z'))).not.toContain('placement_plan_10wd');
    }
  });

  test('remand audit: IRO steps on a remand to local authority accommodation say the protocol gives them for youth detention', () => {
    const newly = at(remandedLaAt('2026-12-03T11:00'), '2026-12-03T11:00:00Z');
    expect(step(newly, 'iro_allocation_remlaa')?.action).toContain('The protocol says this for youth detention (§10.6); for this remand it follows from the child being looked after.');
    const before = at(remandedLaAt('2026-12-03T11:00', { csc_status: 'care_order' }), '2026-12-03T11:00:00Z');
    expect(step(before, 'iro_told_of_remand')?.action).toContain('The protocol says this for youth detention (§10.8); for this remand it follows');
    expect(step(at(remandedYda({ csc_status: 'care_order' }), '2026-12-03T15:00:00Z'), 'iro_told_of_remand')?.action).not.toContain('follows');
  });

  test('remand audit: an "immediately" the protocol does not state says so in plain words', () => {
    const marked = [
      ['pace_refer_request', inCustody()],
      ['pace_non_secure_duty', inCustody()],
      ['pace_s25_decision', inCustody()],
      ['csc_placement_decision', remandedLaAt('2026-12-03T11:00')],
      ['yos_info_warrant_remlaa', remandedLaAt('2026-12-03T11:00')],
      ['yos_tells_court_placement', remandedLaAt('2026-12-03T11:00')],
      ['yos_ycs_placement', remandedYda()],
      ['yda_status', remandedYda()],
      ['contact_in_hours', remandedLaAt('2026-12-03T11:00')],
      ['tell_looking_after_la', remandedLaAt('2026-12-03T11:00', { csc_status: 'care_order' })],
    ] as const;
    for (const [id, answers] of marked) {
      const s = step(at(answers, '2026-12-03T11:00:00Z'), id);
      expect({ id, due: s?.due.rule, marked: s?.action.includes('The protocol gives no time for this; "now" follows from') }).toEqual({ id, due: 'immediately', marked: true });
    }
  });

  test('remand audit: working-day deadlines give the date only: the source names no hour (endsAtClose removed)', () => {
    const decision = at(remandedLaAt('2026-12-03T11:00', { csc_status: 'not_known' }), '2026-12-03T11:00:00Z');
    for (const id of ['initial_placement_meeting', 'care_plan_5wd', 'placement_plan_remlaa']) {
      expect({ id, at: step(decision, id)?.due.at, date: step(decision, id)?.due.date }).toEqual({ id, at: undefined, date: expect.any(String) });
    }
    for (const [id, s] of Object.entries(flow.steps)) {
      const due = typeof s.due === 'function' ? undefined : s.due;
      expect({ id, endsAtClose: due && 'endsAtClose' in due ? due.endsAtClose : undefined }).toEqual({ id, endsAtClose: undefined });
    }
  });

  test('remand audit: text users read has no maths signs and no word "inference"', () => {
    for (const scenario of scenarios.filter((s) => 'outcome' in s.expected)) {
      const decision = at(scenario.answers, scenario.now ?? '2026-12-01T10:00:00Z');
      const texts = [decision.outcome.summary, ...decision.outcome.notes, ...decision.flags.map((f) => f.text), ...decision.nextSteps.map((s) => `${s.action} ${s.owner.role} ${s.owner.agency} ${s.due.rule}`), ...decision.facts.map((f) => f.value)];
      for (const text of texts) expect({ id: scenario.id, text }).toEqual({ id: scenario.id, text: expect.not.stringMatching(/[≤≥<>→]|inference/i) });
    }
  });
});
