import { z } from 'zod';
import {
  awardDetails,
  fiscalYearBE,
  nominationChosenQuery,
  nominationCriteria,
  nominationPageQuery,
  nominationQuery,
  otherNamed,
  type ChosenStanding,
  type NominationCriteria,
  type NominationPage,
} from '../schemas/award';
import { empty, isoDate } from '../schemas/common';
import { method, type FilePayload } from './define';
import { reportOptions, type CertificatesIssued } from './reports';

const id = z.number().int().positive();

/** The people the clerk ticked in the ranking. */
const ticked = z.array(id).min(1, 'กรุณาเลือกผู้ได้รับการคัดเลือกอย่างน้อย 1 คน').max(2000, 'เลือกได้ครั้งละไม่เกิน 2,000 คน');
/** The ranked list as a document: the people ticked are marked as nominated. */
const rankedList = nominationQuery.extend({ volunteerIds: z.array(id).max(10_000).default([]) });

/** Whose certificates of honour: the people ticked, honoured for a fiscal year, given on a day (today when left out). */
const honourChoice = { fiscalYear: fiscalYearBE, volunteerIds: ticked, givenOn: isoDate.optional() };

/** The name (less `.pdf`) the certificates of honour of a fiscal year are saved under: the save dialog suggests it before the file is made. */
export const honourCertificatesName = (fiscalYear: number) => `เกียรติบัตรอสร.ดีเด่น-ปีงบประมาณ-${fiscalYear}`;

/** The อสร.ดีเด่น nomination helper (issue 17 part 5). */
export const nominationApi = {
  /** The อสร.ดีเด่น helper's criteria and weights, as the office saved them (or the defaults). */
  'nomination-criteria-get': method<NominationCriteria>()(empty),
  'nomination-criteria-save': method<NominationCriteria>()(nominationCriteria),
  /**
   * A page of the active volunteers ranked over a fiscal year by the criteria, with each score's
   * parts, the ranking's size, and who was left out.
   */
  'nomination-rank': method<NominationPage>()(nominationPageQuery),
  /** Where each person ticked stands in that ranking: rank, or why it leaves them out. */
  'nomination-chosen': method<ChosenStanding[]>()(nominationChosenQuery),
  /** The ranked list as a print-ready workbook; the people ticked are marked as nominated. */
  'nomination-xlsx': method<FilePayload>()(rankedList),
  /** The ranked list as a PDF in the official layout (A4 landscape), signed by the head of office. */
  'nomination-pdf': method<FilePayload>()(rankedList.extend(reportOptions.shape)),
  /** Records the award for every person ticked, in one transaction: all of them or, on any error, none. */
  'nomination-record': method<{ recorded: number }>()(
    awardDetails.extend({ volunteerIds: ticked }).superRefine(otherNamed),
  ),
  /**
   * เกียรติบัตร for the people ticked: "ได้รับการคัดเลือกเป็นอาสาสมัครแรงงานดีเด่น ประจำปีงบประมาณ พ.ศ. …",
   * each numbered by the office's register with the number of their อสร.ดีเด่น award of the year
   * (recorded first: nomination-record). An award not given its number yet shows the one an issue
   * would give, and the file is marked as a preview.
   */
  'nomination-certificates': method<FilePayload>()(reportOptions.extend(honourChoice)),
  /**
   * Gives each ticked person's award of the year its certificate number (kept with the award: a
   * reprint keeps it) and makes the issued file; called only once the clerk has chosen where to
   * save (ISSUING_METHODS).
   */
  'nomination-certificates-issue': method<CertificatesIssued>()(reportOptions.extend(honourChoice)),
};
