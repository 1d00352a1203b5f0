type Listener = (...args: any[]) => void;

/** Records what the hardening installs on a webContents and lets a test play the page's moves. */
export class FakeWebContents {
  readonly listeners = new Map<string, Listener[]>();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  /** The options of each printToPDF call; the fake answers with a tiny PDF. */
  readonly printed: Record<string, unknown>[] = [];

  async printToPDF(options: Record<string, unknown>): Promise<Buffer> {
    this.printed.push(options);
    return Buffer.from('%PDF-1.4 fake');
  }

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.windowOpenHandler = handler;
  }

  /** Fires a preventable event the way Electron does; returns true when a listener cancelled it. */
  private fire(event: string, ...args: unknown[]): boolean {
    let prevented = false;
    const electronEvent = { preventDefault: () => (prevented = true) };
    for (const listener of this.listeners.get(event) ?? []) listener(electronEvent, ...args);
    return prevented;
  }

  /** The page tries to navigate (link, location.href, dropped file); true when it was stopped. */
  navigate(url: string): boolean {
    return this.fire('will-navigate', url);
  }

  redirect(url: string): boolean {
    return this.fire('will-redirect', url);
  }

  attachWebview(): boolean {
    return this.fire('will-attach-webview', {}, {});
  }

  /** The page calls window.open; returns what the handler decided (Electron allows when none is set). */
  openWindow(url: string): string {
    return this.windowOpenHandler ? this.windowOpenHandler({ url }).action : 'allow';
  }
}
