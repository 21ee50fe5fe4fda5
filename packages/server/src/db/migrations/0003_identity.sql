-- Organisations, roles, users, sessions, API tokens, sign-in attempts, settings.

CREATE TABLE organisations (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code        text NOT NULL UNIQUE,
  name        text NOT NULL,
  kind        text NOT NULL CHECK (kind IN ('directorate', 'regional_directorate', 'office', 'commission',
                'border_post', 'partner_ngo', 'return_organisation', 'consulate', 'partner_state')),
  parent_id   uuid REFERENCES organisations (id),
  region      text,
  version     integer NOT NULL DEFAULT 1,
  created_at  timestamptz NOT NULL DEFAULT now(),
  created_by  uuid,
  updated_at  timestamptz NOT NULL DEFAULT now(),
  updated_by  uuid
);
SELECT mizan_enable_history('organisations');

CREATE TABLE roles (
  id          uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
  key         text PRIMARY KEY,
  permissions text[] NOT NULL DEFAULT '{}',
  scope       text NOT NULL CHECK (scope IN ('office', 'region', 'national', 'referred')),
  clearances  text[] NOT NULL DEFAULT '{}',
  privileged  boolean NOT NULL DEFAULT false,
  built_in    boolean NOT NULL DEFAULT false,
  version     integer NOT NULL DEFAULT 1,
  created_at  timestamptz NOT NULL DEFAULT now(),
  created_by  uuid,
  updated_at  timestamptz NOT NULL DEFAULT now(),
  updated_by  uuid
);
SELECT mizan_enable_history('roles');

CREATE TABLE users (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username            text NOT NULL UNIQUE,
  display_name        text NOT NULL,
  email               text,
  locale              text NOT NULL DEFAULT 'fr' CHECK (locale IN ('ar', 'fr', 'en', 'es')),
  organisation_id     uuid NOT NULL REFERENCES organisations (id),
  roles               text[] NOT NULL DEFAULT '{}',
  disabled            boolean NOT NULL DEFAULT false,
  version             integer NOT NULL DEFAULT 1,
  created_at          timestamptz NOT NULL DEFAULT now(),
  created_by          uuid,
  updated_at          timestamptz NOT NULL DEFAULT now(),
  updated_by          uuid
);
CREATE INDEX users_organisation_idx ON users (organisation_id);
CREATE INDEX users_roles_idx ON users USING gin (roles);
SELECT mizan_enable_history('users');

-- Credentials and sign-in state live apart from the profile: they change at every sign-in (which must not
-- bump the profile's version and make an administrator's edit stale), and secrets must never be copied into
-- row_history. Their changes are recorded in the audit log instead.
CREATE TABLE user_credentials (
  user_id             uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  password_hash       text NOT NULL,
  password_changed_at timestamptz NOT NULL DEFAULT now(),
  totp_secret         text,          -- sealed with the server key (platform/auth/secret-box.ts)
  totp_enrolled_at    timestamptz,
  totp_last_step      bigint,        -- last accepted time step: a code is never accepted twice
  last_login_at       timestamptz
);

-- Server-side sessions: the cookie holds a random token, the table only its SHA-256.
CREATE TABLE sessions (
  token_hash    text PRIMARY KEY,
  user_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  stage         text NOT NULL CHECK (stage IN ('active', 'second-factor', 'enrolment')),
  csrf_token    text NOT NULL,
  pending_totp_secret text,      -- encrypted, during enrolment only
  created_at    timestamptz NOT NULL DEFAULT now(),
  last_seen_at  timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz NOT NULL,
  ip            text,
  user_agent    text
);
CREATE INDEX sessions_user_idx ON sessions (user_id);
CREATE INDEX sessions_expires_idx ON sessions (expires_at);

CREATE TABLE api_tokens (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name          text NOT NULL,
  token_hash    text NOT NULL UNIQUE,
  created_at    timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz,
  last_used_at  timestamptz,
  revoked_at    timestamptz
);
CREATE INDEX api_tokens_user_idx ON api_tokens (user_id);

-- Every sign-in attempt, for rate limiting and temporary lockout (kept in the database so that several
-- application servers share one view).
CREATE TABLE login_attempts (
  id         bigserial PRIMARY KEY,
  username   text NOT NULL,
  ip         text,
  at         timestamptz NOT NULL DEFAULT now(),
  success    boolean NOT NULL
);
CREATE INDEX login_attempts_username_idx ON login_attempts (username, at);
CREATE INDEX login_attempts_ip_idx ON login_attempts (ip, at);

CREATE TABLE settings (
  key        text PRIMARY KEY,
  value      jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
