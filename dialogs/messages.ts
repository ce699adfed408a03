/** What the bot says in plain words. Kept together so the tone stays the same everywhere. */
export const messages = {
  stale: 'That card is out of date, so I have not changed anything. Here is the question we are on now.',
  finishedCard: 'That card is not part of a check you have open (it has finished, or it is someone else\'s), so nothing has changed. Start a new check from the menu.',
  malformed: 'I could not read that. Nothing has changed. Please tap a button on the latest card, or type your answer.',
  empty: 'I did not get an answer. Please tap a button, or type your answer.',
  cancelled: 'Cancelled. Nothing from this check has been kept.',
  nothingToGoBackTo: 'This is the first question, so there is nothing to go back to.',
  unknownFlow: 'I do not know that check. Here are the ones I can run.',
  notUnderstood: 'I can help with these checks. Tap one, or type a question such as "does this meet S.42?".',
  turnError: 'Sorry, something went wrong on my side and I could not finish that. Your earlier answers are safe where I could keep them; please try again, or type "restart".',
  decisionError: 'Sorry, I could not work out the outcome from those answers, so I have not shown one. Please type "restart" and try again; if it happens again, tell your system administrator.',
  storageUnavailable: 'Sorry, I cannot reach the store where I keep our conversation just now, so I have not recorded that. Please send it again in a minute or two; if this keeps happening, tell your system administrator.',
  expired: 'Your earlier check had no activity for too long, so it was closed and its answers were deleted. We are starting afresh.',
  crossed: 'That answer crossed with another one sent at the same moment, so I have not applied it. Here is the question we are on now.',
};
