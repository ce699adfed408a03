import type { DialogInstance } from 'botbuilder-dialogs';
import type { AnswerValue } from '../rules';
import type { AnswerPromptOptions, PromptState } from './answerPrompt';

/** The flow dialog's id: the one dialog the stack holds. */
export const FLOW_DIALOG = 'flow';

/** The whole of a flow's progress: option values and ids only, never free text. */
export interface FlowState {
  flowId: string;
  answers: Record<string, AnswerValue>;
  /** Question ids in the order they were answered, for "back". */
  history: string[];
  problem?: string;
}

/** What the flow keeps on the dialog stack between turns: its progress and the question it is asking. */
export interface FlowDialogState extends PromptState {
  flow: FlowState;
}

type Stored = Record<string, unknown>;

const isRecord = (v: unknown): v is Stored => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

const isFlowState = (v: unknown): v is FlowState => isRecord(v) && typeof v.flowId === 'string' && isRecord(v.answers) && strings(v.history);

const isPromptOptions = (v: unknown): v is AnswerPromptOptions =>
  isRecord(v) &&
  typeof v.flowId === 'string' &&
  typeof v.questionId === 'string' &&
  typeof v.ask === 'string' &&
  typeof v.number === 'number' &&
  typeof v.maxQuestions === 'number' &&
  typeof v.canGoBack === 'boolean';

/* The older shapes below can go once every deployment has run this version for longer than a conversation's state
 * lives (STATE_TTL_SECONDS, a day by default): no conversation saved in them is left by then. */

/** Until December 2026 a flow was a component dialog: a waterfall ('flowLoop', the flow's progress as its
 * options) with the question's prompt ('answer') on top of it. A conversation saved then is read as the flow
 * dialog's state now, so that it carries on from its question after an upgrade. */
function fromComponentStack(state: Stored): FlowDialogState | undefined {
  const stack = isRecord(state.dialogs) && Array.isArray(state.dialogs.dialogStack) ? (state.dialogs.dialogStack as unknown[]) : [];
  const stateOf = (id: string): Stored | undefined => {
    const entry = stack.find((d) => isRecord(d) && d.id === id);
    return isRecord(entry) && isRecord(entry.state) ? entry.state : undefined;
  };
  const flow = stateOf('flowLoop')?.options;
  const prompt = stateOf('answer');
  if (!isFlowState(flow) || !prompt || !isPromptOptions(prompt.options)) return undefined;
  const { flowId, answers, history } = flow;
  return { flow: { flowId, answers, history }, options: prompt.options, shownCards: strings(prompt.shownCards) ? prompt.shownCards : [] };
}

/** The flow dialog's state from its place on the stack (upgraded there when it was saved in the older shape);
 * undefined when it cannot be read as a flow at all. */
export function upgradedFlowState(instance: DialogInstance): FlowDialogState | undefined {
  const state: unknown = instance.state;
  if (isRecord(state) && isFlowState(state.flow) && isPromptOptions(state.options)) {
    if (state.shownCards !== undefined && !strings(state.shownCards)) state.shownCards = [];
    return state as unknown as FlowDialogState;
  }
  const upgraded = isRecord(state) ? fromComponentStack(state) : undefined;
  if (upgraded) instance.state = upgraded;
  return upgraded;
}

/** Until December 2026 the stack's only entry was the main dialog, a component holding its router ('route') and
 * the flow in progress; now the stack holds the flow alone. */
function fromMainComponent(stack: DialogInstance[]): DialogInstance[] {
  const main = stack.length === 1 && stack[0].id === 'main' && isRecord(stack[0].state) ? stack[0].state : undefined;
  if (!main) return stack;
  const inner = isRecord(main.dialogs) && Array.isArray(main.dialogs.dialogStack) ? (main.dialogs.dialogStack as unknown[]) : [];
  const flow = inner.find((d): d is DialogInstance => isRecord(d) && d.id === FLOW_DIALOG && isRecord(d.state));
  return flow ? [{ id: FLOW_DIALOG, state: flow.state }] : [];
}

/** The stack as this version keeps it, rewritten in place: a flow saved in an older shape is upgraded, and one that
 * cannot be read as a flow at all is dropped. False when a check in progress had to be dropped. */
export function settleStack(stack: DialogInstance[]): boolean {
  const held = fromMainComponent(stack);
  const readable = held.length === 1 && held[0].id === FLOW_DIALOG && upgradedFlowState(held[0]) !== undefined;
  const dropped = held.length > 0 && !readable;
  stack.splice(0, stack.length, ...(readable ? held : []));
  return !dropped;
}
