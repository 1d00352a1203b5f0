import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../db/client';
import { contextOverSession } from '../../electron/api/context';
import { createDispatch } from '../../electron/api/dispatch';
import { createStoreSession, StoreSwitchRefusedError } from '../../electron/services/storeSession';
import { makeTempDir } from '../helpers/tempStore';

const temp: Array<() => void> = [];
afterEach(() => temp.splice(0).forEach((cleanup) => cleanup()));

function twoStores() {
  const { dir, cleanup } = makeTempDir();
  temp.push(cleanup);
  const first = path.join(dir, 'real.sqlite');
  const second = path.join(dir, 'demo.sqlite');
  const session = createStoreSession(openStore(first), (file) => openStore(file));
  const dispatch = createDispatch(
    contextOverSession(session, { actor: '测试员', now: () => new Date(), appVersion: 'test', dataDir: dir }),
    { logError: () => {} },
  );
  temp.unshift(() => session.current.close());
  return { dir, first, second, session, dispatch };
}

const park = { name: '中德（长兴）国际产业合作园', kind: 'international_cooperation', level: 'provincial', divisionCode: '330522' };

describe('store session', () => {
  it('sends every call after a switch to the new store, and back again', async () => {
    const { first, second, session, dispatch } = twoStores();
    expect((await dispatch('parks.create', park)).ok).toBe(true);
    session.switchTo(second);
    const inDemo = await dispatch('parks.list', {});
    expect(inDemo.ok && (inDemo.value as { total: number }).total).toBe(0);
    session.switchTo(first);
    const back = await dispatch('parks.list', {});
    expect(back.ok && (back.value as { total: number }).total).toBe(1);
  });

  it('refuses to switch while long work runs, and allows it once the work ends', () => {
    const { second, session } = twoStores();
    const done = session.busy();
    expect(() => session.switchTo(second)).toThrow(StoreSwitchRefusedError);
    done();
    done();
    expect(session.switchTo(second).file).toBe(second);
  });

  it('keeps the current store when the new file cannot be opened', async () => {
    const { dir, first, session, dispatch } = twoStores();
    const garbage = path.join(dir, 'garbage.sqlite');
    fs.writeFileSync(garbage, 'this is not a database'.repeat(100));
    expect(() => session.switchTo(garbage)).toThrow();
    expect(session.current.file).toBe(first);
    expect((await dispatch('parks.list', {})).ok).toBe(true);
  });
});
