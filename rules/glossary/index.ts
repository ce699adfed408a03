export { acronyms, commonCapitals, type Acronym } from './acronyms';
export { glossary, type GlossaryTerm } from './terms';
export { lookupTerm, acronymFor, acronymsUnexplained, type Lookup } from './lookup';
export { termQuestion, type TermQuestion } from './question';
