export * from './auditLog';
export * from './parks';
export * from './settings';
