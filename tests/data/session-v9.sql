-- Format 9: a session as Unblock wrote it at commit 29c4a5e, before workshops
-- had ids (format 10). The format 8 fixture's session exported as JSON with
-- that build's unblock-cli, retitled, with a call for solutions to its first
-- blocker, imported into a new file, then dumped with the sqlite3 shell
-- (.dump). The tests build the file from this script.
PRAGMA application_id = 1431192139; -- 'UNBK'
PRAGMA user_version = 9;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE meta(
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL) STRICT;
INSERT INTO meta VALUES('app_version','0.1.0');
INSERT INTO meta VALUES('created','2026-12-07T16:01:26Z');
CREATE TABLE session(
  id INTEGER PRIMARY KEY CHECK (id = 1),
  title TEXT NOT NULL DEFAULT '',
  date TEXT,
  venue TEXT NOT NULL DEFAULT '',
  facilitator TEXT NOT NULL DEFAULT '',
  attendees INTEGER NOT NULL DEFAULT 0 CHECK (attendees >= 0)) STRICT;
INSERT INTO session VALUES(1,'Format 9 fixture','2027-01-14','Caerdydd','Siân',6);
CREATE TABLE categories(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (name <> ''),
  position INTEGER NOT NULL) STRICT;
INSERT INTO categories VALUES(1,'Budgets & finance',0);
INSERT INTO categories VALUES(2,'Legacy & ageing software',1);
CREATE TABLE groups(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (name <> ''),
  position INTEGER NOT NULL) STRICT;
INSERT INTO "groups" VALUES(1,'Table 1',0);
INSERT INTO "groups" VALUES(2,'Table 2',1);
CREATE TABLE blockers(
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL CHECK (title <> ''),
  detail TEXT NOT NULL DEFAULT '',
  category_id INTEGER REFERENCES categories(id) ON DELETE SET NULL,
  group_id INTEGER REFERENCES groups(id) ON DELETE SET NULL,
  author TEXT NOT NULL DEFAULT '',
  created TEXT NOT NULL,
  position INTEGER NOT NULL,
  merged_into INTEGER REFERENCES blockers(id) ON DELETE SET NULL
    CHECK (merged_into IS NULL OR merged_into <> id)) STRICT;
INSERT INTO blockers VALUES(1,'Budgets / finite resources','',1,1,'','2027-01-14T10:01:00.000Z',0,NULL);
INSERT INTO blockers VALUES(2,'Ageing case management system','',2,1,'','2027-01-14T10:02:00.000Z',1,NULL);
INSERT INTO blockers VALUES(3,'No money for training','',1,2,'','2027-01-14T10:03:00.000Z',0,1);
INSERT INTO blockers VALUES(4,'The CRM cannot take online forms','',2,2,'','2027-01-14T10:04:00.000Z',1,NULL);
INSERT INTO blockers VALUES(5,'Added after the vote opened','',NULL,2,'','2027-01-14T11:30:00.000Z',2,NULL);
CREATE TABLE solutions(
  id INTEGER PRIMARY KEY,
  blocker_id INTEGER NOT NULL REFERENCES blockers(id) ON DELETE CASCADE,
  text TEXT NOT NULL CHECK (text <> ''),
  impact INTEGER CHECK (impact BETWEEN 1 AND 5),
  effort INTEGER CHECK (effort BETWEEN 1 AND 5),
  owner TEXT NOT NULL DEFAULT '',
  due TEXT,
  position INTEGER NOT NULL, status TEXT NOT NULL DEFAULT 'open'
  CHECK (status IN ('open', 'in progress', 'done', 'dropped')), status_changed TEXT, from_workshop TEXT NOT NULL DEFAULT '', from_date TEXT) STRICT;
INSERT INTO solutions VALUES(1,1,'Invest to save',NULL,NULL,'Siân Jones','2027-03-31',0,'done','2027-02-01','',NULL);
INSERT INTO solutions VALUES(2,3,'Pool training with neighbours',NULL,NULL,'',NULL,0,'open',NULL,'',NULL);
INSERT INTO solutions VALUES(3,2,'Replace it',NULL,NULL,'IT team',NULL,0,'open',NULL,'',NULL);
INSERT INTO solutions VALUES(4,1,'Pool budgets with the neighbours',NULL,NULL,'','2027-02-15',1,'in progress','2027-01-20','Caerdydd','2026-03-12');
CREATE TABLE rounds(
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL DEFAULT '',
  subject TEXT NOT NULL CHECK (subject IN ('blockers', 'solutions')),
  subject_blocker_id INTEGER REFERENCES blockers(id) ON DELETE CASCADE,
  method TEXT NOT NULL CHECK (method IN ('dots', 'approval', 'borda', 'schulze')),
  budget INTEGER CHECK (budget > 0),
  max_per_item INTEGER CHECK (max_per_item > 0),
  state TEXT NOT NULL CHECK (state IN ('open', 'closed', 'revealed')),
  paper_voters INTEGER NOT NULL DEFAULT 0 CHECK (paper_voters >= 0),
  created TEXT NOT NULL,
  CHECK ((subject = 'solutions') = (subject_blocker_id IS NOT NULL))) STRICT;
