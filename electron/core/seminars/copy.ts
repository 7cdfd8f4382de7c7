import type { SeminarCopyResult, seminarCopyApi } from '@shared/api/seminar-copy';
import { RATE_ITEM_LABELS } from '@shared/schemas/rate';
import { seminarInput, type Seminar } from '@shared/schemas/seminar';
import { addDays, daysBetween, fiscalYearOf, titleForFiscalYear } from '@shared/thai';
import type { CoreContext, HandlerMap } from '../context';
import { getContact } from '../contacts/service';
import type { Db } from '../db/open';
import { rateOn } from '../rates/service';
import { saveBudgetLine } from './budget';
import { addParticipants, volunteersAsParticipants, type NewParticipant } from './participants';
import { insertSeminar } from './plan';
import { getBudget, getGroups, getParticipants, getSeminar } from './read';
import { write } from '../write';

/** The old seminar's plan with its days moved so the first falls on `firstDate`, as a new planned seminar. */
function movedPlan(old: Seminar, firstDate: string, title: string) {
  const shift = daysBetween(old.days[0].date, firstDate);
  return seminarInput.parse({
    ...old,
    title,
    status: 'planned',
    fiscalYear: fiscalYearOf(firstDate),
    days: old.days.map((d) => ({ date: addDays(d.date, shift), sessions: d.sessions.map((s) => ({ start: s.start, end: s.end, topic: s.topic })) })),
    groups: old.groups.map((g) => ({ name: g.name, plannedCount: g.plannedCount, category: g.category })),
  });
}

/** Budget lines without their actual amounts; a line priced from the rate table takes the rate in force on the new first day. */
function copyBudget(db: Db, fromId: number, toId: number, seminar: Seminar, firstDate: string, result: SeminarCopyResult): void {
  for (const line of getBudget(db, fromId)) {
    let rate = line.rate;
    if (line.rateItem) {
      const label = line.description || RATE_ITEM_LABELS[line.rateItem].label;
      const found = rateOn(db, line.rateItem, seminar.trainingType, firstDate);
      if (!found) result.ratesMissing.push(label);
      else if (found.amount !== rate) {
        result.rateChanges.push({ description: label, from: rate, to: found.amount });
        rate = found.amount;
      }
    }
    const { category, description, rateItem, quantity, times } = line;
    saveBudgetLine(db, { seminarId: toId, category, description, rateItem, quantity, times, rate, actualAmount: null });
  }
}

/**
 * The old participant list, each person in the group of the same name, without amounts or
 * attendance. Volunteers who still serve are invited again; the others are named to the clerk instead. Volunteers and contacts are taken from the register and the directory as they are
 * now (a new name, phone or position shows), walk-ins as they were typed.
 */
function copyParticipants(db: Db, fromId: number, toId: number, old: Seminar, at: string, result: SeminarCopyResult): void {
  const newGroups = new Map(getGroups(db, toId).map((g) => [g.name, g.id]));
  const groupName = new Map(old.groups.map((g) => [g.id, g.name]));
  const byGroup = new Map<number, NewParticipant[]>();
  for (const p of getParticipants(db, fromId)) {
    let person: NewParticipant | undefined = { ...p };
    if (p.volunteerId !== null) {
      person = volunteersAsParticipants(db, [p.volunteerId], { servingOnly: true })[0];
      if (person) person.category = p.category;
    } else if (p.contactId !== null) {
      const c = getContact(db, p.contactId);
      if (c) person = { ...person, name: c.name, position: c.position, agency: c.agency, phone: c.phone };
    }
    if (!person) {
      result.participantsLeftOut.push(p.name);
      continue;
    }
    const groupId = newGroups.get(groupName.get(p.groupId)!)!;
    byGroup.set(groupId, [...(byGroup.get(groupId) ?? []), person]);
  }
  for (const [groupId, people] of byGroup) result.participantsCopied += addParticipants(db, toId, groupId, people, at).added;
}

export const seminarCopyHandlers: HandlerMap<keyof typeof seminarCopyApi> = {
  'seminar-copy': write(({ id, firstDate, title, participants }, ctx: CoreContext) => {
    const old = getSeminar(ctx.db, id);
    const at = ctx.now().toISOString();
    const newTitle = title ?? titleForFiscalYear(old.title, old.fiscalYear, fiscalYearOf(firstDate));
    const newId = insertSeminar(ctx.db, movedPlan(old, firstDate, newTitle), at);
    const result: SeminarCopyResult = { id: newId, title: newTitle, rateChanges: [], ratesMissing: [], participantsCopied: 0, participantsLeftOut: [] };
    copyBudget(ctx.db, id, newId, old, firstDate, result);
    if (participants) copyParticipants(ctx.db, id, newId, old, at, result);
    return {
      result,
      audit: {
        entity: 'seminar',
        entityId: String(newId),
        action: 'create',
        details: { title: newTitle, copiedFrom: { id, title: old.title }, participants: result.participantsCopied },
      },
    };
  }),
};
