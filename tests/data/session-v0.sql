-- Format 0: the pilot prototype's session file. session-v0.unblock is built
-- from this script with the sqlite3 shell and committed as it came out:
--   sqlite3 session-v0.unblock < session-v0.sql
PRAGMA application_id = 1431192139; -- 'UNBK'
PRAGMA user_version = 0;
PRAGMA journal_mode = DELETE;
CREATE TABLE session(title TEXT, venue TEXT, held_on TEXT);
CREATE TABLE groups(id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE blockers(id INTEGER PRIMARY KEY, group_id INTEGER REFERENCES groups(id),
                      title TEXT NOT NULL, category TEXT, created TEXT);
CREATE TABLE solutions(id INTEGER PRIMARY KEY, blocker_id INTEGER NOT NULL REFERENCES blockers(id),
                       text TEXT NOT NULL);
INSERT INTO session VALUES ('Pilot day: channel shift', 'Committee Room 2', '2025-03-14');
INSERT INTO groups VALUES (1, 'Red table'), (2, 'Blue table');
INSERT INTO blockers VALUES
  (1, 1, 'Nobody owns the website', 'Leadership', '2025-03-14T10:02:11.000Z'),
  (2, 1, 'Forms are PDFs  ', ' Legacy software', '2025-03-14T10:05:40.000Z'),
  (3, 2, 'Members prefer paper', 'Leadership', NULL),
  (5, NULL, 'Café wifi is down', '', '2025-03-14T11:00:00.000Z');
INSERT INTO solutions VALUES
  (1, 1, 'Name a service owner for each top task'),
  (2, 2, 'Replace the top five PDFs with online forms'),
  (3, 2, 'Ask the supplier for an API'),
  (4, 3, 'Show members the web analytics');
