import { decide, getFlow, TEAMS } from '../../rules';
import type { Answers, Decision, FlowDefinition, NextStep } from '../../rules';
import { scenarios } from '../scenarios/remand';
import { ownersWithoutService } from '../support/owners';

/**
 * Issue 16 for the remand flow: steps the answers rule out are left off the card (part A), and every owner names its
 * service, or is one of the owners no user of the bot belongs to (part B). Seed lines are those of
 * shared/seeds/000_7b74fc7b3b56a3b8.txt.
 */

const flow = getFlow('remand') as FlowDefinition;
const NOW = '2026-12-03T11:00:00Z';
const at = (answers: Answers, now = NOW): Decision => decide('remand', answers, { now: new Date(now) });
const step = (d: Decision, id: string): NextStep | undefined => d.nextSteps.find((s) => s.id === id);
const ids = (d: Decision) => d.nextSteps.map((s) => s.id);

const beforeCharge = (csc_status: string): Answers => ({
  child_age: 15,
  stage: 'police_custody_other',
  remand_or_request_at: '2026-12-03T11:00',
  csc_status,
  aa_needed: 'no',
});
const charged = (csc_status: string): Answers => ({
  child_age: 15,
  stage: 'police_custody_refused_bail',
  remand_or_request_at: '2026-12-03T11:00',
  csc_status,
  police_request: 'la_accommodation',
  aa_needed: 'no',
});
const atCourt = (stage: string, csc_status: string, extra: Answers = {}): Answers => ({
  child_age: 15,
  stage,
  remand_or_request_at: '2026-12-03T11:00',
  csc_status,
  tagging_proposed: 'yes',
  ...extra,
});
const remandedYda = (csc_status: string): Answers => ({
  child_age: 15,
  stage: 'remanded_yda',
  remand_or_request_at: '2026-12-03T11:00',
  csc_status,
  yda_placement_confirmed: 'no',
});

describe('remand steps that do not apply to the answers are left off (issue 16 A)', () => {
  test('remand step applies: s20_if_cannot_go_home', () => {
    // l. 155: a s.20 request for a child who cannot go home; a child already looked after is accommodated already.
    expect(ids(at(beforeCharge('not_open')))).toContain('s20_if_cannot_go_home');
    expect(ids(at(beforeCharge('not_known')))).toContain('s20_if_cannot_go_home');
    expect(ids(at(beforeCharge('care_order')))).not.toContain('s20_if_cannot_go_home');
    expect(ids(at(beforeCharge('looked_after_other')))).not.toContain('s20_if_cannot_go_home');
  });

  test('remand sexual offence notification in police custody: l. 117 for a looked-after child, l. 115 if charged and bailed', () => {
    // Not (or not yet) charged and refused bail: a Looked After Child released on bail or under investigation
    // (l. 117, straight away), and any child charged and bailed (l. 115, within 2 working days).
    const lookedAfter = step(at(beforeCharge('looked_after_other')), 'sexual_offence_notification');
    expect(lookedAfter?.action).toMatch(/^The child is looked after\. If they are released on police bail/);
    expect(lookedAfter?.action).toContain('within 2 working days');
    expect(lookedAfter?.due.rule).toBe('immediately');
    expect(step(at(beforeCharge('not_known')), 'sexual_offence_notification')?.action).toMatch(/^If the child is looked after and is released/);
    for (const status of ['not_open', 'open_not_looked_after']) {
      const notLookedAfter = step(at(beforeCharge(status)), 'sexual_offence_notification');
      expect(notLookedAfter?.action).toMatch(/^If the child is charged and bailed, and the charge is an offence/);
      expect(notLookedAfter?.action).not.toContain('straight away');
      expect(notLookedAfter?.due.rule).toBe('within 2 working days of the YOS being notified');
    }
    // After charge l. 115 applies to every child charged.
    expect(step(at(charged('not_open')), 'sexual_offence_notification')?.due.rule).toBe('within 2 working days of the YOS being notified');
  });

  test('remand step applies: tag_consent_24h', () => {
    // l. 475: consent is for a child "already accommodated in Local Authority accommodation" (spec N17).
    expect(step(at(atCourt('remanded_la', 'not_open')), 'tag_consent_24h')?.action).toMatch(/^The child lives in local authority accommodation: consent/);
    expect(ids(at(atCourt('court_remand_possible', 'care_order')))).toContain('tag_consent_24h');
    expect(ids(at(atCourt('court_remand_possible', 'not_open')))).not.toContain('tag_consent_24h');
    expect(ids(at(atCourt('court_yda_sought', 'open_not_looked_after')))).not.toContain('tag_consent_24h');
    // Not known: the answers do not settle it, so the step is kept, marked "if" (as audit E7).
    expect(step(at(atCourt('court_remand_possible', 'not_known')), 'tag_consent_24h')?.action).toMatch(/^If the child lives in local authority accommodation: consent/);
  });

  test('remand step applies: tag_dispute', () => {
    // l. 477: "Where this is not agreed": the consent of l. 475–477, for a child already accommodated.
    expect(ids(at(atCourt('remanded_la', 'not_open')))).toContain('tag_dispute');
    expect(ids(at(atCourt('court_remand_possible', 'not_known')))).toContain('tag_dispute');
    expect(ids(at(atCourt('court_remand_possible', 'not_open')))).not.toContain('tag_dispute');
    // The other tag steps stay: the court may still remand the child to local authority accommodation.
    expect(ids(at(atCourt('court_remand_possible', 'not_open')))).toEqual(
      expect.arrayContaining(['tag_address_checks', 'tag_contract_details', 'tag_emergency_move']),
    );
  });

  test('every step that can be left off has its test above', () => {
    const conditional = Object.entries(flow.steps).filter(([, s]) => s.appliesWhen).map(([id]) => id);
    expect(conditional.sort()).toEqual(['s20_if_cannot_go_home', 'tag_consent_24h', 'tag_dispute']);
  });
});

