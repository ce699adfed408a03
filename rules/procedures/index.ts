import type { ProcedureDocument } from './types';
import { documents as s42Marac } from './s42-marac';
import { documents as remand } from './remand';
import { documents as mappaRtc } from './mappa-rtc';

/** Every catalogue file, one entry each; a flow's reference must resolve in one of them. */
export const catalogues: ProcedureDocument[][] = [s42Marac, remand, mappaRtc];

export const documents: ProcedureDocument[] = catalogues.flat();
