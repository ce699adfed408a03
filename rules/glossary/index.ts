export { acronyms, commonCapitals, type Acronym } from './acronyms';
