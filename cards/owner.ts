import type { Owner } from '../rules';

const SMALL_WORDS = new Set(['and', 'of', 'the', 'for', 'or']);

/** "Youth offending team" → "YOT". */
const initials = (text: string): string =>
  text
    .split(/[\s/]+/)
    .filter((w) => /^[a-z]/i.test(w) && !SMALL_WORDS.has(w.toLowerCase()))
    .map((w) => w[0].toUpperCase())
    .join('');

/** "Your agency" and "Own agency" name the same thing: the words that only say whose are dropped. */
const core = (text: string): string => text.toLowerCase().replace(/\b(your|own|their|the)\s+/g, '').trim();

const hasWord = (text: string, word: string): boolean => new RegExp(`(^|[^\\w])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w])`, 'i').test(text);

/** Whether the agency adds nothing to the role: the role already names it, in full or by its initials
 * ("YOT worker" of the "Youth offending team"; "Youth offending team" of "YOT/YOS"). */
function agencyInRole(role: string, agency: string): boolean {
  if (core(role).includes(core(agency))) return true;
  const agencyInitials = initials(agency);
  if (agencyInitials.length > 1 && hasWord(role, agencyInitials)) return true;
  const roleInitials = initials(role);
  return agency.split('/').some((part) => part.trim().toUpperCase() === roleInitials && roleInitials.length > 1);
}

/** "Duty manager, Youth offending service (YOS)"; the agency is left out where the role already names it
 * ("YOS", "CSC Out of Hours team", "YOT worker" of the "Youth offending team"), so no owner reads "YOS, YOS". */
export function ownerText(owner: Owner): string {
  const { role, agency } = owner;
  if (!agency || agencyInRole(role, agency)) return role;
  return `${role}, ${agency}`;
}
