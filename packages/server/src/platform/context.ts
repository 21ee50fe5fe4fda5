import type { Config } from '../config';
import type { Db } from '../db/kysely';
import type { Database } from '../db/pool';
import type { SecretBox } from './auth/secret-box';

/** What every module's service is handed: no dependency-injection framework, one plain object. */
export interface AppContext {
  config: Config;
  database: Database;
  db: Db;
  secrets: SecretBox;
}
