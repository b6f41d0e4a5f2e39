import time, pyoxigraph as ox
from service.readmodel import load
s = ox.Store.read_only('/tmp/kg-bench/kg-10000b')
for name in ["ENTITIES","ARTICLES","EVIDENCE","ROLES","TALKS","QUOTES","PROJECTS","PART_OF","EVENTS"]:
    t=time.time(); n=sum(1 for _ in load.rows(s, getattr(load, name))); print(name, round(time.time()-t,2), n)
