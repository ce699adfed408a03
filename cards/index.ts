export { questionCard, questionText, type QuestionView } from './question';
export { answeredCard, answeredText, type AnsweredView } from './answered';
export { outcomeCard, outcomeText, footerText, decidedByText, type OutcomeView } from './outcome';
export { menuCard, helpCard, errorCard, noticeCard } from './simple';
export { dueText } from './deadline';
export { PRIVACY_NOTE, type Card } from './template';