describe('remand steps say only what this card needs (issue 16 A: noise)', () => {
  test('the in-hours contact names only the contacts for this outcome', () => {
    const police = step(at(charged('not_open')), 'contact_in_hours')?.action ?? '';
    expect(police).toContain("Contact now, by role (contacts from configuration): the MASH (Multi-Agency Safeguarding Hub) (or the allocated social worker) and the Children's Placement Service.");
    expect(police).not.toContain('youth detention');
    const remand = step(at(atCourt('remanded_la', 'not_open')), 'contact_in_hours')?.action ?? '';
    expect(remand).not.toContain('youth detention');
    expect(remand).not.toContain('police custody');
    const yda = step(at(remandedYda('not_open')), 'contact_in_hours')?.action ?? '';
    expect(yda).toContain("the MASH Duty team manager (the child has no allocated social worker) and the Children's Placement Service manager");
    const sought = step(at(atCourt('court_yda_sought', 'care_order')), 'contact_in_hours')?.action ?? '';
    expect(sought).toContain('for youth detention, the allocated social worker and');
    expect(sought).toContain('for a possible remand to local authority accommodation');
  });

  test('the out-of-hours contact gives the remand hand-over and the youth detention route only where they apply', () => {
    const night = '2026-12-03T22:00:00Z';
    const police = step(at({ ...charged('not_open'), remand_or_request_at: '2026-12-03T22:00' }, night), 'contact_ooh')?.action ?? '';
    expect(police).toContain('For police custody and any other referral outside 09:00–17:00');
    expect(police).not.toContain('completes CSC');
    expect(police).not.toContain('youth detention');
    const remand = step(at(atCourt('remanded_la', 'not_open', { remand_or_request_at: '2026-12-03T22:00' }), night), 'contact_ooh')?.action ?? '';
    expect(remand).toContain("which completes CSC's responsibilities");
    expect(remand).not.toContain('youth detention');
    const yda = step(at({ ...remandedYda('not_open'), remand_or_request_at: '2026-12-03T21:00' }, night), 'contact_ooh')?.action ?? '';
    expect(yda).toContain('For a youth detention remand the protocol names only daytime roles');
    expect(yda).not.toContain('completes CSC');
  });

  test('whom the YOS informs of youth detention follows the status the answers give (l. 374)', () => {
    const informs = (status: string) => step(at(remandedYda(status)), 'yos_inform_yda')?.action;
    expect(informs('not_open')).toBe("If not already done, the YOS informs the MASH Duty team manager (the child has no allocated social worker) and the Children's Placement Service manager.");
    expect(informs('open_not_looked_after')).toBe("If not already done, the YOS informs the allocated social worker and the Children's Placement Service manager.");
    expect(informs('not_known')).toContain('the allocated social worker if the child is open to CSC (otherwise the MASH Duty team manager)');
    expect(step(at(atCourt('court_yda_sought', 'care_order')), 'yos_inform_yda_imminent')?.action).toBe(
      "At the earliest opportunity the YOS informs the allocated social worker and the Children's Placement Service manager.",
    );
  });

  test('a remand to local authority accommodation: no youth detention review text, no second warrant check, escorts once', () => {
    const decision = at(atCourt('remanded_la', 'care_order'));
    expect(step(decision, 'monthly_remand_review')?.action).not.toContain('Detention Plan');
    expect(step(at(remandedYda('not_open')), 'monthly_remand_review')?.action).toContain('the IRO also keeps the Detention Plan under review');
    // law_now_designation, on the same card, says to check which authority the warrant names.
    expect(step(decision, 'yos_info_warrant_remlaa')?.action).not.toContain('warrant of commitment names');
    expect(step(decision, 'law_now_designation')?.action).toContain('Check the warrant of commitment');
    // escorts_hearings gives the escorts (l. 360); the court support step no longer repeats them.
    expect(step(decision, 'escorts_hearings')?.action).toContain('escorts');
    expect(step(decision, 'lac_court_support')?.action).not.toContain('escort');
    expect(step(at(atCourt('court_remand_possible', 'care_order')), 'lac_court_support')?.action).toContain('for escorts at planned hearings');
  });

  test('the appropriate adult steps leave out what the answers rule out: s.47(3) bail once charged, the looked-after child advice when not looked after', () => {
    const family = (stage: string, csc_status: string) =>
      step(at({ ...beforeCharge(csc_status), stage, police_request: 'la_accommodation', aa_needed: 'yes_family', aa_requested_at: '2026-12-03T11:00' }), 'aa_family')?.action ?? '';
    // l. 170: bail until the parents can attend is for a child not yet charged.
    expect(family('police_custody_other', 'not_open')).toContain('s.47(3) bail');
    expect(family('police_custody_refused_bail', 'not_open')).not.toContain('s.47(3) bail');
    // l. 176–178: the social worker advises on the parents of a looked-after child.
    expect(family('police_custody_other', 'not_open')).not.toContain('parental responsibility');
    expect(family('police_custody_other', 'looked_after_other')).toContain('The child is looked after under s.20 (or already on remand): the parent keeps parental responsibility');
    expect(family('police_custody_other', 'not_known')).toContain('If the child is looked after under s.20 (or already on remand), the parent keeps parental responsibility');
    const provider = (csc_status: string) =>
      step(at({ ...beforeCharge(csc_status), aa_needed: 'yes_no_family', aa_requested_at: '2026-12-03T11:00' }), 'aa_la_provider')?.action ?? '';
    expect(provider('not_open')).not.toContain('For a looked-after child');
    expect(provider('looked_after_other')).toContain("For a looked-after child (s.20 or on remand), the organisation providing the child's accommodation");
  });

  test('youth detention: the paperwork step points to the health assessment step only where it is on the card', () => {
    const newly = at(remandedYda('not_open'));
    expect(ids(newly)).not.toContain('health_assessment_conflict');
    expect(step(newly, 'lac_paperwork_24h')?.action).not.toContain('health assessment step');
    const before = at(remandedYda('care_order'));
    expect(ids(before)).toContain('health_assessment_conflict');
    expect(step(before, 'lac_paperwork_24h')?.action).toContain('see the health assessment step');
  });

  test('the court priority for children in custody is said once: by the YOS court step where it is on the card', () => {
    const possible = at(atCourt('court_remand_possible', 'not_open'));
    expect(step(possible, 'yos_court_from_custody')?.action).toContain('asks the court to deal with children in custody as a priority');
    expect(step(possible, 'yos_notify_possible_remlaa')?.action).not.toContain('as a priority');
    const age11 = at({ ...atCourt('court_yda_sought', 'not_open'), child_age: 11 });
    expect(ids(age11)).not.toContain('yos_court_from_custody');
    expect(step(age11, 'yos_notify_possible_remlaa')?.action).toContain('asks the court to deal with children in custody awaiting court as a priority');
  });

  test('telling the looking-after authority leaves the designation to the designation step when that is on the card', () => {
    const remanded = at(atCourt('remanded_la', 'care_order'));
    expect(ids(remanded)).toContain('law_now_designation');
    expect(step(remanded, 'tell_looking_after_la')?.action).not.toContain('designate');
    const possible = at(atCourt('court_remand_possible', 'care_order'));
    expect(ids(possible)).not.toContain('law_now_designation');
    expect(ids(possible)).not.toContain('designated_la');
    expect(step(possible, 'tell_looking_after_la')?.action).toContain('the court must designate the authority that already looks after the child');
  });
});

