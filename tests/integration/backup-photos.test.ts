import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { BackupInfo } from '@shared/api/backup';
import { DATABASE_FILE } from '../../electron/core';
import { backupDir } from '../../electron/core/backup/files';
import { EMBEDDED_TABLE } from '../../electron/core/backup/photos';
import { writeFileAtomic } from '../../electron/core/files/atomic-write';
import { generateVolunteers, insertMany } from '../../electron/core/volunteers/sample';
import { tempDir, testCore, type TestCore } from '../helpers/core';
import { rng } from '../helpers/malformed-corpus';
import { songkhlaSeminar } from '../helpers/seminar-fixtures';
import { emblemDataUrl } from './reports/fixtures';
import { pdfText, savePdf } from './reports/pdf-tools';

/**
 * A real PNG (so the result report can draw it) plus noise in a JPEG-looking file. The noise is
 * seeded: fresh random bytes now and then held a frame the PDF engine could draw, and the report
 * then rightly had no "damaged" note for it.
 */
const png = () => new Uint8Array(Buffer.from(emblemDataUrl(48).split(',')[1], 'base64'));
const jpeg = (size: number) => {
  const random = rng(size);
  const b = Uint8Array.from({ length: size }, () => Math.floor(random() * 256));
  b.set([0xff, 0xd8, 0xff, 0xe0]);
  return b;
};

async function seminarWithPhotos(core: TestCore) {
  const s = await core.call('seminar-create', songkhlaSeminar);
  const bytes = [png(), jpeg(300_000), jpeg(50_000)];
  const photos = [];
  for (const [i, b] of bytes.entries()) {
    photos.push(await core.call('seminar-photo-add', { seminarId: s.id, name: `ภาพที่ ${i + 1}.${i ? 'jpg' : 'png'}`, bytes: b, caption: `ภาพกิจกรรม ${i + 1}` }));
  }
  return { seminar: s, photos, bytes };
}

