export { MainDialog, MAIN_DIALOG } from './mainDialog';
export type { DialogDeps } from './deps';
export { messages } from './messages';
