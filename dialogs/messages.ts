/** What the bot says in plain words. Kept together so the tone stays the same everywhere. */
export const messages = {
  busy: 'Still working on your last answer. Please wait a moment, then look at the latest card.',
  rateLimited:
    'You are sending messages faster than I can take them, so I have not read that one. Please wait a minute, then carry on: your check is where you left it.',
  helpText: 'Help: I ask a few questions and show what the procedures indicate, who decides, and the next steps. Type back, restart, cancel or menu at any time.',
  stale: 'That card is out of date, so I have not changed anything. Here is the question we are on now.',
  finishedCard: 'That card belongs to a check that has finished (or to someone else\'s check), so nothing has changed. To check something, pick it from the menu below.',
  malformed: 'I could not read that, so nothing has changed. Tap a button on the newest card, or type your answer.',
  empty: 'I did not get an answer. Tap a button on the newest card, or type your answer.',
  cancelled: 'Check cancelled. None of its answers have been kept.',
  nothingToGoBackTo: 'This is the first question, so there is nothing to go back to. Answer it, or type "cancel" to stop.',
  unknownFlow: 'I do not know that check. Here are the ones I can run.',
  notUnderstood: 'I can help with these checks. Tap one, or type a question such as "does this meet S.42?".',
  unknownTerm: (term: string) => `I have no explanation of "${term}". I can explain terms from the procedures, such as "MAPPA category 3" or "REMLAA", and run these checks.`,
  whichCheck: 'I am not sure which check you mean. Tap the right one, or type your question in other words.',
  takenFromMessage: (facts: string[]) => `From your message: ${facts.join('; ')}. Tap Back to change.`,
  turnError: 'Sorry, something went wrong on my side and I could not finish that. Any check you had open has been closed, so that nothing half-done is kept: please start again from the menu. If it keeps happening, tell your system administrator.',
  decisionError: 'Sorry, I could not work out the outcome from those answers, so I have not shown one. Type "menu" and start the check again; if it happens again, tell your system administrator, and follow your procedures in the meantime.',
  storageUnavailable: 'Sorry, I cannot save our conversation just now, so I have not recorded that. Please send it again in a minute or two. If it keeps happening, tell your system administrator, and follow your procedures in the meantime.',
  expired: 'Your earlier check was left unused for too long, so it was closed and its answers were deleted. I have started afresh with your new message.',
  crossed: 'That answer arrived at the same moment as another one, so I have not used it. Here is the question we are on now.',
};
