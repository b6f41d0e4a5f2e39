import time, pyoxigraph as ox
from service.readmodel.model import ReadModel
from service.search.documents import search_index, expertise_index
s = ox.Store.read_only('/tmp/kg-bench/kg-10000b')
t=time.time(); m = ReadModel.from_store(s); print("model", time.time()-t, len(m.entities), len(m.facts))
t=time.time(); ix = search_index(m); print("search", time.time()-t, len(ix.docs))
t=time.time(); ix2 = expertise_index(m); print("expertise", time.time()-t)
t=time.time(); r = ix.search("Krisenmanagement"); print("q", time.time()-t, len(r))
