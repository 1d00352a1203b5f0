import type { ClockReading } from '../workflowTypes';

/** The statutory (法定) and promised (承诺) reading of one clock. */
export interface ClockPair {
  statutory: ClockReading;
  promised: ClockReading;
}
