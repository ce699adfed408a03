import type { ProcedureDocument } from './types';
import { documents as s42Marac } from './s42-marac';
import { documents as remand } from './remand';

/** Every catalogue file, one entry each; a flow's reference must resolve in one of them. */
export const catalogues: ProcedureDocument[][] = [s42Marac, remand];

export const documents: ProcedureDocument[] = catalogues.flat();
