import { describe, expect, it } from 'vitest';
import { checkNetworkDrive, isUncPath, mountTypeOf } from '../../electron/services/backup/networkDrive';

const PROC_MOUNTS = [
  'overlay / overlay rw,relatime 0 0',
  'tmpfs /tmp tmpfs rw 0 0',
  '//fileserver/parks /mnt/parks cifs rw,vers=3.0 0 0',
  'server:/export /home/staff/nfs\\040share nfs4 rw 0 0',
  'user@host:/data /media/ssh fuse.sshfs rw 0 0',
  '/dev/sda1 /mnt/parks/local ext4 rw 0 0',
].join('\n');

const linux = { platform: 'linux' as const, readProcMounts: () => PROC_MOUNTS };

describe('a store on a network drive', () => {
  it('is recognised from a Windows UNC path', () => {
    expect(isUncPath('\\\\fileserver\\parks\\parkdesk.sqlite')).toBe(true);
    expect(checkNetworkDrive('\\\\fileserver\\parks\\parkdesk.sqlite', { platform: 'win32' })).toEqual({ onNetworkDrive: true, kind: 'unc' });
    expect(checkNetworkDrive('C:\\Users\\wang\\AppData\\Roaming\\ParkDesk\\parkdesk.sqlite', { platform: 'win32' }).onNetworkDrive).toBe(false);
  });

  it('is recognised on Linux from the mount type: cifs, nfs4, sshfs', () => {
    expect(checkNetworkDrive('/mnt/parks/parkdesk.sqlite', linux)).toEqual({ onNetworkDrive: true, kind: 'cifs' });
    expect(checkNetworkDrive('/home/staff/nfs share/parkdesk.sqlite', linux)).toEqual({ onNetworkDrive: true, kind: 'nfs4' });
    expect(checkNetworkDrive('/media/ssh/x/parkdesk.sqlite', linux).kind).toBe('fuse.sshfs');
  });

  it('takes the innermost mount: a local disk mounted inside a share is local', () => {
    expect(checkNetworkDrive('/mnt/parks/local/parkdesk.sqlite', linux)).toEqual({ onNetworkDrive: false, kind: 'ext4' });
    expect(mountTypeOf('/mnt/parksandmore', PROC_MOUNTS)).toBe('overlay');
  });

  it('a local disk is not warned about', () => {
    expect(checkNetworkDrive('/tmp/data/parkdesk.sqlite', linux)).toEqual({ onNetworkDrive: false, kind: 'tmpfs' });
  });
});
