import { z } from 'zod';

/** Area setting of the `mappa` flow (spec §1.1). Areas still working to the 2012-era national guidance or
 * the West Midlands 2015 memorandum have three categories only; `off` drops the Category 4 rules. */
export interface MappaSettings {
  category4: 'on' | 'off';
}

export const defaultSettings: MappaSettings = { category4: 'on' };

export const settingsSchema = z.object({ category4: z.enum(['on', 'off']) }).partial().strict();