/** The owners that deliberately name no service: no user of the bot belongs to them (the court, the family, a
 * placement provider, the Youth Custody Service, another area's CSC), or the step is shared by two services. */
const OWNERS_WITHOUT_SERVICE = [
  'Custody sergeant; YOS or CSC duty worker | Police, with the youth offending service (YOS) or children\'s social care (CSC)',
  "Children's social care where the establishment is | The host area's children's social care (CSC)",
  "Parent or family member; the allocated social worker advises | Family, advised by children's social care (CSC)",
  'Secure escort service | Youth Custody Service',
  'The AA (parent or family member) | Family',
  "The AA (placement or children's home worker) | The child's placement provider",
  'The AA at the police station | Family, or the YOS or CSC AA service',
  'The court (decides) | The court',
  'The court (decides), advised by the YOS | The court',
  'The court (decides); the YOS checks | The court',
  'The court (decides); the YOS checks the warrant | The court',
  "Named social worker; the YOS | Youth offending service (YOS) and children's social care (CSC)",
  "YOS and CSC | Youth offending service (YOS) and children's social care (CSC)",
  "YOS and CSC Heads of Service | Youth offending service (YOS) and children's social care (CSC)",
  "YOS and allocated social worker | Youth offending service (YOS) and children's social care (CSC)",
  "YOS or CSC manager (they agree who leads) | Youth offending service (YOS) and children's social care (CSC)",
];