INSERT INTO rounds VALUES(1,'Top blockers','blockers',NULL,'dots',3,2,'revealed',4,'2027-01-14T11:00:00.000Z');
INSERT INTO rounds VALUES(2,'Solutions to budgets','solutions',1,'approval',2,NULL,'closed',0,'2027-01-14T12:00:00.000Z');
CREATE TABLE voters(
  id INTEGER PRIMARY KEY,
  token TEXT NOT NULL UNIQUE) STRICT;
INSERT INTO voters VALUES(1,'kiosk-bb22');
INSERT INTO voters VALUES(2,'phone-aa11');
INSERT INTO voters VALUES(3,'phone-cc33');
INSERT INTO voters VALUES(4,'phone-dd44');
CREATE TABLE votes(
  round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
  voter_id INTEGER NOT NULL REFERENCES voters(id),
  item_id INTEGER NOT NULL,
  value INTEGER NOT NULL CHECK (value > 0),
  PRIMARY KEY (round_id, voter_id, item_id)) STRICT, WITHOUT ROWID;
INSERT INTO votes VALUES(1,1,1,1);
INSERT INTO votes VALUES(1,1,4,2);
INSERT INTO votes VALUES(1,2,1,2);
INSERT INTO votes VALUES(1,2,2,1);
INSERT INTO votes VALUES(2,2,1,1);
INSERT INTO votes VALUES(2,2,2,1);
CREATE TABLE tallies(
  round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
  item_id INTEGER NOT NULL,
  dots INTEGER NOT NULL CHECK (dots >= 0),
  PRIMARY KEY (round_id, item_id)) STRICT, WITHOUT ROWID;
INSERT INTO tallies VALUES(1,2,5);
INSERT INTO tallies VALUES(1,4,3);
CREATE TABLE channels(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (name <> ''),
  cost_pence INTEGER CHECK (cost_pence BETWEEN 0 AND 100000000),
  source TEXT NOT NULL DEFAULT '',
  online INTEGER NOT NULL DEFAULT 0 CHECK (online IN (0, 1)),
  position INTEGER NOT NULL) STRICT;
INSERT INTO channels VALUES(1,'Web / online',27,'Socitm 2008 benchmarking: median across 52–85 UK councils',1,0);
INSERT INTO channels VALUES(2,'Telephone',376,'Socitm 2008 benchmarking: median across 52–85 UK councils',0,1);
INSERT INTO channels VALUES(3,'Face to face',934,'Socitm 2008 benchmarking: median across 52–85 UK councils',0,2);
INSERT INTO channels VALUES(4,'Post',NULL,'',0,3);
INSERT INTO channels VALUES(5,'Email',NULL,'',0,4);
INSERT INTO channels VALUES(6,'Webchat',NULL,'',0,5);
INSERT INTO channels VALUES(7,'SMS',NULL,'',0,6);
INSERT INTO channels VALUES(8,'Kiosk',NULL,'',0,7);
INSERT INTO channels VALUES(9,'Video link',NULL,'',0,8);
INSERT INTO channels VALUES(10,'Social media',NULL,'',0,9);
INSERT INTO channels VALUES(11,'Third party',NULL,'',0,10);
CREATE TABLE journeys(
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL CHECK (title <> ''),
  persona TEXT NOT NULL DEFAULT '',
  preferred_channel_id INTEGER REFERENCES channels(id) ON DELETE SET NULL,
  second_channel_id INTEGER REFERENCES channels(id) ON DELETE SET NULL,
  annual_volume INTEGER NOT NULL DEFAULT 0 CHECK (annual_volume BETWEEN 0 AND 1000000000),
  variant TEXT NOT NULL CHECK (variant IN ('current', 'future')),
  current_id INTEGER REFERENCES journeys(id) ON DELETE SET NULL
    CHECK (current_id IS NULL OR current_id <> id),
  position INTEGER NOT NULL, photo BLOB
  CHECK (photo IS NULL OR length(photo) BETWEEN 1 AND 8388608)) STRICT;
CREATE TABLE journey_steps(
  id INTEGER PRIMARY KEY,
  journey_id INTEGER NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  description TEXT NOT NULL CHECK (description <> ''),
  channel_id INTEGER REFERENCES channels(id) ON DELETE SET NULL,
  actor TEXT NOT NULL DEFAULT '',
  minutes INTEGER CHECK (minutes BETWEEN 0 AND 100000),
  cost_pence INTEGER CHECK (cost_pence BETWEEN 0 AND 100000000),
  pain_point INTEGER NOT NULL DEFAULT 0 CHECK (pain_point IN (0, 1)),
  pain_note TEXT NOT NULL DEFAULT '',
  emotion INTEGER NOT NULL DEFAULT 0 CHECK (emotion BETWEEN -2 AND 2),
  avoidable INTEGER NOT NULL DEFAULT 0 CHECK (avoidable IN (0, 1)), blocker_id INTEGER REFERENCES blockers(id) ON DELETE SET NULL) STRICT;
