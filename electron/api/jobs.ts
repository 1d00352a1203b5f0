import { jobIdInput } from './contract/importSchemas';
import { query } from './defineMethod';
import { jobs } from '../services/jobs/jobRegistry';

/** Progress and cancel of long work (imports, exports). Neither writes to the store, so both are queries. */
export const jobsApi = {
  'jobs.get': query(jobIdInput, (_ctx, { jobId }) => jobs.get(jobId)),
  'jobs.cancel': query(jobIdInput, (_ctx, { jobId }) => jobs.cancel(jobId)),
};
