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

  it('is recognised on Windows from a drive letter mapped to a share: the native realpath answers with its UNC path', () => {
    const realpaths: Record<string, string> = { 'Z:\\ParkDesk': '\\\\fileserver\\parks\\ParkDesk', 'C:\\Users\\wang\\ParkDesk': 'C:\\Users\\wang\\ParkDesk' };
    const windows = {
      platform: 'win32' as const,
      realpathNative: (dir: string) => {
        const real = realpaths[dir];
        if (!real) throw new Error(`ENOENT: ${dir}`);
        return real;
      },
    };
    expect(checkNetworkDrive('Z:\\ParkDesk\\parkdesk.sqlite', windows)).toEqual({ onNetworkDrive: true, kind: 'mapped' });
    expect(checkNetworkDrive('C:\\Users\\wang\\ParkDesk\\parkdesk.sqlite', windows)).toEqual({ onNetworkDrive: false, kind: null });
    // A folder that cannot be resolved (not created yet, drive gone) is not warned about.
    expect(checkNetworkDrive('D:\\ParkDesk\\parkdesk.sqlite', windows).onNetworkDrive).toBe(false);
  });

  it('is recognised on macOS from the type `mount` lists: smbfs, afpfs, nfs; a local volume is not', () => {
    const mountOutput = [
      '/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)',
      '/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse, protect)',
      '//wang@fileserver/parks on /Volumes/parks (smbfs, nodev, nosuid, mounted by wang)',
      'fileserver:/export on /Volumes/NFS Share (nfs, nodev, nosuid)',
      '/dev/disk4s1 on /Volumes/U 盘 (msdos, local, nodev, nosuid, noowners)',
    ].join('\n');
    const mac = { platform: 'darwin' as const, readMountTable: () => mountOutput };
    expect(checkNetworkDrive('/Volumes/parks/ParkDesk/parkdesk.sqlite', mac)).toEqual({ onNetworkDrive: true, kind: 'smbfs' });
    expect(checkNetworkDrive('/Volumes/NFS Share/parkdesk.sqlite', mac)).toEqual({ onNetworkDrive: true, kind: 'nfs' });
    expect(checkNetworkDrive('/Volumes/U 盘/parkdesk.sqlite', mac)).toEqual({ onNetworkDrive: false, kind: 'msdos' });
    expect(checkNetworkDrive('/Users/wang/Library/Application Support/ParkDesk/parkdesk.sqlite', mac)).toEqual({ onNetworkDrive: false, kind: 'apfs' });
    expect(checkNetworkDrive('/Users/wang/parkdesk.sqlite', { platform: 'darwin', readMountTable: () => { throw new Error('no mount'); } }).onNetworkDrive).toBe(false);
  });
});
