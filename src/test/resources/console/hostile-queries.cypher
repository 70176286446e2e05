// Console queries that try to change, read outside, or administer the graph. One query per entry, entries
// separated by a line "// ---". ConsoleIT sends every one: each must be refused with a 4xx JSON error or do no
// harm, and the graph's counts and property checksum must be the same afterwards.
// ---
CREATE (n:Hacked {by: 'console'}) RETURN n
// ---
MERGE (n:Hacked {id: 1}) RETURN n
// ---
MATCH (e:Entity {id: 'initiative:recsoil'}) SET e.nameEn = 'hacked' RETURN e
// ---
MATCH (e:Entity) SET e:Hacked
// ---
MATCH (p:Passage) WITH p LIMIT 1 DELETE p
// ---
MATCH (e:Entity {id: 'initiative:recsoil'}) DETACH DELETE e
// ---
MATCH (e:Entity) REMOVE e.nameZh
// ---
MATCH (e:Entity) FOREACH (x IN [1] | SET e.hacked = true)
// ---
FOREACH (i IN range(1, 3) | CREATE (:Hacked {i: i}))
// ---
CALL { CREATE (h:Hacked) RETURN h } RETURN h
// ---
CALL () { CREATE (:Hacked) }
// ---
/* a harmless read */ CREATE (n:Hacked)
// ---
MATCH (n:Entity) // only reading
DETACH DELETE n
// ---
MATCH (n) /* hidden */ DETACH /* in pieces */ DELETE n
// ---
cReAtE (n:Hacked)
// ---
mErGe (n:Hacked) sEt n.x = 1
// ---
LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row
// ---
load csv from 'http://127.0.0.1:7474/' as row return row
// ---
LOAD CSV WITH HEADERS FROM 'http://127.0.0.1/' AS row CREATE (:Hacked {row: row})
// ---
CALL db.createLabel('Hacked')
// ---
CALL db . createLabel('Hacked')
// ---
CALL `db`.`createLabel`('Hacked')
// ---
CALL `db.createProperty`('hacked')
// ---
CALL /* look away */ dbms.listConfig()
// ---
CALL dbms.listConfig() YIELD name, value RETURN name, value
// ---
CALL dbms.security.createUser('mallory', 'secret-password', false)
// ---
CALL db.clearQueryCaches()
// ---
CALL dbms.killQueries(['query-1'])
// ---
CALL db.labels() YIELD label CALL db.createLabel(label + 'X') RETURN label
// ---
SHOW TRANSACTIONS
// ---
SHOW USERS
// ---
SHOW DATABASES
// ---
TERMINATE TRANSACTIONS 'neo4j-transaction-1'
// ---
USE system SHOW DATABASES
// ---
USE system CREATE USER mallory SET PASSWORD 'secret-password'
// ---
CREATE DATABASE hacked
// ---
STOP DATABASE neo4j
// ---
CREATE INDEX hacked_index IF NOT EXISTS FOR (n:Entity) ON (n.hacked)
// ---
DROP CONSTRAINT entity_id IF EXISTS
// ---
DROP INDEX entity_names IF EXISTS
// ---
UNWIND range(1, 10) AS i CALL { WITH i CREATE (:Hacked {i: i}) } IN TRANSACTIONS OF 5 ROWS
// ---
MATCH (n:Passage) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS
// ---
CALL apoc.create.node(['Hacked'], {by: 'apoc'})
// ---
CALL apoc.cypher.runWrite('CREATE (:Hacked)', {})
// ---
WITH 'CRE' + 'ATE (:Hacked)' AS q CALL apoc.cypher.doIt(q, {}) YIELD value RETURN value
// ---
RETURN apoc.version()
// ---
MATCH (e:Entity) WITH e LIMIT 1 CALL apoc.create.setProperty(e, 'hacked', true) YIELD node RETURN node
// ---
EXPLAIN CREATE (n:Hacked)
// ---
PROFILE MERGE (n:Hacked {id: 1})
// ---
EXPLAIN CALL db.createLabel('Hacked')
// ---
MATCH (`n`:Entity) SET `n`.`nameEn` = 'hacked'
// ---
MATCH (n:Entity) SET n:$('Hacked')
// ---
RETURN 'a\' CREATE (n:Hacked) //' AS s
// ---
RETURN "CREATE (n:Hacked)" AS harmless_text
// ---
MATCH (n) RETURN n LIMIT 1; CREATE (:Hacked)
// ---
MATCH (n:Entity) WITH n LIMIT 1 SET n += {nameEn: 'hacked'}
// ---
MATCH (e:Entity)-[r]->() SET r.confidence = 0.0
// ---
MATCH (n:Entity) WITH n LIMIT 1 CREATE (n)-[:HACKED]->(n)
// ---
CALL db.index.fulltext.queryNodes('entity_names', 'soil') YIELD node SET node.hacked = true
// ---
CALL tx.setMetaData({by: 'mallory'})
// ---
RETURN db.nameFromElementId('4:00000000-0000-0000-0000-000000000000:0') AS n
// ---
ＣＲＥＡＴＥ (n:Hacked)
// ---
CRE​ATE (n:Hacked)
