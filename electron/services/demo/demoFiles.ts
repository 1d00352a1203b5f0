import path from 'node:path';

/** The demo store lives in its own folder, never beside the real store: `<dataDir>/demo/`. */
export function demoDir(dataDir: string): string {
  return path.join(dataDir, 'demo');
}

export function demoStoreFile(dataDir: string): string {
  return path.join(demoDir(dataDir), 'parkdesk-demo.sqlite');
}

/** Built once per app version from the demo seed; reset copies it over the demo store. */
export function pristineDemoFile(dataDir: string, appVersion: string): string {
  return path.join(demoDir(dataDir), `parkdesk-demo-pristine-${appVersion.replace(/[^\w.-]/g, '_')}.sqlite`);
}

export function isDemoStoreFile(dataDir: string, file: string): boolean {
  return path.resolve(file) === path.resolve(demoStoreFile(dataDir));
}
