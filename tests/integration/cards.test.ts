import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { participantCode } from '@shared/schemas/participant-code';
import { cardNumber, findScanned, parseCardNumber } from '@shared/schemas/volunteer-card';
import { writeFileAtomic } from '../../electron/core/files/atomic-write';
import { testCore, type TestCore } from '../helpers/core';
import { emblemDataUrl } from './reports/fixtures';
import { LETTER_OFFICE } from './reports/letter-fixtures';
import { rng } from '../helpers/malformed-corpus';
import { expectTextContains, pdfPages, pdfText, renderPages, savePdf } from './reports/pdf-tools';

const NOW = new Date('2025-09-01T03:00:00Z');
/** A face-sized PNG standing in for a photo. */
const photo = () => new Uint8Array(Buffer.from(emblemDataUrl(200).split(',')[1], 'base64'));
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

async function register(): Promise<TestCore> {
  const core = testCore({ now: () => NOW });
  await core.call('demo-load', {});
  await core.call('settings-save', LETTER_OFFICE);
  return core;
}

describe('volunteer ID cards', () => {
  it('numbers a card for good: 9 digits with a check digit, read back from Thai digits and the Thai keyboard, never taken for a participant code', () => {
    expect(cardNumber(1234)).toBe('000012344');
    expect(parseCardNumber('000012344')).toBe(1234);
    expect(parseCardNumber('๐๐๐๐๑๒๓๔๔')).toBe(1234);
    expect(parseCardNumber('จจจจๅ/-ภภ')).toBe(1234);
    expect(parseCardNumber('000012345')).toBeNull();
    const roster = [{ id: 7, volunteerId: 1234 }, { id: 1234, volunteerId: null }];
    // The same id as a card and as a participant code names two different people.
    expect(findScanned(cardNumber(1234), roster)).toEqual({ code: true, participant: roster[0] });
    expect(findScanned(participantCode(1234), roster)).toEqual({ code: true, participant: roster[1] });
    expect(findScanned(cardNumber(99), roster)).toEqual({ code: true, participant: undefined });
    expect(findScanned('สมชาย', roster)).toEqual({ code: false, participant: undefined });
  });

  it('prints 8 cards to a sheet with the photo, term and a barcode that scans back to the card number; a reprint is ฉบับที่ 2 with the same number', async () => {
    const core = await register();
    const people = (await core.call('volunteer-list', { status: 'active', pageSize: 9 })).rows;
    const withPhoto = people[0];
    const info = await core.call('volunteer-photo-set', { volunteerId: withPhoto.id, bytes: photo() });
    expect(info).toMatchObject({ cardNo: cardNumber(withPhoto.id), issues: [], photo: { problem: null } });

    const file = await core.call('volunteer-card-print', { volunteerIds: people.map((p) => p.id), issuedOn: '2025-09-01' });
    expect(file.name).toBe('บัตรอาสาสมัครแรงงาน-9-ใบ-2568-09-01.pdf');
    const sheet = savePdf('id-cards.pdf', file.bytes);
    expect(pdfPages(sheet)).toBe(2);
    const text = pdfText(sheet);
    const first = (await core.call('volunteer-get', { id: withPhoto.id })).volunteer;
    expectTextContains(text, [
      'บัตรประจำตัวอาสาสมัครแรงงาน',
      LETTER_OFFICE.officeName,
      ...people.map((p) => `${p.title}${p.firstName} ${p.lastName}`),
      ...people.map((p) => `เลขที่บัตร ${cardNumber(p.id)}`),
      `ต.${first.area.subdistrict} อ.${first.area.district}`,
    ]);
    expect(text).not.toContain('ฉบับที่');
    // The ninth card has no photo: a box to paste one in.
    expect(text).toContain('ติดรูปถ่าย');

    // A scanner reads the eight barcodes of the first sheet as the eight card numbers.
    execFileSync('pdftoppm', ['-png', '-r', '300', '-f', '1', '-l', '1', sheet, sheet.replace(/\.pdf$/, '-scan')]);
    const scanned = execFileSync('zbarimg', ['-q', '--raw', sheet.replace(/\.pdf$/, '-scan-1.png')], { encoding: 'utf8' }).trim().split('\n').sort();
    expect(scanned).toEqual(people.slice(0, 8).map((p) => cardNumber(p.id)).sort());
    expect(scanned.map(parseCardNumber).sort()).toEqual(people.slice(0, 8).map((p) => p.id).sort());
    renderPages(sheet, 1, 1);

    const again = await core.call('volunteer-card-print', { volunteerIds: [withPhoto.id], issuedOn: '2025-10-01' });
    expect(again.name).toBe(`บัตรอาสาสมัครแรงงาน-${cardNumber(withPhoto.id)}-ฉบับที่2.pdf`);
    const reprint = savePdf('id-card-reprint.pdf', again.bytes);
    expectTextContains(pdfText(reprint), [`เลขที่บัตร ${cardNumber(withPhoto.id)} ฉบับที่ 2`]);
    renderPages(reprint, 1, 1);
    const issues = (await core.call('volunteer-card-info', { volunteerId: withPhoto.id })).issues;
    expect(issues).toEqual([
      { cardNo: cardNumber(withPhoto.id), issueNo: 1, termStart: first.termStart, termEnd: first.termEnd, issuedOn: '2025-09-01' },
      { cardNo: cardNumber(withPhoto.id), issueNo: 2, termStart: first.termStart, termEnd: first.termEnd, issuedOn: '2025-10-01' },
    ]);
  });

  it('prints every card when a stored photo is damaged or gone: those cards get an empty frame and are named to upload again', async () => {
    const core = await register();
    const [cut, garbled, gone, fine] = (await core.call('volunteer-list', { status: 'active', pageSize: 4 })).rows;
    for (const p of [cut, garbled, gone, fine]) await core.call('volunteer-photo-set', { volunteerId: p.id, bytes: photo() });
    const fileOf = (id: number) => {
      const folder = path.join(core.dataDir, 'photos', `volunteer-${id}`);
      return path.join(folder, fs.readdirSync(folder)[0]);
    };
    // Cut short mid-file (a copy interrupted), garbage after a PNG's signature, and a file removed.
    const whole = fs.readFileSync(fileOf(cut.id));
    fs.writeFileSync(fileOf(cut.id), whole.subarray(0, Math.floor(whole.length / 3)));
    fs.writeFileSync(fileOf(garbled.id), Buffer.concat([whole.subarray(0, 8), Buffer.alloc(400, 0x41)]));
    fs.rmSync(fileOf(gone.id));

    const file = await core.call('volunteer-card-print', { volunteerIds: [cut.id, garbled.id, gone.id, fine.id], issuedOn: '2025-09-01' });
    const nameOf = (p: typeof cut) => `${p.title}${p.firstName} ${p.lastName}`;
    expect(file.photoProblems).toEqual([
      { volunteerId: cut.id, name: nameOf(cut), problem: 'damaged' },
      { volunteerId: garbled.id, name: nameOf(garbled), problem: 'damaged' },
      { volunteerId: gone.id, name: nameOf(gone), problem: 'missing' },
    ]);
    const sheet = savePdf('id-cards-damaged-photo.pdf', file.bytes);
    const text = pdfText(sheet);
    expectTextContains(text, [cut, garbled, gone, fine].map(nameOf));
    // Three empty frames; the fourth card has its photo.
    expect(text.match(/ติดรูปถ่าย/g)).toHaveLength(3);
    renderPages(sheet, 1, 1);
    // Every card counts as issued.
    for (const p of [cut, garbled, gone, fine]) expect((await core.call('volunteer-card-info', { volunteerId: p.id })).issues).toHaveLength(1);
  });

  it('flags a photo PNG that is cut short or has a damaged chunk, on the card panel and in the print, instead of printing half a picture', async () => {
    const core = await register();
    const [cut, corrupt, fine] = (await core.call('volunteer-list', { status: 'active', pageSize: 3 })).rows;
    // An opaque photo, as a camera or a scan gives: its image data goes into the PDF undecoded.
    const whole = execFileSync('convert', ['-seed', '7', '-size', '300x375', 'plasma:', 'png24:-']);
    for (const p of [cut, corrupt, fine]) await core.call('volunteer-photo-set', { volunteerId: p.id, bytes: new Uint8Array(whole) });
    const fileOf = (id: number) => {
      const folder = path.join(core.dataDir, 'photos', `volunteer-${id}`);
      return path.join(folder, fs.readdirSync(folder)[0]);
    };
    // A copy that stopped at 60 %, and one byte changed inside the image data (its CRC no longer matches).
    fs.writeFileSync(fileOf(cut.id), whole.subarray(0, Math.floor(whole.length * 0.6)));
    const flipped = Buffer.from(whole);
    const idat = flipped.indexOf('IDAT');
    flipped[idat + 4 + 500] ^= 0xff;
    fs.writeFileSync(fileOf(corrupt.id), flipped);

    for (const p of [cut, corrupt]) {
      expect((await core.call('volunteer-card-info', { volunteerId: p.id })).photo).toMatchObject({ problem: 'damaged' });
      expect(await core.call('volunteer-photo-get', { volunteerId: p.id })).toBeNull();
    }
    expect((await core.call('volunteer-card-info', { volunteerId: fine.id })).photo).toMatchObject({ problem: null });

    const file = await core.call('volunteer-card-print', { volunteerIds: [cut.id, corrupt.id, fine.id], issuedOn: '2025-09-01' });
    const nameOf = (p: typeof cut) => `${p.title}${p.firstName} ${p.lastName}`;
    expect(file.photoProblems).toEqual([
      { volunteerId: cut.id, name: nameOf(cut), problem: 'damaged' },
      { volunteerId: corrupt.id, name: nameOf(corrupt), problem: 'damaged' },
    ]);
    const sheet = savePdf('id-cards-partly-damaged-photo.pdf', file.bytes);
    expect(pdfText(sheet).match(/ติดรูปถ่าย/g)).toHaveLength(2);
    renderPages(sheet, 1, 1);

    // Such a file is refused when uploaded, in Thai, and the photo in use stays.
    const refused = await core.dispatch('volunteer-photo-set', { volunteerId: fine.id, bytes: new Uint8Array(whole.subarray(0, whole.length - 20)) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'BAD_FILE', message: expect.stringContaining('ไม่สมบูรณ์') } });
    expect(same((await core.call('volunteer-photo-get', { volunteerId: fine.id }))!.bytes, new Uint8Array(whole))).toBe(true);
  });

  it('refuses a JPEG photo cut short or with broken segments when it is uploaded, in Thai, and stores nothing', async () => {
    const core = await register();
    const [person] = (await core.call('volunteer-list', { status: 'active', pageSize: 1 })).rows;
    // A camera's JPEG with an EXIF-like segment, as phones send; a thumbnail's own end marker in it must not end the check.
    const whole = execFileSync('convert', ['-seed', '7', '-size', '300x375', 'plasma:', '-quality', '85', 'jpg:-']);
    const photos = () => (fs.existsSync(path.join(core.dataDir, 'photos')) ? fs.readdirSync(path.join(core.dataDir, 'photos'), { recursive: true }).filter((f) => String(f).includes('.')) : []);

    // Cut at seeded places (the malformed corpus's rng): inside the headers, inside the coded data, just before the end marker.
    const random = rng(17);
    const cuts = [20, 200, ...Array.from({ length: 12 }, () => 300 + Math.floor(random() * (whole.length - 300))), whole.length - 1, whole.length - 2];
    const broken = cuts.map((n) => new Uint8Array(whole.subarray(0, n)));
    // A segment whose length runs past the file, and a frame header that claims no components.
    const longSegment = Buffer.from(whole);
    longSegment.writeUInt16BE(0xfff0, 4);
    const frameAt = whole.indexOf(Buffer.from([0xff, 0xc0]));
    const noComponents = Buffer.from(whole);
    noComponents[frameAt + 9] = 0;
    broken.push(new Uint8Array(longSegment), new Uint8Array(noComponents));
    for (const bytes of broken) {
      const r = await core.dispatch('volunteer-photo-set', { volunteerId: person.id, bytes });
      expect(r).toMatchObject({ ok: false, error: { code: 'BAD_FILE', message: expect.stringContaining('ไฟล์รูปภาพนี้ไม่สมบูรณ์') } });
      if (!r.ok) expect(r.error.message).toContain('กรุณาเลือกไฟล์รูปอื่น');
    }
    expect(photos()).toEqual([]);
    expect((await core.call('volunteer-card-info', { volunteerId: person.id })).photo).toBeNull();

    // The whole file is taken, and so is one with bytes after its end marker (some cameras add them).
    await core.call('volunteer-photo-set', { volunteerId: person.id, bytes: new Uint8Array(whole) });
    await core.call('volunteer-photo-set', { volunteerId: person.id, bytes: new Uint8Array(Buffer.concat([whole, Buffer.alloc(64, 0x20)])) });
    expect(photos()).toHaveLength(2);
    expect((await core.call('volunteer-card-info', { volunteerId: person.id })).photo).toMatchObject({ problem: null });
  });

  it('refuses a card for someone not on duty and records nothing; refuses a file that is not a photo', async () => {
    const core = await register();
    const [on, off] = (await core.call('volunteer-list', { status: 'active', pageSize: 2 })).rows;
    await core.call('volunteer-status-change', { id: off.id, status: 'resigned', date: '2025-08-01', reason: 'ย้ายที่อยู่' });
    const r = await core.dispatch('volunteer-card-print', { volunteerIds: [on.id, off.id] });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!r.ok) expect(r.error.message).toContain(`${off.title}${off.firstName} ${off.lastName} ไม่ได้ปฏิบัติหน้าที่อยู่`);
    expect((await core.call('volunteer-card-info', { volunteerId: on.id })).issues).toEqual([]);
    const bad = await core.dispatch('volunteer-photo-set', { volunteerId: on.id, bytes: new TextEncoder().encode('not a photo') });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_FILE' } });
    expect(await core.call('volunteer-photo-get', { volunteerId: on.id })).toBeNull();
  });

  it('keeps card photos like seminar photos: a copy on a USB stick carries them, a new PC gets them back, a new photo keeps the old file', async () => {
    const core = await register();
    const [a, b] = (await core.call('volunteer-list', { status: 'active', pageSize: 2 })).rows;
    const old = photo();
    await core.call('volunteer-photo-set', { volunteerId: a.id, bytes: old });
    const newer = new Uint8Array(Buffer.from(emblemDataUrl(150).split(',')[1], 'base64'));
    await core.call('volunteer-photo-set', { volunteerId: a.id, bytes: newer });
    await core.call('volunteer-photo-set', { volunteerId: b.id, bytes: old });
    // The newest is the one in use; the earlier file stays.
    expect(same((await core.call('volunteer-photo-get', { volunteerId: a.id }))!.bytes, newer)).toBe(true);
    const files = () => fs.readdirSync(path.join(core.dataDir, 'photos'), { recursive: true }).filter((f) => String(f).endsWith('.png'));
    expect(files()).toHaveLength(3);
    const daily = await core.call('backup-create', {});
    expect(daily.counts).toMatchObject({ photos: 3, photosPresent: 3 });
    expect(files()).toHaveLength(3);

    const exported = await core.call('backup-export', {});
    expect(exported).toMatchObject({ photos: 3, missingPhotos: 0 });
    const usb = path.join(core.dataDir, '..', `usb-${path.basename(core.dataDir)}.sqlite`);
    writeFileAtomic(usb, exported.bytes);
    core.close();
    fs.rmSync(core.dataDir, { recursive: true, force: true });

    const fresh = testCore({ now: () => NOW });
    const file = { name: exported.name, bytes: new Uint8Array(fs.readFileSync(usb)) };
    fs.rmSync(usb);
    expect((await fresh.call('backup-inspect', { file })).counts).toMatchObject({ photos: 3, photosPresent: 3 });
    await fresh.call('backup-restore', { source: { file }, confirm: true });
    expect(same((await fresh.call('volunteer-photo-get', { volunteerId: a.id }))!.bytes, newer)).toBe(true);
    expect(same((await fresh.call('volunteer-photo-get', { volunteerId: b.id }))!.bytes, old)).toBe(true);
  });

  it('erasing a person (PDPA) drops their card photo; its file leaves once no backup holds it', async () => {
    const core = await register();
    const [a] = (await core.call('volunteer-list', { status: 'active', pageSize: 1 })).rows;
    await core.call('volunteer-photo-set', { volunteerId: a.id, bytes: photo() });
    await core.call('volunteer-erase', { id: a.id, reason: 'เจ้าของข้อมูลขอให้ลบ' });
    expect(await core.call('volunteer-photo-get', { volunteerId: a.id })).toBeNull();
    const folder = path.join(core.dataDir, 'photos', `volunteer-${a.id}`);
    expect(fs.existsSync(folder)).toBe(true);
    await core.call('backup-create', {});
    expect(fs.existsSync(folder)).toBe(false);
  });
});
