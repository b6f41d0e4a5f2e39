"""Knowledge graph: RDF model, on-disk store, entity resolution, networkx view, exports."""
