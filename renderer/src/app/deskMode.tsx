import { createContext, useContext } from 'react';

/** How the desk is being shown: demo store or real one, projector layout, and what the host can print. */
export interface DeskMode {
  demoMode: boolean;
  demoAvailable: boolean;
  canPrintToPdf: boolean;
  projector: boolean;
  setProjector(on: boolean): void;
  /** Switches stores (enter or leave the demo) and reloads every page's data. */
  setDemoMode(on: boolean): Promise<void>;
  /** Puts the demo store back to its pristine copy and reloads the page's data. */
  resetDemo(): Promise<void>;
}

const DEFAULT_MODE: DeskMode = {
  demoMode: false,
  demoAvailable: false,
  canPrintToPdf: false,
  projector: false,
  setProjector: () => {},
  setDemoMode: async () => {},
  resetDemo: async () => {},
};

export const DeskModeContext = createContext<DeskMode>(DEFAULT_MODE);

export function useDeskMode(): DeskMode {
  return useContext(DeskModeContext);
}

/** On a projector over real data, names of people and enterprises are masked by the API. */
export function namesMasked(mode: Pick<DeskMode, 'projector' | 'demoMode'>): boolean {
  return mode.projector && !mode.demoMode;
}
