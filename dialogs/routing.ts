import type { FlowDefinition, Ref } from '../rules';
import { normalise } from './input';

export interface Route {
  flow: FlowDefinition;
  /** Term notes whose phrase the text contains (e.g. "Schedule 1" is no longer used). */
  termNotes: { text: string; refs: Ref[] }[];
}

/** The flow whose trigger phrase the text contains; the longest matching phrase wins, so that
 * "does this meet section 42" is not taken by a shorter phrase of another flow. */
export function routeText(text: string, flows: readonly FlowDefinition[]): Route | undefined {
  const t = ` ${normalise(text).replace(/[?.!]/g, ' ').replace(/\s+/g, ' ').trim()} `;
  let best: { flow: FlowDefinition; length: number } | undefined;
  for (const flow of flows) {
    for (const trigger of [flow.id, ...flow.triggers]) {
      const phrase = normalise(trigger).replace(/[?.!]/g, ' ').replace(/\s+/g, ' ').trim();
      if (phrase && t.includes(` ${phrase} `) && (!best || phrase.length > best.length)) best = { flow, length: phrase.length };
    }
  }
  if (!best) return undefined;
  return { flow: best.flow, termNotes: termNotesFor(best.flow, text) };
}

/** The flow's term notes whose phrase the text contains. */
export function termNotesFor(flow: FlowDefinition, text: string): Route['termNotes'] {
  const t = ` ${normalise(text).replace(/[?.!]/g, ' ').replace(/\s+/g, ' ').trim()} `;
  return (flow.termNotes ?? []).filter((n) => t.includes(` ${normalise(n.phrase)} `)).map((n) => ({ text: n.text, refs: n.refs }));
}
