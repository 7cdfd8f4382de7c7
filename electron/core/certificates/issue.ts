import { AppFailure } from '@shared/errors';
import type { CertificatesIssued } from '@shared/api/reports';
import type { FilePayload } from '@shared/api/define';
import type { AuditEntry } from '../audit';
import type { CoreContext } from '../context';
import { write } from '../write';
import { certificateNoText, issueCertificateNumbers, type CertificateHolder, type CertificateNo } from './register';

/** An issued file as made, before its numbers are given: the holders in print order and the numbers it carries. */
export interface MadeCertificates {
  holders: CertificateHolder[];
  planned: CertificateNo[];
  /** The event whose people they are; null for awards. */
  seminarId: number | null;
  fiscalYear: number;
  startNo?: number;
  file: FilePayload;
}

/**
 * Gives the numbers an issued file was made with, in one write with `audit`'s entries (it gets,
 * per holder, the number given now or null). The file is made first, so a failure making it gives
 * no number; and the file carries exactly the numbers given, or none is given (another issue took
 * one while this file was being made).
 */
export function issuePlanned(ctx: CoreContext, made: MadeCertificates, audit: (given: (string | null)[]) => (AuditEntry | null)[]): Promise<CertificatesIssued> {
  const give = write<'report-certificates-issue'>((_input, c) => {
    const given = issueCertificateNumbers(c.db, made.holders, made.seminarId, made.fiscalYear, made.startNo, c.now().toISOString());
    const asMade = made.planned.every((n, i) => given[i] === (n.issued ? null : certificateNoText(n)));
    if (!asMade) throw new AppFailure('CONFLICT', 'เลขที่ถูกออกให้ผู้อื่นระหว่างสร้างไฟล์ จึงยังไม่ได้ออกเลขที่ กรุณาบันทึกอีกครั้ง');
    return { result: { file: made.file, numbers: given.filter((n) => n !== null) }, audit: audit(given) };
  });
  return Promise.resolve(give(undefined as never, ctx));
}
