import { TEAMS, type Team } from '../rules';
import { serviceLabels } from './services';
import template from './templates/service.json';
import { expand, type Card } from './template';

/** "Mark your steps": the service the user is in, to pick, change or forget. */
export function serviceCard(current?: Team): Card {
  return expand(template, {
    current: current ? `Your steps are marked for: ${serviceLabels[current]}.` : 'I do not know your service yet, so no steps are marked "You".',
    team: current ?? '',
    services: TEAMS.map((team) => ({ team, label: serviceLabels[team] })),
  });
}

/** The same in plain text, for channels without cards. */
export function serviceText(current?: Team): string {
  const now = current ? `Your steps are marked for: ${serviceLabels[current]}.` : 'I do not know your service yet.';
  return `${now} Picking your service needs a card: open this chat in Teams and type "my service".`;
}
