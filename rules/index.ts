/** The rules API (DESIGN.md): pure, no botbuilder, no I/O, no clock reads. */
export { flows, getFlow, nextQuestion, nextQuestionOnPath, pathOf, decide, flowSettings, settingsProblems, InvalidAnswersError } from './engine';
export type { NextQuestion, DecideOptions } from './engine';
export { checkAnswer, answerLabel } from './answers';
export { resolveReference, resolveReferences, procedureDocument, UnknownReferenceError } from './references';
export { documents as procedureDocuments } from './procedures';
export { remembered } from './memo';
export * from './model';
export * from './glossary';
export * from './nlu';
