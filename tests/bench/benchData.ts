import { ALL_PROJECT_STAGES } from '../../db/reference/investment';

/** What the generated bench stores cycle through: every stage (dropped too), the parks' main source countries and industries. */
export const BENCH_STAGES = ALL_PROJECT_STAGES;
export const BENCH_COUNTRIES = ['DE', 'JP', 'US', 'NL', 'KR', 'SG', 'FR', 'IT', 'CH', 'IL'];
export const BENCH_INDUSTRIES = ['367', '384', '397', '342', '276', '151', '381', '651'];
