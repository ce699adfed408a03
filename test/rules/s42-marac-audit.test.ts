/**
 * Issue 14: the findings of shared/specs/audits/s42-marac-code-vs-seed.md, each checked through `decide`. Test names
 * carry "s42 audit E<n>" (MARAC findings included, as the audit file is one). Seed lines are those of
 * shared/seeds/003_969c98eab9c792cf.txt.
 */
import { getFlow } from '../../rules';
import type { Answers, Decision, FlowDefinition } from '../../rules';
import { acronyms } from '../../rules/glossary/acronyms';
import { flagIds, flagText, flowTester, step, stepIds } from '../support/flowTesting';

const s42 = flowTester('s42');
const marac = flowTester('marac');

const adult = { immediate_danger: 'no', age_18_plus: 'yes', received_at: '2026-03-10T10:00' };
const criteria: Answers = {
  ...adult,
  concern_relates: 'yes',
  care_support_needs: 'yes',
  abuse_or_risk: 'yes',
  unable_to_protect: 'yes',
  other_factors: ['none'],
};
const factors = (other_factors: string[], answers: Answers = criteria): Answers => ({ ...answers, other_factors });
const cites = (d: Decision, stepId: string, docSection: string) =>
  (step(d, stepId)?.ref ?? []).some((r) => `${r.docId} §${r.section}` === docSection);

const allFactors = (flowId: string) =>
  ((getFlow(flowId) as FlowDefinition).questions.find((q) => q.id === 'other_factors')?.options ?? [])
    .map((o) => o.value)
    .filter((v) => v !== 'none');
/** Every text a user can read in the decision. */
const staffText = (d: Decision): string =>
  [
    d.flowTitle,
    d.outcome.label,
    d.outcome.summary,
    d.outcome.decidedBy.role,
    d.outcome.decidedBy.agency,
    d.outcome.agency,
    ...d.outcome.notes,
    ...d.flags.flatMap((f) => [f.label, f.text]),
    ...d.nextSteps.flatMap((s) => [s.action, s.owner.role, s.owner.agency, s.due.rule]),
  ].join('\n');
const questionText = (flowId: string): string =>
  (getFlow(flowId) as FlowDefinition).questions
    .flatMap((q) => [q.text, q.help ?? '', ...(q.options ?? []).map((o) => o.label)])
    .join('\n');

/** The audit's repro for E1. */
const E1_REPRO: Answers = {
  immediate_danger: 'no',
  age_18_plus: 'yes',
  received_at: '2026-11-05T10:15',
  concern_relates: 'clearly_not',
  other_factors: ['self_neglect', 'domestic_abuse_possible'],
};
const CLOSING_STEPS = ['close_due_diligence', 'close_rationale', 'feedback_not_met', 'ctm_signoff'];

