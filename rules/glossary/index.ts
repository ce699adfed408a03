export { acronyms, type Acronym } from './acronyms';
