-- Format 2: a session as Unblock wrote it at commit 9dbd82b, before pain
-- points were linked to blockers and journeys held photos. Two blockers of the
-- demo and its two journeys, imported with unblock-cli and dumped with the
-- sqlite3 shell (.dump). The tests build the file from this script.
PRAGMA application_id = 1431192139; -- 'UNBK'
PRAGMA user_version = 2;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE meta(
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL) STRICT;
INSERT INTO meta VALUES('app_version','0.1.0');
INSERT INTO meta VALUES('created','2026-11-22T13:57:58Z');
CREATE TABLE session(
  id INTEGER PRIMARY KEY CHECK (id = 1),
  title TEXT NOT NULL DEFAULT '',
  date TEXT,
  venue TEXT NOT NULL DEFAULT '',
  facilitator TEXT NOT NULL DEFAULT '',
  attendees INTEGER NOT NULL DEFAULT 0 CHECK (attendees >= 0)) STRICT;
INSERT INTO session VALUES(1,'Really Useful Day: GOV.UK and User Journeys',NULL,'','',24);
CREATE TABLE categories(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (name <> ''),
  position INTEGER NOT NULL) STRICT;
INSERT INTO categories VALUES(1,'Leadership & management support',0);
INSERT INTO categories VALUES(2,'Culture & resistance to change',1);
INSERT INTO categories VALUES(3,'Budgets & finance',2);
INSERT INTO categories VALUES(4,'Skills & resources',3);
INSERT INTO categories VALUES(5,'Customer insight',4);
INSERT INTO categories VALUES(6,'Service-area silos & departmental focus',5);
INSERT INTO categories VALUES(7,'Content & jargon',6);
INSERT INTO categories VALUES(8,'Devolved publishing',7);
INSERT INTO categories VALUES(9,'Procurement & suppliers',8);
INSERT INTO categories VALUES(10,'Legacy & ageing software',9);
INSERT INTO categories VALUES(11,'Integration, APIs & middleware',10);
INSERT INTO categories VALUES(12,'Infrastructure, broadband & demographics',11);
INSERT INTO categories VALUES(13,'Governance & politics',12);
INSERT INTO categories VALUES(14,'Collaboration between authorities',13);
CREATE TABLE groups(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (name <> ''),
  position INTEGER NOT NULL) STRICT;
INSERT INTO "groups" VALUES(1,'Table 1',0);
INSERT INTO "groups" VALUES(2,'Table 2',1);
INSERT INTO "groups" VALUES(3,'Table 3',2);
INSERT INTO "groups" VALUES(4,'Table 4',3);
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
INSERT INTO blockers VALUES(1,'Obstructive staff, members and management team – lack of cooperation','',2,1,'','2026-11-22T10:01:00.000Z',0,NULL);
INSERT INTO blockers VALUES(8,'Disconnect between authorities (DFGs)','',14,1,'','2026-11-22T10:08:00.000Z',1,NULL);
CREATE TABLE solutions(
  id INTEGER PRIMARY KEY,
  blocker_id INTEGER NOT NULL REFERENCES blockers(id) ON DELETE CASCADE,
  text TEXT NOT NULL CHECK (text <> ''),
  impact INTEGER CHECK (impact BETWEEN 1 AND 5),
  effort INTEGER CHECK (effort BETWEEN 1 AND 5),
  owner TEXT NOT NULL DEFAULT '',
  due TEXT,
  position INTEGER NOT NULL) STRICT;
INSERT INTO solutions VALUES(1,1,'Retraining – including one-to-one support (which gives confidence) and user guides on the intranet',NULL,NULL,'',NULL,0);
INSERT INTO solutions VALUES(2,1,'Workshops starting with the personal (ie use online shopping websites as examples of good user journeys, ask people whether they have a tablet and shop online – get people to see themselves as customers)',NULL,NULL,'',NULL,1);
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
CREATE TABLE voters(
  id INTEGER PRIMARY KEY,
  token TEXT NOT NULL UNIQUE) STRICT;
CREATE TABLE votes(
  round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
  voter_id INTEGER NOT NULL REFERENCES voters(id),
  item_id INTEGER NOT NULL,
  value INTEGER NOT NULL CHECK (value > 0),
  PRIMARY KEY (round_id, voter_id, item_id)) STRICT, WITHOUT ROWID;
CREATE TABLE tallies(
  round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
  item_id INTEGER NOT NULL,
  dots INTEGER NOT NULL CHECK (dots >= 0),
  PRIMARY KEY (round_id, item_id)) STRICT, WITHOUT ROWID;
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
  position INTEGER NOT NULL) STRICT;
INSERT INTO journeys VALUES(1,'Booking a holiday (the travel company)','Books online, still wants reassurance',1,2,120000,'current',NULL,0);
INSERT INTO journeys VALUES(2,'Booking a holiday, with confirmation and e-tickets','Books online, still wants reassurance',1,2,120000,'future',1,1);
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
  avoidable INTEGER NOT NULL DEFAULT 0 CHECK (avoidable IN (0, 1))) STRICT;
INSERT INTO journey_steps VALUES(1,1,0,'Books the holiday online',1,'Customer',20,NULL,0,'',1,0);
INSERT INTO journey_steps VALUES(2,1,1,'Phones to check the booking went through',2,'Contact centre',8,NULL,1,'No confirmation arrives, so the customer is not sure the booking worked',-1,1);
INSERT INTO journey_steps VALUES(3,1,2,'Visits the branch to collect the tickets',3,'Branch staff',30,NULL,1,'Tickets are only given out on paper, at a branch',-2,1);
INSERT INTO journey_steps VALUES(4,1,3,'Phones to confirm the transfer time',2,'Contact centre',6,NULL,0,'',-1,1);
INSERT INTO journey_steps VALUES(5,1,4,'Checks the holiday details online before travelling',1,'Customer',5,NULL,0,'',1,0);
INSERT INTO journey_steps VALUES(11,2,0,'Books the holiday online',1,'Customer',20,NULL,0,'',1,0);
INSERT INTO journey_steps VALUES(12,2,1,'Gets a confirmation with e-tickets and the transfer time by email',1,'Customer',2,NULL,0,'',2,0);
INSERT INTO journey_steps VALUES(13,2,2,'Checks the holiday details online before travelling',1,'Customer',5,NULL,0,'',1,0);
CREATE INDEX blockers_by_group ON blockers(group_id, position);
CREATE INDEX solutions_by_blocker ON solutions(blocker_id, position);
CREATE INDEX steps_by_journey ON journey_steps(journey_id, position);
COMMIT;
