export { MainDialog } from './mainDialog';
export type { DialogDeps } from './deps';
export { messages } from './messages';
export { holdService, serviceChange } from './userService';
