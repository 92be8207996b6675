#!/usr/bin/env python3
# graphdiff.py A.json B.json - how two entgraph JSON graphs differ: entities (by alias set)
# differing in label or mentions, node ids, and edges differing, by field.
import json,sys
def load(p):
    g=json.load(open(p))
    n={x['id']:x for x in g['nodes']}
    e={(x['source'],x['target']):x for x in g['edges']}
    return n,e
an,ae=load(sys.argv[1]); bn,be=load(sys.argv[2])
# entities by alias-set identity
def ents(n): return {tuple(sorted(x['aliases'])):(x['label'],x['mentions']) for x in n.values()}
ea,eb=ents(an),ents(bn)
diffent=sum(1 for k in set(ea)|set(eb) if ea.get(k)!=eb.get(k))
print("entities",len(an),len(bn),"differing(label/mentions/aliases)",diffent,
      "ids differing",len(set(an)^set(bn)),"edges",len(ae),len(be),
      "edges differing",sum(1 for k in set(ae)|set(be) if ae.get(k)!=be.get(k)))
import collections
c=collections.Counter()
ex={}
for k in set(ae)|set(be):
    x,y=ae.get(k),be.get(k)
    if x==y: continue
    if x is None or y is None: c['missing']+=1; continue
    for f in x:
        if x[f]!=y.get(f):
            c[f]+=1; ex.setdefault(f,(k,x[f],y.get(f)))
print(c)
for f,v in ex.items(): print(f, str(v)[:600])
k = [k for k in set(ea)|set(eb) if ea.get(k)!=eb.get(k)][:8]
for kk in k: print(kk[:5], ea.get(kk), eb.get(kk))
