import json,sys,collections
import os
D=os.path.dirname(os.path.abspath(__file__))
man=json.load(open(D+'/manifest.json',encoding='utf-8'))
ents=json.load(open(D+'/gold/entities.json',encoding='utf-8'))
facts=json.load(open(D+'/gold/facts.json',encoding='utf-8'))
docs={m['id']:m for m in man}
req=['id','file','symbol','titleZh','titleEn','body','meeting','date','language','source','excerpt']
errs=0
for m in man:
    for k in req:
        if k not in m: print('manifest missing',m['id'],k); errs+=1
    assert m['language'] in ('zh','en')
texts={}
for d,m in docs.items():
    raw=open(D+'/'+m['file'],encoding='utf-8').read()
    texts[d]=''.join(l.rstrip() for l in raw.split('\n'))
eid={e['id'] for e in ents}
assert len(eid)==len(ents)
for e in ents:
    for d in e['docs']:
        if d not in docs: print('entity doc?',e['id'],d); errs+=1
    if e['type']=='Country': assert e['id'].startswith('country:') and len(e['id'])==11
    if 'part_of' in e and e['part_of'] not in eid: print('part_of?',e['id']); errs+=1
P={'ACTIVE_IN','PLANNED_IN','FUNDS','PARTNERS_WITH','MEMBER_OF','HOSTS','LEADS','SUPPORTS','REPORTS_TO'}
ids=set()
for f in facts:
    assert f['id'] not in ids; ids.add(f['id'])
    if f['predicate'] not in P: print('pred?',f['id']); errs+=1
    for r in ('subject','object'):
        if f[r] not in eid: print('entity?',f['id'],f[r]); errs+=1
    if f['doc'] not in docs: print('doc?',f['id']); errs+=1
    elif f['quote_zh'] not in texts[f['doc']]: print('QUOTE',f['id'],f['doc'],f['quote_zh']); errs+=1
    if f['props'].get('confidence') not in ('high','medium','low'): print('conf?',f['id']); errs+=1
    if f['predicate']=='PLANNED_IN' and f['props'].get('status')!='planned': print('status?',f['id']); errs+=1
    ent={e['id']:e for e in ents}
    for r in ('subject','object'):
        if f['doc'] not in ent[f[r]]['docs']: print('entity lacks doc',f['id'],f[r]); errs+=1
seen=collections.Counter((f['subject'],f['predicate'],f['object'],f['doc']) for f in facts)
for k,v in seen.items():
    if v>1: print('DUP',k,v)
print('errors',errs,'| docs',len(man),'| facts',len(facts),'| entities',len(ents))
sys.exit(1 if errs else 0)
