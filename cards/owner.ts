import type { Owner } from '../rules';

/** "Duty manager, Youth offending service (YOS)"; the agency is left out where the role already names it
 * ("YOS", "CSC Out of Hours team"), so no owner reads "YOS, YOS". */
export function ownerText(owner: Owner): string {
  const { role, agency } = owner;
  if (!agency || role.toLowerCase().includes(agency.toLowerCase())) return role;
  return `${role}, ${agency}`;
}
