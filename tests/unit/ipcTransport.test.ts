import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../electron/api/contract/methodNames';
import { createDispatch } from '../../electron/api/dispatch';
import { registerIpc, type InvokeEventLike, type SenderFrameLike } from '../../electron/transports/ipc';
import { openTestApp, type TestApp } from '../helpers/tempStore';

const mainFrame: SenderFrameLike = { url: 'app://parkdesk/index.html', origin: 'app://parkdesk', parent: null };
const park = {
  name: '中德（嘉兴）产业合作园',
  kind: 'international_cooperation',
  level: 'provincial',
  partnerCountries: ['DE'],
  divisionCode: '330400',
};

function rowCount(app: TestApp, table: 'parks' | 'audit_log'): number {
  return (app.store.sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
}

describe('IPC transport', () => {
  let app: TestApp;
  let handlers: Map<string, (event: InvokeEventLike, input: unknown) => Promise<unknown>>;
  let dispatch: ReturnType<typeof vi.fn<ReturnType<typeof createDispatch>>>;

  beforeEach(() => {
    app = openTestApp();
    dispatch = vi.fn(createDispatch(app.ctx, { logError: () => {} }));
    handlers = new Map();
    registerIpc({ handle: (channel, listener) => void handlers.set(channel, listener) }, dispatch);
  });
  afterEach(() => app.close());

  const invoke = (channel: string, senderFrame: SenderFrameLike | null, input: unknown) => handlers.get(channel)!({ senderFrame }, input);

  it('registers one channel per registry method and no other', () => {
    expect([...handlers.keys()].sort()).toEqual(METHOD_NAMES.map((m) => `api:${m}`).sort());
    expect(handlers.has('api:fs.readFile')).toBe(false);
    expect(handlers.has('parks.list')).toBe(false);
  });

  it('creates a park for the app window and records the operator', async () => {
    const result = await invoke('api:parks.create', mainFrame, park);
    expect(result).toMatchObject({ ok: true, value: { name: park.name, partnerCountries: ['DE'] } });
    expect(rowCount(app, 'parks')).toBe(1);
    const audit = app.store.sqlite.prepare('SELECT actor, action FROM audit_log').get();
    expect(audit).toEqual({ actor: '测试员', action: 'create' });
  });

  it('returns VALIDATION for bad input and writes nothing', async () => {
    const result = await invoke('api:parks.create', mainFrame, { ...park, name: '', divisionCode: '110000' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: expect.arrayContaining([expect.objectContaining({ path: 'name' })]) } },
    });
    expect(rowCount(app, 'parks')).toBe(0);
    expect(rowCount(app, 'audit_log')).toBe(0);
  });

  const foreignSenders: [string, SenderFrameLike | null][] = [
    ['a subframe of the app page', { ...mainFrame, parent: mainFrame }],
    ['a page on http://evil.example', { url: 'http://evil.example/', origin: 'http://evil.example', parent: null }],
    ['a page claiming the app URL with another origin', { url: 'app://parkdesk/index.html', origin: 'null', parent: null }],
    ['another host on the app scheme', { url: 'app://evil/index.html', origin: 'app://evil', parent: null }],
    ['a frame that is already gone', null],
  ];

  it.each(foreignSenders)('refuses %s with FORBIDDEN and never reaches the API', async (_name, senderFrame) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const result = await invoke('api:parks.create', senderFrame, park);
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dispatch).not.toHaveBeenCalled();
    expect(rowCount(app, 'parks')).toBe(0);
    expect(rowCount(app, 'audit_log')).toBe(0);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('refused parks.create'));
    warn.mockRestore();
  });
});
