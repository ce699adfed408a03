export { MainDialog, MAIN_DIALOG } from './mainDialog';
export type { DialogDeps } from './deps';
export { messages } from './messages';
export { holdService, serviceChange } from './userService';
