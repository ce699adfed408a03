import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { DialogSet, type DialogContext, type DialogState } from 'botbuilder-dialogs';
import { confirmCard, decisionRecordText, helpCard, menuCard, noticeCard, outcomeText, stepsCard } from '../cards';
import { flows, getFlow, resolveReferences, type Decision } from '../rules';
import { closePendingQuestion, pendingPrompt, pendingQuestion } from './answerPrompt';
import type { DialogDeps } from './deps';
import { FlowDialog, startState } from './flowDialog';
import { FLOW_DIALOG, settleStack } from './storedFlow';
import type { UserInput } from './input';
import { messages } from './messages';
import { cardReply, textReply } from './replies';
import { isReminderCommand, runReminderCommand, stepReminders } from './reminders';
import { runServiceCommand } from './myService';
import { rememberedService } from './userService';
import { inputOf } from './turnInput';
import { sharedIntentModel, understand } from './understanding';
import { answerTermQuestion, offerLikelyChecks, offerSwitch, startFromMessage } from './understanding/turns';

/** Routes what the user says to a flow, and handles help, cancel, restart and menu at any point. The dialog stack
 * holds at most the flow in progress: a turn with no flow is routed here, and a turn with one goes to it unless it
 * is a command or an aside, which are handled here first. */
export class MainDialog {
  private readonly dialogs: DialogSet;
  private readonly flow: FlowDialog;

  constructor(private readonly deps: DialogDeps, stack: StatePropertyAccessor<DialogState>) {
    this.dialogs = new DialogSet(stack);
    this.flow = new FlowDialog(deps);
    this.dialogs.add(this.flow);
  }

