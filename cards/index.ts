export { questionCard, questionText } from './question';
export { answeredCard, answeredText, closedCard, type AnsweredView } from './answered';
export { outcomeCard, outcomeText, footerText, basedOnText, stepsCard } from './outcome';
export { decisionRecordText } from './decisionRecord';
export { inPlainWords, inUsersWords, plainText, readableAnswer, spellOut } from './plainWords';
export { menuCard, helpCard, errorCard, noticeCard, confirmCard } from './simple';
export { explanationCard, explanationText, switchOfferCard, type ExplanationView, type ExplainedTerm } from './explanation';
export { dueText } from './deadline';
export type { Card } from './template';