describe('S.42: closure and sign-off', () => {
  test('s42 audit E1: the repro (clearly not about abuse, with self-neglect and domestic abuse ticked) is not closed', () => {
    const decision = s42.run(E1_REPRO);
    expect(decision.outcome.id).toBe('S42_UNDETERMINED_GATHER_INFO');
    expect(stepIds(decision)).toEqual(expect.arrayContaining(['risk_assessment_strategy']));
    for (const id of CLOSING_STEPS) expect(stepIds(decision)).not.toContain(id);
    const note = decision.outcome.notes.find((n) => n.startsWith('Your answers do not fit together')) ?? '';
    expect(note).toContain('you ticked self-neglect and possible domestic abuse');
    expect(note).toContain('must not be closed at this stage');
    expect(decision.references.map((r) => `${r.docId} §${r.section}`)).toEqual(
      expect.arrayContaining([
        'kcc-asc-safeguarding-pg §4.1.2',
        'kcc-asc-safeguarding-pg §4.1.3',
        'kcc-asc-safeguarding-pg §4.2',
      ]),
    );
  });

  test.each(['self_neglect', 'domestic_abuse_possible', 'staff_alleged', 'crime_suspected', 'children_affected'])(
    's42 audit E1: "clearly not" or "no abuse" with %s ticked never closes at concern (l. 364, 423, 549)',
    (sign) => {
      const clearlyNot = s42.run({ ...adult, concern_relates: 'clearly_not', other_factors: [sign] });
      const noAbuse = s42.run({
        ...adult,
        concern_relates: 'not_sure',
        care_support_needs: 'yes',
        abuse_or_risk: 'no',
        other_factors: [sign],
      });
      for (const decision of [clearlyNot, noAbuse]) {
        expect(decision.outcome.id).toBe('S42_UNDETERMINED_GATHER_INFO');
        expect(stepIds(decision)).not.toContain('close_due_diligence');
      }
    },
  );

  test('s42 audit E1: without a sign of abuse, "clearly not" still closes at concern and "no abuse" still indicates no S.42', () => {
    expect(
      s42.run({ ...adult, concern_relates: 'clearly_not', other_factors: ['capacity_or_engagement_difficulty'] })
        .outcome.id,
    ).toBe('CLOSE_AT_CONCERN_NOT_ABUSE');
    const noAbuse = { ...adult, concern_relates: 'not_sure', care_support_needs: 'yes', abuse_or_risk: 'no' };
    expect(s42.run({ ...noAbuse, other_factors: ['none'] }).outcome.id).toBe('S42_NOT_MET_NO_ABUSE_OR_RISK');
    expect(s42.run({ ...noAbuse, other_factors: ['none'] }).outcome.notes.join(' ')).not.toContain(
      'do not fit together',
    );
  });

  test('s42 audit E1: the "clearly not" option says "including self-neglect"', () => {
    const flow = getFlow('s42') as FlowDefinition;
    const label = flow.questions
      .find((q) => q.id === 'concern_relates')
      ?.options?.find((o) => o.value === 'clearly_not')?.label;
    expect(label).toContain('clearly not about abuse or neglect, including self-neglect');
  });

  test('s42 audit E2: closing after the risk assessment always goes to the Community Team Manager for sign-off (l. 2094)', () => {
    const decision = s42.run({ ...criteria, unable_to_protect: 'no' });
    expect(decision.outcome.id).toBe('S42_NOT_MET_CAN_PROTECT_SELF');
    expect(stepIds(decision)).not.toContain('ctm_signoff');
    const signoff = step(decision, 'ctm_signoff_after_risk_assessment');
    expect(signoff?.action).toBe('Send the closure to the Community Team Manager for sign-off.');
    expect(signoff?.owner).toEqual({
      role: 'DSO; Community Team Manager',
      agency: 'KCC Adult Social Care',
      team: 'adult_social_care',
    });
    expect(cites(decision, 'ctm_signoff_after_risk_assessment', 'kcc-asc-safeguarding-pg §App I')).toBe(true);
  });

  test('s42 audit E2: closing at concern keeps "if that is the arrangement in your area" (l. 1954)', () => {
    const decision = s42.run({ ...adult, concern_relates: 'clearly_not', other_factors: ['none'] });
    expect(step(decision, 'ctm_signoff')?.action).toContain('if that is the arrangement in your area');
    expect(stepIds(decision)).not.toContain('ctm_signoff_after_risk_assessment');
  });
});

