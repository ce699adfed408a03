import type { Owner } from '../rules';

export const ownerText = (owner: Owner): string => (owner.agency ? `${owner.role}, ${owner.agency}` : owner.role);