const untagged = (decisions: Decision[]) => ownersWithoutService(decisions);

describe('every remand owner names its service (issue 16 B)', () => {
  const decided = scenarios.flatMap((s) => ('outcome' in s.expected ? [at(s.answers, s.now ?? NOW)] : []));

  test('every public scenario: the owners with no service are exactly the listed ones', () => {
    // No public scenario has a placement worker as the appropriate adult (the sweep below does).
    const placementWorkerAa = "The AA (placement or children's home worker) | The child's placement provider";
    expect(untagged(decided)).toEqual(OWNERS_WITHOUT_SERVICE.filter((o) => o !== placementWorkerAa).sort());
  });

  test('every answer combination: no owner without a service beyond the list, and every service is one the bot knows', () => {
    const decisions: Decision[] = [];
    for (const stage of ['police_custody_refused_bail', 'police_custody_other', 'court_remand_possible', 'court_yda_sought', 'remanded_la', 'remanded_yda']) {
      for (const child_age of [11, 15]) {
        for (const csc_status of ['care_order', 'looked_after_other', 'open_not_looked_after', 'not_open', 'not_known']) {
          for (const aa_needed of ['no', 'yes_family', 'yes_placement_worker', 'yes_no_family']) {
            for (const time of ['2026-12-03T11:00', '2026-12-03T22:00']) {
              decisions.push(
                at({
                  child_age,
                  stage,
                  remand_or_request_at: time,
                  csc_status,
                  police_request: 'secure',
                  aa_needed,
                  aa_requested_at: time,
                  tagging_proposed: 'yes',
                  yda_placement_confirmed: 'no',
                }, `${time}:00Z`),
              );
            }
          }
        }
      }
    }
    decisions.push(at({ child_age: 9 }));
    expect(untagged(decisions)).toEqual([...OWNERS_WITHOUT_SERVICE].sort());
    const teams = new Set(decisions.flatMap((d) => d.nextSteps.map((s) => s.owner.team)).filter((t) => t !== undefined));
    for (const team of teams) expect([...TEAMS, 'asker']).toContain(team);
  });

  test('a renamed team keeps its service: the Out of Hours team is children\'s social care, the YOS youth justice', () => {
    const settings = { remand: { teamNames: { outOfHours: 'Emergency Duty Team', yos: 'Youth Justice Service' } } };
    const decision = decide('remand', atCourt('remanded_la', 'not_open', { remand_or_request_at: '2026-12-03T22:00' }), {
      now: new Date('2026-12-03T22:00:00Z'),
      settings,
    });
    expect(step(decision, 'remlaa_status')?.owner).toEqual({ role: 'CSC, the lead agency', agency: 'Emergency Duty Team', team: 'childrens_social_care' });
    expect(step(decision, 'yos_tells_court_placement')?.owner).toEqual({
      role: 'Youth Justice Service court duty officer',
      agency: 'Youth Justice Service',
      team: 'youth_justice',
    });
  });

  test('steps for whoever asks are marked so, and the deciders name their service where they have one', () => {
    expect(step(at({ child_age: 9 }), 'out_of_scope_age')?.owner.team).toBe('asker');
    const police = at(charged('not_open'));
    expect(step(police, 'contact_in_hours')?.owner.team).toBe('asker');
    expect(step(police, 'guidance_not_in_file')?.owner.team).toBe('asker');
    expect(step(police, 'law_now_pace_certificate')?.owner.team).toBe('police');
    expect(police.outcome.decidedBy.team).toBe('childrens_social_care');
    expect(at(beforeCharge('not_open')).outcome.decidedBy.team).toBe('police');
    expect(at(atCourt('court_remand_possible', 'not_open')).outcome.decidedBy.team).toBeUndefined();
  });
});