describe('S.42: who, what and on what basis', () => {
  test('s42 audit E3: the PiPoT option covers anyone working or volunteering with adults with care needs, in any setting', () => {
    const flow = getFlow('s42') as FlowDefinition;
    const label = flow.questions
      .find((q) => q.id === 'other_factors')
      ?.options?.find((o) => o.value === 'staff_alleged')?.label;
    expect(label).toBe(
      'The person alleged to have caused harm works or volunteers with adults with care and support needs, in any setting',
    );
    const decision = s42.run(factors(['staff_alleged']));
    expect(flagIds(decision)).toEqual(['PIPOT_PROCEDURE']);
    expect(step(decision, 'pipot_procedure')?.action).toContain(
      'works with adults with care and support needs, paid or as a volunteer, in any setting',
    );
  });

  test('s42 audit E4: the public-task basis is stated only where an S.42 enquiry may follow (l. 763)', () => {
    const enquiry = step(s42.run(factors(['adult_refuses'])), 'share_without_consent')?.action ?? '';
    expect(enquiry).toContain('UK GDPR public task');
    for (const answers of [
      { ...adult, concern_relates: 'clearly_not', other_factors: ['adult_refuses'] },
      {
        ...criteria,
        care_support_needs: 'no',
        non_statutory_situation: 'carer_in_caring_role',
        other_factors: ['adult_refuses'],
      },
      { ...criteria, care_support_needs: 'no', non_statutory_situation: 'neither', other_factors: ['adult_refuses'] },
    ]) {
      const decision = s42.run(answers);
      const action = step(decision, 'share_without_consent')?.action ?? '';
      expect({ outcome: decision.outcome.id, action }).toEqual({
        outcome: decision.outcome.id,
        action: expect.stringContaining('sharing needs the adult’s consent unless another lawful basis applies'),
      });
      expect(action).not.toContain('public task');
    }
  });

  test("s42 audit E4: MARAC's own high-risk basis for sharing (27.27, l. 6747) is unchanged", () => {
    const decision = marac.run({
      immediate_danger: 'no',
      personally_connected: 'intimate_relationship',
      both_16_plus: 'yes',
      dash_status: 'completed',
      dash_yes_count: 16,
      victim_area: 'medway',
      other_factors: ['victim_not_agreed'],
    });
    expect(flagText(decision, 'SHARE_WITHOUT_CONSENT_RECORD_REASONS')).toContain(
      'Where the victim is assessed at high risk of serious harm or homicide, information can be shared without consent.',
    );
  });

  test('s42 audit E5: an adult already under a DoLS is notified to the DoLS office, not escalated (l. 1061)', () => {
    const decision = s42.run(factors(['dols_in_place']));
    expect(decision.nextSteps.filter((s) => s.flag === 'NOTIFY_DOLS_TEAM').map((s) => s.id)).toEqual([
      'dols_decide_at_triage',
      'dols_clipboard',
    ]);
    expect(flagText(decision, 'NOTIFY_DOLS_TEAM')).not.toContain('escalates');
  });

  test('s42 audit E5: liberty restricted without authorisation is escalated (l. 1062)', () => {
    const decision = s42.run(factors(['liberty_restricted_without_dols']));
    expect(decision.nextSteps.filter((s) => s.flag === 'NOTIFY_DOLS_TEAM').map((s) => s.id)).toEqual([
      'dols_decide_at_triage',
      'dols_escalate',
    ]);
    expect(flagText(decision, 'NOTIFY_DOLS_TEAM')).toContain('the DSO escalates to the responsible team');
    const both = s42.run(factors(['dols_in_place', 'liberty_restricted_without_dols']));
    expect(stepIds(both)).toEqual(expect.arrayContaining(['dols_clipboard', 'dols_escalate']));
  });

  test('s42 audit E7: one DSO-allocation rule, where the adult lives unless the abuse was in an establishment (l. 457, 463–465, 494–498)', () => {
    const da = s42.run(factors(['domestic_abuse_possible']));
    expect(step(da, 'dso_io_allocation')?.action).toBe(
      'The DSO and the IO come from the community team where the adult lives, even if the abuse happened in another area.',
    );
    expect(step(da, 'da_protocol')?.action).not.toContain('DSO');
    const establishment = s42.run(factors(['regulated_or_commissioned_service']));
    expect(step(establishment, 'dso_io_allocation')?.action).toContain(
      'the DSO comes from the team covering its locality',
    );
    const both = s42.run(factors(['regulated_or_commissioned_service', 'domestic_abuse_possible']));
    expect(stepIds(both).filter((id) => id === 'dso_io_allocation')).toHaveLength(1);
    expect(step(both, 'dso_io_allocation')?.action).toContain('team covering its locality');
    expect(stepIds(both)).not.toContain('establishment_allocation');
  });
});

