// Full-text search over names and aliases. The cjk analyzer indexes Chinese as character bigrams and
// English as lower-cased words, so both 土壤医生 (as a phrase) and "flegt" find their entity.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (e:Entity) ON EACH [e.nameEn, e.nameZh, e.aliasText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}
