import { TEAMS, type Decision, type NextStep, type Team } from '../rules';

/** The services a user can say they work in, in plain words with no acronym. */
export const serviceLabels: Record<Team, string> = {
  adult_social_care: 'Adult social care',
  childrens_social_care: "Children's social care",
  youth_justice: 'Youth justice (youth offending team or service)',
  police: 'Police',
  probation: 'Probation',
  health: 'Health services',
  education: 'Education (a school or college)',
  housing: 'Housing',
};

export const isTeam = (value: unknown): value is Team => typeof value === 'string' && (TEAMS as readonly string[]).includes(value);

/** The asker's service: the one an answer gave, else the one the user told the bot. */
export const askerService = (decision: Decision, remembered?: Team): Team | undefined => decision.askerTeam ?? remembered;

/** Whether the step falls to the asker: a step for whoever asks, or one for the asker's service. */
export function isAskersStep(step: NextStep, service: Team | undefined): boolean {
  const team = step.owner.team;
  return team === 'asker' || (service !== undefined && team === service);
}

/** Whether knowing the user's service would mark any step: some step names a service. */
export const stepsNameAService = (decision: Decision): boolean => decision.nextSteps.some((s) => isTeam(s.owner.team));