describe('MARAC: victims aged 16 or 17', () => {
  const dv = { immediate_danger: 'no', personally_connected: 'intimate_relationship', both_16_plus: 'yes' };
  const answerSets: Record<string, Answers> = {
    referral: { ...dv, dash_status: 'completed', dash_yes_count: 15, victim_area: 'thanet_dover' },
    dashFirst: { ...dv, dash_status: 'not_completed' },
    notIndicated: {
      ...dv,
      dash_status: 'completed',
      dash_yes_count: 3,
      professional_judgement_high_risk: 'no',
      escalation: 'no',
      heard_at_marac_before: 'no',
    },
  };

  test.each(Object.keys(answerSets))(
    's42 audit E6: no S.42 suggestion for a 16- or 17-year-old victim (%s)',
    (name) => {
      const child = marac.run({ ...answerSets[name], other_factors: ['victim_under_18'] });
      expect(stepIds(child)).not.toContain('consider_s42');
      expect(stepIds(marac.run({ ...answerSets[name], other_factors: ['none'] }))).toContain('consider_s42');
    },
  );

  test('s42 audit E6: one consent message for a child victim, and a check that this MARAC takes 16–17-year-olds', () => {
    const decision = marac.run({ ...answerSets.referral, other_factors: ['victim_not_agreed', 'victim_under_18'] });
    const consent = flagText(decision, 'SHARE_WITHOUT_CONSENT_RECORD_REASONS');
    expect(consent).toBe(
      'The victim is 16 or 17, so a child: information can be shared without consent (MAPPA Guidance 27.27). ' +
        'Record why the victim was not told or did not agree, and the legal basis in section 8.',
    );
    expect(step(decision, 'consent_and_basis')?.action).not.toContain('S.42');
    expect(step(decision, 'check_marac_takes_16_17')?.action).toContain(
      'check with the MARAC coordinator that it does before you rely on the referral',
    );
    expect(stepIds(marac.run({ ...answerSets.referral, other_factors: ['children_at_risk'] }))).not.toContain(
      'check_marac_takes_16_17',
    );
  });
});

describe('Overdue deadlines', () => {
  const received = (received_at: string) => ({ ...criteria, received_at });

  test('s42 audit E8: a working-day deadline already past is overdue; steps without a date never are', () => {
    const decision = s42.run(received('2026-03-10T10:00'), { now: '2026-03-16T09:00:00Z' });
    const overdue = decision.nextSteps.filter((s) => s.due.overdue).map((s) => s.id);
    expect(overdue).toEqual(['triage', 'dso_triage_questions', 'decide_who_to_inform', 'risk_assessment_strategy']);
    expect(step(decision, 'triage')?.due).toEqual({
      rule: 'within 1 working day of receipt',
      date: '2026-03-11',
      overdue: true,
    });
  });

  test('s42 audit E8: a date without a time is overdue only once that London day has ended', () => {
    const answers = received('2026-03-10T10:00');
    expect(step(s42.run(answers, { now: '2026-03-11T23:59:00Z' }), 'triage')?.due.overdue).toBeUndefined();
    expect(step(s42.run(answers, { now: '2026-03-12T00:00:00Z' }), 'triage')?.due.overdue).toBe(true);
    // British Summer Time: the London day of 1 Jul ends at 23:00 UTC.
    const summer = received('2026-06-30T10:00');
    expect(step(s42.run(summer, { now: '2026-07-01T22:59:00Z' }), 'triage')?.due.overdue).toBeUndefined();
    expect(step(s42.run(summer, { now: '2026-07-01T23:00:00Z' }), 'triage')?.due.overdue).toBe(true);
  });

  test('s42 audit E8: the three-working-day deadline is overdue separately from triage', () => {
    const decision = s42.run(received('2026-03-10T10:00'), { now: '2026-03-12T12:00:00Z' });
    expect(step(decision, 'triage')?.due.overdue).toBe(true);
    expect(step(decision, 'risk_assessment_strategy')?.due).toEqual({
      rule: 'within 3 working days of receipt',
      date: '2026-03-13',
    });
  });

  test('s42 audit E8: the children’s referral for an under-18 is due now, and never shown as overdue', () => {
    const due = step(s42.run({ immediate_danger: 'no', age_18_plus: 'no' }), 'refer_childrens_safeguarding')?.due;
    expect(due).toEqual({ rule: 'immediately' });
  });

  test('s42 audit E8: the MARAC minutes summary is counted from a request the bot does not know, so it is never dated or overdue', () => {
    const decision = marac.run(
      {
        immediate_danger: 'no',
        personally_connected: 'intimate_relationship',
        both_16_plus: 'yes',
        dash_status: 'completed',
        dash_yes_count: 16,
        victim_area: 'medway',
        other_factors: ['perpetrator_previous_mappa_level_2_3'],
      },
      { now: '2030-01-01T12:00:00Z' },
    );
    expect(step(decision, 'mappa_minutes_summary')?.due).toEqual({ rule: 'within 10 working days of request' });
  });
});

