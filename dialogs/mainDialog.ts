import {
  ComponentDialog,
  Dialog,
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { confirmCard, decisionRecordText, helpCard, menuCard, noticeCard, outcomeText, stepsCard } from '../cards';
import { flows, getFlow, resolveReferences, type Decision } from '../rules';
import { closePendingQuestion, pendingPrompt, pendingQuestion } from './answerPrompt';
import type { DialogDeps } from './deps';
import { FLOW_DIALOG, FlowDialog, startState } from './flowDialog';
import type { UserInput } from './input';
import { messages } from './messages';
import { cardReply, textReply } from './replies';
import { isReminderCommand, runReminderCommand, stepReminders } from './reminders';
import { runServiceCommand } from './myService';
import { rememberedService } from './userService';
import { inputOf } from './turnInput';
import { sharedIntentModel, understand } from './understanding';
import { answerTermQuestion, offerLikelyChecks, offerSwitch, startFromMessage } from './understanding/turns';

export const MAIN_DIALOG = 'main';
const ROUTE = 'route';

/** Routes what the user says to a flow, and handles help, cancel, restart and menu at any point. */
export class MainDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(MAIN_DIALOG);
    this.addDialog(new FlowDialog(deps));
    this.addDialog(new WaterfallDialog(ROUTE, [this.route.bind(this), async (step) => step.endDialog(step.result)]));
    this.initialDialogId = ROUTE;
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    if (innerDc.context.activity.type === 'message') {
      const input = inputOf(innerDc.context);
      if (input.kind === 'command' && input.command !== 'back') return this.interrupt(innerDc, input);
      if (input.kind === 'text' && (await this.aside(innerDc, input.text))) return Dialog.EndOfTurn;
      if (input.kind === 'malformed' && input.problem === 'unknownService') {
        await innerDc.context.sendActivity(textReply(messages.unknownService));
        await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
      }
    }
    return super.onContinueDialog(innerDc);
  }

  /** A question about a term, or a message naming another check, typed while a question is pending: answered
   * (or a switch offered) and the same question shown again. */
  private async aside(innerDc: DialogContext, text: string): Promise<boolean> {
    const pending = pendingPrompt(innerDc)?.options;
    if (!pending) return false;
    const handled =
      (await answerTermQuestion(innerDc.context, text, this.deps.settings)) || (await offerSwitch(innerDc.context, text, pending, this.deps.clock()));
    if (handled) await innerDc.repromptDialog();
    return handled;
  }

  private async interrupt(innerDc: DialogContext, input: Extract<UserInput, { kind: 'command' }>): Promise<DialogTurnResult> {
    if (isReminderCommand(input)) {
      await runReminderCommand(innerDc, this.deps, input);
      await innerDc.repromptDialog();
      return Dialog.EndOfTurn;
    }
    switch (input.command) {
      case 'myService':
        await runServiceCommand(innerDc, this.deps, input);
        await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
      case 'help':
        await this.explainQuestion(innerDc);
        await innerDc.context.sendActivity(cardReply(helpCard(flows), messages.helpText, on(innerDc)));
        await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
      case 'record':
      case 'steps':
        await this.sendKept(innerDc, input.command, input.decision);
        await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
      case 'resume':
        await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
      case 'restart': {
        const flowId = pendingFlow(innerDc);
        await closePendingQuestion(innerDc, messages.closedByRestart);
        await innerDc.cancelAllDialogs();
        return flowId ? innerDc.beginDialog(FLOW_DIALOG, startState(flowId)) : this.showMenu(innerDc);
      }
      case 'start':
        if (!input.confirm && pendingQuestion(innerDc)) return this.confirmStart(innerDc, input);
        await closePendingQuestion(innerDc, input.flow === pendingFlow(innerDc) ? messages.closedByRestart : messages.closedByStop);
        await innerDc.cancelAllDialogs();
        return this.start(innerDc, input.flow, input.carry);
      case 'cancel':
        await closePendingQuestion(innerDc, messages.closedByStop);
        await innerDc.cancelAllDialogs();
        await innerDc.context.sendActivity(textReply(messages.cancelled));
        return this.showMenu(innerDc);
      default:
        await closePendingQuestion(innerDc, messages.closedByStop);
        await innerDc.cancelAllDialogs();
        return this.showMenu(innerDc);
    }
  }

  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const input = inputOf(step.context);
    switch (input.kind) {
      case 'command':
        if (isReminderCommand(input)) {
          await runReminderCommand(step, this.deps, input);
          return step.endDialog();
        }
        if (input.command === 'start') return this.start(step, input.flow, input.carry);
        if (input.command === 'myService') {
          await runServiceCommand(step, this.deps, input);
          return step.endDialog();
        }
        if (input.command === 'help') {
          await step.context.sendActivity(cardReply(helpCard(flows), messages.helpText, on(step)));
          return step.endDialog();
        }
        if (input.command === 'record' || input.command === 'steps') {
          await this.sendKept(step, input.command, input.decision);
          return step.endDialog();
        }
        return this.showMenu(step);
      case 'text': {
        const understood = await understand(input.text, await sharedIntentModel(), this.deps.clock());
        switch (understood.kind) {
          case 'explain':
            await answerTermQuestion(step.context, input.text, this.deps.settings);
            return step.endDialog();
          case 'start':
            return step.beginDialog(FLOW_DIALOG, await startFromMessage(step.context, understood.flowId, understood.facts, input.text, this.deps.settings));
          case 'suggest':
            await offerLikelyChecks(step.context, understood.flowIds);
            return step.endDialog();
          case 'none':
            return this.showMenu(step, understood.unknownTerm ? messages.unknownTerm(understood.unknownTerm) : messages.notUnderstood);
        }
      }
      case 'submit':
        await step.context.sendActivity(textReply(messages.finishedCard));
        return this.showMenu(step);
      case 'malformed':
        if (input.problem === 'unknownService') {
          await step.context.sendActivity(textReply(messages.unknownService));
          await runServiceCommand(step, this.deps, { kind: 'command', command: 'myService' });
          return step.endDialog();
        }
        await step.context.sendActivity(textReply(messages.malformed));
        return this.showMenu(step);
      case 'empty':
        return this.showMenu(step);
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
  private async confirmStart(dc: DialogContext, input: Extract<UserInput, { kind: 'command' }>): Promise<DialogTurnResult> {
    const title = (input.flow && getFlow(input.flow)?.title) || 'another check';
    const pending = pendingQuestion(dc)!;
    const yes = input.flow === pending.flow.id ? 'Yes, start again' : `Yes, start: ${title}`;
    const data = { command: 'start', ...(input.flow ? { flow: input.flow } : {}), ...(input.carry ? { carry: input.carry } : {}) };
    const text = `${messages.confirmStart} In progress: ${pending.flow.title}, question ${pending.options.number}.`;
    await dc.context.sendActivity(cardReply(confirmCard('Close the check in progress?', text, yes, data), 'Close the check in progress?', { ...on(dc), plain: `${text} Type "menu" to close it, or answer the question to carry on.` }));
    return Dialog.EndOfTurn;
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
      await dc.context.sendActivity(cardReply(stepsCard(decision, id!, await this.reminderState(dc, id!), rememberedService(dc.context)), summary, { ...on(dc), plain: outcomeText(decision) }));
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

  private async start(dc: DialogContext, flowId: string | undefined, carry?: Record<string, string | number | string[]>): Promise<DialogTurnResult> {
    if (!flowId || !getFlow(flowId)) return this.showMenu(dc, messages.unknownFlow);
    return dc.beginDialog(FLOW_DIALOG, startState(flowId, carry));
  }

  private async showMenu(dc: DialogContext, intro?: string): Promise<DialogTurnResult> {
    await dc.context.sendActivity(cardReply(menuCard(flows, intro), intro ?? 'What do you need to check?', { ...on(dc), plain: menuText(intro) }));
    return dc.endDialog();
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
