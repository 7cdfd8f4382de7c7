import type { Db } from '../db/open';
import { allPlaces } from '../geo/dataset';

const filled = new WeakSet<Db>();

/**
 * The geography dataset as a TEMP table of this connection, so "does the address name a real
 * place" is a join in SQL rather than a loop over 100,000 rows in JavaScript. TEMP tables live
 * outside the database file: backups never carry them, and a restored connection fills its own.
 */
export function ensureGeoTable(db: Db): void {
  if (filled.has(db)) return;
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS geo_places (
    province    TEXT NOT NULL,
    district    TEXT NOT NULL,
    subdistrict TEXT NOT NULL,
    PRIMARY KEY (province, district, subdistrict)
  ) WITHOUT ROWID`);
  const insert = db.prepare('INSERT OR IGNORE INTO temp.geo_places (province, district, subdistrict) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (const p of allPlaces()) insert.run(p.province, p.district, p.subdistrict);
  })();
  filled.add(db);
}
