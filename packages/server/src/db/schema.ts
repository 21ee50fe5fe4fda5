import type { ColumnType, Generated } from 'kysely';

/** Kysely's view of the tables. Keep in step with migrations/*.sql. */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedTimestamp = ColumnType<Date, Date | string | undefined, never>;

/** The columns every mutable business row has (DESIGN.md, "Data"). */
export interface VersionedColumns {
  version: ColumnType<number, number | undefined, number>;
  created_at: CreatedTimestamp;
  created_by: ColumnType<string | null, string | null | undefined, never>;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface OrganisationsTable extends VersionedColumns {
  id: Generated<string>;
  code: string;
  name: string;
  kind: string;
  parent_id: string | null;
  region: string | null;
}

export interface RolesTable extends VersionedColumns {
  id: Generated<string>;
  key: string;
  permissions: string[];
  scope: string;
  clearances: string[];
  privileged: ColumnType<boolean, boolean | undefined, boolean>;
  built_in: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface UsersTable extends VersionedColumns {
  id: Generated<string>;
  username: string;
  display_name: string;
  email: string | null;
  locale: string;
  organisation_id: string;
  roles: string[];
  disabled: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface UserCredentialsTable {
  user_id: string;
  password_hash: string;
  password_changed_at: Timestamp;
  totp_secret: ColumnType<string | null, string | null | undefined, string | null>;
  totp_enrolled_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  totp_last_step: ColumnType<string | null, string | number | null | undefined, string | number | null>;
  last_login_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  stage: 'active' | 'second-factor' | 'enrolment';
  csrf_token: string;
  pending_totp_secret: string | null;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface ApiTokensTable {
  id: Generated<string>;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: Timestamp;
  expires_at: Date | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export interface LoginAttemptsTable {
  id: Generated<string>;
  username: string;
  ip: string | null;
  at: Timestamp;
  success: boolean;
}

export interface SettingsTable {
  key: string;
  value: unknown;
  updated_at: Timestamp;
}

export interface AuditLogTable {
  seq: ColumnType<string, string | number, never>;
  at: ColumnType<Date, Date | string, never>;
  actor_id: string | null;
  actor_username: string | null;
  roles: string[];
  organisation_id: string | null;
  action: string;
  record_type: string | null;
  record_ids: string[];
  purpose: string | null;
  sensitivity: string | null;
  ip: string | null;
  request_id: string | null;
  outcome: 'success' | 'denied' | 'failure';
  details: ColumnType<Record<string, unknown>, string, never>;
  prev_hash: string;
  hash: string;
}

export interface RowHistoryTable {
  id: Generated<string>;
  table_name: string;
  row_id: string;
  version: number;
  operation: 'insert' | 'update' | 'delete';
  data: unknown;
  changed_at: Date;
  changed_by: string | null;
}

export interface PersonsRecordsTable extends VersionedColumns {
  id: Generated<string>;
  organisation_id: string;
  source_module: string;
  source_ref: string | null;
  sex: string | null;
  birth_date: string | null;
  birth_year: ColumnType<number | null, never, never>;
  birth_place: string | null;
  nationalities: string[];
  phone: string | null;
  external_key: string | null;
}

export interface PersonsNamesTable {
  id: Generated<string>;
  record_id: string;
  script: 'latin' | 'arabic';
  language: string | null;
  name_type: 'primary' | 'alias' | 'previous' | 'weak_alias';
  given: string | null;
  father: string | null;
  family: string | null;
  full_name: string;
}

export interface PersonsDocumentsTable {
  id: Generated<string>;
  record_id: string;
  doc_type: string;
  number: string;
  issuing_country: string | null;
  expiry: ColumnType<Date | null, string | null | undefined, string | null>;
  mrz: string[] | null;
}

export interface DB {
  organisations: OrganisationsTable;
  roles: RolesTable;
  users: UsersTable;
  user_credentials: UserCredentialsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  login_attempts: LoginAttemptsTable;
  settings: SettingsTable;
  audit_log: AuditLogTable;
  row_history: RowHistoryTable;
  persons_records: PersonsRecordsTable;
  persons_names: PersonsNamesTable;
  persons_documents: PersonsDocumentsTable;
}
