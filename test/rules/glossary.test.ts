import { acronymFor, acronyms, acronymsUnexplained, getFlow, glossary, lookupTerm, resolveReferences, termQuestion } from '../../rules';

const sentences = (text: string): number => text.split(/(?<=[.!?])\s+(?=[A-Z"(])/).length;
const found = (text: string): string | undefined => {
  const hit = lookupTerm(text);
  return hit?.kind === 'term' ? hit.term.id : hit?.acronym.short;
};

describe('the glossary', () => {
  it('has at least 60 terms, each with a unique id', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(60);
    expect(new Set(glossary.map((t) => t.id)).size).toBe(glossary.length);
  });

  it.each(glossary.map((t) => [t.id, t] as const))('%s: two or three plain sentences, with sources that resolve', (_id, term) => {
    const n = sentences(term.definition);
    expect(n).toBeGreaterThanOrEqual(2);
    expect(n).toBeLessThanOrEqual(3);
    expect(term.definition).not.toMatch(/[≤≥<>]/);
    expect(() => resolveReferences(term.refs)).not.toThrow();
    // A term with no source section must say the procedures do not define it.
    if (term.refs.length === 0) expect(term.notDefined).toBeTruthy();
    if (term.flow) expect(getFlow(term.flow)).toBeDefined();
  });

  it('covers the terms new starters ask about', () => {
    for (const name of [
      'mappa category 1', 'mappa category 2', 'mappa category 3', 'mappa category 4', 'level 1', 'level 2', 'level 3', 'lead agency',
      'visor', 'dso', 's42', 'three conditions', 'msp', 'pipot', 'dols', 'imca', 'imha', 'remlaa', 'yda', 'pace bed', 'appropriate adult',
      'looked after', 's20', 's47', 'lado', 'mash', 'edt', 'dash', 'marac', 'idva',
    ]) {
      expect([name, found(name)]).toEqual([name, expect.any(String)]);
    }
  });

  it('says where the procedures do not define a term', () => {
    for (const id of ['pace-bed', 'edt', 'lado', 'pipot']) {
      expect(glossary.find((t) => t.id === id)?.notDefined).toBeTruthy();
    }
  });

  it.each([
    ['mappa cat 3', 'mappa-category-3'],
    ['cat3', 'mappa-category-3'],
    ['MAPPA category three', 'mappa-category-3'],
    ['level two', 'mappa-level-2'],
    ['pipot', 'pipot'],
    ['PiPoT', 'pipot'],
    ['appropiate adult', 'appropriate-adult'],
    ['s.42', 's42-enquiry'],
    ['section 47', 's47'],
    ['hoarding', 'self-neglect'],
    ['secure bed', 'secure-accommodation'],
    ['remand to local authority accomodation', 'remlaa'],
  ])('finds "%s" fuzzily', (text, id) => {
    expect(found(text)).toBe(id);
  });

  it('finds nothing for words that are not terms', () => {
    expect(lookupTerm('capital of france')).toBeUndefined();
  });
});

describe('acronyms', () => {
  it('spell DSO out as the seeds do (003 Kent 4.1.1)', () => {
    expect(acronymFor('DSO')?.long).toBe('Designated Senior Officer');
  });

  it('list each acronym once', () => {
    expect(new Set(acronyms.map((a) => a.short)).size).toBe(acronyms.length);
  });
});

describe('term questions', () => {
  it.each([
    ['what is MAPPA category 3?', { kind: 'define', subject: 'mappa category 3' }],
    ['what does level 2 mean', { kind: 'define', subject: 'level 2' }],
    ['What does DSO stand for?', { kind: 'standFor', subject: 'dso' }],
    ['explain pipot', { kind: 'define', subject: 'pipot' }],
    ["what's the difference between REMLAA and YDA?", { kind: 'difference', subjects: ['remlaa', 'yda'] }],
    ['DoLS meaning', { kind: 'define', subject: 'dols' }],
  ])('%s', (text, question) => {
    expect(termQuestion(text)).toEqual(question);
  });

  it.each(['what are our remand duties tonight', 'what do I do now', 'what is the lead agency for him', 'what time is it'])(
    'leaves a question about the case to the checks: %s',
    (text) => {
      expect(termQuestion(text)).toBeUndefined();
    },
  );
});

describe('acronyms left unexplained in a text', () => {
  it('lists those not spelt out, and not those that are', () => {
    expect(acronymsUnexplained('The DSO asks MAPPA (multi-agency public protection arrangements) for help.').map((a) => a.short)).toEqual(['DSO']);
    expect(acronymsUnexplained('A damask sofa')).toEqual([]);
  });
});
