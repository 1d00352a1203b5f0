export * from './auditLog';
export * from './checklists';
export * from './enterprises';
export * from './parks';
export * from './projects';
export * from './settings';
export * from './targeting';
export * from './workflows';
