import { remembered, type Owner } from '../rules';

const SMALL_WORDS = new Set(['and', 'of', 'the', 'for', 'or']);

/** Words that say only whose or how many ("Your agency", "All agencies"): they name nothing themselves. */
const NAMING_NOTHING = new Set([...SMALL_WORDS, 'a', 'an', 'your', 'own', 'their', 'all', 'every', 'each', 'any']);

/** "Youth offending team" → "YOT". */
const initials = (text: string): string =>
  text
    .split(/[\s/-]+/)
    .filter((w) => /^[a-z]/i.test(w) && !SMALL_WORDS.has(w.toLowerCase()))
    .map((w) => w[0].toUpperCase())
    .join('');

/** "Your agency" and "Own agency" name the same thing: the words that only say whose are dropped. */
const core = (text: string): string => text.toLowerCase().replace(/\b(your|own|their|the)\s+/g, '').trim();

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const hasWord = (text: string, word: string): boolean => new RegExp(`(^|[^\\w])${escape(word)}($|[^\\w])`, 'i').test(text);

/** A name given with its acronym reads as the acronym: "Children's social care (CSC) Out of Hours team" →
 * "CSC Out of Hours team", "MASH (Multi-Agency Safeguarding Hub)" → "MASH". */
const byAcronym = (text: string): string =>
  text
    .replace(/((?:[\w'’-]+\s+){0,5}[\w'’-]+)\s+\(([A-Z]{2,}(?:\/[A-Z]{2,})*)\)/g, (whole, name: string, acronyms: string) => {
      const words = name.split(/\s+/);
      for (let start = 0; start < words.length; start++) {
        if (acronyms.split('/').includes(initials(words.slice(start).join(' ')))) return [...words.slice(0, start), acronyms].join(' ');
      }
      return whole;
    })
    .replace(/\b([A-Z]{2,})\s+\(([^()]+)\)/g, (whole, acronym: string, spelt: string) => (initials(spelt) === acronym ? acronym : whole));

/** The words a text names things by: lower case, one form for "agency" and "agencies". */
const words = (text: string): string[] =>
  byAcronym(text)
    .toLowerCase()
    .split(/[^\p{L}'’-]+/u)
    .filter((w) => w && !NAMING_NOTHING.has(w))
    .map((w) => w.replace(/ies$/, 'y').replace(/([^s])s$/, '$1'));

/** The agencies a text lists at its top level ("A and B", "A or B", "A, B"), never split inside brackets. */
function listed(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    else if (depth === 0) {
      const separator = /^(, | and | or )/.exec(text.slice(i));
      if (separator) {
        parts.push(text.slice(start, i));
        start = i + separator[0].length;
        i = start - 1;
      }
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** Whether the role names this agency already: in full, by its initials, or in the same words ("YOT worker" of
 * the "Youth offending team"; "All agencies involved" of "Every agency involved"). "YOT/YOS" are two names of one
 * agency: either will do. */
function named(role: string, agency: string): boolean {
  if (agency.split('/').some((name) => core(role).includes(core(name)))) return true;
  const agencyInitials = initials(agency);
  if (agencyInitials.length > 1 && hasWord(role, agencyInitials)) return true;
  const roleWords = new Set(words(role));
  const agencyWords = words(agency);
  return agencyWords.length > 0 && agencyWords.every((w) => roleWords.has(w));
}

/** Whether the agency adds nothing to the role: the role names every agency it lists ("Police and youth
 * offending team" of "Police and YOT worker"), or the role is the agency's initials ("Youth offending team" of
 * "YOT/YOS"). */
function agencyInRole(role: string, agency: string): boolean {
  const roleInitials = initials(role);
  if (roleInitials.length > 1 && agency.split('/').some((name) => name.trim().toUpperCase() === roleInitials)) return true;
  return listed(agency).every((one) => named(role, one));
}

/** A role named by the first word of the agency reads as the agency: "CSC (decides)" of the "Children's social
 * care (CSC) Out of Hours team" → "CSC Out of Hours team (decides)". */
function roleInAgency(role: string, agency: string): string | undefined {
  const short = byAcronym(agency);
  const [first] = role.split(/[\s,;(]/);
  const rest = role.slice(first.length);
  if (short === agency || !/^[A-Z]{2,}$/.test(first) || !/^($| \(|,)/.test(rest)) return undefined;
  if (!short.startsWith(`${first} `) || / (and|or) |[,;()]/.test(short)) return undefined;
  return `${short}${rest}`;
}

function single(role: string, agency: string | undefined): string {
  if (!agency || agencyInRole(role, agency)) return role;
  return roleInAgency(role, agency) ?? `${role}, ${agency}`;
}

/** A role that is the asker: "You", "You (the referring practitioner)", "You and your manager". */
const YOU_ROLE = /^You\b/;
/** An agency that only says it is the asker's own ("Your agency", "Your own service"). */
const onlyTheAskers = (agency: string): boolean => /^(your|their)\b/i.test(agency) && words(agency).every((w) => w === 'agency' || w === 'service');

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** An asker's role on a step already marked "You", without saying "You" again; their service stands in its
 * place: "You (the referring practitioner)" in Health → "The referring practitioner, Health"; "You and your
 * manager" → "Housing, with your manager"; "You; the manager decides" → "Your agency; the manager decides". */
function markedRole(role: string, agency = 'Your agency'): string {
  const rest = role.replace(YOU_ROLE, '').trim();
  const bracketed = /^\(([^()]+)\)$/.exec(rest);
  if (!rest) return agency;
  if (bracketed) return `${capitalised(bracketed[1])}, ${agency}`;
  if (/^(and|with) /.test(rest)) return `${agency}, with ${rest.replace(/^(and|with) /, '')}`;
  if (/^[;,]/.test(rest)) return `${agency}${rest.charAt(0)} ${rest.slice(1).trim()}`;
  return `${capitalised(rest)}, ${agency}`;
}

export interface OwnerTextOptions {
  /** The step is marked "You" on the card: an owner that is "You" is not said twice. */
  markedYou?: boolean;
}

/** "Duty manager, Youth offending service (YOS)"; the agency is left out where the role already names it
 * ("YOS", "CSC Out of Hours team", "YOT worker" of the "Youth offending team"), so no owner reads "YOS, YOS".
 * Roles and agencies listed in step ("A; B" of "agency A; agency B") are read in pairs. An owner that is "You"
 * is "You" once: on a step marked "You" the owner names the service instead; "You, Your agency" reads "You". */
export function ownerText(owner: Owner, options: OwnerTextOptions = {}): string {
  return ownerWords(`${options.markedYou ? 'you' : ''}\u0000${owner.role}\u0000${owner.agency ?? ''}`);
}

/** Every card names its owners: each distinct owner is worked out once. */
const ownerWords = remembered((key: string): string => {
  const [marked, role, agencyText] = key.split('\u0000');
  const agency = agencyText || undefined;
  if (YOU_ROLE.test(role)) {
    if (marked) return markedRole(role, agency);
    if (agency && onlyTheAskers(agency)) return role;
  }
  const roles = role.split('; ');
  const agencies = agency?.split('; ') ?? [];
  if (roles.length > 1 && roles.length === agencies.length) return roles.map((r, i) => single(r, agencies[i])).join('; ');
  return single(role, agency);
});