describe('Plain words and urgency', () => {
  test('s42 audit E9: no staff-facing text says "seed", "flow", "inference", a rule id or a maths sign', () => {
    const decisions = [
      s42.run(factors(allFactors('s42'))),
      s42.run(E1_REPRO),
      s42.run({ immediate_danger: 'yes' }),
      s42.run({ immediate_danger: 'no', age_18_plus: 'no' }),
      marac.run({ immediate_danger: 'yes' }),
      marac.run({
        immediate_danger: 'no',
        personally_connected: 'intimate_relationship',
        both_16_plus: 'yes',
        dash_status: 'not_completed',
        other_factors: ['none'],
      }),
      marac.run({
        immediate_danger: 'no',
        personally_connected: 'intimate_relationship',
        both_16_plus: 'yes',
        dash_status: 'completed',
        dash_yes_count: 16,
        victim_area: 'medway',
        other_factors: allFactors('marac'),
      }),
    ];
    const texts = [...decisions.map(staffText), questionText('s42'), questionText('marac')].join('\n');
    expect(texts).not.toMatch(/\bseed\b|\bflow\b|inference|\bR\d+b?\b|[≤≥<>]/i);
  });

  test('s42 audit E9: the children’s safeguarding referral for an under-18 is made now', () => {
    const s = step(s42.run({ immediate_danger: 'no', age_18_plus: 'no' }), 'refer_childrens_safeguarding');
    expect(s?.action).toContain("Refer to children's safeguarding now");
    expect(s?.due.rule).toBe('immediately');
  });

  test('s42 audit E9: the MARAC crime step appears only where a referral is made', () => {
    const dv = { immediate_danger: 'no', personally_connected: 'intimate_relationship', both_16_plus: 'yes' };
    const noReferral = [
      marac.run({ ...dv, dash_status: 'not_completed', other_factors: ['none'] }),
      marac.run({
        ...dv,
        dash_status: 'completed',
        dash_yes_count: 3,
        professional_judgement_high_risk: 'no',
        escalation: 'no',
        heard_at_marac_before: 'yes',
        other_factors: ['none'],
      }),
    ];
    for (const d of noReferral) expect(stepIds(d)).not.toContain('report_crime');
    const referral = marac.run({
      ...dv,
      dash_status: 'completed',
      dash_yes_count: 16,
      victim_area: 'medway',
      other_factors: ['none'],
    });
    expect(stepIds(referral)).toContain('report_crime');
  });

  test('s42 audit E9: every owner on a card has a role and an agency', () => {
    for (const flowId of ['s42', 'marac']) {
      const flow = getFlow(flowId) as FlowDefinition;
      for (const [id, outcome] of Object.entries(flow.outcomes)) {
        expect({ id, agency: Boolean(outcome.decidedBy.agency) }).toEqual({ id, agency: true });
      }
    }
    const decisions = [
      s42.run(factors(allFactors('s42'))),
      s42.run({ immediate_danger: 'yes' }),
      s42.run({ immediate_danger: 'no', age_18_plus: 'no' }),
      s42.run({ ...criteria, unable_to_protect: 'no', other_factors: ['none'] }),
      s42.run({ ...criteria, care_support_needs: 'no', non_statutory_situation: 'young_adult' }),
      s42.run({ ...criteria, care_support_needs: 'no', non_statutory_situation: 'neither' }),
      s42.run({ ...adult, concern_relates: 'clearly_not', other_factors: ['adult_refuses'] }),
      marac.run({ immediate_danger: 'yes' }),
      marac.run({ immediate_danger: 'no', personally_connected: 'relatives', both_16_plus: 'no' }),
      marac.run({
        immediate_danger: 'no',
        personally_connected: 'relatives',
        both_16_plus: 'yes',
        dash_status: 'not_completed',
        other_factors: ['none'],
      }),
      marac.run({
        immediate_danger: 'no',
        personally_connected: 'relatives',
        both_16_plus: 'yes',
        dash_status: 'completed',
        dash_yes_count: 16,
        victim_area: 'medway',
        other_factors: [
          'children_at_risk',
          'victim_not_agreed',
          'perpetrator_mappa_level_2_3',
          'perpetrator_previous_mappa_level_2_3',
        ],
      }),
    ];
    for (const d of decisions) {
      for (const s of d.nextSteps)
        expect({ id: s.id, role: s.owner.role !== '', agency: Boolean(s.owner.agency) }).toEqual({
          id: s.id,
          role: true,
          agency: true,
        });
    }
  });
});

