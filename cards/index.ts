export { questionCard, questionText } from './question';
export { answeredCard, answeredText, type AnsweredView } from './answered';
export { outcomeCard, outcomeText, footerText } from './outcome';
export { menuCard, helpCard, errorCard, noticeCard } from './simple';
export { explanationCard, explanationText, switchOfferCard, type ExplanationView, type ExplainedTerm } from './explanation';
export { dueText } from './deadline';
export type { Card } from './template';
