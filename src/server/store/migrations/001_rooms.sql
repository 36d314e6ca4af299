-- Live rooms: rooms, participants, their runs and every accepted input, room-play votes,
-- and the xAPI statements waiting for the LRS. Deleting a room deletes everything of it.

CREATE TABLE rooms (
  id text PRIMARY KEY,
  code text NOT NULL UNIQUE,
  key_hash text NOT NULL,
  name text NOT NULL,
  scenario_ids jsonb NOT NULL,
  track_id text,
  time_pressure text NOT NULL,
  mode text NOT NULL,
  style text NOT NULL,
  status text NOT NULL,
  debriefs_released boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL,
  closes_at timestamptz NOT NULL,
  ended_at timestamptz,
  delete_after timestamptz,
  revision integer NOT NULL DEFAULT 1
);

CREATE INDEX rooms_closes_at ON rooms (closes_at) WHERE ended_at IS NULL;
CREATE INDEX rooms_delete_after ON rooms (delete_after);

CREATE TABLE participants (
  id text PRIMARY KEY,
  room_id text NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
  name text NOT NULL,
  name_key text NOT NULL,
  token_hash text UNIQUE,
  is_room boolean NOT NULL DEFAULT false,
  joined_at timestamptz NOT NULL,
  input_count integer NOT NULL DEFAULT 0,
  UNIQUE (room_id, name_key)
);

CREATE INDEX participants_room ON participants (room_id);

CREATE TABLE runs (
  participant_id text NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
  run_index integer NOT NULL,
  room_id text NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
  scenario_id text NOT NULL,
  scenario_hash text NOT NULL,
  seed integer NOT NULL,
  started_at text NOT NULL,
  issued_at timestamptz NOT NULL,
  registration text NOT NULL,
  ended boolean NOT NULL DEFAULT false,
  PRIMARY KEY (participant_id, run_index)
);

CREATE TABLE inputs (
  participant_id text NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
  seq integer NOT NULL,
  room_id text NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
  run_index integer NOT NULL,
  scenario_id text NOT NULL,
  kind text NOT NULL,
  choice_id text,
  at double precision NOT NULL,
  node_id text NOT NULL,
  taken_choice_id text,
  received_at timestamptz NOT NULL,
  PRIMARY KEY (participant_id, seq)
);

CREATE INDEX inputs_room_node ON inputs (room_id, scenario_id, node_id);

CREATE TABLE polls (
  id text PRIMARY KEY,
  room_id text NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
  ordinal integer NOT NULL,
  node_id text NOT NULL,
  choices jsonb NOT NULL,
  status text NOT NULL,
  counts jsonb,
  decided_choice_id text,
  decided_by text,
  revision integer NOT NULL DEFAULT 1,
  UNIQUE (room_id, ordinal)
);

CREATE TABLE ballots (
  poll_id text NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
  participant_id text NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
  choice_id text NOT NULL,
  PRIMARY KEY (poll_id, participant_id)
);

CREATE TABLE lrs_outbox (
  id bigserial PRIMARY KEY,
  room_id text NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
  statement jsonb NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  last_error text,
  failed boolean NOT NULL DEFAULT false
);

CREATE INDEX lrs_outbox_due ON lrs_outbox (next_attempt_at) WHERE NOT failed;

-- socket.io's PostgreSQL adapter keeps broadcasts over 8,000 bytes here (its README's table).
CREATE TABLE socket_io_attachments (
  id bigserial UNIQUE,
  created_at timestamptz DEFAULT now(),
  payload bytea
);