  /** One turn: the user's message, with the conversation's dialog stack held for the turn. A check in progress that
   * cannot be read (a damaged state) is closed with a word to the user, and the message is routed as a new one. */
  async run(context: TurnContext): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    if (!settleStack(dc.stack)) await context.sendActivity(textReply(messages.checkUnreadable));
    if (!dc.activeDialog) return this.route(dc);
    if (await this.handledBeside(dc)) return;
    // The stack holds the flow alone, so the turn goes to it directly: DialogContext.continueDialog would first
    // raise an "activity received" event through the stack, which nothing here handles.
    await this.flow.continueDialog(dc);
  }

  /** Shows the question pending, if any (after a turn that crossed another). */
  async reprompt(context: TurnContext): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    settleStack(dc.stack);
    await this.repromptFlow(dc);
  }

  /** The flow's question shown again (directly, for the reason run gives), if a flow is in progress. */
  private async repromptFlow(dc: DialogContext): Promise<void> {
    const instance = dc.activeDialog;
    if (instance) await this.flow.repromptDialog(dc.context, instance);
  }

  /** A command, an aside, or a service not known, while a flow is in progress: handled here, and true. */
  private async handledBeside(dc: DialogContext): Promise<boolean> {
    const input = inputOf(dc.context);
    if (input.kind === 'command' && input.command !== 'back') {
      await this.interrupt(dc, input);
      return true;
    }
    if (input.kind === 'text') return this.aside(dc, input.text);
    if (input.kind === 'malformed' && input.problem === 'unknownService') {
      await dc.context.sendActivity(textReply(messages.unknownService));
      await this.repromptFlow(dc);
      return true;
    }
    return false;
  }

  /** A question about a term, or a message naming another check, typed while a question is pending: answered
   * (or a switch offered) and the same question shown again. */
  private async aside(dc: DialogContext, text: string): Promise<boolean> {
    const pending = pendingPrompt(dc)?.options;
    if (!pending) return false;
    const handled =
      (await answerTermQuestion(dc.context, text, this.deps.settings)) || (await offerSwitch(dc.context, text, pending, this.deps.clock()));
    if (handled) await this.repromptFlow(dc);
    return handled;
  }

  private async interrupt(dc: DialogContext, input: Extract<UserInput, { kind: 'command' }>): Promise<void> {
    if (isReminderCommand(input)) {
      await runReminderCommand(dc, this.deps, input);
      await this.repromptFlow(dc);
      return;
    }
    switch (input.command) {
      case 'myService':
        await runServiceCommand(dc, this.deps, input);
        await this.repromptFlow(dc);
        return;
      case 'help':
        await this.explainQuestion(dc);
        await dc.context.sendActivity(cardReply(helpCard(flows), messages.helpText, on(dc)));
        await this.repromptFlow(dc);
        return;
      case 'record':
      case 'steps':
        await this.sendKept(dc, input.command, input.decision);
        await this.repromptFlow(dc);
        return;
      case 'resume':
        await this.repromptFlow(dc);
        return;
      case 'restart': {
        const flowId = pendingFlow(dc);
        await closePendingQuestion(dc, messages.closedByRestart);
        await dc.cancelAllDialogs();
        if (flowId) await dc.beginDialog(FLOW_DIALOG, startState(flowId));
        else await this.showMenu(dc);
        return;
      }
      case 'start':
        if (!input.confirm && pendingQuestion(dc)) return this.confirmStart(dc, input);
        await closePendingQuestion(dc, input.flow === pendingFlow(dc) ? messages.closedByRestart : messages.closedByStop);
        await dc.cancelAllDialogs();
        return this.start(dc, input.flow, input.carry);
      case 'cancel':
        await closePendingQuestion(dc, messages.closedByStop);
        await dc.cancelAllDialogs();
        await dc.context.sendActivity(textReply(messages.cancelled));
        return this.showMenu(dc);
      default:
        await closePendingQuestion(dc, messages.closedByStop);
        await dc.cancelAllDialogs();
        return this.showMenu(dc);
    }
  }

  /** A message with no flow in progress: a command, a question about a term, or a flow to start. */
  private async route(dc: DialogContext): Promise<void> {
    const input = inputOf(dc.context);
    switch (input.kind) {
      case 'command':
        if (isReminderCommand(input)) return runReminderCommand(dc, this.deps, input);
        if (input.command === 'start') return this.start(dc, input.flow, input.carry);
        if (input.command === 'myService') return runServiceCommand(dc, this.deps, input);
        if (input.command === 'help') {
          await dc.context.sendActivity(cardReply(helpCard(flows), messages.helpText, on(dc)));
          return;
        }
        if (input.command === 'record' || input.command === 'steps') return this.sendKept(dc, input.command, input.decision);
        return this.showMenu(dc);
      case 'text': {
        const understood = await understand(input.text, await sharedIntentModel(), this.deps.clock());
        switch (understood.kind) {
          case 'explain':
            await answerTermQuestion(dc.context, input.text, this.deps.settings);
            return;
          case 'start':
            await dc.beginDialog(FLOW_DIALOG, await startFromMessage(dc.context, understood.flowId, understood.facts, input.text, this.deps.settings));
            return;
          case 'suggest':
            return offerLikelyChecks(dc.context, understood.flowIds);
          case 'none':
            return this.showMenu(dc, understood.unknownTerm ? messages.unknownTerm(understood.unknownTerm) : messages.notUnderstood);
        }
      }
      case 'submit':
        await dc.context.sendActivity(textReply(messages.finishedCard));
        return this.showMenu(dc);
      case 'malformed':
        if (input.problem === 'unknownService') {
          await dc.context.sendActivity(textReply(messages.unknownService));
          return runServiceCommand(dc, this.deps, { kind: 'command', command: 'myService' });
        }
        await dc.context.sendActivity(textReply(messages.malformed));
        return this.showMenu(dc);
      case 'empty':
        return this.showMenu(dc);
    }
  }

  /** "help" on a question explains that question first: its notes from the procedures and their sections. */
  private async explainQuestion(dc: DialogContext): Promise<void> {
    const pending = pendingQuestion(dc);
    if (!pending) return;
    const { question, options } = pending;
    const text = `${question.text}\n\n${question.help ?? messages.questionHelpNone}`;
    const card = noticeCard(`About question ${options.number}`, text, resolveReferences(question.refs, this.deps.settings.procedureUrls));
    await dc.context.sendActivity(cardReply(card, `About question ${options.number}`, { ...on(dc), plain: text }));
  }

  /** A check in progress is not thrown away by a tap on an old outcome or menu card without asking first. */
  private async confirmStart(dc: DialogContext, input: Extract<UserInput, { kind: 'command' }>): Promise<void> {
    const title = (input.flow && getFlow(input.flow)?.title) || 'another check';
    const pending = pendingQuestion(dc)!;
    const yes = input.flow === pending.flow.id ? 'Yes, start again' : `Yes, start: ${title}`;
    const data = { command: 'start', ...(input.flow ? { flow: input.flow } : {}), ...(input.carry ? { carry: input.carry } : {}) };
    const text = `${messages.confirmStart} In progress: ${pending.flow.title}, question ${pending.options.number}.`;
    await dc.context.sendActivity(cardReply(confirmCard('Close the check in progress?', text, yes, data), 'Close the check in progress?', { ...on(dc), plain: `${text} Type "menu" to close it, or answer the question to carry on.` }));
  }

  /** From the decision kept by id, so that it works after the conversation's state has gone: the record as a
   * plain message, or every step on a card. */
  private async sendKept(dc: DialogContext, what: 'record' | 'steps', id: string | undefined): Promise<void> {
    let decision: Decision | undefined;
    try {
      decision = id ? await this.deps.decisions?.find(id) : undefined;
    } catch {
      await dc.context.sendActivity(textReply(messages.recordUnavailable));
      return;
    }
    if (!decision) await dc.context.sendActivity(textReply(messages.recordGone));
    else if (what === 'steps') {
      const summary = `All steps (${decision.nextSteps.length}): ${decision.outcome.label}`;
      await dc.context.sendActivity(cardReply(stepsCard(decision, id!, await this.reminderState(dc, id!), rememberedService(dc.context)), summary, { ...on(dc), plain: () => outcomeText(decision) }));
    } else await dc.context.sendActivity(textReply(`${messages.recordIntro}\n\n${asLines(decisionRecordText(decision))}`));
  }

  /** The reminders shown on a kept decision's cards; none (no buttons) when the scheduler cannot be reached. */
  private async reminderState(dc: DialogContext, decisionId: string) {
    try {
      return await stepReminders(dc, this.deps, decisionId);
    } catch {
      return undefined;
    }
  }

  private async start(dc: DialogContext, flowId: string | undefined, carry?: Record<string, string | number | string[]>): Promise<void> {
    if (!flowId || !getFlow(flowId)) return this.showMenu(dc, messages.unknownFlow);
    await dc.beginDialog(FLOW_DIALOG, startState(flowId, carry));
  }

  private async showMenu(dc: DialogContext, intro?: string): Promise<void> {
    await dc.context.sendActivity(cardReply(menuCard(flows, intro), intro ?? 'What do you need to check?', { ...on(dc), plain: menuText(intro) }));
  }
}

/** Clients read a message as Markdown, which joins single lines into one paragraph: each line ends in a line break. */
const asLines = (text: string): string => text.replace(/([^\n])\n(?!\n)/g, '$1  \n');

/** The channel a reply goes to: its plain text is added only where cards cannot be shown. */
const on = (dc: DialogContext): { channelId?: string } => ({ channelId: dc.context.activity.channelId });

/** The menu in plain text, for channels without cards: the checks, and how to start one by typing. */
const menuText = (intro?: string): string =>
  [intro ?? 'What do you need to check?', 'I can run these checks:', ...flows.map((f) => `- ${f.title}`), 'Type your question, for example "does this meet S.42?".'].join('\n');

/** The flow of the question being asked. */
const pendingFlow = (dc: DialogContext): string | undefined => pendingPrompt(dc)?.options.flowId;
