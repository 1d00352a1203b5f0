/**
 * The park an application belongs to: its project's park, else its enterprise's. One definition for the dashboard's
 * approvals counts and the applications list's park filter, so the two agree.
 */
export function applicationParkSql(application: string, enterprise: string): string {
  return `COALESCE((SELECT pp.park_id FROM projects pp WHERE pp.id = ${application}.project_id), ${enterprise}.park_id)`;
}
