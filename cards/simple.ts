import type { FlowDefinition, Reference } from '../rules';
import { referencesByDocument } from './references';
import confirmTemplate from './templates/confirm.json';
import errorTemplate from './templates/error.json';
import helpTemplate from './templates/help.json';
import menuTemplate from './templates/menu.json';
import noticeTemplate from './templates/notice.json';
import { expand, PRIVACY_NOTE, type Card } from './template';

const flowList = (flows: readonly FlowDefinition[]) => flows.map((f) => ({ id: f.id, title: f.title, description: f.description }));

export function menuCard(flows: readonly FlowDefinition[], intro = 'What do you need to check? Tap one, or type your question.'): Card {
  return expand(menuTemplate, { title: 'Safeguarding Decision Assistant', intro, flows: flowList(flows), privacy: PRIVACY_NOTE });
}

export function helpCard(flows: readonly FlowDefinition[]): Card {
  return expand(helpTemplate, { flows: flowList(flows), privacy: PRIVACY_NOTE });
}

export function errorCard(title: string, message: string): Card {
  return expand(errorTemplate, { title, message });
}

/** A short explanation with its sources, shown before a flow starts (e.g. why a term is no longer used). */
export function noticeCard(title: string, text: string, references: readonly Reference[]): Card {
  return expand(noticeTemplate, { title, text, references: referencesByDocument(references) });
}

/** Asks before a check in progress is thrown away: "yes" sends `yesData` (with `confirm: true`), "no" carries on. */
export function confirmCard(title: string, text: string, yes: string, yesData: Record<string, unknown>, no = 'No, carry on'): Card {
  return expand(confirmTemplate, { title, text, yes, yesData: { ...yesData, confirm: true }, no });
}
