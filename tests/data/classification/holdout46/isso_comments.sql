-- dialect: sqlite
-- source: isso-comments/isso 0.14.0 (PyPI isso, MIT): CREATE TABLE strings of isso/db/threads.py, isso/db/comments.py ({table_name} = comments) and isso/db/preferences.py

CREATE TABLE IF NOT EXISTS threads (
    id INTEGER PRIMARY KEY, uri VARCHAR(256) UNIQUE, title VARCHAR(256));

CREATE TABLE IF NOT EXISTS comments (
                tid REFERENCES threads(id),
                id INTEGER PRIMARY KEY,
                parent INTEGER,
                created FLOAT NOT NULL,
                modified FLOAT,
                mode INTEGER,
                remote_addr VARCHAR,
                text VARCHAR NOT NULL,
                author VARCHAR,
                email VARCHAR,
                website VARCHAR,
                likes INTEGER DEFAULT 0,
                dislikes INTEGER DEFAULT 0,
                voters BLOB NOT NULL,
                notification INTEGER DEFAULT 0
            );

CREATE TABLE IF NOT EXISTS preferences (
   key VARCHAR PRIMARY KEY, value VARCHAR
);