/** Every file under photos/, by relative path. */
function photoFiles(dataDir: string): string[] {
  const root = path.join(dataDir, 'photos');
  if (!fs.existsSync(root)) return [];
  return fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

describe('photos in backups', () => {
  it('a copy saved to a USB stick carries the photos: wipe the data folder, restore from the stick, identical bytes', async () => {
    const core = testCore();
    await core.call('demo-load', {});
    const { seminar, photos, bytes } = await seminarWithPhotos(core);
    const exported = await core.call('backup-export', { job: 'usb' });
    expect(exported).toMatchObject({ photos: 3, missingPhotos: 0 });
    expect(exported.bytes.length).toBeGreaterThan(350_000);

    // Saved on the stick the way the shell saves it: one file, written whole or not at all.
    const usb = tempDir('asa-desk-usb-');
    const onStick = path.join(usb, exported.name);
    writeFileAtomic(onStick, exported.bytes);
    expect(fs.readdirSync(usb)).toEqual([exported.name]);

    // The PC dies: a new, empty data folder on another machine.
    core.close();
    fs.rmSync(core.dataDir, { recursive: true, force: true });
    const fresh = testCore();
    const file = { name: exported.name, bytes: new Uint8Array(fs.readFileSync(onStick)) };
    const info = await fresh.call('backup-inspect', { file });
    expect(info.counts).toMatchObject({ seminars: 1, photos: 3, photosPresent: 3 });
    await fresh.call('backup-restore', { source: { file }, confirm: true });

    const detail = await fresh.call('seminar-get', { id: seminar.id });
    expect(detail.photos.map((p) => p.id)).toEqual(photos.map((p) => p.id));
    for (const [i, p] of photos.entries()) {
      const got = await fresh.call('seminar-photo-get', { id: p.id });
      expect(got.name).toBe(p.fileName);
      expect(same(got.bytes, bytes[i]), p.fileName).toBe(true);
    }
    // The photos went back to files; the register itself does not keep their bytes.
    const live = new Database(path.join(fresh.dataDir, DATABASE_FILE), { readonly: true });
    expect(live.prepare("SELECT count(*) FROM sqlite_master WHERE name = ?").pluck().get(EMBEDDED_TABLE)).toBe(0);
    live.close();
    expect(fs.statSync(path.join(fresh.dataDir, DATABASE_FILE)).size).toBeLessThan(exported.bytes.length - 300_000);
    expect(photoFiles(fresh.dataDir)).toHaveLength(3);
    // A backup taken later in the new folder still finds every photo.
    const later = await fresh.call('backup-create', {});
    expect(later.counts).toMatchObject({ photos: 3, photosPresent: 3 });
  });

  it('deleting a photo keeps its file while a backup needs it, so restoring the older backup brings the photo back', async () => {
    const core = testCore();
    const { seminar, photos, bytes } = await seminarWithPhotos(core);
    const before = await core.call('backup-create', {});
    expect(before.counts).toMatchObject({ photos: 3, photosPresent: 3 });

    await core.call('seminar-photo-delete', { id: photos[1].id });
    await core.call('backup-create', {});
    expect((await core.call('seminar-get', { id: seminar.id })).photos).toHaveLength(2);
    expect(photoFiles(core.dataDir)).toHaveLength(3);

    const r = await core.call('backup-restore', { source: { id: before.id }, confirm: true });
    expect(r.restored.counts.photosPresent).toBe(3);
    const got = await core.call('seminar-photo-get', { id: photos[1].id });
    expect(same(got.bytes, bytes[1])).toBe(true);

    // Deleting the whole seminar keeps the files too, and the restore brings all three back.
    await core.call('seminar-delete', { id: seminar.id });
    await core.call('backup-create', {});
    expect(photoFiles(core.dataDir)).toHaveLength(3);
    await core.call('backup-restore', { source: { id: before.id }, confirm: true });
    for (const [i, p] of photos.entries()) expect(same((await core.call('seminar-photo-get', { id: p.id })).bytes, bytes[i])).toBe(true);
  });

  it('removes a deleted photo\'s file once no backup and not the register refers to it, and leftovers of a crash', async () => {
    const core = testCore();
    const { seminar, photos } = await seminarWithPhotos(core);
    const orphanTemp = path.join(core.dataDir, 'photos', `seminar-${seminar.id}`, '.x.jpg.abcdef.tmp');
    fs.mkdirSync(path.dirname(orphanTemp), { recursive: true });
    fs.writeFileSync(orphanTemp, 'half');
    // Never backed up, then deleted: nothing can restore it, so the next backup's sweep removes it.
    await core.call('seminar-photo-delete', { id: photos[2].id });
    expect(photoFiles(core.dataDir)).toHaveLength(4);
    await core.call('backup-create', {});
    expect(photoFiles(core.dataDir)).toHaveLength(2);

    // A backup that cannot be read might refer to any photo: nothing is swept while it is there.
    await core.call('seminar-photo-delete', { id: photos[1].id });
    for (const f of fs.readdirSync(backupDir(core.dataDir))) fs.rmSync(path.join(backupDir(core.dataDir), f));
    fs.writeFileSync(path.join(backupDir(core.dataDir), 'manual-20000101-000000-aaaa.sqlite'), 'rotten');
    await core.call('backup-create', {});
    expect(photoFiles(core.dataDir)).toHaveLength(2);
    fs.rmSync(path.join(backupDir(core.dataDir), 'manual-20000101-000000-aaaa.sqlite'));
    await core.call('backup-create', {});
    expect(photoFiles(core.dataDir)).toHaveLength(1);
  });

  it('counts photos a backup refers to and how many are present, and never writes outside photos/ from a crafted file', async () => {
    const core = testCore();
    const { photos } = await seminarWithPhotos(core);
    const { name, bytes } = await core.call('backup-export', {});
    const exported = { name, bytes };
    // An internal backup whose photo file went missing says so before a restore.
    const rel = (await core.call('backup-create', {})).id;
    const db = new Database(path.join(core.dataDir, DATABASE_FILE), { readonly: true });
    const firstPath = db.prepare('SELECT path FROM seminar_photos WHERE id = ?').pluck().get(photos[0].id) as string;
    db.close();
    fs.rmSync(path.join(core.dataDir, ...firstPath.split('/')));
    expect((await core.call('backup-inspect', { id: rel })).counts).toMatchObject({ photos: 3, photosPresent: 2 });
    // The exported file carries it, so restoring from that one would have it.
    expect((await core.call('backup-inspect', { file: exported })).counts).toMatchObject({ photos: 3, photosPresent: 3 });
    const again = await core.call('backup-export', {});
    expect(again).toMatchObject({ photos: 2, missingPhotos: 1 });

    // A file with a path that leaves photos/ is restored without that entry.
    const dir = tempDir();
    const crafted = path.join(dir, 'crafted.sqlite');
    fs.writeFileSync(crafted, exported.bytes);
    const c = new Database(crafted);
    c.prepare(`INSERT INTO ${EMBEDDED_TABLE} (path, bytes) VALUES (?, ?)`).run('../../escaped.jpg', Buffer.from('x'));
    c.close();
    await core.call('backup-restore', { source: { file: { name: 'crafted.sqlite', bytes: new Uint8Array(fs.readFileSync(crafted)) } }, confirm: true });
    expect(fs.existsSync(path.join(core.dataDir, '..', '..', 'escaped.jpg'))).toBe(false);
    expect(fs.existsSync(path.join(core.dataDir, ...firstPath.split('/')))).toBe(true);
  });

  it('prints the result report with a Thai note where a photo file is missing, and the photo call says so', async () => {
    const core = testCore();
    const { seminar, photos } = await seminarWithPhotos(core);
    const db = new Database(path.join(core.dataDir, DATABASE_FILE), { readonly: true });
    const paths = db.prepare('SELECT path FROM seminar_photos ORDER BY id').pluck().all() as string[];
    db.close();
    fs.rmSync(path.join(core.dataDir, ...paths[0].split('/')));
    // A file that is no longer an image, and one that looks like a JPEG but cannot be decoded (the
    // third photo is random bytes after a JPEG signature), would break the PDF engine.
    fs.writeFileSync(path.join(core.dataDir, ...paths[1].split('/')), 'not an image any more');

    const r = await core.dispatch('seminar-photo-get', { id: photos[0].id });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('ไม่พบไฟล์รูปภาพ') } });
    const report = await core.call('report-result', { seminarId: seminar.id });
    const text = pdfText(savePdf('result-missing-photo.pdf', report.bytes)).replace(/\s+/g, '');
    expect(text).toContain('ภาพกิจกรรม');
    expect(text).toContain('ไม่พบไฟล์รูปภาพในโฟลเดอร์ข้อมูล'.replace(/\s+/g, ''));
    expect(text).toContain(`(${photos[0].fileName})`.replace(/\s+/g, ''));
    expect(text).toContain(`ไฟล์รูปภาพเสียหายเปิดดูไม่ได้(${photos[1].fileName})`.replace(/\s+/g, ''));
    expect(text).toContain(`ไฟล์รูปภาพเสียหายเปิดดูไม่ได้(${photos[2].fileName})`.replace(/\s+/g, ''));
    expect(text).toContain('ภาพกิจกรรม3');
    expect((await core.dispatch('seminar-photo-get', { id: photos[1].id }))).toMatchObject({ ok: false, error: { code: 'BAD_FILE' } });
  });

  it('a "back up now" during an export leaves the export\'s temporary file alone; old leftovers of a crash are removed', async () => {
    const core = testCore();
    await seminarWithPhotos(core);
    // A register big enough for the export's copy to take several steps, between which "back up now" runs.
    const db = new Database(path.join(core.dataDir, DATABASE_FILE));
    insertMany(db, generateVolunteers(3_000, { seed: 3 }), new Date());
    db.close();
    const dir = backupDir(core.dataDir);
    fs.mkdirSync(dir, { recursive: true });
    const old = path.join(dir, '.export.sqlite.0123456789ab.tmp');
    fs.writeFileSync(old, 'left by a crash');
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    fs.utimesSync(old, twoHoursAgo, twoHoursAgo);
    const during: { backup?: Promise<BackupInfo> } = {};
    core.onEvent((_name, p) => {
      if (!during.backup && p.job === 'usb' && p.done < p.total) during.backup = core.call('backup-create', {});
    });
    const exported = await core.call('backup-export', { job: 'usb' });
    expect(during.backup).toBeDefined();
    const taken = await during.backup!;
    expect(exported.photos).toBe(3);
    expect(taken.counts.photos).toBe(3);
    expect(fs.existsSync(old)).toBe(false);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
  });
});
