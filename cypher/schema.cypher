// Applied before every load; every statement is idempotent (IF NOT EXISTS).
CREATE CONSTRAINT article_key IF NOT EXISTS FOR (n:Article) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT post_key IF NOT EXISTS FOR (n:Post) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT body_key IF NOT EXISTS FOR (n:Body) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT province_key IF NOT EXISTS FOR (n:Province) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT meeting_key IF NOT EXISTS FOR (n:Meeting) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT resolution_key IF NOT EXISTS FOR (n:Resolution) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT document_key IF NOT EXISTS FOR (n:Document) REQUIRE n.key IS UNIQUE;
CREATE INDEX article_hash IF NOT EXISTS FOR (n:Article) ON (n.contentHash);
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE INDEX person_search IF NOT EXISTS FOR (n:Person) ON (n.search);
CREATE INDEX post_search IF NOT EXISTS FOR (n:Post) ON (n.search);
CREATE FULLTEXT INDEX kg_search IF NOT EXISTS FOR (n:Person|Post|Body|Meeting|Resolution|Document|Article|Province) ON EACH [n.search, n.name];
CREATE CONSTRAINT tenure_key IF NOT EXISTS FOR (n:Tenure) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT conflict_key IF NOT EXISTS FOR (n:Conflict) REQUIRE n.key IS UNIQUE;
CREATE INDEX tenure_post IF NOT EXISTS FOR (n:Tenure) ON (n.postKey);
CREATE INDEX conflict_post IF NOT EXISTS FOR (n:Conflict) ON (n.postKey);
CREATE INDEX person_name_key IF NOT EXISTS FOR (n:Person) ON (n.nameKey);