describe('Statements the sources do not support', () => {
  test('s42 audit unsupported: working days are dates with no time, and the card says they are the latest acceptable (l. 404)', () => {
    const decision = s42.run(criteria);
    expect(step(decision, 'triage')?.due.at).toBeUndefined();
    expect(decision.outcome.notes).toContain(
      'The triage and risk-assessment dates shown are the latest acceptable. The procedure gives working days but no ' +
        'time of day, and does not say whether the day the concern arrives counts; the dates shown do not count it. ' +
        'The DSO should see the concern at once.',
    );
  });

  test('s42 audit unsupported: no App F or App G letter advice for a non-statutory enquiry', () => {
    const decision = s42.run({ ...criteria, care_support_needs: 'no', non_statutory_situation: 'young_adult' });
    const action = step(decision, 'feedback_non_statutory')?.action ?? '';
    expect(action).not.toMatch(/App [FG]/);
    expect(action).toContain('The procedure has no letter for a non-statutory enquiry.');
  });

  test('s42 audit unsupported: "no care and support needs" closure is shown as awaiting local confirmation', () => {
    const decision = s42.run({ ...criteria, care_support_needs: 'no', non_statutory_situation: 'neither' });
    expect(decision.outcome.id).toBe('S42_NOT_MET_NO_CARE_SUPPORT_NEEDS');
    expect(decision.outcome.notes.join(' ')).toContain(
      'Check the practice with your local safeguarding lead before closing.',
    );
  });
});

