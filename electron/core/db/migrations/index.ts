import { m0001 } from './0001-settings-audit';
import { m0002 } from './0002-volunteers';
import { m0003 } from './0003-seminars';
import { m0004 } from './0004-dashboard';
import { m0005 } from './0005-fts-insert-without-trigger';
import { m0007 } from './0007-evaluations';
import { m0010 } from './0010-canonical-phones';
import { m0008 } from './0008-activities';
import { m0009 } from './0009-orders-cards';
import { m0011 } from './0011-certificates-speaker-payee';
import { m0012 } from './0012-volunteer-not-duplicates';
import { m0014 } from './0014-order-snapshots-cancel';
import { m0013 } from './0013-volunteer-awards';
import { m0017 } from './0017-activity-indexes-by-month';
import { m0015 } from './0015-certificate-register';
import { m0016 } from './0016-contact-id-address';
import { m0019 } from './0019-activity-outcomes-index';
import type { Migration } from './types';

/** Every schema version in order. Append only: a released migration never changes. */
export const migrations: Migration[] = [m0001, m0002, m0003, m0004, m0005, m0007, m0010, m0008, m0009, m0012, m0014, m0011, m0013, m0017, m0015, m0016, m0019];

/** The highest version listed: numbers are handed out to parallel work, so the last listed may not be the highest. */
export const LATEST_SCHEMA_VERSION = Math.max(...migrations.map((m) => m.version));
