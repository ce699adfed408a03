/** A message that asks what a term means, rather than asking for a check. */
export type TermQuestion =
  | { kind: 'define'; subject: string }
  | { kind: 'standFor'; subject: string }
  | { kind: 'difference'; subjects: [string, string] };

/** Words that make a "what is …" message about the user's own case rather than about a term: "what are our
 * remand duties", "what is the lead agency for him", "what do I do now". */
const ABOUT_A_CASE = /\b(?:our|my|we|i|me|this|that|these|he|she|they|his|her|him|them|it|you|your|should|do|happens?|next|now|tonight|today|case|time|weather)\b/;

const clean = (s: string): string => s.trim().replace(/^(?:an?|the)\s+/, '').replace(/\s+/g, ' ');

function subjectOk(subject: string): boolean {
  const words = subject.split(' ');
  return subject.length > 0 && words.length <= 6 && !ABOUT_A_CASE.test(subject);
}

const PATTERNS: [RegExp, 'define' | 'standFor' | 'difference'][] = [
  [/^(?:what(?:'s|s)?|wat|wot)\s+(?:is\s+|are\s+)?(?:the\s+)?(?:difference|diff)\s+between\s+(.+?)\s+(?:and|vs|versus)\s+(.+)$/, 'difference'],
  [/^(?:the\s+)?(?:difference|diff)\s+between\s+(.+?)\s+(?:and|vs|versus)\s+(.+)$/, 'difference'],
  [/^(?:what|wat|wot)\s+(?:does|do|is|are)\s+(.+?)\s+stands?\s+for$/, 'standFor'],
  [/^(.+?)\s+stands?\s+for\s+what$/, 'standFor'],
  [/^(?:what|wat|wot)\s+(?:does|do)\s+(.+?)\s+(?:mean|means)$/, 'define'],
  [/^(?:what(?:'s|s)?|wat|wot)\s+(?:is|are)\s+(?:meant by\s+)?(.+)$/, 'define'],
  [/^(?:what(?:'s|s))\s+(?:meant by\s+)?(.+)$/, 'define'],
  [/^(?:define|definition of|meaning of|explain|explain what|tell me about|tell me what|can you explain|please explain)\s+(.+?)(?:\s+(?:is|are|means))?$/, 'define'],
  [/^(.+?)\s+(?:meaning|definition|explained)$/, 'define'],
  [/^(?:who|what)\s+is\s+(?:an?|the)\s+(.+)$/, 'define'],
];

/** Reads "what is …", "what does … mean / stand for", "explain …", "difference between … and …". */
export function termQuestion(text: string): TermQuestion | undefined {
  const t = text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[?!.]+\s*$/g, '').replace(/\s+/g, ' ').trim();
  for (const [pattern, kind] of PATTERNS) {
    const m = pattern.exec(t);
    if (!m) continue;
    if (kind === 'difference') {
      const subjects: [string, string] = [clean(m[1]), clean(m[2])];
      return subjects.every(subjectOk) ? { kind, subjects } : undefined;
    }
    const subject = clean(m[1]);
    return subjectOk(subject) ? { kind, subject } : undefined;
  }
  return undefined;
}