describe('Missing duties, each a step with its source line', () => {
  test.each([
    ['crime rated substantial risk', ['crime_suspected'], 'crime_substantial_risk', 'kcc-asc-safeguarding-pg §4.2.3'],
    [
      'MCA assessment and best interests where capacity is in doubt and the adult refuses',
      ['adult_refuses', 'capacity_or_engagement_difficulty'],
      'mca_best_interests',
      'kcc-asc-safeguarding-pg §9.6',
    ],
    [
      'inherent jurisdiction for a capacitous adult under coercion',
      ['adult_refuses'],
      'inherent_jurisdiction',
      'kcc-asc-safeguarding-pg §10.4',
    ],
    ['IMHA for detained people', ['capacity_or_engagement_difficulty'], 'imha', 'kcc-asc-safeguarding-pg §7.7.1'],
    [
      'staff conduct that may be criminal: police VIT',
      ['staff_alleged'],
      'staff_crime_vit',
      'kcc-asc-safeguarding-pg §7.8',
    ],
    ["the employer's DBS duty", ['staff_alleged'], 'employer_dbs_duty', 'kcc-asc-safeguarding-pg §7.6'],
    [
      'organisational abuse: DSO-chaired meeting',
      ['regulated_or_commissioned_service'],
      'organisational_abuse_meeting',
      'kcc-asc-safeguarding-pg §6.6',
    ],
    [
      'Adult Protection sanctions',
      ['regulated_or_commissioned_service'],
      'adult_protection_sanction',
      'kcc-asc-safeguarding-pg §7.4',
    ],
    ['other residents', ['regulated_or_commissioned_service'], 'other_residents', 'kcc-asc-safeguarding-pg §7.1.4'],
    [
      'what a care-home raiser must not do',
      ['regulated_or_commissioned_service'],
      'care_home_raiser',
      'nice-ng189 §1.6.9',
    ],
    ['Office of the Public Guardian', ['attorney_or_deputy'], 'public_guardian', 'kcc-asc-safeguarding-pg §9.1'],
    ['self-neglect handover to the community team', ['self_neglect'], 'sn_handover', 'kcc-asc-safeguarding-pg §App D'],
    [
      'feedback to CQC, commissioners, health and police',
      ['none'],
      'feedback_agencies',
      'kcc-asc-safeguarding-pg §8.3',
    ],
  ])('s42 audit missing duty: %s', (_name, ticks, stepId, ref) => {
    const decision = s42.run(factors(ticks));
    expect(stepIds(decision)).toContain(stepId);
    expect(cites(decision, stepId, ref)).toBe(true);
  });

  test('s42 audit missing duty: MCA best interests only where capacity is in doubt', () => {
    expect(stepIds(s42.run(factors(['adult_refuses'])))).not.toContain('mca_best_interests');
  });

  test('s42 audit missing duty: other support when closing, at concern and after the risk assessment (l. 437, 1121)', () => {
    for (const answers of [
      { ...adult, concern_relates: 'clearly_not', other_factors: ['none'] },
      { ...criteria, unable_to_protect: 'no' },
    ]) {
      const decision = s42.run(answers);
      expect(stepIds(decision)).toContain('other_support_when_closing');
      expect(cites(decision, 'other_support_when_closing', 'kcc-asc-safeguarding-pg §8.2')).toBe(true);
    }
    expect(stepIds(s42.run(criteria))).not.toContain('other_support_when_closing');
  });

  test('s42 audit missing duty: anonymous referrers and Medway, in the triage and raising steps (l. 526–536, 1228–1230)', () => {
    const decision = s42.run(criteria);
    expect(step(decision, 'triage')?.action).toContain('anonymity cannot be guaranteed');
    expect(cites(decision, 'triage', 'kcc-asc-safeguarding-pg §4.1.5')).toBe(true);
    expect(step(decision, 'raise_concern')?.action).toContain('contact the Medway Safeguarding Team');
    expect(cites(decision, 'raise_concern', 'kcc-asc-safeguarding-pg §9.8')).toBe(true);
  });

  test('s42 audit missing duty: MARAC actions at referral (safety plan, 999/101, stalking, protective orders)', () => {
    const decision = marac.run({
      immediate_danger: 'no',
      personally_connected: 'intimate_relationship',
      both_16_plus: 'yes',
      dash_status: 'completed',
      dash_yes_count: 16,
      victim_area: 'medway',
      other_factors: ['none'],
    });
    const action = step(decision, 'actions_at_referral')?.action ?? '';
    for (const part of [
      'safety plan',
      '999',
      '101',
      'stalking risk checklist',
      'Protection Against Stalking',
      'non-molestation',
    ]) {
      expect(action).toContain(part);
    }
    expect(cites(decision, 'actions_at_referral', 'kmsab-marac-referral §Actions taken')).toBe(true);
  });

  test('s42 audit missing duty: repeat referral is a question; the check appears only when the victim was heard before or it is not known', () => {
    const base = {
      immediate_danger: 'no',
      personally_connected: 'intimate_relationship',
      both_16_plus: 'yes',
      dash_status: 'completed',
      dash_yes_count: 3,
      professional_judgement_high_risk: 'no',
      escalation: 'no',
      other_factors: ['none'],
    };
    expect(marac.problemsOf(base)).toEqual(['heard_at_marac_before']);
    expect(stepIds(marac.run({ ...base, heard_at_marac_before: 'yes' }))).toContain('check_repeat');
    expect(stepIds(marac.run({ ...base, heard_at_marac_before: 'not_known' }))).toContain('check_repeat');
    expect(stepIds(marac.run({ ...base, heard_at_marac_before: 'no' }))).not.toContain('check_repeat');
    expect(marac.run({ ...base, heard_at_marac_before: 'no' }).outcome.summary).not.toContain('repeat');
  });

  test('s42 audit: every acronym on these cards is in the acronym list, so cards can spell it out', () => {
    const known = new Set(acronyms.map((a) => a.short));
    /** Capitals used for emphasis, and the country. */
    const notAcronyms = new Set(['AND', 'BOTH', 'MUST', 'UK']);
    const texts = [
      ...[
        s42.run(factors(allFactors('s42'))),
        s42.run({ immediate_danger: 'yes' }),
        s42.run({ ...criteria, unable_to_protect: 'no' }),
        s42.run({ ...criteria, care_support_needs: 'no', non_statutory_situation: 'young_adult' }),
        marac.run({
          immediate_danger: 'no',
          personally_connected: 'relatives',
          both_16_plus: 'yes',
          dash_status: 'completed',
          dash_yes_count: 16,
          victim_area: 'medway',
          other_factors: allFactors('marac'),
        }),
      ].map(staffText),
      questionText('s42'),
      questionText('marac'),
    ].join('\n');
    const unknown = [...new Set([...texts.matchAll(/\b[A-Z][A-Za-z-]*[A-Z]\b/g)].map((m) => m[0]))].filter(
      (word) => !known.has(word) && !notAcronyms.has(word),
    );
    expect(unknown).toEqual([]);
  });
});
