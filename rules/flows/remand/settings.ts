import { z } from 'zod';
import type { Team } from '../../model';

/** Deployment settings of the `remand` flow (spec §1.1): the protocol is a local one, so its hours, team
 * names, hand-over office and court rota are the defaults a deployment may override. */

export interface RemandTeamNames {
  yos: string;
  mash: string;
  outOfHours: string;
  /** The protocol says both "Children's Placement Service" and "... Team" for one team (spec N9). */
  placement: string;
  iro: string;
}

export interface RemandSettings {
  /** 'HH:MM' London: MASH, allocated social worker and YOS appropriate adult hours on working days. */
  officeOpens: string;
  officeCloses: string;
  /** 'HH:MM' London: after this, on a working day, the CSC Out of Hours team completes CSC's remand duties. */
  remlaaOutOfHoursAfter: string;
  teamNames: RemandTeamNames;
  handoverOffice: string;
  weekendCourtRota: string;
}

export const defaultTeamNames: RemandTeamNames = {
  yos: 'YOS',
  mash: 'MASH (Multi-Agency Safeguarding Hub)',
  outOfHours: 'CSC Out of Hours team',
  placement: "Children's Placement Service",
  iro: 'IRO service',
};

export const defaultSettings: RemandSettings = {
  officeOpens: '09:00',
  officeCloses: '17:00',
  remlaaOutOfHoursAfter: '18:00',
  teamNames: defaultTeamNames,
  handoverOffice: 'Bexley Civic Offices',
  weekendCourtRota: 'Bexley, Bromley, Greenwich and Lewisham YOS',
};

/** Settings merge shallowly, so a deployment that renames one team keeps the defaults for the others. */
export function teams(settings: RemandSettings): RemandTeamNames {
  return { ...defaultTeamNames, ...settings.teamNames };
}

/** Who owns a step, in plain words: the agency behind each team (E10: every owner has a role and an agency), and
 * the service it is, by the setting's meaning, so that the card can mark a worker's own steps (issue 16). A deployment
 * that renames a team sees its own name as the agency; the court and the Youth Custody Service are no user's service. */
export interface ServiceOwner {
  agency: string;
  team?: Team;
}

export interface RemandAgencies {
  csc: ServiceOwner;
  /** The CSC Out of Hours team is children's social care's own (l. 146, 185, 334). */
  outOfHours: ServiceOwner;
  yos: ServiceOwner;
  police: ServiceOwner;
  court: ServiceOwner;
  youthCustody: ServiceOwner;
}

export function agencies(settings: RemandSettings): RemandAgencies {
  const t = teams(settings);
  return {
    csc: { agency: "Children's social care (CSC)", team: 'childrens_social_care' },
    outOfHours: {
      agency: t.outOfHours === defaultTeamNames.outOfHours ? "Children's social care (CSC) Out of Hours team" : t.outOfHours,
      team: 'childrens_social_care',
    },
    yos: { agency: t.yos === defaultTeamNames.yos ? 'Youth offending service (YOS)' : t.yos, team: 'youth_justice' },
    police: { agency: 'Police', team: 'police' },
    court: { agency: 'The court' },
    youthCustody: { agency: 'Youth Custody Service' },
  };
}

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24-hour)');
const name = z.string().min(1).max(200);

export const settingsSchema = z
  .object({
    officeOpens: time,
    officeCloses: time,
    remlaaOutOfHoursAfter: time,
    teamNames: z.object({ yos: name, mash: name, outOfHours: name, placement: name, iro: name }).partial().strict(),
    handoverOffice: name,
    weekendCourtRota: name,
  })
  .partial()
  .strict();