CREATE TABLE round_items(
  round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
  item_id INTEGER NOT NULL,
  PRIMARY KEY (round_id, item_id)) STRICT, WITHOUT ROWID;
INSERT INTO round_items VALUES(1,1);
INSERT INTO round_items VALUES(1,2);
INSERT INTO round_items VALUES(1,3);
INSERT INTO round_items VALUES(1,4);
INSERT INTO round_items VALUES(2,1);
INSERT INTO round_items VALUES(2,2);
INSERT INTO round_items VALUES(2,4);
CREATE TABLE ballots(
  round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
  voter_id INTEGER NOT NULL REFERENCES voters(id),
  PRIMARY KEY (round_id, voter_id)) STRICT, WITHOUT ROWID;
INSERT INTO ballots VALUES(1,1);
INSERT INTO ballots VALUES(1,2);
INSERT INTO ballots VALUES(2,2);
CREATE TABLE incoming(
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('blocker', 'solution')),
  text TEXT NOT NULL CHECK (text <> ''),
  name TEXT NOT NULL DEFAULT '',
  voter_id INTEGER NOT NULL REFERENCES voters(id),
  group_id INTEGER REFERENCES groups(id) ON DELETE SET NULL,
  blocker_id INTEGER REFERENCES blockers(id) ON DELETE SET NULL,
  received TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('waiting', 'accepted', 'merged', 'rejected')),
  reason TEXT NOT NULL DEFAULT '',
  item_id INTEGER,
  CHECK ((state IN ('accepted', 'merged')) = (item_id IS NOT NULL))) STRICT;
INSERT INTO incoming VALUES(1,'blocker','Kiosks nobody uses','',3,NULL,NULL,'2027-01-14T10:05:00.000Z','waiting','',NULL);
INSERT INTO incoming VALUES(2,'blocker','Lunch was late','Dai',3,NULL,NULL,'2027-01-14T10:06:00.000Z','rejected','Not a blocker',NULL);
INSERT INTO incoming VALUES(3,'solution','Share a kiosk with the library','',4,NULL,1,'2027-01-14T10:07:00.000Z','waiting','',NULL);
CREATE TABLE carried_actions(
  id INTEGER PRIMARY KEY,
  text TEXT NOT NULL CHECK (text <> ''),
  blocker TEXT NOT NULL DEFAULT '',
  owner TEXT NOT NULL DEFAULT '',
  due TEXT,
  status TEXT NOT NULL DEFAULT 'open'
    CHECK (status IN ('open', 'in progress', 'done', 'dropped')),
  status_changed TEXT,
  from_workshop TEXT NOT NULL DEFAULT '',
  from_date TEXT,
  from_solution INTEGER NOT NULL) STRICT;
INSERT INTO carried_actions VALUES(1,'Pool budgets with the neighbours','Budgets / finite resources','','2027-02-15','in progress','2027-01-20','Format 6 fixture','2027-01-14',4);
INSERT INTO carried_actions VALUES(2,'Replace it','Ageing case management system','IT team',NULL,'done','2027-03-01','Format 6 fixture','2027-01-14',3);
CREATE TABLE phone_settings(
  id INTEGER PRIMARY KEY CHECK (id = 1),
  call TEXT NOT NULL DEFAULT 'nothing' CHECK (call IN ('nothing', 'blockers',
    'solutions to one', 'solutions to the top')),
  names INTEGER NOT NULL DEFAULT 0 CHECK (names IN (0, 1)),
  paused INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
  seconds_between INTEGER NOT NULL DEFAULT 3 CHECK (seconds_between BETWEEN 0 AND 600),
  per_phone INTEGER NOT NULL DEFAULT 50 CHECK (per_phone BETWEEN 1 AND 1000)) STRICT;
INSERT INTO phone_settings VALUES(1,'solutions to one',1,0,5,20);
CREATE TABLE phone_call_blockers(
  blocker_id INTEGER PRIMARY KEY REFERENCES blockers(id) ON DELETE CASCADE,
  position INTEGER NOT NULL) STRICT;
INSERT INTO phone_call_blockers VALUES(1,0);
CREATE INDEX blockers_by_group ON blockers(group_id, position);
CREATE INDEX solutions_by_blocker ON solutions(blocker_id, position);
CREATE INDEX steps_by_journey ON journey_steps(journey_id, position);
CREATE INDEX incoming_by_voter ON incoming(voter_id);
COMMIT;
